/**
 * The direct WordprocessingML reader (extractors/docx/wordml.ts) against mammoth,
 * its reference: on every corpus DOCX, on the packages the other DOCX tests build,
 * and on generated documents, both paths must give the same extraction (text,
 * encoding, messages) or the same error. The generator also produces what the
 * direct reader declines (images, symbols, missing styles, list paragraphs …),
 * so the hand-over to mammoth is held to the same outcome.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../extractors/docx.js';
import { tinyDocx, withAutomaticNumbering } from './docx-builders.js';
import { CORPUS, read } from './seed-words.js';

interface Outcome {
  reader: string;
  value: unknown;
}

async function outcome(bytes: Uint8Array, wordml: boolean): Promise<Outcome> {
  let reader = 'none';
  try {
    const value = await extractDocx(bytes, 'case.docx', { wordml, onReader: (r, why) => (reader = why ? `${r}: ${why}` : r) });
    return { reader, value };
  } catch (err) {
    return { reader, value: `${(err as { code?: string }).code} ${(err as Error).message}` };
  }
}

/** Both paths' outcomes; the direct path's reader is returned for the caller to check. */
async function both(bytes: Uint8Array): Promise<string> {
  const direct = await outcome(bytes, true);
  const reference = await outcome(bytes, false);
  expect(direct.value).toEqual(reference.value);
  return direct.reader;
}

const corpusDocx = readdirSync(new URL('formats/', CORPUS)).filter((f) => f.endsWith('.docx'));

describe('direct DOCX reader = mammoth', () => {
  it.each(corpusDocx)('corpus %s: read directly, same extraction as through mammoth', async (f) => {
    expect(await both(read(`formats/${f}`))).toBe('wordml');
  });

  it.each(['000_d7d9651ddd969956', '003_13a95629cdd498d2'])('%s.docx with Word automatic numbering: read directly, same extraction', async (id) => {
    expect(await both(await withAutomaticNumbering(read(`formats/${id}.docx`)))).toBe('wordml');
  });

  it('the minimal package of the extractor tests', async () => {
    expect(await both(await tinyDocx())).toBe('wordml');
  });

  it('an ill-formed document.xml is the same typed error on both paths', async () => {
    await both(await tinyDocx({}, '<w:p><w:r><w:t>Kế hoạch</w:r></w:p>'));
  });

  it('declines an image, with the reason, and gives mammoth\'s extraction', async () => {
    const body = '<w:p><w:r><w:t>Logo</w:t></w:r><w:r><w:drawing/></w:r></w:p>';
    expect(await both(await tinyDocx({}, body))).toMatch(/^mammoth: .*w:drawing/u);
  });
});

// ---------------------------------------------------------------------------
// Generated documents.

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>` +
  [
    ['paragraph', 'Normal', 'Normal'], ['paragraph', 'Heading1', 'heading 1'], ['paragraph', 'Heading2', 'Heading 2'],
    ['paragraph', 'TextBody', 'Body Text'], ['paragraph', 'Footnote', 'Footnote'], ['paragraph', 'TableContents', 'Table Contents'],
    ['character', 'Strong', 'Strong'], ['character', 'Hyperlink', 'Hyperlink'], ['character', 'FootnoteCharacters', 'Footnote Characters'],
    ['character', 'Emph', 'Emphasis'], ['table', 'Grid', 'Table Grid'],
  ].map(([type, id, name]) => `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`).join('') +
  '</w:styles>';

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** Words as plans hold them, Windows-1252 look-alikes of legacy bytes ("KÕ ho¹ch") and odd spacing included. */
const words = fc.constantFrom('Kế hoạch', 'và', ' ', '  chuyển đổi số ', '80%', 'KÕ ho¹ch', 'c¸c x·', 'à', 'Nghị quyết', '', 'a\tb', 'x & y < z', '1.250', 'I.', 'năm 2024');

const runContent = fc.oneof(
  { weight: 30, arbitrary: words.map((t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`) },
  { weight: 8, arbitrary: fc.constantFrom('<w:tab/>', '<w:br/>', '<w:br w:type="page"/>', '<w:softHyphen/>', '<w:noBreakHyphen/>', '<w:lastRenderedPageBreak/>', '<w:footnoteReference w:id="2"/>', '<w:footnoteReference w:id="3"/>', '<w:endnoteReference w:id="2"/>') },
);

/** Declined or failing constructs, at most one a document: the hand-over must give mammoth's outcome. */
const defect = fc.constantFrom(
  '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>', '<w:p><w:r><w:drawing/></w:r></w:p>', '<w:p><w:r><w:footnoteReference w:id="9"/></w:r></w:p>',
  '<w:p><w:r><w:cr/></w:r></w:p>', '<w:p><w:r><w:br w:type="bogus"/></w:r></w:p>', '<w:p><w:pPr><w:pStyle w:val="Missing"/></w:pPr></w:p>',
  '<w:p><w:r><w:rPr><w:rStyle w:val="Undefined"/></w:rPr><w:t>x</w:t></w:r></w:p>', '<w:p><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>',
);

const runProps = fc.record({
  b: fc.boolean(), i: fc.boolean(), strike: fc.boolean(), vert: fc.constantFrom('', 'superscript', 'subscript'),
  style: fc.constantFrom('', '', '', 'Strong', 'Hyperlink', 'FootnoteCharacters', 'Emph'),
});

const run = fc.tuple(runProps, fc.array(runContent, { maxLength: 3 })).map(([p, content]) => {
  const props = [
    p.style ? `<w:rStyle w:val="${p.style}"/>` : '', p.b ? '<w:b/>' : '', p.i ? '<w:i w:val="1"/>' : '', p.strike ? '<w:strike/>' : '',
    p.vert ? `<w:vertAlign w:val="${p.vert}"/>` : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${content.join('')}</w:r>`;
});

const inline = fc.oneof(
  { weight: 6, arbitrary: run },
  fc.array(run, { maxLength: 2 }).map((rs) => `<w:hyperlink r:id="rIdLink">${rs.join('')}</w:hyperlink>`),
  fc.array(run, { maxLength: 2 }).map((rs) => `<w:hyperlink w:anchor="muc-1" w:tgtFrame="_blank">${rs.join('')}</w:hyperlink>`),
  fc.array(run, { maxLength: 2 }).map((rs) => `<w:smartTag w:element="place">${rs.join('')}</w:smartTag>`),
  fc.array(run, { maxLength: 2 }).map((rs) => `<w:ins w:id="1">${rs.join('')}</w:ins>`),
  fc.array(run, { maxLength: 2 }).map((rs) => `<w:del w:id="2">${rs.join('')}</w:del>`),
  fc.array(run, { maxLength: 2 }).map((rs) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.vn/a" </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${rs.join('')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`),
  fc.constantFrom('<w:bookmarkStart w:id="0" w:name="muc-1"/>', '<w:bookmarkStart w:id="1" w:name="_GoBack"/>', '<w:bookmarkEnd w:id="0"/>', '<w:proofErr w:type="spellStart"/>'),
);

const paragraph = fc.tuple(fc.constantFrom('', '', 'Normal', 'Heading1', 'Heading2', 'TextBody', 'Footnote', 'TableContents'), fc.array(inline, { maxLength: 4 }))
  .map(([style, items]) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${items.join('')}</w:p>`);

const cell = fc.record({
  span: fc.constantFrom(1, 1, 1, 2, 3),
  merge: fc.constantFrom('', '', '<w:vMerge w:val="restart"/>', '<w:vMerge/>', '<w:vMerge w:val="continue"/>'),
  paragraphs: fc.array(paragraph, { minLength: 0, maxLength: 3 }),
}).map((c) => `<w:tc><w:tcPr>${c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : ''}${c.merge}</w:tcPr>${c.paragraphs.join('')}</w:tc>`);

const table = fc.tuple(
  fc.constantFrom('', 'Grid'),
  fc.array(fc.tuple(fc.boolean(), fc.array(cell, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 4 }),
).map(([style, rows]) =>
  `<w:tbl><w:tblPr>${style ? `<w:tblStyle w:val="${style}"/>` : ''}</w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>` +
  rows.map(([header, cells]) => `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`).join('') + '</w:tbl>');

/** A table whose cells may hold a table (one level), as layout tables do. */
const nested = fc.tuple(table, table, fc.nat()).map(([outer, inner, at]) => {
  const cells = outer.split('</w:tc>');
  const k = at % cells.length;
  if (k === cells.length - 1) return outer;
  cells[k] += inner;
  return cells.join('</w:tc>');
});

const sdt = fc.array(paragraph, { maxLength: 2 }).map((ps) => `<w:sdt><w:sdtPr><w:alias w:val="Mục"/></w:sdtPr><w:sdtContent>${ps.join('')}</w:sdtContent></w:sdt>`);

const body = fc.tuple(fc.array(fc.oneof({ weight: 8, arbitrary: paragraph }, { weight: 2, arbitrary: table }, nested, sdt), { minLength: 1, maxLength: 8 }), fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, defect), fc.nat())
  .map(([blocks, bad, at]) => (bad === null ? blocks : [...blocks.slice(0, at % (blocks.length + 1)), bad, ...blocks.slice(at % (blocks.length + 1))]));

const FOOTNOTES = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}>` +
  '<w:footnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
  '<w:footnote w:id="2"><w:p><w:pPr><w:pStyle w:val="Footnote"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteCharacters"/></w:rPr><w:footnoteRef/></w:r><w:r><w:tab/><w:t>theo Nghị quyết số 01/NQ-CP</w:t></w:r></w:p></w:footnote>' +
  '<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>c¸c x· </w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>tiếp</w:t></w:r></w:p></w:footnote>' +
  '</w:footnotes>';

const ENDNOTES = `<?xml version="1.0" encoding="UTF-8"?><w:endnotes ${W}>` +
  '<w:endnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>' +
  '<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Phụ lục kèm theo</w:t></w:r></w:p></w:endnote>' +
  '</w:endnotes>';

async function generated(paragraphs: string[], footnotes: boolean): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>` +
    (footnotes ? `<Relationship Id="rIdNotes" Type="${REL}/footnotes" Target="footnotes.xml"/><Relationship Id="rIdEnd" Type="${REL}/endnotes" Target="endnotes.xml"/>` : '') +
    `<Relationship Id="rIdLink" Type="${REL}/hyperlink" Target="https://example.vn/a" TargetMode="External"/></Relationships>`);
  zip.file('word/styles.xml', STYLES);
  if (footnotes) {
    zip.file('word/footnotes.xml', FOOTNOTES);
    zip.file('word/endnotes.xml', ENDNOTES);
  }
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs.join('')}<w:sectPr/></w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('direct DOCX reader = mammoth on generated documents', () => {
  it('same extraction or the same error, read directly or handed over', async () => {
    const readers = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom(true, true, true, true, false), async (paragraphs, footnotes) => {
        const reader = await both(await generated(paragraphs, footnotes));
        const kind = reader.split(':')[0]!;
        readers.set(kind, (readers.get(kind) ?? 0) + 1);
        if (process.env.WORDML_REASONS) console.log(reader);
      }),
      { numRuns: Number(process.env.WORDML_RUNS ?? 150) },
    );
    // The generator exercises both the direct reader and the hand-over.
    expect(readers.get('wordml')).toBeGreaterThan(30);
    expect(readers.get('mammoth')).toBeGreaterThan(5);
  }, 120_000);
});
