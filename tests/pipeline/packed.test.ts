import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packedMap } from '../../pipeline/packed.js';

describe('packedMap', () => {
  const cases: Array<{ name: string; xs: unknown[]; f: (x: never, i: number) => unknown }> = [
    { name: 'heading titles', xs: ['I. MỤC TIÊU', 'II. NHIỆM VỤ, GIẢI PHÁP'], f: (t: string) => t.toLowerCase() },
    { name: 'cells with their column', xs: [{ start: 0, end: 4 }, { start: -1, end: -1 }], f: (c: { start: number }, i: number) => `${i}:${c.start}` },
    { name: 'no cells', xs: [], f: (c: unknown) => c },
    { name: 'numbers', xs: [3, 1, 2], f: (n: number) => n * 2 },
  ];
  it.each(cases)('gives what map gives: $name', ({ xs, f }) => {
    const out = packedMap(xs as never[], f);
    expect(out).toEqual(xs.map(f as (x: unknown, i: number) => unknown));
    expect(out).not.toBe(xs);
  });

  it('gives arrays of one shape, empty or not, where map does not (the reason it exists)', () => {
    // %HaveSameMap is V8's own word on shapes; it needs --allow-natives-syntax, so a child asks it.
    const module = fileURLToPath(new URL('../../pipeline/packed.ts', import.meta.url));
    const script = `
      const { packedMap } = await import(${JSON.stringify(module)});
      const title = (t) => t.trim();
      const shapes = [];
      // A few rounds first: V8 remembers a literal's shape once the function has run a few times.
      for (let round = 0; round < 10; round++) {
        const filled = packedMap([' I. MỤC TIÊU '], title);
        const empty = packedMap([], title);
        shapes.push({ packed: %HaveSameMap(filled, empty), mapped: %HaveSameMap([' I. MỤC TIÊU '].map(title), [].map(title)) });
      }
      console.log(JSON.stringify(shapes.at(-1)));`;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ packed: true, mapped: false });
  });
});
