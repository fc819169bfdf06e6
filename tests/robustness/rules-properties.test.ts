/**
 * Whole-pipeline properties of the rules stage, through processBytes on a text buffer:
 * whatever text arrives (random Unicode, long lines, thousands of percent signs and
 * digits, NFD, legacy-encoded bytes), the pipeline returns a schema-valid result or a
 * typed error — never a throw of its own. Per-rule properties live next to each rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../pipeline/index.js';
import { outcomeOf } from './outcome.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
const seedLines = readFileSync(join(CORPUS, '000_d7d9651ddd969956.txt'), 'utf8').normalize('NFC').split('\n');
const legacy = ['000_d7d9651ddd969956.tcvn3.txt', '000_d7d9651ddd969956.vni.txt'].map((f) => new Uint8Array(readFileSync(join(CORPUS, 'formats', f))));
const encode = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** Real plan lines, so random text lands next to the words the rules look for. */
const planLine = fc.constantFrom(...seedLines.filter((l) => l.trim()));
const noise = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('%', '0', '9', '.', ',', ' ', '/', '-'), minLength: 1000, maxLength: 4000 }),
  fc.integer({ min: 2000, max: 20_000 }).map((n) => `Đạt ${'9'.repeat(n)}% hồ sơ`),
  planLine.map((l) => l.repeat(200)), // one very long line
);
const documentText = fc.array(fc.oneof(planLine, noise), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('\n'));

describe('processBytes on arbitrary text', () => {
  it('gives a schema-valid result or a typed error (UTF-8)', async () => {
    await fc.assert(
      fc.asyncProperty(documentText, async (text) => {
        await outcomeOf(encode(text), 'random.txt');
      }),
      { numRuns: 25, seed: 7 },
    );
  });

  it('gives the same records for NFD input as for NFC input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(planLine, { minLength: 3, maxLength: 15 }), async (lines) => {
        const text = lines.join('\n');
        const nfc = await outcomeOf(encode(text), 'plan.txt');
        const nfd = await outcomeOf(encode(text.normalize('NFD')), 'plan.txt');
        expect(nfd.kind).toBe(nfc.kind);
        if (nfc.kind === 'result' && nfd.kind === 'result') {
          expect(nfd.result.indicators.map((i) => [i.value, i.unit])).toEqual(nfc.result.indicators.map((i) => [i.value, i.unit]));
        }
      }),
      { numRuns: 10, seed: 11 },
    );
  });

  it('gives a result or a typed error for any slice of legacy-encoded (TCVN3, VNI) bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...legacy), fc.nat(), fc.nat({ max: 6000 }), async (bytes, start, length) => {
        const from = start % bytes.length;
        await outcomeOf(bytes.slice(from, from + length), 'legacy.txt');
      }),
      { numRuns: 20, seed: 13 },
    );
  });

  it('does not throw an untyped error on pathological separators and numbers', async () => {
    for (const text of ['%'.repeat(50_000), '1'.repeat(50_000), '1.'.repeat(20_000), '\t'.repeat(10_000) + '50%', '\u0301'.repeat(10_000), 'a\u0000b'.repeat(1000)]) {
      await outcomeOf(encode(text), 'pathological.txt');
    }
  });
});

/** CPU time (not wall clock) of one pipeline run, best of two. */
async function cpuMs(text: string): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2; i++) {
    const start = process.cpuUsage();
    await processBytes(encode(text), 'scaled.txt', { ocr: false });
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('cost grows linearly with document size', () => {
  // CPU time with a generous bound (linear gives ×2, quadratic ×4). It caught the normaliser's
  // offset-map builder re-flattening its output on every `last` read: ×3.45 for 4 → 8 plan bodies
  // before the builder kept its pieces in an array, ×1.26 after.
  it('doubling a plan costs at most about double (generous bound: ×3)', async () => {
    const seed = readFileSync(join(CORPUS, '001_61b19ee575358a63.txt'), 'utf8');
    const body = seed.split('\n').slice(20).join('\n');
    await cpuMs(seed); // warm the JIT and lazy modules
    const four = await cpuMs(seed + body.repeat(4));
    const eight = await cpuMs(seed + body.repeat(8));
    expect(eight / four).toBeLessThan(3);
  });
});
