import { describe, expect, it } from 'vitest';
import type { SectionNodeT } from '../../output/schema.js';
import { seedResult } from './helpers.js';
import { processBytes } from '../../pipeline/index.js';
import fc from 'fast-check';
import { opensAppendix } from '../../pipeline/structure/sections.js';
import { wordCountUpTo, wordCountUpToByRegex } from '../../pipeline/text/spaces.js';
import { headerRole, headerRoleByKey } from '../../pipeline/structure/tables.js';
import { matchKey } from '../../pipeline/text/match-key.js';

const flat = (nodes: SectionNodeT[]): SectionNodeT[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
const top = (nodes: SectionNodeT[]) => nodes.filter((n) => n.numbering).map((n) => `${n.numbering}. ${n.title}`.toLowerCase());

// Headings as read from each document (its Roman-numbered parts and a few sub-sections), not from the output.
describe('section trees', () => {
  it('000: four parts, with domain sub-sections under II', async () => {
    const r = await seedResult('000_d7d9651ddd969956.txt');
    expect(top(r.sections)).toEqual(['i. mục đích và yêu cầu', 'ii. chỉ tiêu trọng tâm thực hiện nhiệm vụ chuyển đổi số năm 2024', 'iii. tổ chức thực hiện']);
    const ii = r.sections[1]!;
    expect(ii.children.map((c) => c.domain)).toEqual(['chinh_quyen_so', 'kinh_te_so', 'xa_hoi_so', 'an_toan_thong_tin']);
    expect(flat(r.sections).find((n) => n.path === 'III>2')?.title).toBe('Công chức Văn hóa xã');
  });

  it('001: six Roman parts, tasks numbered 1.1 … under III', async () => {
    const r = await seedResult('001_61b19ee575358a63.txt');
    expect(r.sections.filter((n) => n.numbering).map((n) => n.numbering)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    const paths = flat(r.sections).map((n) => n.path);
    expect(paths).toContain('III>9>9.2');
    expect(paths).toContain('III>10>10.1');
    expect(flat(r.sections).find((n) => n.path === 'III>8')?.domain).toBe('chinh_quyen_so');
    expect(r.sections.at(-1)?.path).toBe('appendix');
  });

  it('002: Markdown headings become the tree (objectives by domain, tasks by unit)', async () => {
    const r = await seedResult('002_6f4458b79196ed4f.txt');
    const i = r.sections.find((n) => n.numbering === 'I')!;
    expect(i.title).toBe('MỤC TIÊU');
    expect(i.children.map((c) => c.domain)).toEqual(['chinh_quyen_so', 'kinh_te_so', 'xa_hoi_so']);
    expect(flat(r.sections).some((n) => n.title.startsWith('Công chức Văn phòng - Thống kê'))).toBe(true);
  });

  it('003: report part and plan part, with 2.10 under 2 under II', async () => {
    const r = await seedResult('003_13a95629cdd498d2.txt');
    expect(r.sections.filter((n) => n.numbering).map((n) => n.numbering)).toEqual(['I', 'II']);
    const paths = flat(r.sections).map((n) => n.path);
    expect(paths).toEqual(expect.arrayContaining(['I>1>1.1', 'I>8', 'II>2>2.10', 'II>5>5.9']));
    expect(flat(r.sections).find((n) => n.path === 'II>2>2.7')?.domain).toBe('an_toan_thong_tin');
  });

  it('004: two report parts then the indicator appendix', async () => {
    const r = await seedResult('004_db43e2131bbb219b.txt');
    expect(r.sections.filter((n) => n.numbering).map((n) => n.numbering)).toEqual(['I', 'II']);
    expect(r.sections.at(-1)?.path).toBe('appendix');
  });
});

describe('appendix tables', () => {
  it('001: the budget appendix has 6 columns and its item rows, group rows and total', async () => {
    const r = await seedResult('001_61b19ee575358a63.txt');
    const t = r.tables.find((x) => x.section === 'appendix')!;
    expect(t.columns).toBe(6);
    const items = t.rows.filter((row) => /^\d+$/u.test(row[0] ?? ''));
    expect(items.map((row) => row[row.length - 2])).toEqual(['20', '20', '10', '50']);
    expect(t.rows.some((row) => row.some((c) => c.startsWith('Tổng')))).toBe(true);
  });

  it('004: the indicator appendix is rebuilt as 7 columns with its 37 numbered rows', async () => {
    const r = await seedResult('004_db43e2131bbb219b.txt');
    const t = r.tables.find((x) => x.section === 'appendix')!;
    expect(t.columns).toBe(7);
    const numbered = t.rows.filter((row) => /^\d+\.\d+$/u.test(row[0] ?? ''));
    expect(numbered.length).toBe(37);
    const row16 = numbered.find((row) => row[0] === '1.6')!;
    expect(row16.slice(2, 5)).toEqual(['%', '75%', '92,1%']);
  });
});

describe('a table printed over two pages', () => {
  // A report table whose header is printed again at the top of the second page, as PDF and pasted text keep it.
  const report = [
    'BÁO CÁO Kết quả thực hiện chuyển đổi số năm 2024 của xã Tân Lập',
    'Phụ lục: Kết quả thực hiện các chỉ tiêu',
    'TT\tTên chỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2024\tKết quả thực hiện',
    '1.1\tTỷ lệ hồ sơ giải quyết trực tuyến toàn trình\t%\t80%\t85,5%',
    '1.2\tTỷ lệ thủ tục hành chính có phát sinh hồ sơ\t%\t60%\t62%',
    'TT\tTên chỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2024\tKết quả thực hiện',
    '1.3\tTỷ lệ hộ gia đình có kết nối cáp quang\t%\t90%\tĐạt',
    'TT\tTên chỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2024\tKết quả thực hiệnII. KIẾN NGHỊ',
    '1.4\tTỷ lệ người dân có tài khoản định danh điện tử\t%\t70%\t72%',
  ].join('\n');

  it('keeps the header once and reads the rows of both pages, without records made of column names', async () => {
    const r = await processBytes(new TextEncoder().encode(report), 'bao-cao-tan-lap.txt');
    const t = r.tables.find((x) => x.rows.length > 0)!;
    expect(t.rows.map((row) => row[0])).toEqual(['TT', '1.1', '1.2', '1.3', '1.4']); // the header, then the data rows
    const subjects = r.indicators.map((i) => i.subject);
    expect(subjects.some((s) => /Tên chỉ tiêu|Kết quả thực hiện/u.test(s))).toBe(false);
    expect(r.indicators.filter((i) => i.kind === 'actual').length).toBe(4);
  });
});

describe('opensAppendix', () => {
  const byKey = (content: string) => /^(?:phụ lục|phụ biểu)(?![\p{L}\p{M}])/u.test(matchKey(content.trimStart()));
  it('answers as the key of the whole content does', () => {
    for (const s of ['Phụ lục I', 'PHỤ LỤC', '  phụ biểu 01', 'Phụ lụcx', 'phu luc', 'Phụ trách', 'ṔHỤ LỤC', 'pḥu lục', 'Pḥụ lục']) expect(opensAppendix(s), s).toBe(byKey(s));
    const start = fc.tuple(
      fc.constantFrom('', ' ', '\t'),
      fc.constantFrom('P', 'p', 'Ṕ', 'x', 'İ', 'Σ'),
      fc.constantFrom('h', 'H', 'ḥ', 'Ḥ', ''),
      fc.constantFrom('ụ', 'Ụ', 'u\u0323', 'ú', 'u', 'ủ'),
      fc.constantFrom(' ', '  ', '', '\u00a0'),
      fc.constantFrom('lục', 'LỤC', 'biểu', 'BIỂU', 'lụ', 'trách', 'l\u0323uc'),
      fc.constantFrom('', ' I', 'x', '\u0301', '.', 'İ'),
    );
    fc.assert(
      fc.property(start, (parts) => {
        const s = parts.join('');
        expect(opensAppendix(s)).toBe(byKey(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('headerRole', () => {
  it('answers as the key of the whole text does', () => {
    for (const s of ['STT', 'Nội dung', '  Đơn vị tính ', 'ĐVT', 'Thời gian thực hiện', 'Tên chỉ tiêu cụ thể của xã năm nay', '- Nội dung', 'Kinh  phí\tdự kiến', 'İ Nội dung', 'x', '']) {
      expect(headerRole(s), s).toBe(headerRoleByKey(s));
    }
    const word = fc.constantFrom('stt', 'STT', 'Tt', 'nội', 'NỘI', 'dung', 'đơn', 'Đơn', 'vị', 'tính', 'đvt', 'thời', 'gian', 'kinh', 'phí', 'Chủ', 'trì', 'chỉ', 'tiêu', 'İ', 'Σ', 'uả', 'Ủa', 'D', 'd', '1.', '-', 'a', 'ṕ', 'x');
    const gap = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\n');
    const text = fc.tuple(fc.constantFrom('', ' ', '\t'), fc.array(fc.tuple(word, gap), { maxLength: 9 }), fc.constantFrom('', ' ', ':')).map(([a, ws, z]) => a + ws.map(([w, g]) => w + g).join('') + z);
    fc.assert(
      fc.property(text, (s) => {
        expect(headerRole(s)).toBe(headerRoleByKey(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('wordCountUpTo', () => {
  it('counts as the word pattern does', () => {
    const piece = fc.constantFrom('Phần', 'I', ':', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '𝐀', '\ud835', 'e\u0301', '-', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.integer({ min: 1, max: 15 }), (parts, limit) => {
        const s = parts.join('');
        expect(wordCountUpTo(s, limit)).toBe(wordCountUpToByRegex(s, limit));
      }),
      { numRuns: 3000 },
    );
  });
});
