/**
 * Properties of the task rules' entry (`extractTasks`) and its helpers over
 * arbitrary and adversarial text: no throw, records grounded in the text,
 * the same output for the same input (NFC or NFD), and work that grows
 * linearly with the input, measured deterministically as the characters the
 * regex engine is asked to scan (no clocks).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Deadline } from '../../output/schema.js';
import { extractTasks } from '../../rules/vi/task/index.js';
import { fields } from '../../rules/vi/task/labelled.js';
import { runningDeadline } from '../../rules/vi/task/running-deadline.js';
import { openingSyllablesEnd, openingSyllablesEndByRegex } from '../../rules/vi/task/subject.js';
import type { Metadata } from '../../output/schema.js';
import type { RuleContext } from '../../rules/types.js';
import { ctxOfText } from './context.js';
import { regexWork } from '../helpers/regex-work.js';

const DOC_TYPES: Array<Metadata['docType']> = ['plan', 'report', 'plan+report', 'board-plan', null];

function ctxFor(text: string, docType: Metadata['docType'], year: number | null): RuleContext {
  return { ...ctxOfText(text, year), docType };
}

/** Fragments of real plans, so random documents reach every rule. */
const PIECES = [
  'III. NHIỆM VỤ CỤ THỂ', 'IV. TỔ CHỨC THỰC HIỆN', 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI', 'I. KẾT QUẢ THỰC HIỆN',
  '1. Công an xã', '2. Đề nghị Ủy ban MTTQ xã', '1.1. Xây dựng kế hoạch', '- Chủ trì: Công chức Văn phòng - Thống kê',
  '- Thời gian thực hiện: Quý II năm 2025', '- Phối hợp: Đoàn Thanh niên', '- Chỉ đạo Tổ công nghệ số cộng đồng',
  'UBND xã ban hành', 'Căn cứ hướng dẫn, ', 'Phấn đấu, đến tháng 10 năm 2025, ', 'đã ', 'trước ngày 15/5/2025',
  'hằng năm', 'Kế hoạch chuyển đổi số năm 2025', 'Trên đây là Kế hoạch', 'Nơi nhận:', 'KT. CHỦ TỊCH', 'phối hợp với ',
  'Các thôn, Tổ công nghệ số thực hiện như sau:', '100%', '1.234.567', '\t', '\n', '\n\n', ' ', ', ', '. ', ';', ':',
  'Trạm y tế xã', 'Hội Liên hiệp Phụ nữ', 'Ban Chỉ huy Quân sự', 'thường xuyên', 'giai đoạn 2021-2025', 'định hướng đến năm 2030',
];
const planLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 80 }).map((xs) => xs.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  planLike,
  planLike.map((s) => s.normalize('NFD')),
);

function checkGrounded(ctx: RuleContext): void {
  const tasks = extractTasks(ctx);
  let last = -1;
  for (const t of tasks) {
    expect(t.quote.start).toBeGreaterThanOrEqual(0);
    expect(t.quote.end).toBeGreaterThan(t.quote.start);
    expect(t.quote.end).toBeLessThanOrEqual(ctx.text.length);
    expect(t.quote.start).toBeGreaterThanOrEqual(last);
    last = t.quote.start;
    expect(typeof t.quote.ruleId).toBe('string');
    for (const u of [...t.lead, ...t.support]) expect(u.trim()).not.toBe('');
    if (t.deadline) expect(Deadline.safeParse(t.deadline).success, JSON.stringify(t.deadline)).toBe(true);
  }
}

describe('extractTasks on arbitrary text', () => {
  it('never throws and grounds every record in the text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...DOC_TYPES), fc.constantFrom(2024, 2025, null), (text, docType, year) => {
        checkGrounded(ctxFor(text, docType, year));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same records for the same text, written in NFC or NFD', () => {
    fc.assert(
      fc.property(planLike, fc.constantFrom(...DOC_TYPES), (text, docType) => {
        const nfc = extractTasks(ctxFor(text.normalize('NFC'), docType, 2025));
        expect(extractTasks(ctxFor(text.normalize('NFC'), docType, 2025))).toEqual(nfc);
        expect(extractTasks(ctxFor(text.normalize('NFD'), docType, 2025))).toEqual(nfc);
      }),
      { numRuns: 100 },
    );
  });

  it('survives long lines, thousands of digits and percents, and repetition', () => {
    const texts = [
      `IV. TỔ CHỨC THỰC HIỆN\n1. Công an xã\n- ${'1'.repeat(20_000)}%`,
      `IV. TỔ CHỨC THỰC HIỆN\n1. Công an xã\n- ${'50% '.repeat(3_000)}`,
      `II. NHIỆM VỤ\n${'Căn cứ, , '.repeat(1_500)}UBND xã ban hành.`,
      `II. PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI\n- ${'Chỉ đạo '.repeat(1_500)}`,
      `IV. TỔ CHỨC THỰC HIỆN\n1. Đoàn Thanh niên\n- ${'phối hợp với '.repeat(1_500)}`,
      `III. NHIỆM VỤ CỤ THỂ\n${'1.1. Việc\n- Chủ trì: Công an xã\n'.repeat(300)}`,
      `${'Nơi nhận:\n'.repeat(2_000)}`,
      `IV. TỔ CHỨC THỰC HIỆN\n1. UBND xã\n- ${'trước ngày 15/5/2025 '.repeat(1_000)}`,
    ];
    for (const text of texts) {
      const ctx = ctxOfText(text, 2025);
      // The rules read the genre only as plan-like or report-like.
      for (const docType of ['plan', 'report'] as const) checkGrounded({ ...ctx, docType });
    }
  });
});

describe('labelled fields', () => {
  // Labels, colons and the spaces around them, packed close so a label may end just before a colon or run into another.
  const FIELD_PIECES = ['Chủ trì', 'Chủ trì thực hiện', 'Bộ phận phối hợp thực hiện', 'Trách nhiệm thực hiện', 'Thời gian', 'Thời gian hoàn thành', 'thời hạn', 'Phụ trách', 'tiến độ', ':', ' :', ': ', ' ', '\n', '- ', '1. ', 'x', 'Công an xã'];
  const fieldText = fc.array(fc.constantFrom(...FIELD_PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

  it('are the same whether the scan starts at the first colon or at the span start', () => {
    fc.assert(
      fc.property(fc.oneof(fieldText, planLike), fc.nat(), (text, b) => {
        const ctx = ctxFor(text.normalize('NFC'), 'plan', 2025);
        const n = ctx.key.length;
        // Every start, so that each colon is the first one of some span.
        for (let from = 0; from <= n; from++) {
          const to = from + (b % (n - from + 1));
          expect(fields(ctx, from, n)).toEqual(fields(ctx, from, n, false));
          expect(fields(ctx, from, to)).toEqual(fields(ctx, from, to, false));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('runningDeadline', () => {
  it('never throws and returns a valid deadline or null', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const d = runningDeadline(s.normalize('NFC'), 2025);
        if (d) expect(Deadline.safeParse(d).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

// Linear work, counted as regex work (tests/helpers/regex-work.ts), not time.
const PLAN_UNIT = [
  'III. NHIỆM VỤ CỤ THỂ',
  '1. Chính quyền số',
  '1.1. Tổ chức tập huấn kỹ năng số cho cán bộ thôn',
  '- Đơn vị chủ trì: Công chức Văn hóa - Xã hội',
  '- Đơn vị phối hợp: Đoàn Thanh niên, Hội Liên hiệp Phụ nữ',
  '- Thời gian thực hiện: Quý III năm 2025',
  'IV. TỔ CHỨC THỰC HIỆN',
  '1. Công an xã',
  '- Phối hợp với các thôn cập nhật dữ liệu dân cư trước ngày 30/6/2025.',
  '2. Đề nghị Ủy ban MTTQ xã và các đoàn thể',
  '- Tuyên truyền, vận động hội viên tham gia nền tảng số hằng năm.',
  'II. NHIỆM VỤ, GIẢI PHÁP TIẾP THEO',
  '- Công an xã đẩy nhanh cấp tài khoản định danh; Chỉ đạo Tổ công nghệ số cộng đồng hỗ trợ người dân.',
  'Căn cứ hướng dẫn của huyện, UBND xã ban hành Kế hoạch chuyển đổi số năm 2026.',
].join('\n');

const SHAPES: Array<[string, (n: number) => string, Metadata['docType']]> = [
  ['a plan section repeated', (n) => `${PLAN_UNIT}\n`.repeat(n), 'plan'],
  ['a report section repeated', (n) => `${PLAN_UNIT}\n`.repeat(n), 'report'],
  ['one long bullet of "phối hợp với"', (n) => `IV. TỔ CHỨC THỰC HIỆN\n1. Công an xã\n- ${'phối hợp với Đoàn Thanh niên '.repeat(40 * n)}`, 'plan'],
  ['one long opening clause of commas', (n) => `II. NHIỆM VỤ\nCăn cứ ${'văn bản, '.repeat(60 * n)}UBND xã ban hành.`, 'plan'],
  ['a line of digits and percents', (n) => `IV. TỔ CHỨC THỰC HIỆN\n1. UBND xã\n- ${'12345678% '.repeat(60 * n)}`, 'plan'],
  ['many unit headings', (n) => `IV. TỔ CHỨC THỰC HIỆN\n${'1. Công an xã\n- Hỗ trợ người dân.\n'.repeat(20 * n)}`, 'plan'],
  ['many deadlines in one duty', (n) => `IV. TỔ CHỨC THỰC HIỆN\n1. UBND xã\n- ${'năm 2025, trước ngày 15/5/2025, hằng năm; '.repeat(20 * n)}`, 'plan'],
];

describe('work grows linearly with the input', () => {
  it.each(SHAPES)('%s', (_name, make, docType) => {
    const ctx1 = ctxFor(make(4), docType, 2025);
    const ctx2 = ctxFor(make(8), docType, 2025);
    const w1 = regexWork(() => extractTasks(ctx1));
    const w2 = regexWork(() => extractTasks(ctx2));
    expect(w1).toBeGreaterThan(0);
    // Twice the text: about twice the work (a quadratic rule would give four times).
    expect(w2 / w1).toBeLessThan(2.6);
  });
});

describe('openingSyllablesEnd', () => {
  it('ends where the syllable pattern ends the opening syllables', () => {
    const piece = fc.constantFrom('UBND', 'xã', 'Ban', 'chỉ', 'đạo', ' ', '  ', ',', '-', '1', '2024', '(', 'e\u0301', '\u0301', '𝐀', '\ud835', 'İ', '\t', 'Công an');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 10 }), (parts, a, b, max) => {
        const text = parts.join('');
        const from = text.length ? a % (text.length + 1) : 0;
        const limit = Math.min(text.length, from + (b % 40));
        expect(openingSyllablesEnd(text, from, limit, max)).toBe(openingSyllablesEndByRegex(text, from, limit, max));
      }),
      { numRuns: 5000 },
    );
  });
});
