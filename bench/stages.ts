/**
 * Times the pipeline stage by stage on one file, calling the same stage functions
 * `processBytes` chains (extract → normalise → structure → rules → resolve → output).
 */
import { extractBytes } from '../extractors/index.js';
import type { ExtractOptions } from '../extractors/types.js';
import { DocumentResult } from '../output/schema.js';
import { stableJson } from '../output/write.js';
import { processBytes, processExtraction, DocFile } from '../pipeline/index.js';
import { normalise } from '../pipeline/normalise/index.js';
import { resolve } from '../pipeline/resolve/index.js';
import { structure } from '../pipeline/structure/index.js';
import { runRules } from '../rules/index.js';

export const STAGES = ['extract', 'normalise', 'structure', 'rules', 'resolve', 'output'] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

/** What one timed pass over one file measured. */
export interface FileTiming {
  stages: StageTimes;
  /** UTF-8 bytes of the extracted source text. */
  textBytes: number;
  pages: number | null;
}

/**
 * Which clock the stage times use. `cpu` (this process's user + system time) is what a
 * stage costs whatever else runs on the machine; `wall` is what a user waits.
 */
export type Clock = 'wall' | 'cpu';
let clock: Clock = 'wall';
export function useClock(c: Clock): void {
  clock = c;
}
const now = () => {
  if (clock === 'wall') return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const start = now();
  const value = await fn();
  return [value, now() - start];
}

/**
 * Runs each stage separately with a timer. `output` is what the pipeline does after
 * resolve: building the result, validating it against the zod schema and serialising it.
 */
export async function timeStages(bytes: Uint8Array, file: string, options: ExtractOptions): Promise<FileTiming> {
  const [extraction, extract] = await timed(() => extractBytes(bytes, file, options));
  const [n, normaliseMs] = await timed(() => normalise(extraction));
  const [s, structureMs] = await timed(() => structure(n));
  const [records, rulesMs] = await timed(() => runRules(n, s));
  const [, resolveMs] = await timed(() => resolve(records, n, file));
  // Output is not a function of its own (processExtraction assembles the result inline):
  // time what it costs beyond assembling, zod validation plus the JSON text.
  const result = await processExtraction(new DocFile(file, bytes), extraction);
  const [, output] = await timed(() => stableJson(DocumentResult.parse(result)));
  return {
    stages: { extract, normalise: normaliseMs, structure: structureMs, rules: rulesMs, resolve: resolveMs, output },
    textBytes: Buffer.byteLength(extraction.text, 'utf8'),
    pages: extraction.pages,
  };
}

/** End to end as a user runs it: bytes → validated result → JSON text. */
export async function timeEndToEnd(bytes: Uint8Array, file: string, options: ExtractOptions): Promise<number> {
  const [, ms] = await timed(async () => stableJson(await processBytes(bytes, file, options)));
  return ms;
}
