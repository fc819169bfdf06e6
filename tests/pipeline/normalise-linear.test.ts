/**
 * Normalising one very long line must cost time in proportion to its length
 * (a builder that re-read the last character of a `+=` string made it
 * quadratic: 150 kB of one line took 20 s). String flattening is invisible to
 * regex counting, so this compares times of n and 2n characters: a generous
 * ratio (linear ≈ 2, quadratic ≈ 4; the quadratic builder scored over 10), the median of several runs, no time limit.
 * The times are this process's CPU time, not the wall clock: on a machine shared
 * with other work the wall clock made the ratio noisy once a run took a few milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { normalise } from '../../pipeline/normalise/index.js';
import type { Extraction } from '../../extractors/types.js';
import { CORPUS, SEEDS } from './helpers.js';

const extraction = (text: string): Extraction => ({
  format: 'txt', text, layout: 'wrapped', pages: null, encoding: 'utf-8', ocr: false, status: 'ok', messages: [],
});

function medianMs(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = process.cpuUsage();
    normalise(extraction(text));
    const used = process.cpuUsage(t);
    times.push((used.user + used.system) / 1e3);
  }
  return times.sort((a, b) => a - b)[3]!;
}

describe('normalise on long input', () => {
  it.each([
    ['one long line of words', (n: number) => 'kinh phí thực hiện '.repeat(n)],
    ['many short wrapped lines', (n: number) => 'Tuyên truyền về chuyển đổi số trên \n'.repeat(n / 2)],
    // Bold lines make it Markdown; the link definition sends it to remark, whose setext resolver re-copies every event so far.
    ['setext headings between blank lines (remark)', (n: number) => '[x]: /u\n\n' + '**Mục** Tiêu đề\n---\n\n'.repeat(n / 16)],
    // The same read by the line scanner, with no blank line to part them.
    ['setext headings one after another (scanner)', (n: number) => '**Mục** Tiêu đề\n---\n'.repeat(n / 16)],
  ])('grows linearly: %s', (_name, make) => {
    medianMs(make(4000)); // warm-up: compile the code paths before measuring
    const small = medianMs(make(16000));
    const large = medianMs(make(32000));
    expect(large / small).toBeLessThan(3.5);
  });
});

describe('the Markdown heading scan on megabytes', () => {
  it('costs in proportion to the text after it has run on smaller ones (no cliff past a few megabytes)', () => {
    // In a process of its own: the cliff came with one JIT history (the scan run once each on
    // 0.3, 1.2 and then 3 MB of decoded text: 4 ms, 4 ms, 25 s), which other tests' runs would blur.
    const script = `
      const { readFileSync } = await import('node:fs');
      const { scanHeadings } = await import(${JSON.stringify(new URL('../../pipeline/normalise/markdown.ts', import.meta.url).href)});
      const seeds = ${JSON.stringify(SEEDS.map((f) => join(CORPUS, f)))}.map((f) => readFileSync(f, 'utf8')).join('\\n');
      // Decoded by TextDecoder, as the text extractor hands text on (Buffer#toString's strings did not show it).
      const text = (copies) => new TextDecoder().decode(Buffer.from(Array.from({ length: copies }, () => seeds).join('\\n')));
      const ms = [];
      for (const copies of [3, 12, 30]) {
        const t = text(copies);
        const before = process.cpuUsage();
        if (scanHeadings(t) === null) throw new Error('declined');
        const used = process.cpuUsage(before);
        ms.push((used.user + used.system) / 1e3);
      }
      console.log(JSON.stringify(ms));
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 600_000 });
    expect(run.status, run.stderr).toBe(0);
    const [small, , large] = JSON.parse(run.stdout) as number[];
    // Ten times the text: linear ≈ 10 (a floor of 2 ms keeps timer noise out); the cliff cost thousands of times as much.
    expect(large! / Math.max(2, small!)).toBeLessThan(50);
  });
});
