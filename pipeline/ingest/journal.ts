/**
 * The run journal: one JSON line per finished document, appended as soon as its
 * result file is in place. A run killed at any moment leaves at worst one torn
 * last line, which is ignored; the next run reuses every complete line whose key
 * still matches, so finished work is never redone.
 */
import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestEntry } from '../../output/schema.js';
import { writeFileAtomic } from '../../output/write.js';

/** File name of the journal inside the output folder (not `.json`: run loaders read every `.json`). */
export const JOURNAL_NAME = 'journal.ndjson';

/** One journal line: the entry, and the key it is valid for. */
export interface JournalLine {
  key: string;
  entry: ManifestEntry;
}

/** Reads the journal of `out` (empty when absent); the last line for an input wins, torn lines are dropped. */
export async function readJournal(out: string): Promise<Map<string, JournalLine>> {
  const lines = new Map<string, JournalLine>();
  let text: string;
  try {
    text = await readFile(join(out, JOURNAL_NAME), 'utf8');
  } catch {
    return lines;
  }
  // Loaded only when there is a journal: a first run's main thread starts its threads without zod.
  const { ManifestEntry: entrySchema } = await import('../../output/schema.js');
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      const value = JSON.parse(raw) as { key?: unknown; entry?: unknown };
      const entry = entrySchema.safeParse(value.entry);
      if (typeof value.key === 'string' && entry.success) lines.set(entry.data.input, { key: value.key, entry: entry.data });
    } catch {
      // a line torn by a kill mid-append
    }
  }
  return lines;
}

/**
 * Appends one line; a single write, so a crash tears at most this line.
 * Synchronous: one small append per document, where the promise version woke a
 * libuv pool thread three times (open, write, close) while the workers wanted the cores.
 */
export function appendJournal(out: string, line: JournalLine): void {
  appendFileSync(join(out, JOURNAL_NAME), JSON.stringify(line) + '\n');
}

/** Rewrites the journal with exactly `lines` (drops superseded and torn lines). */
export async function compactJournal(out: string, lines: JournalLine[]): Promise<void> {
  await writeFileAtomic(join(out, JOURNAL_NAME), lines.map((l) => JSON.stringify(l) + '\n').join(''));
}
