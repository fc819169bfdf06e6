/**
 * Stand-in batch generator for the scaling benchmark (used when
 * scripts/generate-batch.ts is absent): variants of the seed plans with another
 * commune name and shifted numbers, so no two documents are byte-identical.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Syllables commune names are commonly made of; a variant's name is two of them.
const SYLLABLES = ['An', 'Bình', 'Hòa', 'Phú', 'Thạnh', 'Tân', 'Long', 'Mỹ', 'Đông', 'Tây', 'Hưng', 'Phước', 'Thuận', 'Lộc', 'Xuân', 'Vĩnh', 'Quang', 'Trung', 'Nghĩa', 'Hiệp'];
const COMMUNE = /(\b[Xx]ã|XÃ)(\s+)(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)?)/gu;
const PERCENT = /(?<!\d)(\d{1,2})(\s?%)/gu;

/** The `index`-th variant of `text`. Pure: the same index gives the same bytes. */
export function variant(text: string, index: number): string {
  const name = `${SYLLABLES[index % SYLLABLES.length]} ${SYLLABLES[Math.floor(index / SYLLABLES.length) % SYLLABLES.length]}`;
  return text
    .replace(COMMUNE, (_m, word: string, space: string) => `${word}${space}${word === 'XÃ' ? name.toUpperCase() : name}`)
    .replace(PERCENT, (_m, n: string, pct: string) => `${(Number(n) + index) % 100}${pct}`);
}

/** Writes `count` variants of the seed .txt files in `seedDir` to `dir`; returns the paths. */
export function generateBatch(seedDir: string, dir: string, count: number): string[] {
  const seeds = readdirSync(seedDir).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/u.test(f)).sort();
  const texts = seeds.map((f) => readFileSync(join(seedDir, f), 'utf8'));
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `${String(i).padStart(5, '0')}_${seeds[i % seeds.length]!.slice(0, 3)}.txt`);
    writeFileSync(path, variant(texts[i % texts.length]!, Math.floor(i / texts.length)));
    out.push(path);
  }
  return out;
}
