/** Shared test helpers: run the pipeline on the bundled seeds. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile } from '../../pipeline/index.js';
import type { DocumentResult } from '../../output/schema.js';

export const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
export const SEEDS = readdirSync(CORPUS).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/u.test(f)).sort();

const cache = new Map<string, Promise<DocumentResult>>();
/** The pipeline's result for a seed (computed once per test file). */
export function seedResult(name: string): Promise<DocumentResult> {
  if (!cache.has(name)) cache.set(name, extractFile(join(CORPUS, name)));
  return cache.get(name)!;
}

/** The seed's source text, as the extractor decoded it (UTF-8, NFC). */
export function seedText(name: string): string {
  return readFileSync(join(CORPUS, name), 'utf8').normalize('NFC');
}
