import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../extractors/docx.js';
import { extractHtml } from '../../extractors/html.js';
import { hastToLines } from '../../extractors/html/hast-to-lines.js';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { CORPUS, counts, labels, read, seedLines, seedWords } from './seed-words.js';


const IDS = ['000_d7d9651ddd969956', '001_61b19ee575358a63', '002_6f4458b79196ed4f', '003_13a95629cdd498d2', '004_db43e2131bbb219b'];

describe('extractHtml on the corpus', () => {
  it.each(IDS)('%s.html has the seed words (merged cells may only repeat table words)', async (id) => {
    const r = await extractHtml(read(`formats/${id}.html`), `${id}.html`);
    expect(r.format).toBe('html');
    expect(r.encoding).toBe('utf-8');
    expect(r.status).toBe('ok');
    const seed = counts(seedWords(id));
    const out = counts(r.text.split(/\s+/u).filter(Boolean));
    let overlap = 0;
    let total = 0;
    for (const [w, c] of seed) {
      overlap += Math.min(c, out.get(w) ?? 0);
      total += c;
    }
    expect(overlap / total).toBeGreaterThanOrEqual(0.995);
    const tableWords = new Set(r.text.split('\n').filter((l) => l.includes('\t')).flatMap((l) => l.split(/\s+/u)));
    const extra = [...out].filter(([w, c]) => c > (seed.get(w) ?? 0) && !tableWords.has(w));
    expect(extra).toEqual([]);
  });

  it.each(IDS)('%s.html keeps the seed\'s section labels in order', async (id) => {
    const r = await extractHtml(read(`formats/${id}.html`), `${id}.html`);
    const seed = labels(seedLines(id));
    expect(seed.length).toBeGreaterThan(3);
    expect(labels(r.text.split('\n'))).toEqual(seed);
  });

  it.each(IDS)('%s.html gives the same table rows as the .docx made from it', async (id) => {
    const h = await extractHtml(read(`formats/${id}.html`), `${id}.html`);
    const d = await extractDocx(read(`formats/${id}.docx`), `${id}.docx`);
    const rows = (t: string): string[] => t.split('\n').filter((l) => l.includes('\t'));
    expect(rows(h.text)).toEqual(rows(d.text));
  });

  it.each(IDS)('%s.html reads the signature block as a page shows it: the signer\'s name a line of its own', async (id) => {
    const h = await extractHtml(read(`formats/${id}.html`), `${id}.html`);
    const lines = h.text.split('\n');
    const gold = JSON.parse(readFileSync(new URL(`gold/${id}.json`, CORPUS), 'utf8')) as { metadata: { signer: { name: string | null } | null } };
    const name = gold.metadata.signer?.name;
    // The recipients list is never glued to the signature by a tab.
    expect(lines.filter((l) => l.includes('\t') && /Nơi nhận/u.test(l))).toEqual([]);
    if (name) expect(lines).toContain(name);
  });
});

describe('extractHtml: text in legacy Vietnamese fonts', () => {
  const legacyLines = (file: string, decoder: string): string[] => new TextDecoder(decoder).decode(read(`formats/${file}`)).split(/\r?\n/u);
  const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  // HTML collapses runs of spaces.
  const expected = seedLines('000_d7d9651ddd969956').map((l) => l.replace(/\s+/gu, ' '));

  it('a page set in .VnTime (body style) decodes to the seed, capitals restored', async () => {
    const body = legacyLines('000_d7d9651ddd969956.tcvn3.txt', 'windows-1252').map((l) => `<p>${esc(l)}</p>`).join('\n');
    const r = await extractHtml(new TextEncoder().encode(`<!DOCTYPE html><html><body style="font-family: '.VnTime', serif">${body}</body></html>`), 'vntime.html');
    expect(r.encoding).toBe('tcvn3');
    expect(r.messages.some((m) => m.code === 'encoding-converted')).toBe(true);
    expect(r.text.split('\n')).toEqual(expected);
  });

  it('runs in <font face="VNI-Times"> decode; runs in a Unicode font inside them stay as they are', async () => {
    const lines = legacyLines('000_d7d9651ddd969956.vni.txt', 'windows-1252');
    const body = lines.map((l, i) => (i === 2 ? `<p><span style="font-family:Times New Roman">${esc(expected[1]!)}</span></p>` : `<p><font face="VNI-Times">${esc(l)}</font></p>`)).join('');
    const r = await extractHtml(new TextEncoder().encode(`<html><body>${body}</body></html>`), 'vni.html');
    expect(r.encoding).toBe('vni');
    expect(r.text.split('\n')).toEqual(expected);
  });
});

/** Encodes `text` as Windows-1258: precomposed where the code page has the letter, else base + combining tone. */
function encodeCp1258(text: string): Uint8Array {
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1258');
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    // Keep the base with its non-tone mark precomposed (â, ơ, ư…), the tone as a combining byte.
    const tone = parts.pop()!;
    const base = parts.join('').normalize('NFC');
    const b = table.get(base);
    const t = table.get(tone);
    if (b === undefined || t === undefined) throw new Error(`cannot encode ${ch}`);
    out.push(b, t);
  }
  return new Uint8Array(out);
}

describe('extractHtml charsets and markup', () => {
  const body = '<p>Kế hoạch chuyển đổi số năm 2024 của Ủy ban nhân dân xã Hợp Thịnh</p>';
  const expected = 'Kế hoạch chuyển đổi số năm 2024 của Ủy ban nhân dân xã Hợp Thịnh';

  it.each<[string, () => Uint8Array, string]>([
    ['UTF-8 without declaration', () => new TextEncoder().encode(`<html><body>${body}</body></html>`), 'utf-8'],
    ['UTF-8 with BOM', () => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]), 'utf-8'],
    ['UTF-16LE with BOM', () => new Uint8Array([0xff, 0xfe, ...Buffer.from(body, 'utf16le')]), 'utf-16le'],
    ['windows-1258 declared in meta', () => encodeCp1258(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body>${body}</body></html>`), 'windows-1258'],
    ['windows-1258 undeclared', () => encodeCp1258(`<html><body>${body}</body></html>`), 'windows-1258'],
  ])('%s', async (_name, make, encoding) => {
    const r = await extractHtml(make(), 'page.html');
    expect(r.text).toBe(expected);
    expect(r.encoding).toBe(encoding);
  });

  const parse = (html: string): string[] => hastToLines(unified().use(rehypeParse, { fragment: true }).parse(html));

  it.each<[string, string, string[]]>([
    ['roman ordered list', '<ol type="I"><li>MỤC ĐÍCH, YÊU CẦU</li><li>NHIỆM VỤ</li></ol>', ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ']],
    ['list with start and nested bullets', '<ol start="3"><li><p>Phát triển xã hội số</p><ul><li>Tổ công nghệ số cộng đồng</li></ul></li></ol>', ['3. Phát triển xã hội số', '- Tổ công nghệ số cộng đồng']],
    ['br splits a paragraph, not a cell', '<p>Nơi nhận:<br>- Như trên;</p><table><tr><th>TT</th><th>Chỉ tiêu</th></tr><tr><td>1</td><td>Tỷ lệ hồ sơ<br>trực tuyến</td></tr><tr><td>2</td><td>x</td></tr></table>',
      ['Nơi nhận:', '- Như trên;', 'TT\tChỉ tiêu', '1\tTỷ lệ hồ sơ trực tuyến', '2\tx']],
    ['a one-row layout table is read cell by cell, a paragraph a line', '<table><tr><td><p>Nơi nhận:</p><p>- Như trên;</p><p>- Lưu: VT.</p></td><td><p>KT. CHỦ TỊCH</p><p>PHÓ CHỦ TỊCH</p><p></p><p>Lê Văn Hùng</p></td></tr></table>',
      ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Hùng']],
    ['a two-row table with a block of paragraphs in a cell is layout', '<table><tr><td>UBND XÃ AN BÌNH</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr><tr><td><p>Nơi nhận:</p><p>- TT Đảng ủy;</p><p>- Lưu: VT.</p></td><td><p>CHỦ TỊCH</p><p>Trần Thị Mai</p></td></tr></table>',
      ['UBND XÃ AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nơi nhận:', '- TT Đảng ủy;', '- Lưu: VT.', 'CHỦ TỊCH', 'Trần Thị Mai']],
    ['a two-row table of short cells is data', '<table><tr><th>Chỉ tiêu</th><th>Kế hoạch</th></tr><tr><td>Tỷ lệ hồ sơ trực tuyến</td><td>80%</td></tr></table>',
      ['Chỉ tiêu\tKế hoạch', 'Tỷ lệ hồ sơ trực tuyến\t80%']],
    ['rowspan and colspan repeat their value', '<table><tr><th rowspan="2">TT</th><th colspan="2">Kết quả</th></tr><tr><th>Kế hoạch</th><th>Thực hiện</th></tr><tr><td>1</td><td>80%</td><td>75%</td></tr></table>',
      ['TT\tKết quả\tKết quả', 'TT\tKế hoạch\tThực hiện', '1\t80%\t75%']],
    ['script, style and empty rows are dropped', '<style>p{}</style><script>var a=1</script><table><tr><td></td><td> </td></tr><tr><td>Chỉ tiêu</td></tr><tr><td>Tỷ lệ</td><td>80%</td></tr></table>', ['Chỉ tiêu\t', 'Tỷ lệ\t80%']],
    ['a two-row header table without quantities is layout', '<table><tr><td><p>UBND XÃ AN BÌNH</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr><tr><td>Số: 12/KH-UBND</td><td>An Bình, ngày 05 tháng 3 năm 2024</td></tr></table>',
      ['UBND XÃ AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND', 'An Bình, ngày 05 tháng 3 năm 2024']],
  ])('%s', (_name, html, lines) => {
    expect(parse(html)).toEqual(lines);
  });

  it('rejects binary content with an .html name', async () => {
    const bytes = new Uint8Array(64);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
    await expect(extractHtml(bytes, 'x.html')).rejects.toMatchObject({ code: 'html-corrupt' });
  });
});
