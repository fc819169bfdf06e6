import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkXml, parseXml, serializeXml, XmlSyntaxError } from '../../extractors/docx/xml.js';

describe('parseXml tag ends', () => {
  it('reads a raw > and the other quote inside attribute values', () => {
    const el = parseXml(`<w:p a="1>2" b='it"s' c="l'on"><w:t>x &gt; y</w:t></w:p>`);
    expect(el.attrs).toEqual({ a: '1>2', b: 'it"s', c: "l'on" });
    expect(serializeXml(el)).toContain('<w:t>x &gt; y</w:t>');
  });

  it('finds tag ends in a part without any apostrophe, and across many tags', () => {
    const body = Array.from({ length: 2000 }, (_, i) => `<w:r w:rsid="${i}"><w:t>chữ ${i}</w:t></w:r>`).join('');
    const el = parseXml(`<w:body>${body}</w:body>`);
    expect(el.children).toHaveLength(2000);
  });

  it('rejects a tag whose quote never closes', () => {
    expect(() => parseXml('<w:p a="1><w:t>x</w:t></w:p>')).toThrow(XmlSyntaxError);
  });
});

describe('checkXml', () => {
  const outcome = (f: () => unknown): string => {
    try {
      f();
      return 'ok';
    } catch (err) {
      return `${(err as Error).constructor.name}: ${(err as Error).message}`;
    }
  };
  const pieces = ['<a>', '</a>', '<b x="1>2">', '</b>', "<c y='q\"t'/>", '<d z="&#x110000;"/>', 'text', '&#1114112;', '&amp;', '>', '"', '<', '<!-- c -->', '<?pi?>', '<![CDATA[x]]>', '<!DOCTYPE x>', ' '];
  // A part that is only checked must fail exactly when, and as, parsing it would.
  it('accepts and rejects exactly what parseXml does, with the same error', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(outcome(() => checkXml(s))).toBe(outcome(() => parseXml(s)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('attribute reading', () => {
  const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;
  const pieces = [' ', '  ', '\t', '\n', '\u000b', '\u00a0', 'w:val', 'x', '=', ' = ', '"1"', "'2'", '"a>b"', "'q\"t'", '"&amp;"', '"&#x41;"', '/', 'é', '"', "'", '>', 'a"b'];
  // Usual tags take a shortcut past the regex: on every tag both must read the same attributes.
  it('reads what the attribute regex reads, on any mix of names, values and spacing', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const attrs = ` ${parts.join('')}`;
        let el;
        try {
          el = parseXml(`<a${attrs}></a>`);
        } catch {
          return;
        }
        // A raw ">" outside quotes ends the tag early (the rest is text): not the tag written here.
        if (el.name !== 'a' || el.children.length > 0) return;
        const expected: Record<string, string> = {};
        // Every reference decoded, in one pass (a value can hold several; decoding "&amp;" first must not make new ones).
        for (const m of attrs.matchAll(ATTR)) expected[m[1]!] = (m[2] ?? m[3] ?? '').replace(/&amp;|&#x41;/gu, (ref) => (ref === '&amp;' ? '&' : 'A'));
        expect(el.attrs).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
