/**
 * The normalise stage was rewritten for speed; it must give exactly what the
 * stage gave before (tests/pipeline/reference/normalise-v1.ts): the same text,
 * the same blocks and the same source offset for every character, on the
 * corpus in every format and on generated documents.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractBytes } from '../../extractors/index.js';
import type { Extraction, Layout } from '../../extractors/types.js';
import { normalise } from '../../pipeline/normalise/index.js';
import { isAllCaps, isAllCapsByRegex } from '../../pipeline/normalise/caps.js';
import { normaliseV1 } from './reference/normalise-v1.js';
import { CORPUS } from './helpers.js';

function expectSame(e: Extraction, options: { markdown?: boolean } = {}): void {
  const now = normalise(e, options);
  const before = normaliseV1(e, options);
  expect(now.text).toBe(before.text);
  expect(now.blocks).toEqual(before.blocks);
  expect(now.sourceLineStarts).toEqual(before.sourceLineStarts);
  expect(now.sourcePages).toEqual(before.sourcePages);
  for (let o = 0; o <= now.text.length + 1; o++) {
    if (now.map.toSourceStart(o) !== before.map.toSourceStart(o) || now.map.toSourceEnd(o) !== before.map.toSourceEnd(o)) {
      expect([o, now.map.toSourceStart(o), now.map.toSourceEnd(o)]).toEqual([o, before.map.toSourceStart(o), before.map.toSourceEnd(o)]);
    }
  }
}

const extraction = (text: string, layout: Layout, format: Extraction['format'] = 'txt'): Extraction => ({
  format, text, layout, pages: null, encoding: 'utf-8', ocr: false, status: 'ok', messages: [],
});

describe('normalise against the stage before its speed work', () => {
  const dirs = [CORPUS, join(CORPUS, 'formats')];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(?:txt|docx|doc|html|pdf)$/u.test(f) && !f.includes('scanned')).map((f) => join(d, f)));

  it.each(files)('%s', async (file) => {
    const e = await extractBytes(new Uint8Array(readFileSync(file)), file, { ocr: false });
    expectSame(e);
    expectSame({ ...e, layout: e.layout === 'wrapped' ? 'paragraphs' : 'wrapped' });
    expectSame(e, { markdown: true });
  });

  // Lines like the plans' own, with the characters normalise treats specially.
  const words = ['Kế hoạch', 'chuyển đổi số', 'MỤC TIÊU', 'UBND XÃ', 'năm 2024', 'Tỷ lệ 90%', 'viện, trạm y tế', 'a', 'Đ', 'İ', 'ß', '𝐀', '2 * 3', '(*)', '“*Zalo*”', '*Zalo', 'số*.'];
  const gaps = [' ', ' ', '  ', '\u00a0', '\u2003', '\u200b', '\u00ad', '\ufeff', '\t', ' \t ', '**', '__', '<b>', '</b>', '<br/>', '<i>', '*', '_', '<'];
  const lineText = fc
    .tuple(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 6 }), fc.constantFrom('', '.', ':', ';', '…', '.”', ')', ',', '  ', ' ', '\r'))
    .map(([parts, end]) => parts.flat().join('') + end);
  const lead = fc.constantFrom('', '', ' ', '  ', '\t', '- ', '-', '+ ', '* ', '• ', '– ', 'I. ', 'II: ', '1. ', '1.1. ', '2.1.3 ', 'a) ', '1) ', '# ', '### ', '**', '<b>', 'Tổng ', '12 Hoạt', 'IV Đảm', '“', '(');
  const line = fc.oneof(
    { arbitrary: fc.tuple(lead, lineText).map(([l, t]) => l + t), weight: 8 },
    { arbitrary: fc.constantFrom('', '', ' ', '\u200b', '\t', '   '), weight: 3 },
    { arbitrary: fc.constantFrom('**KẾ HOẠCH**', '<b>I</b>\t<b>Phát triển</b>\t\t', 'STT\tChỉ tiêu\tĐơn vị', '1\t\t90%', '# Kế hoạch', '```', '> Trích', 'MỤC\n==='), weight: 2 },
  );
  const doc = fc.tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n')).map(([ls, eol]) => ls.join(eol));

  it('gives the same result on generated documents, wrapped or not, Markdown or not', () => {
    fc.assert(
      fc.property(doc, fc.constantFrom<Layout>('wrapped', 'paragraphs'), fc.constantFrom<Extraction['format']>('txt', 'md', 'docx'), (text, layout, format) => {
        expectSame(extraction(text, layout, format));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same result on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom<Layout>('wrapped', 'paragraphs'), fc.boolean(), (text, layout, markdown) => {
        expectSame(extraction(text, layout), { markdown });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isAllCaps', () => {
  it('agrees with its definition on every BMP character and on mixed text', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch.repeat(4), `ABC${ch}`, `abc${ch}`, `${ch}ΣΣΣ`]) if (isAllCaps(s) !== isAllCapsByRegex(s)) expect([c, s, isAllCaps(s)]).toEqual([c, s, isAllCapsByRegex(s)]);
    }
    const pieces = ['MỤC', 'TIÊU', 'ĐỊA', 'bàn', 'İ', 'ß', 'Σ', 'ǅ', 'ǆ', '𝐀', '𝐚', '\ud835', 'ʼn', '1', ' ', '-', 'x', 'DX'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const s = parts.join('');
        expect(isAllCaps(s)).toBe(isAllCapsByRegex(s));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => {
        expect(isAllCaps(s)).toBe(isAllCapsByRegex(s));
      }),
      { numRuns: 2000 },
    );
  });
});
