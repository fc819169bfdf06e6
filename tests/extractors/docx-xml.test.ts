import { describe, expect, it } from 'vitest';
import { parseXml, serializeXml, XmlSyntaxError } from '../../extractors/docx/xml.js';

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
