import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { extractReferences, normaliseNumber } from '../../rules/vi/references/index.js';
import { typeOf, typeOfByFolding } from '../../rules/vi/references/parts.js';
import { referenceDictionary } from '../../rules/vi/references/index.js';
import { matchKey } from '../../pipeline/text/match-key.js';
import { doublingRatio } from '../helpers/regex-work.js';
import { lineOfSourceOffset } from '../../pipeline/normalise/index.js';
import { ctxOf, ctxOfText } from './context.js';
import { goldDocs } from './gold.js';

const refs = (s: string) => extractReferences(ctxOfText(s)).map(({ type, number, date, issuer }) => ({ type, number, date, issuer }));

describe('numbered citations', () => {
  it.each([
    ['Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia;', { type: 'Quyết định', number: '749/QĐ-TTg', date: '2020-06-03', issuer: 'Thủ tướng Chính phủ' }],
    ['Thực hiện Công văn 1031/UBND-VHTT của UBND huyện Hoằng Hóa;', { type: 'Công văn', number: '1031/UBND-VHTT', date: null, issuer: 'UBND huyện Hoằng Hóa' }],
    ['theo quy định tại Nghị định số 42/2022/NĐ-CP quy định về việc cung cấp thông tin', { type: 'Nghị định', number: '42/2022/NĐ-CP', date: null, issuer: null }],
    ['Thực hiện Chỉ thị 05/CT-UBND ngày 12/3/2024 của Chủ tịch UBND tỉnh Lào Cai về đẩy mạnh chuyển đổi số;', { type: 'Chỉ thị', number: '05/CT-UBND', date: '2024-03-12', issuer: 'Chủ tịch UBND tỉnh Lào Cai' }],
    ['- Quyết định số 1829 /QĐ – UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh về việc ban hành', { type: 'Quyết định', number: '1829/QĐ-UBND', date: '2023-05-30', issuer: 'Chủ tịch UBND tỉnh' }],
    ['thực hiện Nghị quyết số 06-\n\nNQ/TU của Ban Thường vụ Tỉnh uỷ về chuyển đổi số', { type: 'Nghị quyết', number: '06-NQ/TU', date: null, issuer: 'Ban Thường vụ Tỉnh uỷ' }],
    ['- Kế hoạch số 85/KH- UBND của UBND Huyện Hoằng Hóa ngày 18 tháng 5 năm 2022 về Kế hoạch chuyển đổi số', { type: 'Kế hoạch', number: '85/KH-UBND', date: '2022-05-18', issuer: 'UBND Huyện Hoằng Hóa' }],
    ['tại Văn bản số 3109/BTTTT-CĐSQG ngày 01/8/2023.', { type: 'Công văn', number: '3109/BTTTT-CĐSQG', date: '2023-08-01', issuer: null }],
    ['Căn cứ Thông tư số 01/2024/TT-BTTTT ngày 29/01/2024 của Bộ Thông tin và Truyền thông;', { type: 'Thông tư', number: '01/2024/TT-BTTTT', date: '2024-01-29', issuer: 'Bộ Thông tin và Truyền thông' }],
    ['Căn cứ Hướng dẫn số 12/HD-STTTT ngày 5/4/2024 của Sở Thông tin và Truyền thông tỉnh Đồng Tháp;', { type: 'Hướng dẫn', number: '12/HD-STTTT', date: '2024-04-05', issuer: 'Sở Thông tin và Truyền thông tỉnh Đồng Tháp' }],
    ['thực hiện Quyết định số 1557/QĐ-UBND 31/12/2022 của UBND tỉnh Quy định về', { type: 'Quyết định', number: '1557/QĐ-UBND', date: '2022-12-31', issuer: 'UBND tỉnh' }],
    ['- Quyết định số 06 ngày 06/01/2022 của thủ tướng chính phủ phê duyệt đề án', { type: 'Quyết định', number: '06', date: '2022-01-06', issuer: 'thủ tướng chính phủ' }],
  ])('%s', (sentence, expected) => {
    expect(refs(sentence)).toEqual([expected]);
  });

  it('shares the issuer of a coordinated list', () => {
    const r = refs('theo hướng dẫn tại Quyết định số 1034/QĐ-BTTTT ngày 21/7/2021 và Quyết định số 350/QĐ-BTTTT ngày 24/02/2022 của Bộ trưởng Bộ Thông tin và Truyền thông.');
    expect(r.map((x) => [x.number, x.issuer])).toEqual([
      ['1034/QĐ-BTTTT', 'Bộ trưởng Bộ Thông tin và Truyền thông'],
      ['350/QĐ-BTTTT', 'Bộ trưởng Bộ Thông tin và Truyền thông'],
    ]);
  });

  it('does not share an issuer across a semicolon', () => {
    const r = refs('tại Nghị quyết số 01/NQ-CP ngày 06/01/2023; Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ');
    expect(r.map((x) => x.issuer)).toEqual([null, 'Thủ tướng Chính phủ']);
  });

  it.each([
    ['1829 /QĐ – UBND', '1829/QĐ-UBND'],
    ['2142/STTTT - CNTT', '2142/STTTT-CNTT'],
    ['06- NQ/TU', '06-NQ/TU'],
    ['42/2022/NĐ- CP', '42/2022/NĐ-CP'],
  ])('normalises %s', (raw, n) => expect(normaliseNumber(raw)).toBe(n));
});

describe('unnumbered citations', () => {
  it.each([
    ['UBND xã đã ban hành Quyết định thành lập Ban chỉ đạo chuyển đổi số của xã.', { type: 'Quyết định', number: null, issuer: 'UBND xã' }],
    ['- Thực hiện Kế hoạch của UBND huyện Tam Nông về hỗ trợ chuyển đổi số trong trường học.', { type: 'Kế hoạch', number: null, issuer: 'UBND huyện Tam Nông' }],
    ['Căn cứ vào Nghị quyết của Đảng ủy xã, UBND xã triển khai', { type: 'Nghị quyết', number: null, issuer: 'Đảng ủy xã' }],
  ])('%s', (sentence, expected) => {
    expect(refs(sentence)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['Đề án 06 về phát triển ứng dụng dữ liệu dân cư'],
    ['(Kèm theo Kế hoạch số /KH-UBND ngày / /2024 của UBND xã)'],
    ['Số: /KH-BCĐCĐS'],
    ['Căn cứ vào các quyết định của UBND huyện về chuyển đổi số'],
    ['Các cơ quan, đơn vị tổ chức triển khai thực hiện tốt Kế hoạch này.'],
    ['- Tham mưu UBND xã ban hành Kế hoạch thúc đẩy người dân sử dụng dịch vụ công trực tuyến.'],
    ['1.2. Xây dựng kế hoạch về phát triển hạ tầng số để phát triển chính quyền số.'],
    ['Kế hoạch năm 2024 đề ra 39 chỉ tiêu.'],
    ['Kế hoạch 10/10/2024 tổ chức Ngày Chuyển đổi số'],
  ])('no citation in %s', (sentence) => {
    expect(refs(sentence)).toEqual([]);
  });
});

describe('gold references', () => {
  const docs = goldDocs();
  const scores = docs.map((d) => {
    const ctx = ctxOf(d.path);
    const pred = extractReferences(ctx).map((r) => ({ ...r, line: lineOfSourceOffset(ctx.normalised, ctx.normalised.map.toSourceStart(r.quote.start)) }));
    const gold = d.gold.references as Array<{ type: string; number: string | null; line: number; date: string | null; issuer: string | null }>;
    const used = new Set<number>();
    let tp = 0;
    let fieldsOk = 0;
    for (const g of gold) {
      const i = pred.findIndex((p, k) => !used.has(k) && p.type === g.type && p.number === g.number && Math.abs(p.line - g.line) <= 1);
      if (i < 0) continue;
      used.add(i);
      tp++;
      if (pred[i]!.date === g.date && pred[i]!.issuer === g.issuer) fieldsOk++;
    }
    return { name: d.name, tp, fieldsOk, predicted: pred.length, gold: gold.length };
  });
  const f1 = (tp: number, p: number, g: number) => (tp === 0 ? (p === 0 && g === 0 ? 1 : 0) : (2 * tp) / (p + g));

  it.each(scores.map((s) => [s.name, s] as const))('%s: F1 ≥ 0.85', (_n, s) => {
    console.log(`references ${s.name}: P=${(s.tp / Math.max(1, s.predicted)).toFixed(3)} R=${(s.tp / Math.max(1, s.gold)).toFixed(3)} F1=${f1(s.tp, s.predicted, s.gold).toFixed(3)} fields=${s.fieldsOk}/${s.tp}`);
    expect(f1(s.tp, s.predicted, s.gold)).toBeGreaterThanOrEqual(0.85);
  });

  it('overall F1 ≥ 0.9 and date+issuer right on ≥ 95% of found', () => {
    const tp = scores.reduce((a, s) => a + s.tp, 0);
    const p = scores.reduce((a, s) => a + s.predicted, 0);
    const g = scores.reduce((a, s) => a + s.gold, 0);
    const ok = scores.reduce((a, s) => a + s.fieldsOk, 0);
    console.log(`references overall: P=${(tp / p).toFixed(3)} R=${(tp / g).toFixed(3)} F1=${f1(tp, p, g).toFixed(3)} fields=${ok}/${tp}`);
    expect(f1(tp, p, g)).toBeGreaterThanOrEqual(0.9);
    expect(ok / tp).toBeGreaterThanOrEqual(0.95);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { expect(() => extractReferences(ctxOfText(s))).not.toThrow(); }), { numRuns: 150 });
  });

  it.each([
    ['a repeated half number', (n: number) => 'Kế hoạch số 1/'.repeat(150 * n)],
    ['a number with dashed issuers', (n: number) => 'Quyết định số 1 - A - B'.repeat(100 * n)],
    ['a long issuer', (n: number) => ('của ' + 'Ban '.repeat(50)).repeat(10 * n)],
    ['repeated citing verbs', (n: number) => 'ban hành Quyết định của '.repeat(100 * n)],
    // No stop word or full stop ends the issuer or the title: each citation's stop search ran to the end of the text.
    ['cited issuers with no stop', (n: number) => 'căn cứ Kế hoạch của UBND xã Tân An '.repeat(60 * n)],
    ['"số" with no number', (n: number) => 'Công văn số: '.repeat(150 * n)],
    ['a number whose date is missing', (n: number) => 'Quyết định số 12/QĐ ngày '.repeat(100 * n)],
  ])('does linear work on %s', (_name, make) => {
    expect(doublingRatio((n) => ctxOfText(make(n)), (ctx) => void extractReferences(ctx))).toBeLessThan(2.6);
  });
});

describe('typeOf', () => {
  it('answers as folding white space first, for type words however spaced and other words', () => {
    const words = referenceDictionary.DOC_TYPES.map(([w]) => matchKey(w));
    const spaced = fc.tuple(fc.constantFrom(...words, 'kế', 'hoạch', 'x', ''), fc.constantFrom(' ', '  ', '\n', '\t', ' \n ', '\u00a0')).map(([w, s]) => w.replace(/ /gu, s));
    fc.assert(fc.property(fc.oneof(spaced, fc.string({ maxLength: 20 })), (w) => {
      expect(typeOf(w)).toBe(typeOfByFolding(w));
    }), { numRuns: 2000 });
    for (const w of words) expect(typeOf(w)).toBe(typeOfByFolding(w));
  });
});
