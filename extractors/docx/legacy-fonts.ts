/**
 * Decodes runs typed in legacy Vietnamese 8-bit fonts (.VnTime = TCVN3/ABC,
 * VNI-Times = VNI) that a DOCX stores as Windows-1252 look-alikes ("KÕ ho¹ch").
 *
 * The font is per run and mammoth does not report it, so runs are read from
 * document.xml here, decoded by font, and written back before mammoth renders.
 * Byte 0xAD (TCVN3 'ư') is a soft hyphen in Windows-1252, stored by Word and
 * LibreOffice as `<w:softHyphen/>`: it is turned back into U+00AD for the decoder.
 */
import { child, childVal, walkElements, type XmlElement, type XmlNode, type XmlSource } from './xml.js';

/** Legacy encoding a font name implies, or null for a Unicode font. */
export function legacyEncodingOfFont(font: string | undefined): 'tcvn3' | 'vni' | null {
  if (!font) return null;
  const f = font.trim().toLowerCase();
  if (f.startsWith('.vn')) return 'tcvn3';
  if (f.startsWith('vni-') || f.startsWith('vni ')) return 'vni';
  return null;
}

/** Signature of the run decoder in `extractors/encoding`. */
export type DecodeLegacyRun = (text: string, font: string) => string | null;

interface StyleFonts {
  fonts: Map<string, string>;
  basedOn: Map<string, string>;
  defaultFont: string | undefined;
  defaultParagraphStyle: string | undefined;
}

function runFontsOf(rPr: XmlElement | undefined): string | undefined {
  const f = child(rPr, 'w:rFonts');
  return f ? (f.attrs['w:ascii'] ?? f.attrs['w:hAnsi'] ?? f.attrs['w:cs']) : undefined;
}

function readStyleFonts(styles: XmlElement | undefined): StyleFonts {
  const fonts = new Map<string, string>();
  const basedOn = new Map<string, string>();
  let defaultFont: string | undefined;
  let defaultParagraphStyle: string | undefined;
  if (styles) {
    defaultFont = runFontsOf(child(child(child(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
    for (const c of styles.children) {
      if (typeof c === 'string' || c.name !== 'w:style') continue;
      const id = c.attrs['w:styleId'];
      if (!id) continue;
      const font = runFontsOf(child(c, 'w:rPr'));
      if (font) fonts.set(id, font);
      const base = childVal(c, 'w:basedOn');
      if (base) basedOn.set(id, base);
      if (c.attrs['w:type'] === 'paragraph' && (c.attrs['w:default'] === '1' || c.attrs['w:default'] === 'true')) defaultParagraphStyle = id;
    }
  }
  return { fonts, basedOn, defaultFont, defaultParagraphStyle };
}

function styleFont(s: StyleFonts, id: string | undefined): string | undefined {
  const seen = new Set<string>();
  let cur = id;
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    const f = s.fonts.get(cur);
    if (f) return f;
    cur = s.basedOn.get(cur);
  }
  return undefined;
}

const LEGACY_FONT_PROBE = /w:(?:ascii|hAnsi)="(?:\.Vn|VNI[- ])/iu;
// The markup's bytes after the BOM xmlBytes dropped: a second one would be text.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** True when any run or style of the document names a legacy Vietnamese font. */
export function usesLegacyFonts(documentXml: XmlSource, stylesXml: XmlSource | undefined): boolean {
  return probe(documentXml) || (stylesXml !== undefined && probe(stylesXml));
}

function probe(xml: XmlSource): boolean {
  if (typeof xml === 'string') return LEGACY_FONT_PROBE.test(xml);
  // On the latin1 markup the probe matches the same ASCII bytes as on the decoded part, but
  // for one letter: "ſ" (bytes C5 BF) is an "s" to a case-insensitive Unicode regex.
  return LEGACY_FONT_PROBE.test(xml.markup) || (xml.markup.includes('\u00c5\u00bf') && LEGACY_FONT_PROBE.test(utf8.decode(xml.bytes)));
}

/**
 * Decodes every legacy-font run of `document` in place.
 * Returns the encodings met (`tcvn3`, `vni`) and the number of runs decoded.
 */
export function decodeLegacyRuns(
  document: XmlElement,
  styles: XmlElement | undefined,
  decode: DecodeLegacyRun,
): { encodings: Set<'tcvn3' | 'vni'>; runs: number } {
  const s = readStyleFonts(styles);
  const encodings = new Set<'tcvn3' | 'vni'>();
  let runs = 0;
  let paragraphStyle: string | undefined;
  walkElements(document, (el) => {
    if (el.name === 'w:p') {
      paragraphStyle = childVal(child(el, 'w:pPr'), 'w:pStyle') ?? s.defaultParagraphStyle;
      return;
    }
    if (el.name !== 'w:r') return;
    const rPr = child(el, 'w:rPr');
    const font = runFontsOf(rPr) ?? styleFont(s, childVal(rPr, 'w:rStyle')) ?? styleFont(s, paragraphStyle) ?? s.defaultFont;
    const enc = legacyEncodingOfFont(font);
    if (!enc || !font) return false;
    const out: XmlNode[] = [];
    let pending: string | null = null;
    const flush = (): void => {
      if (pending === null) return;
      out.push({ name: 'w:t', attrs: { 'xml:space': 'preserve' }, children: [decode(pending, font) ?? pending] });
      pending = null;
    };
    for (const c of el.children) {
      if (typeof c !== 'string' && c.name === 'w:t') {
        pending = (pending ?? '') + c.children.filter((x): x is string => typeof x === 'string').join('');
      } else if (typeof c !== 'string' && c.name === 'w:softHyphen') {
        pending = (pending ?? '') + '\u00AD';
      } else {
        flush();
        out.push(c);
      }
    }
    flush();
    el.children = out;
    encodings.add(enc);
    runs++;
    return false;
  });
  return { encodings, runs };
}
