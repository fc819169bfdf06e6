/**
 * Mutation fuzzing of real corpus files: truncated, bit-flipped, zero-filled, DOCX
 * entries reordered, PDF cross-reference broken. Every case must end in a valid
 * result or a typed error naming the file (never a crash, hang or stray rejection).
 * Seeded: a failing case is reproduced by its file, mutation and seed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakXref, flipBits, prng, shuffleZip, truncate, zeroRange } from './mutate.js';
import { outcomeOf } from './outcome.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
const read = (rel: string) => new Uint8Array(readFileSync(join(CORPUS, rel)));

type Mutation = (bytes: Uint8Array, rand: () => number) => Uint8Array;
const COMMON: Record<string, Mutation> = { truncate, flipBits: (b, r) => flipBits(b, r, 16), zeroRange };

// One seed per (file, mutation) keeps the suite quick (the whole pipeline runs on each case);
// every format the pipeline reads is covered. Change the seed to explore more cases.
const SEEDS = [1];
const CASES: { file: string; mutations: Record<string, Mutation> }[] = [
  { file: '000_d7d9651ddd969956.txt', mutations: COMMON },
  { file: 'formats/000_d7d9651ddd969956.tcvn3.txt', mutations: COMMON },
  { file: 'formats/000_d7d9651ddd969956.docx', mutations: { ...COMMON, shuffleZip } },
  { file: 'formats/000_d7d9651ddd969956.tcvn3.docx', mutations: { shuffleZip, truncate } },
  { file: 'formats/000_d7d9651ddd969956.pdf', mutations: { ...COMMON, breakXref } },
  { file: 'formats/004_db43e2131bbb219b.pdf', mutations: { breakXref } },
  { file: 'formats/000_d7d9651ddd969956.html', mutations: COMMON },
  { file: 'formats/001_61b19ee575358a63.doc', mutations: COMMON },
];

describe('mutated corpus files end in a result or a typed error', () => {
  for (const { file, mutations } of CASES) {
    const original = read(file);
    for (const [name, mutate] of Object.entries(mutations)) {
      it(`${file} × ${name}`, async () => {
        for (const seed of SEEDS) {
          const bytes = mutate(original, prng(seed * 7919 + name.length));
          await outcomeOf(bytes, file.split('/').pop()!);
        }
      });
    }
  }
});

describe('mutations that keep a file valid keep its records', () => {
  it.each(['formats/004_db43e2131bbb219b.docx'])('%s with its ZIP entries reordered reads the same', async (file) => {
    const name = file.split('/').pop()!;
    const before = await outcomeOf(read(file), name);
    const after = await outcomeOf(shuffleZip(read(file), prng(42)), name);
    expect(before.kind).toBe('result');
    expect(after.kind).toBe('result');
    if (before.kind !== 'result' || after.kind !== 'result') return;
    expect(after.result.indicators.map((i) => i.quote)).toEqual(before.result.indicators.map((i) => i.quote));
    expect(after.result.tasks.length).toBe(before.result.tasks.length);
  });

  it('a PDF truncated before %%EOF is a typed pdf-corrupt error', async () => {
    const bytes = read('formats/000_d7d9651ddd969956.pdf');
    const outcome = await outcomeOf(bytes.slice(0, Math.floor(bytes.length / 2)), '000_d7d9651ddd969956.pdf');
    expect(outcome.kind === 'error' && outcome.code).toBe('pdf-corrupt');
  });
});
