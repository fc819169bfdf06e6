import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../extractors/docx.js';
import { formatNumber, Numberer, readNumbering } from '../../extractors/docx/numbering.js';
import { childElements, parseXml, walkElements } from '../../extractors/docx/xml.js';
import { ExtractError } from '../../extractors/types.js';
import { tinyDocx, withAutomaticNumbering } from './docx-builders.js';
import { compareWords, CORPUS, labels, read, seedLines, seedWords } from './seed-words.js';


/** Blocks of consecutive table-row lines, each row split into cells. */
function tables(text: string): string[][][] {
  const out: string[][][] = [];
  let cur: string[][] | null = null;
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      cur ??= [];
      cur.push(line.split('\t'));
    } else if (cur) {
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}

const DOCX = ['000_d7d9651ddd969956', '001_61b19ee575358a63', '002_6f4458b79196ed4f', '003_13a95629cdd498d2', '004_db43e2131bbb219b'];

describe('extractDocx on the corpus', () => {
  it.each(DOCX)('%s.docx has the seed words (merged cells may only repeat table words)', async (id) => {
    const r = await extractDocx(read(`formats/${id}.docx`), `${id}.docx`);
    expect(r.format).toBe('docx');
    expect(r.layout).toBe('paragraphs');
    expect(r.status).toBe('ok');
    expect(r.text).toBe(r.text.normalize('NFC'));
    const { recall, extra } = compareWords(seedWords(id), r.text);
    expect(recall).toBeGreaterThanOrEqual(0.995);
    const tableWords = new Set(r.text.split('\n').filter((l) => l.includes('\t')).flatMap((l) => l.split(/\s+/u)));
    expect(extra.filter((w) => !tableWords.has(w))).toEqual([]);
    expect(r.messages.every((m) => m.code === 'mammoth-warning' && !m.fatal)).toBe(true);
  });

  it.each(DOCX)('%s.docx keeps the seed\'s section labels in order', async (id) => {
    const r = await extractDocx(read(`formats/${id}.docx`), `${id}.docx`);
    const seed = labels(seedLines(id));
    expect(seed.length).toBeGreaterThan(3);
    expect(labels(r.text.split('\n'))).toEqual(seed);
  });

  it.each(DOCX)('%s.docx: every row of a data table has as many cells as the w:tblGrid has columns', async (id) => {
    const bytes = read(`formats/${id}.docx`);
    const zip = await JSZip.loadAsync(bytes);
    const doc = parseXml(await zip.file('word/document.xml')!.async('string'));
    const grids: number[] = [];
    walkElements(doc, (el) => {
      if (el.name !== 'w:tbl') return;
      const grid = childElements(el, 'w:tblGrid')[0];
      // One-row tables only lay text side by side (signature, "Số:" / date): read as lines.
      if (childElements(el, 'w:tr').length > 1) grids.push(grid ? childElements(grid, 'w:gridCol').length : 0);
      return false;
    });
    const r = await extractDocx(bytes, `${id}.docx`);
    const found = tables(r.text);
    expect(found.map((t) => t[0]!.length)).toEqual(grids);
    for (const [k, t] of found.entries()) for (const row of t) expect(row).toHaveLength(grids[k]!);
  });

  it.each([
    ['004_db43e2131bbb219b', 'Tên chỉ tiêu', 7],
    ['001_61b19ee575358a63', 'Nguồn vốn', 6],
    ['002_6f4458b79196ed4f', 'Chỉ tiêu', 4],
  ])('%s.docx: the table headed "%s" has %i cells on every row', async (id, header, width) => {
    const r = await extractDocx(read(`formats/${id}.docx`), `${id}.docx`);
    const table = tables(r.text).find((t) => t.some((row) => row.includes(header)));
    expect(table).toBeDefined();
    expect(table!.length).toBeGreaterThan(3);
    for (const row of table!) expect(row).toHaveLength(width);
  });

  it('001.docx: a rowspan header cell is repeated on the row below it, a colspan across its columns', async () => {
    const r = await extractDocx(read('formats/001_61b19ee575358a63.docx'), '001.docx');
    const table = tables(r.text).find((t) => t.some((row) => row.includes('Nguồn vốn')))!;
    const second = table.findIndex((row) => row.includes('Nguồn vốn'));
    expect(table[second]![0]).toBe(table[second - 1]![0]);
    expect(table[second]![0]).not.toBe('');
    const top = table[second - 1]!;
    expect(top[top.length - 1]).toBe(top[top.length - 2]);
  });

  it('001.docx: footnote marks stay glued to their word and footnote texts close the document', async () => {
    const r = await extractDocx(read('formats/001_61b19ee575358a63.docx'), '001.docx');
    const seed = readFileSync(new URL('001_61b19ee575358a63.txt', CORPUS), 'utf8');
    // Words ending in a footnote mark, as the seed prints them ("80%1;").
    const marked = seed.match(/[%\p{L}][12][;.,]/gu) ?? [];
    expect(marked.length).toBe(2);
    for (const m of marked) expect(r.text).toContain(m);
    const lines = r.text.split('\n');
    expect(lines.slice(-2).map((l) => l.split(' ')[0])).toEqual(['1', '2']);
  });
});

describe('extractDocx on legacy .VnTime fonts', () => {
  it('decodes TCVN3 runs (soft hyphen = ư) to the seed\'s words', async () => {
    const r = await extractDocx(read('formats/000_d7d9651ddd969956.tcvn3.docx'), '000.tcvn3.docx');
    expect(r.encoding).toBe('tcvn3');
    expect(r.text).not.toContain('\u00AD');
    expect(r.text).toContain('ư');
    const seed = seedWords('000_d7d9651ddd969956');
    const { recall, extra } = compareWords(seed, r.text);
    expect(recall).toBe(1);
    expect(extra).toEqual([]);
    expect(r.messages.some((m) => m.code === 'encoding-converted')).toBe(true);
  });
});

describe('Word automatic numbering', () => {
  it.each(['000_d7d9651ddd969956', '003_13a95629cdd498d2'])('%s.docx with its labels turned into numbering.xml reads the same', async (id) => {
    const original = read(`formats/${id}.docx`);
    const numbered = await withAutomaticNumbering(original);
    const stripped = (await JSZip.loadAsync(numbered)).file('word/document.xml')!.async('string');
    expect(await stripped).not.toContain('>I. ');
    const a = await extractDocx(original, `${id}.docx`);
    const b = await extractDocx(numbered, `${id}.numbered.docx`);
    expect(b.text.split('\n')).toEqual(a.text.split('\n'));
  });

  it.each([
    [1, 'upperRoman', 'I'], [4, 'upperRoman', 'IV'], [9, 'upperRoman', 'IX'], [14, 'lowerRoman', 'xiv'],
    [1, 'lowerLetter', 'a'], [27, 'lowerLetter', 'aa'], [3, 'upperLetter', 'C'], [7, 'decimalZero', '07'], [12, 'decimal', '12'],
  ])('formats %i as %s → %s', (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });

  it('counts per level, restarts deeper levels, honours w:start and startOverride', () => {
    const numbering = parseXml(`<w:numbering>
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    </w:numbering>`);
    const n = new Numberer(readNumbering(numbering, undefined));
    const seq = [['1', 0], ['1', 1], ['1', 1], ['2', 0], ['1', 0], ['1', 1], ['2', 0], ['3', 0], ['3', 1]] as const;
    expect(seq.map(([id, l]) => n.next(id, l))).toEqual(['I.', 'a)', 'b)', 'Điều 3.', 'II.', 'a)', 'Điều 4.', 'I.', 'a)']);
    expect(n.next('0', 0)).toBeNull();
    expect(n.next('99', 0)).toBeNull();
  });
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).message).toContain('case.docx');
    return (err as ExtractError).code;
  }
}

describe('extractDocx on bad input', () => {
  it('reads a minimal valid package (the fixture builder itself is sound)', async () => {
    const r = await extractDocx(await tinyDocx(), 'case.docx');
    expect(r.text).toBe('Kế hoạch chuyển đổi số');
  });

  it.each<[string, () => Promise<Uint8Array>, string]>([
    ['truncated corpus docx', async () => read('formats/002_6f4458b79196ed4f.docx').slice(0, 6000), 'docx-corrupt'],
    ['a text file named .docx', async () => new TextEncoder().encode('Kế hoạch chuyển đổi số năm 2024\n'), 'docx-corrupt'],
    ['an empty file', async () => new Uint8Array(0), 'docx-corrupt'],
    ['a ZIP with no word/document.xml', async () => {
      const z = new JSZip();
      z.file('hello.txt', 'xin chào');
      return z.generateAsync({ type: 'uint8array' });
    }, 'docx-corrupt'],
    ['ill-formed document.xml', async () => tinyDocx({}, '<w:p><w:r><w:t>Kế hoạch</w:r></w:p>'), 'docx-corrupt'],
    ['an 8 MB entry deflated to a few KB (ratio bomb)', async () => tinyDocx({ 'word/media/image1.bin': new Uint8Array(8 * 1024 * 1024) }), 'docx-too-large'],
    ['an OLE file holding an EncryptedPackage stream', async () => {
      const b = new Uint8Array(4096);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      b.set(Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le'), 1024);
      return b;
    }, 'docx-encrypted'],
  ])('%s → ExtractError %s', async (_name, make, code) => {
    expect(await codeOf(extractDocx(await make(), 'case.docx'))).toBe(code);
  });

  it('rejects a package whose entries exceed the total size limit before inflating them', async () => {
    const bytes = await tinyDocx({ 'word/media/a.bin': new Uint8Array(3 * 1024 * 1024) });
    expect(await codeOf(extractDocx(bytes, 'case.docx', { zipLimits: { maxTotalBytes: 2 * 1024 * 1024, maxRatio: 1e9 } }))).toBe('docx-too-large');
  });

  it('rejects an entry that inflates beyond the size its directory declares', async () => {
    const bytes = await tinyDocx({ 'word/media/a.bin': new Uint8Array(512 * 1024) });
    const view = new DataView(bytes.buffer);
    // Patch the central directory's uncompressed size of a.bin down to 1 KB.
    for (let p = 0; p + 46 < bytes.length; p++) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const nameLen = view.getUint16(p + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
      if (name === 'word/media/a.bin') view.setUint32(p + 24, 1024, true);
    }
    expect(await codeOf(extractDocx(bytes, 'case.docx'))).toBe('docx-too-large');
  });

  it('reads a Word 97 file that carries a .docx name as .doc', async () => {
    const r = await extractDocx(read('formats/001_61b19ee575358a63.doc'), 'case.docx');
    expect(r.format).toBe('doc');
    expect(r.messages[0]!.code).toBe('docx-is-doc');
  });
});
