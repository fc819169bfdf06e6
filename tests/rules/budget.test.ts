import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { extractBudget, parseAmount } from '../../rules/vi/budget/index.js';
import { captionIn, captionInByRegex } from '../../rules/vi/budget/table.js';
import { matchKey } from '../../pipeline/text/match-key.js';
import { readdirSync } from 'node:fs';
import { lineOfSourceOffset } from '../../pipeline/normalise/index.js';
import { ctxOf, ctxOfText } from './context.js';
import { goldDocs } from './gold.js';
import { doublingRatio } from '../helpers/regex-work.js';

describe('gold budget', () => {
  const docs = goldDocs();
  it.each(docs.map((d) => [d.name, d] as const))('%s', (_n, d) => {
    const ctx = ctxOf(d.path, d.gold.metadata.year);
    const got = extractBudget(ctx).map((b) => ({
      item: b.item, amount: b.amount, source: b.source, year: b.year,
      line: lineOfSourceOffset(ctx.normalised, ctx.normalised.map.toSourceStart(b.quote.start)),
    }));
    const want = (d.gold.budget as Array<Record<string, unknown>>).map(({ item, amount, source, year, line }) => ({ item, amount, source, year, line }));
    expect(got).toEqual(want);
  });
});

describe('budget sentences', () => {
  it.each([
    ['- Kinh phí thực hiện: 50 triệu đồng từ ngân sách xã.', { amount: 50, source: 'ngân sách xã' }],
    ['Tổ chức 02 lớp tập huấn kỹ năng số, kinh phí dự kiến 15.000.000 đồng (nguồn ngân sách xã).', { item: 'Tổ chức 02 lớp tập huấn kỹ năng số', amount: 15, source: 'ngân sách xã' }],
    ['Tổng kinh phí thực hiện là 1,2 tỷ đồng.', { amount: 1200, source: null }],
    ['- Mua sắm thiết bị: dự toán 35 triệu đồng.', { item: 'Mua sắm thiết bị', amount: 35 }],
  ])('%s', (s, expected) => {
    const b = extractBudget(ctxOfText(s, 2024));
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ ...expected, year: 2024 });
  });

  it.each([
    ['Tổng chi ngân sách nhà nước cho chính quyền số từ 1% trở lên so với tổng chi ngân sách.'],
    ['Bố trí kinh phí đảm bảo cho hoạt động chuyển đổi số hằng năm.'],
    ['Kinh phí thực hiện: từ nguồn ngân sách xã và các nguồn hợp pháp khác.'],
  ])('no budget line in %s', (s) => expect(extractBudget(ctxOfText(s, 2024))).toEqual([]));
});

describe('a flattened budget table of another commune', () => {
  it('reads rows in đồng and the total', () => {
    const text = 'PHỤ LỤC\nDỰ TOÁN KINH PHÍ CHUYỂN ĐỔI SỐ NĂM 2025\nĐVT: đồng\nTT\nNội dung\nThời gian\nKinh phí\nNguồn vốn\n1 Mua chữ ký số cho cán bộ 2025 5.000.000 NSX\n2 Tuyên truyền trên Đài truyền thanh xã 2025 12.500.000 NSX\nTổng cộng 17.500.000\n';
    const b = extractBudget(ctxOfText(text, 2025));
    expect(b.map(({ item, amount, source, year }) => ({ item, amount, source, year }))).toEqual([
      { item: 'Mua chữ ký số cho cán bộ', amount: 5, source: 'NSX', year: 2025 },
      { item: 'Tuyên truyền trên Đài truyền thanh xã', amount: 12.5, source: 'NSX', year: 2025 },
      { item: 'Tổng', amount: 17.5, source: null, year: 2025 },
    ]);
  });
});

describe('amounts', () => {
  it.each([
    ['20', 20], ['1.500', 1500], ['2,5', 2.5], ['15.000.000', 15000000], ['1.234,5', 1234.5], ['abc', null], ['1..2', null],
  ])('%s → %s', (raw, n) => expect(parseAmount(raw)).toBe(n));
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { expect(() => extractBudget(ctxOfText(s, 2024))).not.toThrow(); }), { numRuns: 150 });
  });
  it('never throws on budget-like fragments', () => {
    const parts = ['ĐVT: triệu đồng', '\n', '1 ', 'Hoạt động ', '2024 ', '20 ', 'NSX', 'Tổng ', 'kinh phí ', '15.000.000 đồng', 'PHỤ LỤC'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (a) => { expect(() => extractBudget(ctxOfText(a.join(''), 2024))).not.toThrow(); }), { numRuns: 200 });
  });
  it.each([
    ['a unit line and many rows', (n: number) => 'ĐVT: triệu đồng\n' + '1 A 2024 1 '.repeat(250 * n)],
    ['a repeated funds phrase', (n: number) => 'kinh phí thực hiện '.repeat(250 * n)],
    ['a run of digits', (n: number) => 'ĐVT: đồng ' + '1'.repeat(1000 * n)],
  ])('does linear work on %s', (_name, make) => {
    // Contexts are built outside the measure: only the rule's regex work counts.
    const ratio = doublingRatio((n) => ctxOfText(make(n), 2024), (ctx) => void extractBudget(ctx));
    expect(ratio).toBeLessThan(2.6);
  });
});

describe('unit captions', () => {
  const same = (key: string): void => {
    const a = captionIn(key);
    const b = captionInByRegex(key);
    expect(a === null ? null : [a.index, a[0], a.groups!['unit']]).toEqual(b === null ? null : [b.index, b[0], b.groups!['unit']]);
  };

  it('are found as the pattern as written finds them, in corpus blocks and in generated text', () => {
    const corpus = new URL('../../corpus/', import.meta.url);
    for (const f of readdirSync(corpus).filter((n) => n.endsWith('.txt'))) {
      const ctx = ctxOf(new URL(f, corpus).pathname, 2024);
      for (const b of ctx.normalised.blocks) same(ctx.key.slice(b.start, b.end));
    }
    const pieces = ['ĐVT', 'đvt', 'Đơn vị tính', 'đơn vị', ':', ' ', '  ', 'triệu đồng', 'đồng', 'tỷ đồng', 'trđ', 'x', '1', 'a', 'đ', '𝐀', '\u0301', '\n', 'ĐVT:triệu'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      same(matchKey(parts.join('')));
    }), { numRuns: 2000 });
  });
});
