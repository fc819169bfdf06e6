import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkXml, parseXml, xmlBytes, type XmlElement, type XmlNode } from '../../extractors/docx/xml.js';
import { decodeRange, fromLatin1 } from '../../extractors/docx/xml-bytes.js';
import { usesLegacyFonts } from '../../extractors/docx/legacy-fonts.js';
import { readZip } from '../../extractors/docx/zip.js';

// A part read from its bytes (scanned as latin1, pieces decoded) must give what the
// decoded part gives: the same tree, the same strings, the same errors.
const utf8 = new TextDecoder('utf-8');

type Plain = { name: string; attrs: Record<string, string>; children: Array<Plain | string> };
function plain(el: XmlElement): Plain {
  return { name: el.name, attrs: { ...el.attrs }, children: el.children.map((c: XmlNode) => (typeof c === 'string' ? c : plain(c))) };
}

function outcome(f: () => XmlElement | void): unknown {
  try {
    const el = f();
    return el ? plain(el) : 'ok';
  } catch (err) {
    return `${(err as Error).constructor.name}: ${(err as Error).message}`;
  }
}

function sameReading(bytes: Uint8Array): void {
  const text = utf8.decode(bytes);
  expect(outcome(() => parseXml(xmlBytes(bytes)))).toEqual(outcome(() => parseXml(text)));
  expect(outcome(() => checkXml(xmlBytes(bytes)))).toEqual(outcome(() => checkXml(text)));
  expect(usesLegacyFonts(xmlBytes(bytes), undefined)).toBe(usesLegacyFonts(text, undefined));
}

const encode = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

/** Byte runs a decoder must treat with care: malformed, truncated, overlong, surrogates, four-byte, BOMs. */
const oddBytes = fc.constantFrom(
  [0x80], [0xbf], [0xc0, 0xaf], [0xc2], [0xc3, 0xa9], [0xe1, 0xba], [0xe1, 0xba, 0xbf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80],
  [0xef, 0xbb, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xfe], [0xc5, 0xbf], [0xc2, 0xa0],
).map((b) => new Uint8Array(b));

const unicodeText = fc.string({ unit: fc.oneof(fc.constantFrom('ế', 'ạ', 'ư', 'đ', 'Ơ', ' ', '\u00a0', '\ufeff', '\u2028', 'ſ', '😀', 'a', '&amp;', '&#x1EBF;', '<', '>', '"', "'", '/', '='), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 8 });
const name = fc.constantFrom('w:p', 'w:t', 'a', 'tên', 'é', 'w:rFonts', 'x\u00a0y', 'ſ', '');
const attr = fc.tuple(fc.constantFrom('w:ascii', 'w:hAnsi', 'w:aſcii', 'W:HANSI', 'w:val', 'tên', 'a'), fc.constantFrom('"', "'"), fc.oneof(unicodeText, fc.constantFrom('.VnTime', 'VNI-Times', '.vnArial'))).map(
  ([n, q, v]) => ` ${n}=${q}${v.replaceAll(q, '')}${q}`,
);
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(name, fc.array(attr, { maxLength: 3 }), fc.boolean()).map(([n, as, self]) => encode(`<${n}${as.join('')}${self ? '/' : ''}>`)) },
  { weight: 3, arbitrary: name.map((n) => encode(`</${n}>`)) },
  // A close tag whose latin1 bytes spell an open name's decoding ("é" as the lone byte E9).
  { weight: 1, arbitrary: fc.constantFrom('é', 'tên').map((n) => new Uint8Array(Buffer.from(`</${n}>`, 'latin1'))) },
  { weight: 4, arbitrary: unicodeText.map(encode) },
  { weight: 2, arbitrary: oddBytes },
  { weight: 1, arbitrary: fc.constantFrom('<![CDATA[ế]]>', '<!-- ư -->', '<?xml version="1.0"?>', ' ', '\t', '</ w:p >', '<w:p\u00a0a="1">').map(encode) },
);
const concat = (parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

describe('XML read from its bytes', () => {
  it('reads what the decoded part reads, on random markup with random Unicode and odd bytes', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(piece, { maxLength: 24 }), (bom, parts) => {
        sameReading(concat([bom ? new Uint8Array([0xef, 0xbb, 0xbf]) : new Uint8Array(0), ...parts]));
      }),
      { numRuns: 4000 },
    );
  });

  it('reads what the decoded part reads, on well-formed documents', () => {
    const element = fc.letrec<{ el: string }>((tie) => ({
      el: fc.tuple(name.filter((n) => /^[\p{L}:]+$/u.test(n)), fc.array(attr, { maxLength: 3 }), fc.array(fc.oneof(unicodeText.map((t) => t.replace(/[<&]/gu, '')), tie('el')), { maxLength: 4 }))
        .map(([n, as, kids]) => `<${n}${as.map((a) => a.replace(/&/gu, '')).join('')}>${kids.join('')}</${n}>`),
    })).el;
    fc.assert(fc.property(element, (xml) => sameReading(encode(xml))), { numRuns: 2000 });
  });

  it('decodes a latin1 piece as TextDecoder decodes its bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }).map((b) => new Uint8Array([b])), oddBytes, unicodeText.map(encode)), { maxLength: 40 }), (parts) => {
        const bytes = concat(parts);
        const markup = Buffer.from(bytes).toString('latin1');
        const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        expect(fromLatin1(markup)).toBe(decoded);
        expect(decodeRange({ bytes, markup }, 0, bytes.length)).toBe(decoded);
      }),
      { numRuns: 5000 },
    );
  });

  it('decodes a piece longer than the reused buffer', () => {
    const bytes = encode('Kế hoạch chuyển đổi số năm 2024 – ư ơ ạ '.repeat(400));
    const markup = Buffer.from(bytes).toString('latin1');
    expect(decodeRange({ bytes, markup }, 0, bytes.length)).toBe(utf8.decode(bytes));
    expect(decodeRange({ bytes, markup }, 3, 12)).toBe(utf8.decode(bytes.subarray(3, 12)));
  });

  it('reads every XML part of the corpus DOCX files as their decoding', () => {
    const dir = 'corpus/formats';
    const files = readdirSync(dir).filter((f) => f.endsWith('.docx'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const parts = readZip(new Uint8Array(readFileSync(`${dir}/${f}`)), (n) => n.endsWith('.xml') || n.endsWith('.rels'));
      for (const data of parts.values()) sameReading(data);
    }
  });
});
