import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Deadline } from '../../output/schema.js';
import { matchKey } from '../../pipeline/text/match-key.js';
import { deadlineRules, findDeadlines, mixedRule, parseDeadline, passesPrefilter, type DeadlineScanStats } from '../../rules/vi/deadline/index.js';
import { WB_BEFORE, withoutLeadingWordBoundary } from '../../rules/pattern.js';

type D = Deadline;
const CORPUS = join(import.meta.dirname, '../../corpus');
const GOLD_DIR = join(CORPUS, 'gold');
const WINDOW = 40;

const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();
const fields = (d: D | null | undefined) => (d ? { kind: d.kind, start: d.start, end: d.end, recurrence: d.recurrence } : null);

// ---------------------------------------------------------------------------
// (1) Every deadline of the gold files, found in its seed.
// ---------------------------------------------------------------------------
interface GoldRow { label: string; docYear: number; gold: D; window: string }
const goldRows: GoldRow[] = [];
for (const name of readdirSync(GOLD_DIR).filter((n) => /^\d{3}_.*\.json$/u.test(n)).sort()) {
  const doc = JSON.parse(readFileSync(join(GOLD_DIR, name), 'utf8')) as {
    metadata: { year: number };
    tasks: Array<{ line: number; deadline: D | null }>;
    indicators: Array<{ line: number; deadline: D | null }>;
  };
  const seed = readFileSync(join(CORPUS, name.replace(/\.json$/u, '.txt')), 'utf8').normalize('NFC').split('\n');
  for (const [kind, records] of [['task', doc.tasks], ['indicator', doc.indicators]] as const) {
    for (const r of records) {
      if (!r.deadline) continue;
      const window = collapse(seed.slice(Math.max(0, r.line - 1 - WINDOW), r.line + WINDOW).join(' '));
      goldRows.push({ label: `${name.slice(0, 3)} ${kind} line ${r.line}: ${r.deadline.text}`, docYear: doc.metadata.year, gold: r.deadline, window });
    }
  }
}

describe('gold deadlines', () => {
  it('covers the five gold files', () => {
    expect(new Set(goldRows.map((r) => r.label.slice(0, 3))).size).toBeGreaterThanOrEqual(4);
    expect(goldRows.length).toBeGreaterThan(50);
  });

  it.each(goldRows)('$label', ({ docYear, gold, window }) => {
    // The gold span is in the seed near its line ("…" marks an elision).
    const key = matchKey(window);
    const parts = gold.text.split('…').map((p) => matchKey(collapse(p))).filter((p) => p !== '');
    for (const p of parts) expect(key).toContain(p);

    expect(fields(parseDeadline(gold.text, { docYear }))).toEqual(fields(gold));

    // In running text, the rules find a mention at (one occurrence of) the gold span,
    // and for a single-span gold, exactly that span with the gold values.
    const found = findDeadlines(window, { docYear });
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const atOccurrences: (typeof found)[] = [];
    for (let at = key.indexOf(first); at >= 0; at = key.indexOf(first, at + 1)) {
      const spanEnd = key.indexOf(last, at) + last.length;
      atOccurrences.push(found.filter((m) => m.start < spanEnd && m.end > at));
    }
    expect(atOccurrences.some((inside) => inside.length > 0)).toBe(true);
    if (parts.length === 1 && gold.kind !== 'recurring') {
      const exact = atOccurrences.flat().filter((m) => matchKey(m.deadline.text) === first);
      expect(exact.map((m) => fields(m.deadline))).toContainEqual(fields(gold));
    }
  });
});

// ---------------------------------------------------------------------------
// (2) Sentences worded the way other provinces' plans word them.
// ---------------------------------------------------------------------------
const Y = (y: number): [string, string] => [`${y}-01-01`, `${y}-12-31`];
const rec = (freq: 'monthly' | 'quarterly' | 'yearly', day: number | null = null, month: number | 'last' | null = null) => ({ freq, day, month });
type Row = [sentence: string, docYear: number, text: string, kind: D['kind'], start: string | null, end: string | null, recurrence: D['recurrence']];
const sentences: Row[] = [
  ['Hoàn thành trước 30/6/2025.', 2025, 'trước 30/6/2025', 'before-date', null, '2025-06-29', null],
  ['Các đơn vị gửi báo cáo chậm nhất ngày 31/12/2024.', 2024, 'chậm nhất ngày 31/12/2024', 'before-date', null, '2024-12-31', null],
  ['Tổ chức tập huấn kỹ năng số cho cán bộ trong Quý 3 năm 2024.', 2024, 'trong Quý 3 năm 2024', 'quarter', '2024-07-01', '2024-09-30', null],
  ['Sơ kết, đánh giá kết quả 6 tháng cuối năm 2024.', 2024, '6 tháng cuối năm 2024', 'period', '2024-07-01', '2024-12-31', null],
  ['Các thôn báo cáo định kỳ hằng tháng trước ngày 20 về Văn phòng UBND xã.', 2024, 'định kỳ hằng tháng trước ngày 20', 'recurring', ...Y(2024), rec('monthly', 20)],
  ['Phấn đấu từ nay đến hết năm 2025 có 100% hộ gia đình có địa chỉ số.', 2024, 'từ nay đến hết năm 2025', 'before-date', null, '2025-12-31', null],
  ['Thời gian thực hiện: Quý I-II/2024', 2024, 'Quý I-II/2024', 'quarter', '2024-01-01', '2024-06-30', null],
  ['Triển khai thí điểm trong quý II, III/2025.', 2025, 'trong quý II, III/2025', 'quarter', '2025-04-01', '2025-09-30', null],
  ['Hoàn thành số hóa sổ hộ tịch trước ngày 01/9/2024.', 2024, 'trước ngày 01/9/2024', 'before-date', null, '2024-08-31', null],
  ['Thời gian: Q.IV/2024', 2024, 'Q.IV/2024', 'quarter', '2024-10-01', '2024-12-31', null],
  ['Tổ chức Ngày Chuyển đổi số vào ngày 10 tháng 10 năm 2024.', 2024, 'vào ngày 10 tháng 10 năm 2024', 'date', '2024-10-10', '2024-10-10', null],
  ['Rà soát, cập nhật dữ liệu dân cư trong tháng 8/2024.', 2024, 'trong tháng 8/2024', 'month', '2024-08-01', '2024-08-31', null],
  ['Lắp đặt hệ thống camera giám sát từ tháng 4 đến tháng 6/2025.', 2025, 'từ tháng 4 đến tháng 6/2025', 'period', '2025-04-01', '2025-06-30', null],
  ['Triển khai theo Chương trình chuyển đổi số giai đoạn 2021 - 2025 của huyện.', 2024, 'giai đoạn 2021 - 2025', 'period', '2021-01-01', '2025-12-31', null],
  ['Báo cáo kết quả thực hiện hằng quý gửi Ban Chỉ đạo.', 2024, 'hằng quý', 'recurring', ...Y(2024), rec('quarterly')],
  ['Kinh phí được bố trí hàng năm từ ngân sách xã.', 2023, 'hàng năm', 'recurring', ...Y(2023), rec('yearly')],
  ['Tổng hợp, báo cáo UBND xã trước ngày 20 hằng tháng.', 2024, 'trước ngày 20 hằng tháng', 'recurring', ...Y(2024), rec('monthly', 20)],
  ['Gửi báo cáo tổng kết trước ngày 15/12 hằng năm.', 2024, 'trước ngày 15/12 hằng năm', 'recurring', ...Y(2024), rec('yearly', 15, 12)],
  ['Thời gian thực hiện: Thường xuyên, liên tục.', 2024, 'Thường xuyên, liên tục', 'continuous', ...Y(2024), null],
  ['Thời gian thực hiện: Năm 2025', 2024, 'Năm 2025', 'year', '2025-01-01', '2025-12-31', null],
  ['Đẩy mạnh thanh toán không dùng tiền mặt trong năm nay.', 2024, 'trong năm nay', 'year', '2024-01-01', '2024-12-31', null],
  ['Phấn đấu đến năm 2025, 80% người dân trưởng thành có danh tính số.', 2024, 'đến năm 2025', 'before-date', null, '2025-12-31', null],
  ['Hoàn thành trước tháng 3 năm 2025.', 2025, 'trước tháng 3 năm 2025', 'before-month', null, '2025-02-28', null],
  ['Thời gian thực hiện: trước tháng 3/2024', 2024, 'trước tháng 3/2024', 'before-month', null, '2024-02-29', null],
  ['Thời gian thực hiện: trước tháng 1/2025', 2024, 'trước tháng 1/2025', 'before-month', null, '2024-12-31', null],
  ['Hoàn thành xây dựng cơ sở dữ liệu đất đai đến hết tháng 9/2024.', 2024, 'đến hết tháng 9/2024', 'before-month', null, '2024-09-30', null],
  ['Định kỳ trước ngày 18 của tháng cuối quý, các bộ phận báo cáo kết quả.', 2024, 'Định kỳ trước ngày 18 của tháng cuối quý', 'recurring', ...Y(2024), rec('quarterly', 18, 'last')],
  ['Thời gian thực hiện: thường xuyên; Quý II năm 2024', 2024, 'thường xuyên; Quý II năm 2024', 'mixed', ...Y(2024), null],
  ['Sơ kết 9 tháng đầu năm 2024 việc thực hiện Kế hoạch.', 2024, '9 tháng đầu năm 2024', 'period', '2024-01-01', '2024-09-30', null],
  ['Thời gian thực hiện: Quý IV', 2024, 'Quý IV', 'quarter', '2024-10-01', '2024-12-31', null],
  ['THỜI GIAN HOÀN THÀNH: QUÝ II NĂM 2024', 2024, 'HOÀN THÀNH: QUÝ II NĂM 2024'.slice(12), 'quarter', '2024-04-01', '2024-06-30', null],
  ['Thời gian thực hiện: Qúy I năm 2024', 2024, 'Qúy I năm 2024', 'quarter', '2024-01-01', '2024-03-31', null],
  ['Hoàn thành trong quý 4/2024.', 2024, 'Hoàn thành trong quý 4/2024', 'quarter', '2024-10-01', '2024-12-31', null],
  ['Thời gian thực hiện: Từ tháng 10/2024 đến tháng 3/2025', 2024, 'Từ tháng 10/2024 đến tháng 3/2025', 'period', '2024-10-01', '2025-03-31', null],
  ['Hoàn thành trong Quý I – II năm 2025.', 2025, 'Hoàn thành trong Quý I – II năm 2025', 'quarter', '2025-01-01', '2025-06-30', null],
  ['Triển khai mô hình từ năm 2023 đến năm 2025.', 2023, 'từ năm 2023 đến năm 2025', 'period', '2023-01-01', '2025-12-31', null],
  ['Hoàn thành trước ngày 15 tháng 11 năm 2024.', 2024, 'trước ngày 15 tháng 11 năm 2024', 'before-date', null, '2024-11-14', null],
  ['Đến cuối năm 2024 có 100% cán bộ sử dụng chữ ký số.', 2024, 'Đến cuối năm 2024', 'before-date', null, '2024-12-31', null],
  ['Các hội, đoàn thể báo cáo vào ngày 5 hàng tháng.', 2024, 'vào ngày 5 hàng tháng', 'recurring', ...Y(2024), rec('monthly', 5)],
  ['Thời gian thực hiện: Quý III/2024 và thường xuyên', 2024, 'Quý III/2024 và thường xuyên', 'mixed', ...Y(2024), null],
  ['Ban chỉ đạo chuyển đổi số xã thường xuyên kiểm tra, đôn đốc các thành viên.', 2024, 'thường xuyên', 'continuous', ...Y(2024), null],
  ['Đạt 14/14 thôn hoàn thành vào ngày 30/6/2024.', 2024, 'vào ngày 30/6/2024', 'date', '2024-06-30', '2024-06-30', null],
  ['Kế hoạch triển khai trước ngày 30/9/2024 theo hướng dẫn.', 2024, 'trước ngày 30/9/2024', 'before-date', null, '2024-09-29', null],
  ['Mở lớp tập huấn từ ngày 01/7/2024 đến ngày 30/9/2024 tại hội trường xã.', 2024, 'từ ngày 01/7/2024 đến ngày 30/9/2024', 'period', '2024-07-01', '2024-09-30', null],
  ['Tổ chức sơ kết vào ngày 15 tháng 10/2025.', 2024, 'vào ngày 15 tháng 10/2025', 'date', '2025-10-15', '2025-10-15', null],
  ['Thời hạn nộp: ngày 25/12/2024', 2024, 'ngày 25/12/2024', 'date', '2024-12-25', '2024-12-25', null],
];

describe('sentences from other provinces', () => {
  it.each(sentences)('%s', (sentence, docYear, text, kind, start, end, recurrence) => {
    const found = findDeadlines(sentence, { docYear });
    expect(found.map((m) => m.deadline)).toEqual([{ text, kind, start, end, recurrence }]);
    const m = found[0]!;
    expect(sentence.slice(m.start, m.end)).toBe(text);
    expect(fields(parseDeadline(sentence, { docYear }))).toEqual({ kind, start, end, recurrence });
  });
});

// ---------------------------------------------------------------------------
// (3) Not deadlines.
// ---------------------------------------------------------------------------
const misses: string[] = [
  'Căn cứ Kế hoạch số 73/KH-UBND ngày 10/05/2022 của UBND huyện về chuyển đổi số',
  'Thực hiện Nghị định 15/2020/NĐ-CP về xử phạt vi phạm hành chính',
  'Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ',
  'Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ',
  'Quyết định số 5/QĐ-UBND của UBND huyện Lục Nam ngày 10/01/2024',
  'Hướng dẫn số 12/HD-BCĐ, ngày 20/02/2024',
  'Công văn ngày 15/3/2024 của Sở Thông tin và Truyền thông',
  'Kế hoạch 120/KH-UBND ngày 5/1/2024',
  'Thông tư số 01/2023/TT-BTTTT quy định về quản lý',
  'Tỷ lệ hồ sơ giải quyết trực tuyến đạt 92,1%',
  'Điện thoại: 0204.3856.123; Fax: 0204 3856 124',
  '2.3.1. Phát triển hạ tầng số',
  'Có 14/14 thôn thành lập Tổ công nghệ số cộng đồng',
  'Kính gửi quý vị đại biểu',
  'Xã có 1.250 hộ với 4.600 nhân khẩu, 06 tháng tập huấn',
  'Mức độ 3, 4 của dịch vụ công trực tuyến',
  'Quyết định 1829/QĐ – UBND ngày 30/5/2023 của UBND tỉnh',
  'Kế hoạch số 85/KH- UBND của UBND Huyện Hoằng Hóa ngày 18 tháng 5 năm 2022',
  'Công văn số 2142/STTTT - CNTT ngày 31 tháng 8 năm 2023',
  'Theo Quyết định số 1829 /QĐ-UBND ngày 30/5/2023',
  'Hợp Thịnh, ngày 15 tháng 3 năm 2024',
  'Hỗ trợ tiêu thụ hàng quýt, cam của các hộ trên sàn thương mại điện tử',
  'Mã hồ sơ HQ1/2024 đã được tiếp nhận',
  'Số: /KH-BCĐCĐS          Hợp Thịnh, ngày      tháng 03 năm 2024',
];

describe('not deadlines', () => {
  it.each(misses)('%s', (sentence) => {
    expect(findDeadlines(sentence, { docYear: 2024 })).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// (4) Each rule matches its own examples, whole, and extracts a deadline.
// ---------------------------------------------------------------------------
const exampleRows = deadlineRules.flatMap((rule) => rule.examples.map((example) => ({ id: rule.id, rule, example })));

describe('rule examples', () => {
  it.each(exampleRows)('$id: $example', ({ rule, example }) => {
    const m = new RegExp(rule.pattern.source, rule.pattern.flags).exec(matchKey(example));
    expect(m?.[0]).toBe(matchKey(example));
    expect(rule.extract(m!, { docYear: 2024 })).not.toBeNull();
  });

  it.each(mixedRule.examples)('vi/deadline-mixed: %s', (example) => {
    const found = findDeadlines(example, { docYear: 2024 });
    expect(found.map((f) => [f.ruleId, f.deadline.text, f.deadline.kind])).toEqual([[mixedRule.id, example, 'mixed']]);
  });

  it.each(deadlineRules.map((r) => [r.id, r] as const))('%s follows the pattern style', (_id, rule) => {
    expect(rule.pattern.flags).toContain('u');
    expect(rule.pattern.source).not.toMatch(/\\[bwW]/u);
    expect(rule.id).toMatch(/^vi\/deadline-[a-z-]+$/u);
    expect(rule.examples.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------
// (5) Robustness and linear work.
// ---------------------------------------------------------------------------
const TOKENS = ['1', '2', '0', '9', '/', '-', '–', '.', ',', ' ', '\n', '(', ')', 'ngày ', 'tháng ', 'quý ', 'Quý ', 'năm ', 'trước ', 'đến ', 'hết ', 'hằng ', 'i', 'iv', '2024', 'thường xuyên', 'định kỳ ', 'số ', 'KH-UBND', 'giai đoạn '];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 300 }).map((a) => a.join(''));
const digitSlash = fc.array(fc.constantFrom('1', '2', '0', '/', '.', '-', ' '), { maxLength: 2000 }).map((a) => a.join(''));

function checkMentions(text: string, docYear: number): void {
  const found = findDeadlines(text, { docYear });
  let prevEnd = -1;
  for (const m of found) {
    expect(m.start).toBeGreaterThanOrEqual(prevEnd);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.deadline.text).toBe(text.slice(m.start, m.end));
    expect(Deadline.safeParse(m.deadline).success).toBe(true);
    prevEnd = m.end;
  }
}

function statsOf(text: string): DeadlineScanStats {
  const stats: DeadlineScanStats = { execs: 0, candidates: 0 };
  findDeadlines(text, { docYear: 2024, stats });
  return stats;
}

describe('robustness', () => {
  it('never throws on random Unicode and yields valid, ordered mentions', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkMentions(s, 2024)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkMentions(s.normalize('NFC'), 2024)), { numRuns: 300 });
  });

  it('never throws on deadline-like token soup or long digit-slash strings', () => {
    fc.assert(fc.property(tokenText, fc.integer({ min: 1990, max: 2100 }), (s, y) => checkMentions(s, y)), { numRuns: 300 });
    fc.assert(fc.property(digitSlash, (s) => checkMentions(s, 2024)), { numRuns: 100 });
  });

  it('doubling the input roughly doubles the work (regex execs, candidates)', () => {
    fc.assert(
      fc.property(tokenText, (s) => {
        const one = statsOf(s);
        const two = statsOf(`${s}\n${s}`);
        const fixed = deadlineRules.length;
        expect(two.execs).toBeLessThanOrEqual(2.5 * one.execs + 2 * fixed);
        expect(two.candidates).toBeLessThanOrEqual(2.5 * one.candidates + 2 * fixed);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['quarter lists', 'Quý I, II, III/2024; '],
    ['date-like digit runs', 'ngày 1/1/1/1 trước 1/1/2024 '],
    ['whitespace runs between keywords', 'thường          xuyên,          quý          '],
    ['recurring clauses', 'định kỳ (trước ngày 15 của tháng cuối quý) hằng năm, '],
    ['citations', 'Kế hoạch số 73/KH-UBND ngày 10/05/2022 '],
  ])('work on %s grows linearly', (_name, unit) => {
    const small = statsOf(unit.repeat(500));
    const large = statsOf(unit.repeat(1000));
    expect(large.execs / small.execs).toBeGreaterThan(1.5);
    expect(large.execs / small.execs).toBeLessThan(2.5);
    expect(large.candidates).toBeLessThanOrEqual(2.5 * small.candidates + 1);
  });
});

// ---------------------------------------------------------------------------
// (6) The prefilter: a rule skips a text only when its pattern cannot match it.
// ---------------------------------------------------------------------------
const seedLines = readdirSync(CORPUS)
  .filter((n) => n.endsWith('.txt'))
  .flatMap((n) => readFileSync(join(CORPUS, n), 'utf8').normalize('NFC').split('\n'))
  .filter((l) => l.trim() !== '');
const realTexts = [
  ...seedLines,
  ...goldRows.map((r) => r.window),
  ...sentences.map((r) => r[0]),
  ...misses,
  ...deadlineRules.flatMap((r) => r.examples),
  ...mixedRule.examples,
];
// Every word the rules are built from, spelt as plans spell them, and the near misses of the abbreviations.
const NEAR = [
  ...TOKENS, 'Q', 'q', 'q.', 'Q.', 'QI', 'q 1', 'Q.IV', 'qi', 'quản ', 'quyết ', 'Nay', 'nay', 'này ', 'đầu ', 'cuối ', 'từ ', 'Từ ', 'mỗi ',
  'hàng ', 'Hàng ', 'chậm nhất ', 'chậm nhất là ', 'muộn nhất ', 'hạn chót ', 'thời hạn ', 'tới ', 'thời kỳ ', 'theo ', 'Định kỳ', 'Thường xuyên',
  'liên tục', 'lâu dài', '19', '20', '2025', '06', 'sáu ', 'nửa ', 'chín ', 'ba ', 'của ', 'trong ', 'vào ', 'cả ', 'hoàn thành ', 'phấn đấu ',
  'Tháng ', 'NGÀY ', 'NĂM ', 'Quý ', 'qúy ', 'II', 'III', 'IV', '3', '4', '\t', '\u00a0', '; ', ': ',
];
const nearText = fc.array(fc.constantFrom(...NEAR), { minLength: 1, maxLength: 60 }).map((a) => a.join(''));
const randomText = fc.oneof(nearText, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

/** The mentions of `text` with and without the prefilter: the same, or the prefilter dropped one. */
function prefilterAgrees(text: string, docYear: number): void {
  expect(findDeadlines(text, { docYear })).toEqual(findDeadlines(text, { docYear, prefilter: false }));
}

/** A rule the prefilter keeps off `text` must not match its key anywhere. */
function needsHold(text: string): void {
  const key = matchKey(text);
  for (const rule of deadlineRules) {
    if (passesPrefilter(rule, key)) continue;
    expect(new RegExp(rule.pattern.source, rule.pattern.flags).test(key), `${rule.id} skipped ${JSON.stringify(text)}`).toBe(false);
  }
}

describe('prefilter', () => {
  it('lets every rule scan its own examples', () => {
    for (const rule of deadlineRules) for (const e of rule.examples) expect(passesPrefilter(rule, matchKey(e)), `${rule.id}: ${e}`).toBe(true);
  });

  it('skips no rule whose pattern matches a real line, gold window or test sentence', () => {
    for (const text of realTexts) needsHold(text);
  });

  it('finds the same mentions as scanning every rule, on real lines', () => {
    for (const text of realTexts) prefilterAgrees(text, 2024);
  });

  it('finds the same mentions as scanning every rule, on random and deadline-like text', () => {
    fc.assert(
      fc.property(randomText, fc.integer({ min: 1990, max: 2100 }), (text, year) => {
        needsHold(text);
        prefilterAgrees(text, year);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves most rules unscanned on real lines', () => {
    const all: DeadlineScanStats = { execs: 0, candidates: 0 };
    const filtered: DeadlineScanStats = { execs: 0, candidates: 0 };
    for (const text of seedLines) {
      findDeadlines(text, { docYear: 2024, stats: all, prefilter: false });
      findDeadlines(text, { docYear: 2024, stats: filtered });
    }
    expect(filtered.candidates).toBe(all.candidates);
    expect(filtered.execs * 5).toBeLessThan(all.execs);
  });
});

// ---------------------------------------------------------------------------
// (7) The word-start scan: patterns without their leading lookbehind, the boundary checked on each match.
// ---------------------------------------------------------------------------
describe('word-start scan', () => {
  it('applies to every rule (each pattern opens with the boundary and has no top-level alternation)', () => {
    for (const rule of deadlineRules) expect(withoutLeadingWordBoundary(rule.pattern.source), rule.id).not.toBeNull();
  });

  it('finds the same mentions as the patterns as written, on real lines', () => {
    for (const text of realTexts) expect(findDeadlines(text, { docYear: 2024 })).toEqual(findDeadlines(text, { docYear: 2024, wordStartScan: false }));
  });

  it('finds the same mentions as the patterns as written, on random, deadline-like and odd text', () => {
    const odd = fc.array(fc.constantFrom(...NEAR, '𝐀', '\ud835', '\udc00', '\u0301', 'x', 'a1', 'é'), { minLength: 1, maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(randomText, odd), fc.integer({ min: 1990, max: 2100 }), (text, year) => {
        expect(findDeadlines(text, { docYear: year })).toEqual(findDeadlines(text, { docYear: year, wordStartScan: false }));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('withoutLeadingWordBoundary', () => {
  it('drops the boundary only where it guards the whole pattern', () => {
    expect(withoutLeadingWordBoundary(`${WB_BEFORE}(?:a|b)c`)).toBe('(?:a|b)c');
    expect(withoutLeadingWordBoundary(`${WB_BEFORE}a|b`)).toBeNull();
    expect(withoutLeadingWordBoundary(`${WB_BEFORE}[|(]a\\|b`)).toBe('[|(]a\\|b');
    expect(withoutLeadingWordBoundary(`${WB_BEFORE}[\\]|]a`)).toBe('[\\]|]a');
    expect(withoutLeadingWordBoundary('a(?<![x])')).toBeNull();
  });
});
