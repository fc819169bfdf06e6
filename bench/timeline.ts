/**
 * When an ingest's documents finish: `chitieu ingest --json` reports each finished
 * document as an event line; the bench stamps each line as it arrives. For a batch
 * of a few hundred documents this says where the whole-process time goes: start-up
 * (to the first document), the threads' warm-up (the rate climbs while V8 optimises
 * the code) and the warm rate (the last 40 % of the documents).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { round } from './stats.js';

/** One stdout line of the ingest and when it arrived, ms after the process was started. */
export interface StampedLine {
  ms: number;
  line: string;
}

export interface IngestTimeline {
  documents: number;
  /** ms to the first finished document (process and thread start-up, the first document). */
  firstDocumentMs: number;
  /** ms at which 10 %, 20 %, … 100 % of the documents had finished. */
  tenths: number[];
  /** ms to the `end` event (manifest written) and to the process's exit. */
  endMs: number;
  exitMs: number;
  /** Documents per second over the last 40 % of the documents: the warm rate. */
  warmDocsPerSecond: number;
  /** Documents per second over the first 60 %, counted from the first document. */
  warmingDocsPerSecond: number;
}

/** The timeline of an ingest from its stamped `--json` lines; null when no document finished. */
export function readTimeline(lines: StampedLine[], exitMs: number): IngestTimeline | null {
  const done: number[] = [];
  let endMs = Number.NaN;
  for (const { ms, line } of lines) {
    let event: { event?: string };
    try {
      event = JSON.parse(line) as { event?: string };
    } catch {
      continue; // not an event line
    }
    if (event.event === 'document') done.push(ms);
    else if (event.event === 'end') endMs = ms;
  }
  const n = done.length;
  if (n === 0) return null;
  const at = (fraction: number) => done[Math.max(0, Math.ceil(fraction * n) - 1)]!;
  const tenths = Array.from({ length: 10 }, (_, k) => round(at((k + 1) / 10)));
  const sixty = Math.max(1, Math.ceil(0.6 * n));
  const rate = (docs: number, ms: number) => (ms > 0 ? round(docs / (ms / 1000)) : Number.NaN);
  return {
    documents: n,
    firstDocumentMs: round(done[0]!),
    tenths,
    endMs: round(endMs),
    exitMs: round(exitMs),
    warmDocsPerSecond: rate(n - sixty, done[n - 1]! - done[sixty - 1]!),
    warmingDocsPerSecond: rate(sixty - 1, done[sixty - 1]! - done[0]!),
  };
}

/** Runs `chitieu ingest <dir> --json --no-ocr` (bin at `cli`) into a fresh folder and reads its timeline. */
export function timelineRun(cli: string, dir: string): Promise<IngestTimeline | { error: string }> {
  const out = mkdtempSync(join(tmpdir(), 'chitieu-bench-timeline-'));
  const lines: StampedLine[] = [];
  const start = performance.now();
  const child = spawn(process.execPath, [cli, 'ingest', dir, '--out', out, '--json', '--no-ocr'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let pending = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const ms = performance.now() - start;
    pending += chunk;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
      lines.push({ ms, line: pending.slice(0, nl) });
      pending = pending.slice(nl + 1);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const exitMs = performance.now() - start;
      rmSync(out, { recursive: true, force: true });
      const timeline = code === 0 ? readTimeline(lines, exitMs) : null;
      resolve(timeline ?? { error: `exit ${code}: ${stderr.slice(-300)}` });
    });
  });
}
