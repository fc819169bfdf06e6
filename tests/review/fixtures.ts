/**
 * Runs to diff, made from the seeds: the same inputs ingested twice, and one
 * seed whose copy has one indicator's target changed (the number in the
 * sentence the pipeline grounded it to).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../pipeline/ingest.js';
import { extractFile } from '../../pipeline/index.js';
import type { Indicator } from '../../output/schema.js';
import { CORPUS, SEEDS, seedText } from '../pipeline/helpers.js';

export { CORPUS, SEEDS };

/** A temp folder for one test file. */
export const workDir = () => mkdtemp(join(tmpdir(), 'chitieu-diff-'));

/** Ingests `files` into `out` (OCR off: the seeds are text). */
export async function ingestTo(files: string[], out: string): Promise<string> {
  await ingest(files, { out, ocr: false, concurrency: 2 });
  return out;
}

/** The edit: a percentage target whose number occurs once in its quote, and the texts before and after. */
export interface OneChange {
  seed: string;
  indicator: Indicator;
  before: string;
  after: string;
  original: string;
  changed: string;
  oldValue: number;
  newValue: number;
}

/**
 * Copies `seed` into `dir/original/` and `dir/changed/`, the latter with the
 * first body percentage target of `value`% rewritten to `value + 5`%.
 */
export async function oneChange(dir: string, seed: string, value: number): Promise<OneChange> {
  const result = await extractFile(join(CORPUS, seed));
  const text = seedText(seed);
  const token = `${value}%`;
  const indicator = result.indicators.find(
    (i) => i.kind === 'target' && i.unit === '%' && i.value === value && i.location === 'body' && i.provenance.quote.split(token).length === 2,
  );
  if (!indicator) throw new Error(`${seed}: no body target of ${token} to change`);
  const { sourceStart, sourceEnd } = indicator.provenance;
  const at = text.indexOf(token, sourceStart);
  if (at < 0 || at >= sourceEnd) throw new Error(`${seed}: ${token} not inside the indicator's source span`);
  const newValue = value + 5;
  const changedText = text.slice(0, at) + `${newValue}%` + text.slice(at + token.length);
  const original = join(dir, 'original', seed);
  const changed = join(dir, 'changed', seed);
  await mkdir(join(dir, 'original'), { recursive: true });
  await mkdir(join(dir, 'changed'), { recursive: true });
  await writeFile(original, text);
  await writeFile(changed, changedText);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  return { seed, indicator, before: text.slice(lineStart, lineEnd), after: changedText.slice(lineStart, lineEnd + (changedText.length - text.length)), original, changed, oldValue: value, newValue };
}

/** Copies `seed` into `dir/blanked/` with source line `line` replaced by a sentence that states no target. */
export async function blankLine(dir: string, seed: string, line: number): Promise<string> {
  const lines = seedText(seed).split('\n');
  lines[line - 1] = '- Nội dung này đã được lược bỏ.';
  const file = join(dir, 'blanked', seed);
  await mkdir(join(dir, 'blanked'), { recursive: true });
  await writeFile(file, lines.join('\n'));
  return file;
}
