/**
 * Normalising one very long line must cost time in proportion to its length
 * (a builder that re-read the last character of a `+=` string made it
 * quadratic: 150 kB of one line took 20 s). String flattening is invisible to
 * regex counting, so this compares times of n and 2n characters: a generous
 * ratio (linear ≈ 2, quadratic ≈ 4; the quadratic builder scored over 10), the least CPU time of several runs, no time limit.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../pipeline/normalise/index.js';
import type { Extraction } from '../../extractors/types.js';

const extraction = (text: string): Extraction => ({
  format: 'txt', text, layout: 'wrapped', pages: null, encoding: 'utf-8', ocr: false, status: 'ok', messages: [],
});

// CPU time, not elapsed time, and the least of several runs: other processes on a
// loaded machine (CI, parallel test files) stretch elapsed times unevenly.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function leastMs(text: string): number {
  let least = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = cpuMs();
    normalise(extraction(text));
    least = Math.min(least, cpuMs() - t);
  }
  return least;
}

describe('normalise on long input', () => {
  it.each([
    ['one long line of words', (n: number) => 'kinh phí thực hiện '.repeat(n)],
    ['many short wrapped lines', (n: number) => 'Tuyên truyền về chuyển đổi số trên \n'.repeat(n / 2)],
  ])('grows linearly: %s', (_name, make) => {
    leastMs(make(4000)); // warm-up: compile the code paths before measuring
    const small = leastMs(make(8000));
    const large = leastMs(make(16000));
    expect(large / small).toBeLessThan(3.5);
  });
});
