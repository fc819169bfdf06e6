/** Corpus helpers shared by the extractor tests: the seed's lines and words, and how much of them an extraction keeps. */
import { readFileSync } from 'node:fs';

export const CORPUS = new URL('../../corpus/', import.meta.url);
export const read = (rel: string): Uint8Array => new Uint8Array(readFileSync(new URL(rel, CORPUS)));

/** Seed lines, trimmed, without markdown markers when the seed is markdown. */
export function seedLines(id: string): string[] {
  let text = readFileSync(new URL(`${id}.txt`, CORPUS), 'utf8').normalize('NFC');
  if (/^#{1,6} /mu.test(text)) text = text.replace(/<\/?b>|[*#]/gu, '');
  return text.split(/\r?\n/u).map((l) => l.trim()).filter(Boolean);
}

/** Seed words; PDF seeds re-glue words split at a line-end hyphen. */
export function seedWords(id: string): string[] {
  const lines = seedLines(id);
  const words: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    while (/[\p{L}\p{N}]-$/u.test(line) && i + 1 < lines.length) line += lines[++i]!;
    words.push(...line.split(/\s+/u));
  }
  return words.filter(Boolean);
}

export function counts(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Recall of the seed's words in `text`, and the words `text` has beyond the seed's. */
export function compareWords(seed: string[], text: string): { recall: number; extra: string[] } {
  const s = counts(seed);
  const o = counts(text.split(/\s+/u).filter(Boolean));
  let overlap = 0;
  for (const [w, c] of s) overlap += Math.min(c, o.get(w) ?? 0);
  const extra: string[] = [];
  for (const [w, c] of o) for (let k = (s.get(w) ?? 0); k < c; k++) extra.push(w);
  return { recall: overlap / seed.length, extra };
}

/** Section labels ("I.", "2.", "2.1.1.") opening a paragraph line (table rows excluded). */
export function labels(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.includes('\t')) continue;
    const m = /^((?:[IVX]+|\d+(?:\.\d+)*)\.)\s+\p{L}/u.exec(line.trim());
    if (m) out.push(m[1]!);
  }
  return out;
}

