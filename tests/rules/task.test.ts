/**
 * Task rules: snippets in the wording of other provinces' plans and reports
 * (fixtures/task/cases.ts) give exactly the records a reviewer would write, and
 * the five seeds still give their gold tasks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/index.js';
import { pairTasks } from '../../review/evaluate.js';
import { toGold } from '../../review/export-gold.js';
import type { GoldDocument } from '../../review/gold-format.js';
import { extractTasks } from '../../rules/vi/task/index.js';
import { opensClosing } from '../../rules/vi/task/closing.js';
import { runningDeadline } from '../../rules/vi/task/running-deadline.js';
import { resolveUnit } from '../../rules/vi/units/index.js';
import type { RuleContext, TaskDraft } from '../../rules/types.js';
import { ctxOfText } from './context.js';
import { cases, type TaskCase } from './fixtures/task/cases.js';

const CORPUS = join(import.meta.dirname, '../../corpus');

const ids = (names: string[]): string[] => [...new Set(names.map((n) => resolveUnit(n).canonical).filter((c): c is NonNullable<typeof c> => c !== null))].sort();

function run(c: Pick<TaskCase, 'text' | 'year' | 'docType'>): { ctx: RuleContext; tasks: TaskDraft[] } {
  const ctx = { ...ctxOfText(c.text, c.year), docType: c.docType };
  return { ctx, tasks: extractTasks(ctx) };
}

describe('task rules on other provinces\' wording', () => {
  it('has at least 60 snippets, matches and misses', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)('$name', (c) => {
    const { ctx, tasks } = run(c);
    const got = tasks.map((t) => ({
      quote: ctx.text.slice(t.quote.start, t.quote.end),
      lead: ids(t.lead),
      support: ids(t.support),
      deadline: t.deadline ? [t.deadline.kind, t.deadline.start, t.deadline.end] : null,
    }));
    expect(got.map((g) => g.quote.slice(0, 40))).toHaveLength(c.expect.length);
    c.expect.forEach((e, k) => {
      const g = got[k]!;
      expect(g.quote.startsWith(e.quote), `quote ${k}: «${g.quote}»`).toBe(true);
      expect(g.lead, `lead of «${e.quote}»`).toEqual([...e.lead].sort());
      if (e.support) expect(g.support, `support of «${e.quote}»`).toEqual([...e.support].sort());
      if (e.deadline !== undefined) expect(g.deadline, `deadline of «${e.quote}»`).toEqual(e.deadline);
    });
  });

  it('quotes are spans of the text, in reading order, none overlapping', () => {
    for (const c of cases) {
      const { ctx, tasks } = run(c);
      let last = 0;
      for (const t of tasks) {
        expect(t.quote.start).toBeGreaterThanOrEqual(last);
        expect(t.quote.end).toBeGreaterThan(t.quote.start);
        expect(t.quote.end).toBeLessThanOrEqual(ctx.text.length);
        expect(ctx.text.slice(t.quote.start, t.quote.end).trim()).not.toBe('');
        last = t.quote.end;
      }
    }
  });
});

describe('closing, running-text deadlines', () => {
  const closing = (line: string) => {
    const ctx = ctxOfText(`IV. TỔ CHỨC THỰC HIỆN\n${line}\n`, 2025);
    return opensClosing(ctx, ctx.normalised.blocks.length - 1);
  };
  it.each([
    ['Trên đây là Kế hoạch chuyển đổi số năm 2025 của UBND xã Thạch Lâm.', true],
    ['Nơi nhận:', true],
    ['UBND xã Mường Hum đề nghị các ban, ngành, đoàn thể triển khai thực hiện nghiêm túc./.', true],
    ['Vậy UBND xã Ea Kao báo cáo kết quả thực hiện năm 2024.', true],
    ['- UBND xã chỉ đạo các thôn rà soát hộ gia đình.', false],
    ['Công an xã đề nghị người dân kích hoạt tài khoản định danh.', false],
    ['Báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.', false],
  ])('%s → %s', (line, expected) => expect(closing(line)).toBe(expected));

  const kind = (s: string) => runningDeadline(s, 2025)?.kind ?? null;
  it.each([
    ['Tham mưu xây dựng Kế hoạch chuyển đổi số năm 2025.', null],
    ['Triển khai Đề án giai đoạn 2021 - 2025, tầm nhìn đến năm 2030.', null],
    ['Hoàn thành số hóa hồ sơ trong năm 2025.', 'year'],
    ['Hoàn thành trước ngày 30/6/2025.', 'before-date'],
    ['Xây dựng kế hoạch tuyên truyền hằng năm.', null],
    ['Hằng năm rà soát danh sách hộ nghèo.', 'recurring'],
    ['Thực hiện thường xuyên.', 'continuous'],
  ])('%s → %s', (s, expected) => expect(kind(s)).toBe(expected));
});

describe('seeds against their gold tasks', () => {
  const seeds = readdirSync(CORPUS).filter((n) => /^\d{3}_[0-9a-f]+\.txt$/u.test(n)).sort();
  it.each(seeds)('%s', async (seed) => {
    const gold = JSON.parse(readFileSync(join(CORPUS, 'gold', seed.replace(/\.txt$/u, '.json')), 'utf8')) as GoldDocument;
    const pred = toGold(await extractFile(join(CORPUS, seed)));
    const pairs = pairTasks(gold.tasks, pred.tasks);
    const precision = pred.tasks.length ? pairs.size / pred.tasks.length : 1;
    const recall = gold.tasks.length ? pairs.size / gold.tasks.length : 1;
    expect(precision, 'precision').toBeGreaterThanOrEqual(0.95);
    expect(recall, 'recall').toBeGreaterThanOrEqual(0.95);
    let sameLead = 0;
    for (const [a, b] of pairs) if (ids(gold.tasks[a]!.lead).join() === ids(pred.tasks[b]!.lead).join()) sameLead++;
    expect(sameLead / Math.max(1, pairs.size), 'lead agreement').toBeGreaterThanOrEqual(0.95);
  });
});
