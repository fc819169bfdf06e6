/**
 * Hostile inputs built in the test: a DOCX zip bomb (honest and lying sizes), a PDF
 * of 10,000 empty pages, a 200 MB text file, deeply nested lists, a PDF whose text
 * layer is mojibake. Each must end with a clear status or a typed error.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractError } from '../../extractors/types.js';
import { extractFile } from '../../pipeline/index.js';
import { deflatedEntry, readZip, writeZip } from './mutate.js';
import { outcomeOf } from './outcome.js';
import { writePdf } from './pdf-writer.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chitieu-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A real DOCX whose word/document.xml is replaced by `xml` (deflated). */
function docxWith(document: Uint8Array, lie?: { uncompressedSize: number }) {
  const entries = readZip(new Uint8Array(readFileSync(join(CORPUS, 'formats', '000_d7d9651ddd969956.docx'))));
  return writeZip(entries.map((e) => (e.name === 'word/document.xml' ? { ...deflatedEntry(e.name, document), ...lie } : e)));
}

describe('DOCX zip bomb', () => {
  // 64 MB of one repeated run deflates about 1000:1.
  const run = Buffer.from('<w:r><w:t>chuyển đổi số </w:t></w:r>');
  const body = Buffer.alloc(64 * 1024 * 1024);
  for (let at = 0; at < body.length; at += run.length) run.copy(body, at);
  const xml = Buffer.concat([Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'), body]);

  it('an entry that declares a huge inflation ratio is refused as docx-too-large', async () => {
    const outcome = await outcomeOf(docxWith(xml), 'bomb.docx');
    expect(outcome.kind === 'error' && outcome.code).toBe('docx-too-large');
  });

  it('an entry that lies about its size is stopped while inflating', async () => {
    const outcome = await outcomeOf(docxWith(xml, { uncompressedSize: 20_000 }), 'liar.docx');
    expect(outcome.kind === 'error' && outcome.code).toBe('docx-too-large');
  });
});

describe('PDF of 10,000 empty pages', () => {
  it('reads up to the page limit, says what it skipped, and reports that there is no text', async () => {
    const bytes = writePdf(Array.from({ length: 10_000 }, () => ({ lines: [] })));
    // The limit itself is the pdf extractor's option; a small one keeps this test quick.
    const outcome = await outcomeOf(bytes, 'empty-pages.pdf', { maxPages: 50 } as Parameters<typeof outcomeOf>[2]);
    expect(outcome.kind).toBe('result');
    if (outcome.kind !== 'result') return;
    expect(outcome.result.source.pages).toBe(10_000);
    expect(outcome.result.status).not.toBe('ok');
    expect(outcome.result.messages.map((m) => m.code)).toEqual(expect.arrayContaining(['pdf-pages-skipped', 'no-text']));
    expect(outcome.result.indicators).toEqual([]);
  });
});

describe('PDF whose text layer is mojibake', () => {
  it('a TCVN3 plan drawn with a WinAnsi font is unreadable-text, not garbage records', async () => {
    // The bytes of a real TCVN3-encoded plan, drawn as if they were WinAnsi: "KÕ ho¹ch …".
    const lines = readFileSync(join(CORPUS, 'formats', '000_d7d9651ddd969956.tcvn3.txt')).toString('latin1').split(/\r?\n/u).filter(Boolean);
    const pages = [lines.slice(0, 45), lines.slice(45, 90)].map((l) => ({ lines: l }));
    const outcome = await outcomeOf(writePdf(pages), 'legacy-font.pdf');
    expect(outcome.kind).toBe('result');
    if (outcome.kind !== 'result') return;
    expect(outcome.result.status).toBe('unreadable-text');
    expect(outcome.result.messages.some((m) => m.code === 'unreadable-text')).toBe(true);
  });

  it('the same plan drawn in real Vietnamese glyph codes stays ok (the check is not a blanket refusal)', async () => {
    // WinAnsi cannot draw most Vietnamese letters; a plan typed without marks is what such a PDF carries.
    const lines = readFileSync(join(CORPUS, '000_d7d9651ddd969956.txt'), 'utf8')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/gu, 'd')
      .replace(/Đ/gu, 'D')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 45);
    const outcome = await outcomeOf(writePdf([{ lines }]), 'unaccented.pdf');
    expect(outcome.kind === 'result' && outcome.result.status).toBe('ok');
  });
});

describe('a 200 MB text file', () => {
  it('is refused with a typed file-too-large error without being read', async () => {
    const path = join(dir, 'huge.txt');
    const out = createWriteStream(path);
    const chunk = Buffer.from('Đạt 100% cán bộ được tập huấn kỹ năng số. '.repeat(24_000)); // ~1 MB
    for (let written = 0; written < 200 * 1024 * 1024; written += chunk.length) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const rssBefore = process.memoryUsage().rss;
    const error = await extractFile(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe('file-too-large');
    expect((error as ExtractError).file).toBe(path);
    // Not read: the process did not grow by anything near the file's size.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('deeply nested lists', () => {
  it('numbering 200 levels deep in a text plan', async () => {
    const lines = ['KẾ HOẠCH Chuyển đổi số xã An Bình năm 2025'];
    for (let depth = 1; depth <= 200; depth++) lines.push(`${Array.from({ length: depth }, () => '1').join('.')}. Đạt ${depth % 100}% hồ sơ được số hóa`);
    const outcome = await outcomeOf(Buffer.from(lines.join('\n')), 'nested.txt');
    expect(outcome.kind).toBe('result');
  });

  // The list's text grows with the square of its depth; 150 levels is already 22,000 spaces.
  it('a Markdown list nested 150 levels and a blockquote 5,000 deep', async () => {
    const list = Array.from({ length: 150 }, (_, i) => `${' '.repeat(2 * i)}- Mục ${i}: 50% hồ sơ`).join('\n');
    const quote = `${'>'.repeat(5000)} Đạt 90% người dân có tài khoản`;
    expect((await outcomeOf(Buffer.from(list), 'nested-list.md')).kind).toBe('result');
    // Either read, or refused as too deeply nested; outcomeOf already fails on any untyped error.
    const quoted = await outcomeOf(Buffer.from(quote), 'nested-quote.md');
    expect(quoted.kind === 'error' ? quoted.code : 'result').toMatch(/^(result|too-deeply-nested)$/u);
  });

  it('HTML lists nested 5,000 deep', async () => {
    const html = `<html><body>${'<ul><li>Mục 10% '.repeat(5000)}${'</li></ul>'.repeat(5000)}</body></html>`;
    const outcome = await outcomeOf(Buffer.from(html), 'nested.html');
    expect(outcome.kind === 'error' ? outcome.code : 'result').toMatch(/^(result|html-corrupt)$/u);
  });
});
