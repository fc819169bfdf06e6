import { describe, expect, it } from 'vitest';
import { SEEDS, seedResult, seedText } from './helpers.js';

// What normalisation may change between source and quote: whitespace runs and
// line breaks (folded), invisible characters and Markdown markup (bold, emphasis
// stars, heading marks: dropped).
const fold = (s: string) =>
  s
    .replace(/\*|<\/?b>|^#{1,6}\s/gmu, '')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

describe('grounding', () => {
  it.each(SEEDS)('every record of %s quotes the source exactly at its offsets and line', async (name) => {
    const result = await seedResult(name);
    const source = seedText(name);
    const lines = source.split('\n');
    const records = [...result.indicators, ...result.tasks, ...result.references, ...result.budget];
    expect(records.length).toBeGreaterThan(5);
    for (const r of records) {
      const p = r.provenance;
      expect(p.quote.length).toBeGreaterThan(0);
      expect(fold(source.slice(p.sourceStart, p.sourceEnd))).toBe(fold(p.quote));
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lines.length);
      expect(p.file.endsWith(name)).toBe(true);
    }
  });

  it.each(SEEDS)('indicator lines of %s point at the line holding the number', async (name) => {
    const result = await seedResult(name);
    const lines = seedText(name).split('\n');
    for (const ind of result.indicators) {
      if (ind.value === null) continue;
      const digits = String(ind.value).split('.')[0]!;
      expect(lines[ind.line - 1]).toContain(digits);
    }
  });
});
