import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../../extractors/pdf.js';
import { isPageNumberLine } from '../../extractors/pdf/furniture.js';
import { ocrPageEntries, pageSkew, tableCellBoxes } from '../../extractors/pdf/ocr-page.js';
import { ExtractError, type Extraction } from '../../extractors/types.js';
import { pdfFromObjects } from '../../scripts/pdf-objects.js';

const corpus = join(import.meta.dirname, '..', '..', 'corpus');
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(corpus, name)));

const DOCS = [
  { id: '000_d7d9651ddd969956', pages: 5 },
  { id: '001_61b19ee575358a63', pages: 12 },
  { id: '002_6f4458b79196ed4f', pages: 12 },
  { id: '003_13a95629cdd498d2', pages: 14 },
  { id: '004_db43e2131bbb219b', pages: 7 },
] as const;

/** Words of a text; markdown markers (seed 002 is markdown) are not words, on either side. */
function seedWords(text: string): string[] {
  return text
    .replace(/<\/?b>/gu, ' ')
    .replace(/\*\*/gu, ' ')
    .replace(/^#+ /gmu, '')
    .split(/\s+/u)
    .filter((w) => w.length > 0 && !/^[*#]+$/u.test(w));
}

/** Shared words (multiset) over the larger of the two word counts. */
function overlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}

const results = new Map<string, Extraction>();
beforeAll(async () => {
  for (const doc of DOCS) results.set(doc.id, await extractPdf(read(`formats/${doc.id}.pdf`), `${doc.id}.pdf`, { ocr: false }));
});
const get = (id: string): Extraction => results.get(id)!;

/** Table rows of an extraction: lines with at least one tab. */
const rowsOf = (x: Extraction): string[][] => x.text.split('\n').filter((l) => l.includes('\t')).map((l) => l.split('\t'));

/** A minimal PDF with Helvetica text; `pages[i]` lists [x, y, text] of page i+1 (ASCII text). */
function makePdf(pages: Array<Array<[number, number, string]>>, extraTrailer = ''): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((lines, i) => {
    const stream = lines.map(([x, y, text]) => `BT /F1 12 Tf ${x} ${y} Td (${text}) Tj ET`).join('\n');
    objects[4 + 2 * i] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`;
    objects[5 + 2 * i] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  return pdfFromObjects(objects.slice(1), extraTrailer);
}

describe('pdfjs-dist on this Node version', () => {
  it('loads the legacy build and parses a corpus PDF without a worker file', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    expect(pdfjs.version).toMatch(/^5\./u);
    const doc = await pdfjs.getDocument({ data: read('formats/000_d7d9651ddd969956.pdf'), isEvalSupported: false, verbosity: 0 })
      .promise;
    expect(doc.numPages).toBe(5);
    await doc.destroy();
  });
});

describe('extractPdf on the text PDFs of the corpus', () => {
  it.each(DOCS)('$id: page count, wrapped layout, one origin per line', ({ id, pages }) => {
    const x = get(id);
    expect(x.pages).toBe(pages);
    expect(x.status).toBe('ok');
    expect(x.layout).toBe('wrapped');
    expect(x.lines).toHaveLength(x.text.split('\n').length);
    expect(x.text).toBe(x.text.normalize('NFC'));
    const origins = x.lines!.map((l) => l.page);
    expect(origins.every((p, k) => p >= 1 && p <= pages && (k === 0 || p >= origins[k - 1]!))).toBe(true);
    // The last page may hold only the tail of a table row, joined to the row it continues.
    expect(Math.max(...origins)).toBeGreaterThanOrEqual(pages - 1);
  });

  it.each(DOCS)('$id: the same words as the seed (multiset, ≥ 99%)', ({ id }) => {
    const seed = seedWords(readFileSync(join(corpus, `${id}.txt`), 'utf8').normalize('NFC'));
    const got = seedWords(get(id).text);
    const share = overlap(seed, got);
    console.log(`${id}: seed ${seed.length} words, pdf ${got.length} words, overlap ${(share * 100).toFixed(2)}%`);
    expect(share).toBeGreaterThanOrEqual(0.99);
  });

  it.each(DOCS)('$id: no page-number-only line opens or closes a page', ({ id }) => {
    const x = get(id);
    const lines = x.text.split('\n');
    const edges = lines.filter((l, k) => {
      if (l.trim() === '') return false;
      const page = x.lines![k]!.page;
      const samePage = lines.map((t, j) => [t, j] as const).filter(([t, j]) => t.trim() !== '' && x.lines![j]!.page === page);
      return samePage[0]![1] === k || samePage[samePage.length - 1]![1] === k;
    });
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.filter((l) => isPageNumberLine(l))).toEqual([]);
  });

  it.each([
    ['000_d7d9651ddd969956', 'hành chính được người dân, doanh nghiệp thực hiện trực tuyến từ xa.', 2],
    ['003_13a95629cdd498d2', 'Việc giao ban quý còn tổ chức lồng ghép với thực hiện các nhiệm vụ khác nên', 3],
    ['001_61b19ee575358a63', 'DANH MỤC KINH PHÍ NỘI DUNG, NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024', 12],
    ['004_db43e2131bbb219b', 'CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ THỰC HIỆN TRONG NĂM 2024', 4],
  ])('%s: the line "%s" is on page %i', (id, phrase, page) => {
    const x = get(id);
    const index = x.text.split('\n').findIndex((l) => l.includes(phrase));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(x.lines![index]!.page).toBe(page);
    expect(x.lines![index]!.y).toBeGreaterThan(0);
  });

  it('keeps a superscript footnote mark glued to its word (001: "80%1", "định2")', () => {
    const words = get('001_61b19ee575358a63').text.split(/\s+/u);
    expect(words).toContain('80%1;');
    expect(words).toContain('định2.');
  });

  it.each(DOCS)('$id: the Nơi nhận list and the signature block are not interleaved', ({ id }) => {
    const lines = get(id).text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('Nơi nhận'));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(lines[start]).toMatch(/^Nơi nhận:?$/u);
    // The recipients follow as consecutive "- …" lines, no signature words among them.
    const list = lines.slice(start + 1).filter((_, k, all) => all.slice(0, k + 1).every((l) => l.startsWith('-')));
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const item of list) expect(item).not.toMatch(/CHỦ TỊCH/u);
  });
});

describe('tables from ruled cells', () => {
  it('004: the indicator table comes out as rows of 7 cells', () => {
    const items = rowsOf(get('004_db43e2131bbb219b')).filter((cells) => /^\p{N}+\.\p{N}+\.?$/u.test(cells[0]!));
    const seven = items.filter((cells) => cells.length === 7);
    console.log(`004: ${seven.length}/${items.length} numbered rows have 7 cells`);
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(seven.length / items.length).toBeGreaterThanOrEqual(0.9);
    const header = rowsOf(get('004_db43e2131bbb219b')).find((cells) => cells[0] === 'TT');
    expect(header).toEqual(['TT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu cụ thể', 'Mức độ hoàn thành', 'Thời gian hoàn thành', 'Ghi chú']);
  });

  it('001: the budget table keeps its columns (number, task, year, amount, source)', () => {
    const rows = rowsOf(get('001_61b19ee575358a63'));
    const items = rows.filter((cells) => cells.includes('NSX'));
    expect(items).toHaveLength(4);
    for (const cells of items) {
      expect(cells[0]).toMatch(/^\p{N}+$/u);
      expect(cells).toContain('2024');
      expect(cells[cells.length - 1]).toBe('NSX');
      expect(cells[cells.length - 2]).toMatch(/^\p{N}+$/u);
    }
    expect(rows.some((cells) => cells[0] === 'Tổng' && cells.includes('100'))).toBe(true);
  });

  it('002: the seed\'s tab-separated appendix rows come out as rows of 4 cells', () => {
    const seedRows = readFileSync(join(corpus, '002_6f4458b79196ed4f.txt'), 'utf8')
      .normalize('NFC')
      .split('\n')
      .filter((l) => l.includes('\t'))
      .map((l) => l.replace(/<\/?b>/gu, '').trimEnd());
    const got = new Set(get('002_6f4458b79196ed4f').text.split('\n').map((l) => l.trimEnd()));
    const found = seedRows.filter((row) => got.has(row));
    console.log(`002: ${found.length}/${seedRows.length} seed table rows found verbatim`);
    expect(seedRows.length).toBeGreaterThanOrEqual(20);
    expect(found.length / seedRows.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('pages without a text layer, page furniture, broken files', () => {
  it('an image-only scan with OCR off is needs-ocr with no text', async () => {
    const x = await extractPdf(read('formats/000_d7d9651ddd969956.scanned.pdf'), 'scan.pdf', { ocr: false });
    expect(x.pages).toBe(5);
    expect(x.status).toBe('needs-ocr');
    expect(x.text.trim()).toBe('');
    expect(x.messages.map((m) => m.code)).toContain('pdf-needs-ocr');
  });

  it('removes page numbers and a running header, keeps the body', async () => {
    const body = ['Ke hoach chuyen doi so nam 2024', 'Muc tieu: 100% ho so duoc so hoa'];
    const pages = [1, 2, 3, 4].map((n): Array<[number, number, string]> => [
      [85, 800, 'UBND XA NGOC TRAO - KE HOACH CDS'],
      [85, 700, `${body[0]} phan ${n}`],
      [85, 680, body[1]!],
      [290, 30, n % 2 === 0 ? `- ${n} -` : `Trang ${n}`],
    ]);
    const x = await extractPdf(makePdf(pages), 'numbered.pdf');
    const lines = x.text.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(8);
    expect(lines.filter((l) => l.startsWith(body[0]!))).toHaveLength(4);
    expect(x.text).not.toMatch(/Trang|UBND XA|- \p{N} -/u);
  });

  it('caps the pages read on thousands of empty pages, and says so', async () => {
    // The cap is what keeps the time bounded; the message proves it applied (speed itself is the bench's job).
    const pages = Array.from({ length: 2500 }, (): Array<[number, number, string]> => []);
    const x = await extractPdf(makePdf(pages), 'empty.pdf', { maxPages: 300 });
    expect(x.pages).toBe(2500);
    expect(x.status).toBe('ok');
    expect(x.text).toBe('');
    expect(x.messages.map((m) => m.code)).toContain('pdf-pages-skipped');
  });

  const original = read('formats/000_d7d9651ddd969956.pdf');
  const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
  it.each([
    ['truncated corpus PDF', original.slice(0, Math.floor(original.length / 2)), 'pdf-corrupt'],
    ['random bytes after a %PDF header', new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...random]), 'pdf-corrupt'],
    ['random bytes between %PDF and %%EOF', new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...random, ...Buffer.from('\n%%EOF\n')]), 'pdf-corrupt'],
    [
      'encrypted with an unknown user password',
      makePdf([[[85, 700, 'secret']]], `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >> /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] `),
      'pdf-encrypted',
    ],
  ])('%s gives ExtractError', async (_name, bytes, code) => {
    const error = await extractPdf(bytes, 'broken.pdf', { ocr: false }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe(code);
    expect((error as ExtractError).message).toContain('broken.pdf');
  });

  it('does not detach the caller\'s buffer', async () => {
    const bytes = read('formats/000_d7d9651ddd969956.pdf');
    await extractPdf(bytes, 'a.pdf', { ocr: false });
    expect(bytes.byteLength).toBeGreaterThan(0);
  });
});

describe('an OCR page with a ruled table, laid out like a text-layer page', () => {
  // A synthetic 300 dpi scan skewed by 0.6°: tesseract hands the table over column by column.
  const s = 0.01;
  const rotate = (x: number, y: number): [number, number] => [x - s * y, y + s * x];
  const word = (text: string, x: number, top: number) => {
    const [dx, dy] = [rotate(x, top)[0] - x, rotate(x, top)[1] - top];
    return { text, x0: x + dx, y0: top + dy, x1: x + 14 * text.length + dx, y1: top + 30 + dy };
  };
  const line = (text: string, x: number, top: number, paragraphStart = false) => {
    let cursor = x;
    const words = text.split(' ').map((t) => {
      const w = word(t, cursor, top);
      cursor += 14 * t.length + 12;
      return w;
    });
    const [bx0, by0] = rotate(x, top + 24);
    const [bx1, by1] = rotate(cursor, top + 24);
    return { text, x: bx0, y: words[0]!.y0, width: bx1 - bx0, height: 30, paragraphStart, baseline: [by0, by1] as [number, number], words };
  };
  const h = (y: number, from: number, to: number) => ({ dir: 'h' as const, at: y + s * ((from + to) / 2), from: from - s * y, to: to - s * y, slope: s });
  const v = (x: number, from: number, to: number) => ({ dir: 'v' as const, at: x - s * ((from + to) / 2), from: from + s * x, to: to + s * x, slope: -s });
  const page = {
    dpi: 300,
    height: 1000,
    rules: [
      h(300, 100, 800), h(360, 100, 800), h(420, 100, 800), h(480, 100, 800),
      v(100, 300, 480), v(200, 300, 480), v(800, 300, 480),
      // The group row "1 | Chính quyền số" spans the last two columns: no border between them there.
      v(600, 300, 360), v(600, 420, 480),
    ],
    lines: [
      line('PHỤ LỤC 1', 300, 200, true),
      line('TT', 110, 315, true), line('1', 110, 375), line('1.1', 110, 435),
      line('Tên chỉ tiêu', 210, 315, true), line('Chính quyền số', 210, 375), line('Tỷ lệ hồ sơ trực tuyến', 210, 435),
      line('Chỉ tiêu', 610, 315, true), line('75%', 610, 435),
      line('Nơi nhận:', 100, 600, true),
    ],
  };

  it('reads the table as rows of cells between the lines above and below it', () => {
    const entries = ocrPageEntries(page);
    expect(entries.map((e) => e.text)).toEqual([
      'PHỤ LỤC 1',
      'TT\tTên chỉ tiêu\tChỉ tiêu',
      '1\tChính quyền số\t',
      '1.1\tTỷ lệ hồ sơ trực tuyến\t75%',
      'Nơi nhận:',
    ]);
    expect(entries.map((e) => e.kind)).toEqual(['text', 'table', 'table', 'table', 'text']);
    expect(entries[4]!.paragraphStart).toBe(true);
    // Points, y up: the heading is above the table, the table above the signature block.
    expect(entries[0]!.y).toBeGreaterThan(entries[1]!.y);
    expect(entries[3]!.y).toBeGreaterThan(entries[4]!.y);
  });

  it('the skew comes from the horizontal rulings', () => {
    expect(pageSkew(page.rules)).toBeCloseTo(s, 6);
  });

  it('cell boxes map back onto the image where the cell text is', () => {
    const cells = tableCellBoxes(page);
    const cell = cells.find((c) => c.text === '1.1')!;
    const w = page.lines.find((l) => l.text === '1.1')!.words[0]!;
    expect(cell.x0).toBeLessThan(w.x0);
    expect(cell.x1).toBeGreaterThan(w.x1);
    expect(cell.y0).toBeLessThan(w.y0);
    expect(cell.y1).toBeGreaterThan(w.y1);
  });
});

describe('a page whose text layer decodes to mojibake is a scanned page', () => {
  /** Two pages: real Helvetica text, then text in a font whose ToUnicode map sends every byte to the private-use area. */
  function pdfWithGarbledPage(): Uint8Array {
    const cmap = [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '/CMapName /Garbled def /CMapType 2 def',
      '1 begincodespacerange <00> <FF> endcodespacerange',
      '1 beginbfrange <20> <7E> <E020> endbfrange',
      'endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n');
    const page1 = 'BT /F1 12 Tf 72 700 Td (Ke hoach chuyen doi so cap xa nam 2025) Tj ET';
    const page2 = 'BT /F2 12 Tf 72 700 Td (Ty le ho so truc tuyen dat 80 phan tram) Tj ET';
    const objects = [
      '',
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
      `<< /Length ${page1.length} >>\nstream\n${page1}\nendstream`,
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F2 8 0 R >> >> /Contents 7 0 R >>',
      `<< /Length ${page2.length} >>\nstream\n${page2}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 9 0 R >>',
      `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
    ];
    return pdfFromObjects(objects.slice(1));
  }

  it('only the garbled page needs OCR; the readable page keeps its text', async () => {
    const x = await extractPdf(pdfWithGarbledPage(), 'garbled.pdf', { ocr: false });
    expect(x.status).toBe('needs-ocr');
    expect(x.text).toContain('Ke hoach chuyen doi so cap xa nam 2025');
    expect(x.text).not.toMatch(/[\uE000-\uF8FF]/u);
    const reason = x.messages.find((m) => m.code === 'pdf-needs-ocr')?.reason ?? '';
    expect(reason).toMatch(/\bpage 2\b/u);
    expect(reason).not.toMatch(/\b1\b/u);
  });
});
