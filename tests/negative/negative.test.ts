/**
 * A shared negative corpus: lines of Vietnamese administrative text full of
 * numbers that are not indicators, tasks or deadlines (document numbers,
 * dates, phone numbers, addresses, section numbers, "Nơi nhận", ages, "4G/5G",
 * narrative). The full rule set must find no indicator and no task in them,
 * line by line and as one document.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../rules/index.js';
import { ctxOfText } from '../rules/context.js';

const LINES = readFileSync(fileURLToPath(new URL('./vi.txt', import.meta.url)), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 0);

async function recordsOf(text: string) {
  const ctx = ctxOfText(text);
  const r = await runRules(ctx.normalised, ctx.structure);
  // What was found, quoted, so a failure names the offending text.
  return {
    indicators: r.indicators.map((d) => ctx.text.slice(d.quote.start, d.quote.end)),
    tasks: r.tasks.map((t) => ctx.text.slice(t.quote.start, t.quote.end)),
  };
}

describe('negative corpus (tests/negative/vi.txt)', () => {
  it('holds at least 40 lines, each with a number or a heading word', () => {
    expect(LINES.length).toBeGreaterThanOrEqual(40);
    expect(LINES.filter((l) => /\d/u.test(l)).length).toBeGreaterThanOrEqual(35);
  });

  it.each(LINES.map((l, i) => [i + 1, l] as const))('line %i gives no indicator and no task: %s', async (_n, line) => {
    expect(await recordsOf(line)).toEqual({ indicators: [], tasks: [] });
  });

  it('the whole file as one document gives no indicator and no task', async () => {
    expect(await recordsOf(LINES.join('\n'))).toEqual({ indicators: [], tasks: [] });
  });
});
