import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { extractMetadata, parseSignTitles, provinceNamed } from '../../rules/vi/metadata/index.js';
import { matchKey } from '../../pipeline/text/match-key.js';
import { ctxOf, ctxOfText } from './context.js';
import { goldDocs } from './gold.js';
import { doublingRatio } from '../helpers/regex-work.js';

const meta = (s: string) => extractMetadata(ctxOfText(s));

describe('gold metadata', () => {
  const rows = goldDocs().flatMap((d) => {
    const m = extractMetadata(ctxOf(d.path));
    return Object.keys(d.gold.metadata).map((k) => [`${d.name} ${k}`, (m as Record<string, unknown>)[k], d.gold.metadata[k]] as const);
  });
  it.each(rows)('%s', (_n, got, want) => expect(got).toEqual(want));
});

// Headers and signature blocks the way plans from other provinces write them.
describe('documents of other provinces', () => {
  it.each([
    [
      'docx header, TM. signature, province named with tỉnh',
      'ỦY BAN NHÂN DÂN\nXÃ TÂN TIẾN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\nTân Tiến, ngày 15 tháng 3 năm 2024\n\nKẾ HOẠCH\nChuyển đổi số xã Tân Tiến năm 2024\n\nThực hiện Kế hoạch số 20/KH-UBND ngày 01/02/2024 của UBND huyện Đồng Phú về chuyển đổi số huyện Đồng Phú năm 2024; UBND xã Tân Tiến ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n- Phấn đấu đạt chỉ tiêu chuyển đổi số của tỉnh Bình Phước.\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Hùng\n',
      { docType: 'plan', title: 'Kế hoạch Chuyển đổi số xã Tân Tiến năm 2024', commune: 'Tân Tiến', district: 'Đồng Phú', province: 'Bình Phước', year: 2024, issuer: 'UBND xã Tân Tiến', signer: { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch' } },
    ],
    [
      'ward report signed by a vice-chairman, provincial city as district',
      'BÁO CÁO\nKết quả thực hiện chuyển đổi số năm 2023 của phường Hưng Dũng\n\nThực hiện Kế hoạch số 112/KH-UBND ngày 20/3/2023 của UBND thành phố Vinh, UBND phường Hưng Dũng báo cáo như sau:\n\nI. KẾT QUẢ THỰC HIỆN\n\n- 100% cán bộ phường được tập huấn kỹ năng số theo kế hoạch của tỉnh Nghệ An.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Thị Hoa\n',
      { docType: 'report', commune: 'Hưng Dũng', district: 'Vinh', province: 'Nghệ An', year: 2023, issuer: 'UBND phường Hưng Dũng', signer: { name: 'Lê Thị Hoa', title: 'Phó Chủ tịch' } },
    ],
    [
      'township under a centrally-run city',
      'KẾ HOẠCH\nChuyển đổi số thị trấn Phong Điền năm 2025\n\nCăn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND huyện Phong Điền, thành phố Huế về chuyển đổi số năm 2025;\n\nI. MỤC TIÊU\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTRẦN VĂN BÌNH\n',
      { docType: 'plan', commune: 'Phong Điền', district: 'Phong Điền', province: 'Huế', year: 2025, issuer: 'UBND thị trấn Phong Điền', signer: { name: 'Trần Văn Bình', title: 'Chủ tịch' } },
    ],
    [
      'steering-board plan, province named without "tỉnh"',
      'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\nXÃ YÊN LẠC\nSố: 12/KH-BCĐ\n\nKẾ HOẠCH\nHoạt động của Ban Chỉ đạo chuyển đổi số xã Yên Lạc năm 2024\n\nCăn cứ Kế hoạch số 30/KH-UBND ngày 02/02/2024 của UBND huyện Như Thanh;\n\nI. MỤC TIÊU\n\n- Hoàn thành các tiêu chí do Sở Thông tin và Truyền thông Thanh Hóa hướng dẫn.\n\nNơi nhận:\n- Lưu: VT.\n\nTRƯỞNG BAN\nCHỦ TỊCH UBND XÃ\n\nLê Văn Nam\n',
      { docType: 'board-plan', commune: 'Yên Lạc', district: 'Như Thanh', province: 'Thanh Hóa', year: 2024, issuer: 'Ban Chỉ đạo chuyển đổi số xã Yên Lạc', signer: { name: 'Lê Văn Nam', title: 'Trưởng Ban - Chủ tịch UBND xã' } },
    ],
    [
      'province inferred from a district city of the same name',
      'KẾ HOẠCH\nChuyển đổi số xã Nghĩa Dõng năm 2024\n\nThực hiện Kế hoạch của UBND thành phố Quảng Ngãi về chuyển đổi số năm 2024, UBND xã Nghĩa Dõng xây dựng Kế hoạch như sau:\n\nI. MỤC TIÊU\n',
      { commune: 'Nghĩa Dõng', district: 'Quảng Ngãi', province: 'Quảng Ngãi', signer: null },
    ],
    [
      'thị xã is a district, not a commune',
      'KẾ HOẠCH\nChuyển đổi số xã Kỳ Hoa năm 2024\n\nThực hiện Kế hoạch số 50/KH-UBND ngày 01/3/2024 của UBND thị xã Kỳ Anh về chuyển đổi số trên địa bàn tỉnh Hà Tĩnh;\n',
      { commune: 'Kỳ Hoa', district: 'Kỳ Anh', province: 'Hà Tĩnh', issuer: 'UBND xã Kỳ Hoa' },
    ],
    [
      'report with its next-year plan, unsigned vice-chairman block',
      'BÁO CÁO\nKết quả thực hiện chuyển đổi số năm 2024 và kế hoạch năm 2025 của xã Quang Trung\n\nThực hiện Công văn số 88/UBND-VHTT của UBND huyện Thống Nhất, tỉnh Đồng Nai;\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n',
      { docType: 'plan+report', commune: 'Quang Trung', district: 'Thống Nhất', province: 'Đồng Nai', signer: { name: null, title: 'Phó Chủ tịch' } },
    ],
    [
      'title year is the plan year, not its horizon',
      'KẾ HOẠCH\nChuyển đổi số xã Đông Sơn giai đoạn 2021-2025, định hướng đến năm 2030\n\nUBND xã Đông Sơn thuộc huyện Thủy Nguyên, thành phố Hải Phòng xây dựng kế hoạch năm 2022 như sau:\n\nI. MỤC TIÊU NĂM 2022\n\n- Đến năm 2025 hoàn thành.\n\n- Trong năm 2022 triển khai.\n',
      { commune: 'Đông Sơn', district: 'Thủy Nguyên', province: 'Hải Phòng', year: 2022 },
    ],
    [
      'no header block: part headings make a plan+report',
      'I. Phần I: ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024\n\n1. Nhận thức số\n\nUBND xã Phú Lộc đã ban hành kế hoạch.\n\nII. Phần II: KẾ HOẠCH NĂM 2025\n\n1. Mục tiêu\n\n- Trên địa bàn huyện Cẩm Giàng, tỉnh Hải Dương.\n',
      { docType: 'plan+report', commune: 'Phú Lộc', district: 'Cẩm Giàng', province: 'Hải Dương', issuer: 'UBND xã Phú Lộc', signer: null },
    ],
  ])('%s', (_name, text, expected) => {
    expect(meta(text)).toMatchObject(expected);
  });
});

describe('signature titles', () => {
  it.each([
    ['KT.CHỦ TỊCH PHÓ CHỦ TỊCH', ['Phó Chủ tịch']],
    ['TM.UỶ BAN NHÂN DÂN CHỦ TỊCH', ['Chủ tịch']],
    ['TM. ỦY BAN NHÂN DÂN XÃ HÒA AN KT. CHỦ TỊCH PHÓ CHỦ TỊCH', ['Phó Chủ tịch']],
    ['TRƯỞNG BAN CHỦ TỊCH UBND XÃ', ['Trưởng Ban', 'Chủ tịch UBND xã']],
    ['KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN', ['Phó Trưởng Ban']],
    ['MỤC TIÊU CHỦ TỊCH', null],
  ])('%s', (line, titles) => expect(parseSignTitles(matchKey(line))).toEqual(titles));
});

describe('province list', () => {
  it.each([
    ['Thanh Hoá', 'Thanh Hóa'],
    ['thừa thiên - huế', 'Thừa Thiên Huế'],
    ['Huế', 'Huế'],
    ['Bắc Ninh', 'Bắc Ninh'],
    ['Tịnh Long', null],
    ['Thạch Thành', null],
  ])('%s → %s', (name, province) => expect(provinceNamed(name)).toBe(province));
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { expect(() => meta(s)).not.toThrow(); }), { numRuns: 150 });
  });
  it('never throws on header-like fragments', () => {
    const parts = ['KẾ HOẠCH', 'BÁO CÁO', 'xã ', 'XÃ ', 'huyện ', 'tỉnh ', 'Tân ', 'PHÓ CHỦ TỊCH', 'KT.', 'Nơi nhận:', '\n', 'năm 2024', 'Phần I:', 'PHỤ LỤC'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (a) => { expect(() => meta(a.join(''))).not.toThrow(); }), { numRuns: 200 });
  });
  it.each([
    ['a repeated place word', (n: number) => 'xã Tân '.repeat(250 * n)],
    ['repeated signer titles', (n: number) => 'KT. CHỦ TỊCH\n'.repeat(150 * n)],
    ['repeated years', (n: number) => 'năm 2024 '.repeat(250 * n)],
    ['a long capitalised place', (n: number) => 'tỉnh Ab Cd Ef Gh Ij '.repeat(100 * n)],
    ['level words with no name', (n: number) => 'các xã lân cận, '.repeat(150 * n)],
    ['an all-caps header line repeated', (n: number) => 'UBND XÃ TÂN PHÚ '.repeat(100 * n)],
    ['a signer block repeated', (n: number) => 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n'.repeat(60 * n)],
  ])('does linear work on %s', (_name, make) => {
    expect(doublingRatio((n) => ctxOfText(make(n)), (ctx) => void extractMetadata(ctx))).toBeLessThan(2.6);
  });
});
