/**
 * Properties of the indicator rules over arbitrary and adversarial text: no
 * throw (random Unicode, NFD, long lines, thousands of percent signs and
 * digits), every record grounded in the text it came from, NFD and NFC input
 * giving the same records, and work that grows linearly with the input —
 * measured deterministically as the characters the regex engine is asked to
 * scan, not with a clock.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { provenanceOf } from '../../pipeline/resolve/index.js';
import { matchKey } from '../../pipeline/text/match-key.js';
import { extractIndicators } from '../../rules/vi/indicator/index.js';
import type { IndicatorDraft, RuleContext } from '../../rules/types.js';
import { ctxOfText } from './context.js';
import { regexWork } from '../helpers/regex-work.js';

const YEAR = 2024;

/** Checks every draft of `ctx` is grounded: offsets inside the text, the number (if any) inside its quote, the quote the slice. */
function checkGrounded(ctx: RuleContext, drafts: IndicatorDraft[]): void {
  for (const d of drafts) {
    expect(d.quote.start).toBeGreaterThanOrEqual(0);
    expect(d.quote.end).toBeLessThanOrEqual(ctx.text.length);
    expect(d.quote.start).toBeLessThan(d.quote.end);
    expect(d.valueAt).toBeGreaterThanOrEqual(d.quote.start);
    expect(d.valueAt).toBeLessThan(d.quote.end);
    const p = provenanceOf(ctx.normalised, 'x.txt', d.quote, d.valueAt);
    expect(p.quote).toBe(ctx.text.slice(d.quote.start, d.quote.end));
    // A qualitative table cell ("Đạt", "Chưa") is a record with a null value; every other record quotes its number.
    if (d.value !== null) expect(p.quote).toMatch(/\d/u);
    else expect(d.unit).toBe('other');
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(d.subject.length).toBeGreaterThan(0);
    if (d.value !== null) expect(Number.isFinite(d.value)).toBe(true);
    if (d.valueMax !== null) expect(d.valueMax).toBeGreaterThan(d.value ?? -Infinity);
  }
}

function run(text: string): { ctx: RuleContext; drafts: IndicatorDraft[] } {
  const ctx = ctxOfText(text, YEAR);
  return { ctx, drafts: extractIndicators(ctx) };
}

/** Pieces of real plans, so random documents reach every indicator rule. */
const PIECES = [
  'I. KẾT QUẢ THỰC HIỆN', 'II. MỤC TIÊU', '3. Chính quyền số, kinh tế số, xã hội số', '2. Hạ tầng số, nền tảng số', '- ', '\n', '\n\n', ' ', ', ', '. ', '; ', ': ',
  '100%', '92,1%', '80 %', '80%1', '60% đến 80%', '60-80%', 'từ 15 tuổi trở lên', 'trở lên', 'tối thiểu', 'không quá', 'trên', 'dưới', 'chưa đạt (',
  ')', '05 tin bài', '32 mắt camera', '1.250 hộ', '13/17 chỉ tiêu', 'Nâng hạng (1/25)', 'về chỉ số chuyển đổi số', '500 triệu đồng', '2,5 tỷ đồng',
  'Kinh phí', 'tỷ lệ', 'Tỷ lệ hồ sơ trực tuyến', 'người dân', 'doanh nghiệp', 'đạt', 'đã đạt', 'phấn đấu', 'Phấn đấu đến cuối năm 2025', 'Năm 2023',
  'cấp tỉnh', 'cấp xã', 'được', 'ở 7 thôn', 'vượt 8,5% so với', '4G/5G', 'mức độ 3', 'Số: 73/KH-UBND', 'ngày 15/3/2024', '\t', '1.1', 'TT\tTên chỉ tiêu\tĐơn vị tính\tChỉ tiêu cụ thể\tMức độ hoàn thành',
];
const planText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 120 }).map((a) => a.join(''));

describe('robustness', () => {
  it('never throws on random Unicode and grounds what it finds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const { ctx, drafts } = run(s);
        checkGrounded(ctx, drafts);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on plan-like soup and grounds what it finds', () => {
    fc.assert(
      fc.property(planText, (s) => {
        const { ctx, drafts } = run(s);
        checkGrounded(ctx, drafts);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same records for NFD and NFC input', () => {
    fc.assert(
      fc.property(planText, (s) => {
        const nfc = run(s.normalize('NFC')).drafts;
        const nfd = run(s.normalize('NFD')).drafts;
        expect(nfd).toEqual(nfc);
      }),
      { numRuns: 200 },
    );
  });

  it('does not throw when handed an un-normalised (NFD) context directly', () => {
    fc.assert(
      fc.property(planText, (s) => {
        const base = ctxOfText(s, YEAR);
        const text = base.text.normalize('NFD');
        // Offsets of an NFD text differ from the blocks': only robustness is asked here.
        const ctx: RuleContext = { ...base, text, key: matchKey(text) };
        expect(() => extractIndicators(ctx)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['thousands of percent signs', '%'.repeat(5000)],
    ['thousands of digits', '9'.repeat(5000)],
    ['digits and percents', '12345678% '.repeat(600)],
    ['a long line of shares', 'Tỷ lệ hồ sơ trực tuyến đạt 50%, '.repeat(400)],
    ['a long dotted number', `${'1.000'.repeat(1000)} hộ`],
    ['a long line of words', 'chuyển đổi số '.repeat(2000)],
  ])('handles %s', (_name, text) => {
    const { ctx, drafts } = run(text);
    checkGrounded(ctx, drafts);
  });
});

// Linear work, measured as regex characters scanned (tests/helpers/regex-work.ts).
const PLAN_UNIT = [
  'II. MỤC TIÊU',
  '3. Chính quyền số, kinh tế số, xã hội số',
  '- Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến đạt tối thiểu 92,1%; 100% doanh nghiệp nộp thuế điện tử.',
  '- Trên 80% hộ gia đình kết nối Internet băng rộng, 95% cấp tỉnh, 85% cấp huyện, 60% cấp xã.',
  'I. KẾT QUẢ THỰC HIỆN',
  'Năm 2023, Đài truyền thanh xã đã phát 05 tin bài; lắp đặt 32 mắt camera tại các thôn; 07 tổ công nghệ số ở 7 thôn.',
  '- Nâng hạng (3/25) về chỉ số chuyển đổi số; doanh thu đạt 500 triệu đồng.',
].join('\n');

const SHAPES: Array<[string, (n: number) => string]> = [
  ['a plan section repeated', (n) => `${PLAN_UNIT}\n`.repeat(n)],
  ['one clause of many shares', (n) => `- Tỷ lệ hồ sơ trực tuyến đạt ${'50%, '.repeat(100 * n)}hết.`],
  ['one clause of shares with subjects', (n) => `- ${'90% người dân, doanh nghiệp trở lên hài lòng, '.repeat(40 * n)}hết.`],
  ['one clause of counts', (n) => `Đến nay, xã đã có ${'07 tổ công nghệ số ở 7 thôn, '.repeat(40 * n)}hết.`],
  ['one clause of percent signs and digits', (n) => `- ${'12345678% 1% '.repeat(100 * n)}`],
  ['one long subject before one value', (n) => `- Tỷ lệ ${'người dân và doanh nghiệp '.repeat(100 * n)}đạt 80%.`],
  ['years and cue words', (n) => `- ${'phấn đấu đến năm 2025 đã đạt 60%, '.repeat(60 * n)}hết.`],
  ['many short bullets', (n) => '- 100% thôn có wifi.\n'.repeat(80 * n)],
];

describe('work grows linearly with the input', () => {
  it.each(SHAPES)('%s', (_name, make) => {
    const ctx1 = ctxOfText(make(2), YEAR);
    const ctx2 = ctxOfText(make(4), YEAR);
    const w1 = regexWork(() => extractIndicators(ctx1));
    const w2 = regexWork(() => extractIndicators(ctx2));
    expect(w1).toBeGreaterThan(0);
    // Twice the text: about twice the work (a quadratic rule would give four times).
    expect(w2 / w1).toBeLessThan(2.6);
  });

  it('doubling random plan text about doubles the work', () => {
    fc.assert(
      fc.property(planText, (s) => {
        // Four and eight copies, so the seams between copies weigh little against the copies themselves.
        const one = regexWork(() => extractIndicators(ctxOfText(Array(4).fill(s).join('\n'), YEAR)));
        const two = regexWork(() => extractIndicators(ctxOfText(Array(8).fill(s).join('\n'), YEAR)));
        // A fixed cost per call (the pattern set) besides the per-character work.
        expect(two).toBeLessThanOrEqual(2.6 * one + 2000);
      }),
      { numRuns: 100 },
    );
  });
});
