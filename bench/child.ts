/**
 * One benchmark group in its own process, so its peak RSS is its own:
 * `tsx bench/child.ts <wall|cpu> <runs> [--warm <passes>] <file>…` prints one JSON line (see GroupResult).
 */
import { readFileSync } from 'node:fs';
import { applyV8Flags } from '../bin/v8-flags.js';
import { median } from './stats.js';
import { STAGES, timeEndToEnd, timeStages, useClock, type Clock, type StageTimes } from './stages.js';

export interface GroupResult {
  files: number;
  pages: number | null;
  textBytes: number;
  runs: number;
  /** Median over runs of the summed time of each stage over all files, ms. */
  stagesMs: StageTimes;
  /** Median over runs of the end-to-end time over all files, ms. */
  endToEndMs: number;
  /** End-to-end ms of each unmeasured warm-up pass (a pass times every file stage by stage before end to end, so even the first is not a fresh process's first reading). */
  warmUpMs: number[];
  peakRssMb: number;
  failures: string[];
}

async function main(): Promise<void> {
  // What the CLI runs with (bin/chitieu.js applies them before any pipeline code loads).
  applyV8Flags();
  const [clockArg, runsArg, ...rest] = process.argv.slice(2);
  useClock(clockArg as Clock);
  const runs = Number(runsArg);
  const warm = rest[0] === '--warm' ? Number(rest[1]) : 1;
  const files = rest[0] === '--warm' ? rest.slice(2) : rest;
  const options = { ocr: false };
  const inputs = files.map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(f)) }));
  const perRun: StageTimes[] = [];
  const e2e: number[] = [];
  const warmUpMs: number[] = [];
  const failures = new Set<string>();
  let pages: number | null = null;
  let textBytes = 0;
  // The first `warm` passes warm the JIT and load lazy modules; they are not counted.
  for (let r = 0; r < warm + runs; r++) {
    const sum = Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;
    let e2eSum = 0;
    let p = 0;
    let tb = 0;
    for (const { file, bytes } of inputs) {
      try {
        const t = await timeStages(bytes, file, options);
        for (const s of STAGES) sum[s] += t.stages[s];
        if (t.pages !== null) p += t.pages;
        tb += t.textBytes;
        e2eSum += await timeEndToEnd(bytes, file, options);
      } catch (error) {
        failures.add(`${file}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    if (r < warm) {
      warmUpMs.push(e2eSum);
      continue;
    }
    perRun.push(sum);
    e2e.push(e2eSum);
    pages = p > 0 ? p : null;
    textBytes = tb;
  }
  const stagesMs = Object.fromEntries(STAGES.map((s) => [s, median(perRun.map((x) => x[s]))])) as StageTimes;
  const result: GroupResult = {
    files: inputs.length,
    pages,
    textBytes,
    runs,
    stagesMs,
    endToEndMs: median(e2e),
    warmUpMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    failures: [...failures],
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

await main();
