/** DOCX packages the extractor tests build: a minimal package, and a corpus file with Word automatic numbering. */
import JSZip from 'jszip';
import { childElements, parseXml, serializeXml, walkElements, type XmlElement } from '../../extractors/docx/xml.js';

/**
 * Turns the typed labels of a corpus docx back into Word automatic numbering:
 * "I." → level 0 upperRoman, "1." → level 1, "1.1." → level 2, "2.1.1." → level 3
 * (lvlText "%2.%3." …), "- " → a bullet list; the label text is removed.
 */
export async function withAutomaticNumbering(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = parseXml(await zip.file('word/document.xml')!.async('string'));
  walkElements(doc, (p) => {
    if (p.name !== 'w:p') return;
    const firstT: XmlElement[] = [];
    walkElements(p, (e) => {
      if (e.name === 'w:t' && firstT.length === 0) firstT.push(e);
    });
    const t = firstT[0];
    if (!t || typeof t.children[0] !== 'string') return false;
    const text = t.children[0];
    const m = /^(?:([IVX]+)\.|(\d+(?:\.\d+){0,2})\.|(-)) /u.exec(text);
    if (!m) return false;
    const [numId, ilvl] = m[1] ? ['1', 0] : m[2] ? ['1', m[2].split('.').length] : ['2', 0];
    t.children[0] = text.slice(m[0].length);
    let pPr = childElements(p, 'w:pPr')[0];
    if (!pPr) {
      pPr = { name: 'w:pPr', attrs: {}, children: [] };
      p.children.unshift(pPr);
    }
    pPr.children.unshift({
      name: 'w:numPr',
      attrs: {},
      children: [
        { name: 'w:ilvl', attrs: { 'w:val': String(ilvl) }, children: [] },
        { name: 'w:numId', attrs: { 'w:val': numId }, children: [] },
      ],
    });
    return false;
  });
  const lvl = (ilvl: number, fmt: string, text: string): string =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:suff w:val="space"/></w:lvl>`;
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>` +
    `<w:abstractNum w:abstractNumId="10">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'decimal', '%2.%3.')}${lvl(3, 'decimal', '%2.%3.%4.')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="20">${lvl(0, 'bullet', '\uF0B7')}</w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num></w:numbering>`);
  zip.file('word/document.xml', serializeXml(doc));
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>',
    '<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>',
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Builds a minimal valid docx around `documentBody` plus extra entries. */
export async function tinyDocx(extra: Record<string, Uint8Array | string> = {}, body = '<w:p><w:r><w:t>Kế hoạch chuyển đổi số</w:t></w:r></w:p>'): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  for (const [name, data] of Object.entries(extra)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

