import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDoc, wordTextToLines } from '../../extractors/doc.js';
import { extractDocx } from '../../extractors/docx.js';
import { ExtractError } from '../../extractors/types.js';

const CORPUS = new URL('../../corpus/', import.meta.url);
const read = (rel: string): Uint8Array => new Uint8Array(readFileSync(new URL(rel, CORPUS)));

function counts(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function overlap(a: string[], b: string[]): number {
  const ca = counts(a);
  const cb = counts(b);
  let n = 0;
  for (const [w, c] of ca) n += Math.min(c, cb.get(w) ?? 0);
  return n;
}

const words = (t: string): string[] => t.split(/\s+/u).filter(Boolean);

describe('extractDoc on the corpus', () => {
  const id = '001_61b19ee575358a63';

  it('has ≥ 99% of the seed words and no more than the seed', async () => {
    const r = await extractDoc(read(`formats/${id}.doc`), `${id}.doc`);
    expect(r.format).toBe('doc');
    expect(r.layout).toBe('paragraphs');
    expect(r.text).toBe(r.text.normalize('NFC'));
    const seed = words(readFileSync(new URL(`${id}.txt`, CORPUS), 'utf8').normalize('NFC'));
    const out = words(r.text);
    const common = overlap(seed, out);
    expect(common / seed.length).toBeGreaterThanOrEqual(0.99);
    expect(common / out.length).toBeGreaterThanOrEqual(0.99);
  });

  it('appends both footnotes, numbered, at the end', async () => {
    const r = await extractDoc(read(`formats/${id}.doc`), `${id}.doc`);
    const seedLines = readFileSync(new URL(`${id}.txt`, CORPUS), 'utf8').normalize('NFC').split(/\r?\n/u).map((l) => l.trim());
    // The seed prints footnotes as "<n> <text>" lines.
    const notes = seedLines.filter((l) => /^[12] \p{Ll}|^[12] Công văn/u.test(l));
    expect(notes).toHaveLength(2);
    const tail = r.text.split('\n').slice(-2);
    for (const [k, note] of notes.entries()) expect(words(tail[k]!)).toEqual(words(note));
  });

  it('writes table rows as tab-separated lines of one width per table, matching the .docx rows\' non-empty cells', async () => {
    const r = await extractDoc(read(`formats/${id}.doc`), `${id}.doc`);
    const d = await extractDocx(read(`formats/${id}.docx`), `${id}.docx`);
    const docRows = r.text.split('\n').filter((l) => l.includes('\t'));
    const budget = docRows.filter((l) => l.split('\t').length === docRows.at(-1)!.split('\t').length);
    expect(budget.length).toBeGreaterThan(8);
    // Merged cells repeat in the .docx rows; their distinct non-empty values must be those of the .doc row.
    const distinct = (l: string): string[] => l.split('\t').filter((c, i, a) => c !== '' && a.indexOf(c) === i);
    const docxRows = d.text.split('\n').filter((l) => l.includes('\t')).map(distinct);
    const matched = budget.filter((row) => docxRows.some((x) => x.join('|') === distinct(row).join('|')));
    expect(matched.length / budget.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe('wordTextToLines', () => {
  it.each<[string, string, string[]]>([
    ['paragraphs only', 'KẾ HOẠCH\nChuyển đổi số năm 2024\n', ['KẾ HOẠCH', 'Chuyển đổi số năm 2024']],
    ['a table after a paragraph, multi-paragraph cell', 'ĐVT: triệu đồng\nTT\tNội dung\tKinh phí\t\n1\tTập huấn\nkỹ năng số\t10\t\nTổng\t10\t\nTrên đây là kế hoạch.\n',
      ['ĐVT: triệu đồng', 'TT\tNội dung\tKinh phí', '1\tTập huấn kỹ năng số\t10', 'Tổng\t10\t', 'Trên đây là kế hoạch.']],
    ['first cell with paragraphs on a continuing row', 'TT\tKinh phí\t\n1\t20\t\nTập huấn\nkỹ năng số\t30\t\n', ['TT\tKinh phí', '1\t20', 'Tập huấn kỹ năng số\t30']],
    ['a two-row header table without quantities is layout', 'UBND XÃ AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\t\nSố: 12/KH-UBND\tAn Bình, ngày 05 tháng 3 năm 2024\t\n',
      ['UBND XÃ AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND', 'An Bình, ngày 05 tháng 3 năm 2024']],
    ['a one-row signature table is read cell by cell', 'Trên đây là kế hoạch./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\tKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hùng\t\n',
      ['Trên đây là kế hoạch./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Hùng']],
    ['a two-row table with a paragraph block in a cell is layout', 'UBND XÃ AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\t\nNơi nhận:\n- TT Đảng ủy;\n- Lưu: VT.\tCHỦ TỊCH\nTrần Thị Mai\t\n',
      ['UBND XÃ AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nơi nhận:', '- TT Đảng ủy;', '- Lưu: VT.', 'CHỦ TỊCH', 'Trần Thị Mai']],
    ['a two-row table of short cells stays rows', 'Chỉ tiêu\tKế hoạch\t\nTỷ lệ hồ sơ trực tuyến\t80%\t\n', ['Chỉ tiêu\tKế hoạch', 'Tỷ lệ hồ sơ trực tuyến\t80%']],
  ])('%s', (_name, body, lines) => {
    expect(wordTextToLines(body)).toEqual(lines);
  });
});

describe('extractDoc on bad input', () => {
  it.each<[string, () => Uint8Array]>([
    ['truncated .doc', () => read('formats/001_61b19ee575358a63.doc').slice(0, 20000)],
    ['text bytes', () => new TextEncoder().encode('Kế hoạch chuyển đổi số')],
    ['OLE header followed by nothing', () => read('formats/001_61b19ee575358a63.doc').slice(0, 512)],
  ])('%s → ExtractError doc-corrupt', async (_name, make) => {
    const err = await extractDoc(make(), 'bad.doc').then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).code).toBe('doc-corrupt');
    expect((err as ExtractError).message).toContain('bad.doc');
  });
});
