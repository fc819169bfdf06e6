import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paintsNothing, streamsInflateWhole } from '../../extractors/pdf/content-scan.js';
import { watchInflates } from '../../extractors/pdf/inflate-stream.js';
import { fontRuleSink, inThreadWorker, pdfjs } from '../../extractors/pdf/pdfjs.js';
import { readRules, type OpsTable } from '../../extractors/pdf/rules.js';
import { pdfFromObjects } from '../../scripts/pdf-objects.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('paintsNothing', () => {
  it('accepts text, state, colour, clipping and marked content', () => {
    const content = `% comment with S f Do\n0.1 w q 0 0.028 595.275 841.861 re W* n q 0 0 0 rg BT 273.6 766.089 Td /F1 14 Tf[<01>-1<0203>2]TJ ET Q
/Span << /ActualText (S f \\) Do) /MCID 3 >> BDC BT (a\\(b) Tj 1 0 0 1 5 -6.5 Tm [(x) -250 (y)] TJ T* 2 Tc ET EMC Q`;
    expect(paintsNothing(bytes(content))).toBe(true);
    expect(paintsNothing(new Uint8Array(0))).toBe(true);
  });

  it.each([
    ['a filled rectangle', '0 0 100 1 re f'],
    ['a stroke', '0 0 m 100 0 l S'],
    ['a painting operator glued to a number', '0 0 m 100 0 l 5S'],
    ['glued operators', '0 0 100 1 re nS'],
    ['a form or image', '/Im1 Do'],
    ['an inline image', 'BI /W 1 /H 1 ID x EI'],
    ['an ExtGState (soft masks are drawn)', '/GS1 gs'],
    ['a shading', '/Sh1 sh'],
    ['an unknown word', 'BT foo ET'],
    ['an unterminated string', 'BT (abc Tj ET'],
    ['a broken hex string', 'BT <0G> Tj ET'],
    ['an unterminated hex string', 'BT <01'],
    ['a stray parenthesis', 'BT ) ET'],
    ['a malformed number', 'BT - ET'],
    ['binary data', '\x89PNG\r\n\x1a\n\x00\x00'],
  ])('refuses %s', (_, content) => {
    expect(paintsNothing(bytes(content))).toBe(false);
  });

  it('refuses any content with a painting operator among harmless ones', () => {
    const harmless = ['BT', 'ET', 'q', 'Q', '1 0 0 1 5 6 cm', '/F1 12 Tf', '(x) Tj', '[<01> -3 (y)] TJ', '0 g', '10 20 m', '0 0 5 5 re', 'W n'];
    const painting = ['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', '/X Do', '/Sh sh', '/G gs', 'BI'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...harmless)), fc.constantFrom(...painting), fc.nat(), (ops, paint, at) => {
        expect(paintsNothing(bytes(ops.join('\n')))).toBe(true);
        const withPaint = [...ops];
        withPaint.splice(at % (ops.length + 1), 0, paint);
        expect(paintsNothing(bytes(withPaint.join(' ')))).toBe(false);
      }),
    );
  });
});

describe('streamsInflateWhole', () => {
  const flate = (dict: string, body: string) => `${dict.replace('>>', `/Length ${deflateSync(body).length} >>`)}\nstream\n${deflateSync(body).toString('latin1')}\nendstream`;
  const file = (...objects: string[]) => new Uint8Array(pdfFromObjects(objects));

  it('holds when every stream is plain FlateDecode; images are exempt', () => {
    expect(streamsInflateWhole(file('<< /Type /Catalog >>', flate('<< /Filter /FlateDecode >>', 'BT ET'), '<< /Subtype /Image /Filter /DCTDecode /Length 3 >>\nstream\nabc\nendstream'))).toBe(true);
    expect(streamsInflateWhole(file('<< /Type /Catalog >>', flate('<< /Filter [/FlateDecode] >>', 'BT ET')))).toBe(true);
  });

  it.each([
    ['an uncompressed stream', '<< /Length 5 >>\nstream\nBT ET\nendstream'],
    ['predictor parameters', flate('<< /Filter /FlateDecode /DecodeParms << /Predictor 12 >> >>', 'BT ET')],
    ['a filter chain', flate('<< /Filter [/ASCII85Decode /FlateDecode] >>', 'BT ET')],
    ['an escaped name', flate('<< /Filter /Flate#44ecode >>', 'BT ET')],
  ])('fails for %s', (_, object) => {
    expect(streamsInflateWhole(file('<< /Type /Catalog >>', object))).toBe(false);
  });

  it('fails for an encrypted file', () => {
    expect(streamsInflateWhole(new Uint8Array(pdfFromObjects(['<< /Type /Catalog >>', flate('<< /Filter /FlateDecode >>', 'BT ET')], '/Encrypt 9 0 R')))).toBe(false);
  });
});

describe('a page whose inflated content paints nothing has no ruling lines in its operator list', () => {
  // [file, has pages that paint nothing, has ruled pages]
  it.each([
    ['000_d7d9651ddd969956.pdf', true, false],
    ['001_61b19ee575358a63.pdf', true, true],
    ['002_6f4458b79196ed4f.pdf', true, true],
    ['004_db43e2131bbb219b.pdf', false, true],
  ])('%s', async (name, hasQuiet, hasRuled) => {
    const data = new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'corpus', 'formats', name)));
    expect(streamsInflateWhole(data)).toBe(true);
    const doc = await pdfjs.getDocument({ data, isEvalSupported: false, ownerDocument: fontRuleSink, worker: inThreadWorker(), verbosity: 0 }).promise;
    let quiet = 0;
    let ruled = 0;
    try {
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const watch = watchInflates();
        await page.getTextContent();
        watch.stop();
        const opList = await page.getOperatorList();
        const { rules } = readRules(opList.fnArray, opList.argsArray, pdfjs.OPS as unknown as OpsTable, page.view[2]!, page.view[3]!);
        if (rules.length > 0) ruled++;
        if (watch.outputs.length > 0 && watch.outputs.every((o) => o !== null && paintsNothing(o))) {
          quiet++;
          expect(rules).toEqual([]);
        }
      }
    } finally {
      await doc.destroy();
    }
    expect(quiet > 0).toBe(hasQuiet);
    expect(ruled > 0).toBe(hasRuled);
  });
});
