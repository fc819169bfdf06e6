/**
 * DOCX extractor: guarded unzip → document.xml fix-ups (legacy fonts, numbering
 * labels) → the tree mammoth's HTML would parse to, read from WordprocessingML
 * directly (docx/wordml.ts) → lines. Packages that reader declines go through
 * mammoth itself: → mammoth HTML → hast → lines.
 *
 * Footnotes: the reference mark stays glued to the text ("80%1", as printed)
 * and the footnotes' text is appended at the end, one line each, starting
 * with its mark ("1 theo Nghị quyết …").
 */
import { extractDoc } from './doc.js';
import { isEncryptedOoxml, isOleFile } from './ole.js';
import { injectNumberingLabels, readNumbering } from './docx/numbering.js';
import { decodeLegacyRuns, usesLegacyFonts } from './docx/legacy-fonts.js';
import { decodeLegacyRun } from './encoding/index.js';
import { paragraphExtraction } from './paragraphs.js';
import { checkXml, parseXml, serializeXml, xmlBytes, XmlSyntaxError, type XmlElement, type XmlSource } from './docx/xml.js';
import { DEFAULT_ZIP_LIMITS, looksLikeZip, readZip, ZipProblem, type ZipLimits } from './docx/zip.js';
import { readWordml, WordmlDecline, type WordmlResult } from './docx/wordml.js';
import { hastToLines } from './html/hast-to-lines.js';
import { ExtractError, type ExtractMessage, type ExtractOptions, type Extraction } from './types.js';

/** Options of {@link extractDocx} beyond the common ones (for tests and callers with other limits). */
export interface DocxOptions extends ExtractOptions {
  zipLimits?: Partial<ZipLimits>;
  /** Read WordprocessingML directly when it can (default true); false always goes through mammoth. */
  wordml?: boolean;
  /** Told which reader produced the lines, and why mammoth when the direct reader declined. */
  onReader?: (reader: 'wordml' | 'mammoth', reason?: string) => void;
}

/** Parts read besides document.xml: numbering and styles for our fix-ups, the rest for the direct reader. */
const KEPT_PARTS = new Set([
  'word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/endnotes.xml',
  '_rels/.rels', 'word/_rels/document.xml.rels', 'word/_rels/footnotes.xml.rels', 'word/_rels/endnotes.xml.rels', '[Content_Types].xml',
]);

const utf8 = new TextDecoder('utf-8');

function parsePart(parts: Map<string, Uint8Array>, name: string, file: string): XmlElement | undefined {
  return readPart(parts, name, file, parseXml);
}

function readPart<T>(parts: Map<string, Uint8Array>, name: string, file: string, read: (xml: XmlSource) => T): T | undefined {
  const data = parts.get(name);
  if (!data) return undefined;
  return readText(xmlBytes(data), name, file, read);
}

function readText<T>(text: XmlSource, name: string, file: string, read: (xml: XmlSource) => T): T {
  try {
    return read(text);
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw new ExtractError('docx-corrupt', file, `${name} is not well-formed XML: ${err.message}`);
    throw err;
  }
}

/**
 * Extracts the text of a Word 2007+ document per the `Extraction` contract.
 * @throws ExtractError `docx-corrupt` (not a ZIP / damaged package / no document part),
 *   `docx-too-large` (zip bomb or limits), `docx-encrypted` (password-protected).
 */
export async function extractDocx(bytes: Uint8Array, file: string, options: DocxOptions = {}): Promise<Extraction> {
  try {
    return await readDocx(bytes, file, options);
  } catch (err) {
    // Pathological nesting can exhaust the stack: a bad input, not a crash.
    if (err instanceof RangeError) throw new ExtractError('docx-corrupt', file, `document nested too deeply: ${err.message}`);
    throw err;
  }
}

async function readDocx(bytes: Uint8Array, file: string, options: DocxOptions): Promise<Extraction> {
  const messages: ExtractMessage[] = [];
  if (isEncryptedOoxml(bytes)) throw new ExtractError('docx-encrypted', file, 'password-protected (encrypted OOXML package); save it without a password');
  if (isOleFile(bytes)) {
    // A Word 97 file saved with a .docx name: read it as what it is.
    const doc = await extractDoc(bytes, file, options);
    doc.messages.unshift({ code: 'docx-is-doc', fatal: false, reason: `${file} is a Word 97-2003 (.doc) file, read as such` });
    return doc;
  }
  if (!looksLikeZip(bytes)) throw new ExtractError('docx-corrupt', file, 'not a ZIP package (no PK signature)');

  const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits };
  let parts: Map<string, Uint8Array>;
  const names = new Set<string>();
  try {
    parts = readZip(bytes, (name) => names.add(name) && KEPT_PARTS.has(name), limits);
  } catch (err) {
    if (err instanceof ZipProblem) throw new ExtractError(err.kind === 'too-large' ? 'docx-too-large' : 'docx-corrupt', file, err.message);
    throw err;
  }
  const documentXml = parts.get('word/document.xml');
  if (!documentXml) throw new ExtractError('docx-corrupt', file, 'no word/document.xml in the package');

  // The two large parts are read from their bytes, never decoded whole (docx/xml-bytes.ts).
  const docText = xmlBytes(documentXml);
  const stylesText = parts.has('word/styles.xml') ? xmlBytes(parts.get('word/styles.xml')!) : undefined;
  let document: XmlElement | undefined;
  let changed = false;
  let encoding: string | null = null;
  let stylesTree: XmlElement | undefined | null = null;
  const styles = (): XmlElement | undefined => {
    if (stylesTree === null) stylesTree = stylesText === undefined ? undefined : readText(stylesText, 'word/styles.xml', file, parseXml);
    return stylesTree;
  };

  if (usesLegacyFonts(docText, stylesText)) {
    document = readText(docText, 'word/document.xml', file, parseXml);
    const { encodings, runs } = decodeLegacyRuns(document, styles(), decodeLegacyRun);
    if (runs > 0) {
      changed = true;
      encoding = [...encodings].join('+');
      messages.push({ code: 'encoding-converted', fatal: false, reason: `${runs} runs in legacy Vietnamese fonts decoded (${encoding})` });
    }
  }

  let numbering: XmlElement | undefined;
  if (parts.has('word/numbering.xml')) {
    document ??= readText(docText, 'word/document.xml', file, parseXml);
    numbering = parsePart(parts, 'word/numbering.xml', file);
    const defs = readNumbering(numbering, styles());
    const labels = injectNumberingLabels(document, defs);
    if (labels > 0) changed = true;
  } else if (!document && options.wordml === false) {
    // Still check well-formedness, so a damaged document.xml is a typed error rather than mammoth's
    // (checked only: the tree is not needed, mammoth reads the part itself).
    readText(docText, 'word/document.xml', file, checkXml);
  }

  const lineOptions = { listMarkers: false, footnotes: 'mammoth' } as const;
  let direct: WordmlResult | undefined;
  if (options.wordml !== false) {
    document ??= readText(docText, 'word/document.xml', file, parseXml);
    try {
      // A styles part mammoth cannot read is mammoth's to report, as before.
      let stylesForReader: XmlElement | undefined;
      try {
        stylesForReader = styles();
      } catch (err) {
        if (err instanceof ExtractError) throw new WordmlDecline(err.message);
        throw err;
      }
      direct = readWordml({
        names,
        text: (name) => (parts.has(name) ? utf8.decode(parts.get(name)!) : undefined),
        document,
        documentSource: docText.markup,
        styles: stylesForReader,
        numbering,
      });
      options.onReader?.('wordml');
    } catch (err) {
      // Nesting too deep for the direct reader is left to mammoth too, which says what it makes of it.
      if (!(err instanceof WordmlDecline) && !(err instanceof RangeError)) throw err;
      options.onReader?.('mammoth', err.message);
    }
  }

  let html = '';
  let htmlToLines: typeof import('./html.js').htmlToLines | undefined;
  if (direct) {
    for (const w of direct.warnings) messages.push({ code: 'mammoth-warning', fatal: false, reason: w });
  } else {
    html = await mammothHtml(bytes, file, changed ? document : undefined, messages);
    ({ htmlToLines } = await import('./html.js'));
  }

  // Runs whose legacy font was swapped for a Unicode one still hold legacy bytes: decoded by the walker.
  let repaired = 0;
  const repairedEncodings = new Set<string>();
  const onLegacyRun = (e: 'tcvn3' | 'vni'): void => {
    repaired++;
    repairedEncodings.add(e);
  };
  const lines = direct ? hastToLines(direct.tree, { ...lineOptions, onLegacyRun }) : htmlToLines!(html, { ...lineOptions, onLegacyRun });
  if (repaired > 0) {
    encoding = [...new Set([...(encoding ? encoding.split('+') : []), ...repairedEncodings])].sort().join('+');
    messages.push({ code: 'encoding-converted', fatal: false, reason: `${repaired} runs of legacy Vietnamese bytes in a Unicode font decoded (${[...repairedEncodings].sort().join('+')})` });
  }
  return paragraphExtraction('docx', lines, encoding, messages);
}

/** mammoth's HTML for the package, with `document` (when rewritten) in place of its document.xml. */
async function mammothHtml(bytes: Uint8Array, file: string, document: XmlElement | undefined, messages: ExtractMessage[]): Promise<string> {
  // Loaded only for the packages the direct reader declines.
  const [{ default: JSZip }, { default: mammoth }] = await Promise.all([import('jszip'), import('mammoth')]);
  let input: Buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (document) {
    const zip = await JSZip.loadAsync(input);
    // The package only goes to mammoth, in memory: the rewritten part is stored, not
    // compressed again (deflating it was the dearest step of the rewrite). The other
    // parts keep their compressed bytes as they are (never inflated here).
    zip.file('word/document.xml', serializeXml(document), { compression: 'STORE' });
    input = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }
  try {
    const result = await mammoth.convertToHtml({ buffer: input });
    for (const m of result.messages) messages.push({ code: 'mammoth-warning', fatal: false, reason: m.message });
    return result.value;
  } catch (err) {
    throw new ExtractError('docx-corrupt', file, `mammoth could not read the document: ${(err as Error).message}`);
  }
}
