/**
 * Reads WordprocessingML straight into the HTML tree that mammoth's output
 * parses to, so the DOCX extractor can skip mammoth's second unzip, its XML
 * parse, its HTML writer, the HTML parse — and the re-zip of a rewritten
 * document.xml.
 *
 * mammoth stays the reference: this reader follows its body reader
 * (`docx/body-reader.js`), its default style map, its HTML simplification
 * (empty elements dropped, adjacent non-fresh elements merged) and the notes it
 * appends, so `hastToLines` sees the same tree and the same text nodes (legacy
 * byte repair works per text node). Anything outside that well-trodden subset —
 * images, text boxes, list paragraphs, symbols, unknown elements, anything mammoth
 * would warn about while reading — is declined with a reason, and the caller
 * hands the package to mammoth as before. A differential test holds the two
 * paths to the same lines and messages.
 */
import type { Element, ElementContent, Root } from 'hast';
import { child, parseXml, XmlSyntaxError, type XmlElement, type XmlNode } from './xml.js';

/** The reader left the package to mammoth; `message` says why. */
export class WordmlDecline extends Error {}

function decline(reason: string): never {
  throw new WordmlDecline(reason);
}

/** What {@link readWordml} needs of a package. */
export interface WordmlPackage {
  /** Every entry name of the ZIP. */
  names: ReadonlySet<string>;
  /** Text of a part, if the package has it (only the small parts are asked for). */
  text(name: string): string | undefined;
  /** document.xml as mammoth would read it (after our legacy-font and numbering rewrites). */
  document: XmlElement;
  /**
   * The markup document.xml was parsed from (namespace and markup checks): decoded, or
   * its bytes as latin1 (the checks look at ASCII only, which both show the same).
   */
  documentSource: string;
  styles: XmlElement | undefined;
  numbering: XmlElement | undefined;
}

/** The tree mammoth's HTML would parse to, and mammoth's warnings, in its order. */
export interface WordmlResult {
  tree: Root;
  warnings: string[];
}

const W_URIS = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const R_URIS = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships']);
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

// ---------------------------------------------------------------------------
// mammoth's HTML tree: elements are fresh (never merged) or not (merged into an
// equal previous sibling); FORCE keeps an element that has no content.

interface HEl {
  tag: string;
  attrs: Record<string, string>;
  fresh: boolean;
  children: HNode[];
}
const FORCE = Symbol('forceWrite');

/**
 * What mammoth does when it converts, not when it reads: a warning, or a note
 * reference (numbered in conversion order). Kept in the tree until then, because
 * content read but never converted — a cell merged away by w:vMerge — has neither.
 */
class Deferred {
  constructor(
    readonly warning: string | null,
    readonly note: NoteRef | null,
  ) {}
}
type HNode = HEl | string | typeof FORCE | Deferred;

/** Conversion state: mammoth's note numbering, the notes referenced and the warnings, in order. */
interface Conversion {
  noteNumber: number;
  noteRefs: NoteRef[];
  warnings: string[];
}

const el = (tag: string, attrs: Record<string, string>, fresh: boolean, children: HNode[]): HEl => ({ tag, attrs, fresh, children });

const VOID = new Set(['br', 'hr', 'img', 'input']);

function sameAttrs(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || a[k] !== b[k]) return false;
  return true;
}

/** A hast element that remembers the mammoth element it was written from, for merging. */
interface Written extends Element {
  source: HEl;
}

const NUMERIC_ATTRS: Record<string, string> = { colspan: 'colSpan', rowspan: 'rowSpan' };

/**
 * Appends to `out` what the HTML parser would see of one node: adjacent text is
 * one text node, and a non-fresh element merges into an equal previous sibling
 * (mammoth's `appendChild`).
 */
function append(out: ElementContent[], node: ElementContent): void {
  const last = out[out.length - 1];
  if (node.type === 'text') {
    if (last?.type === 'text') last.value += node.value;
    else out.push(node);
    return;
  }
  if (node.type !== 'element') return void out.push(node);
  const source = (node as Written).source;
  if (!source.fresh && last?.type === 'element' && source.tag === last.tagName && sameAttrs(source.attrs, (last as Written).source.attrs)) {
    for (const g of node.children) append(last.children, g);
  } else out.push(node);
}

/**
 * mammoth's conversion and simplification in one pass, in document order: deferred
 * warnings and note references are converted, empty text and elements without
 * content (except void ones) dropped, equal non-fresh siblings merged, and the
 * result written as hast. Returns whether `nodes` had any content.
 */
function convert(nodes: HNode[], conversion: Conversion, insideLink: boolean, out: ElementContent[]): boolean {
  let content = false;
  for (const n of nodes) {
    if (typeof n === 'string') {
      if (n.length === 0) continue;
      append(out, { type: 'text', value: n });
      content = true;
    } else if (n === FORCE) content = true;
    else if (n instanceof Deferred) {
      if (n.warning !== null) conversion.warnings.push(n.warning);
      if (n.note !== null) {
        const { type, id } = n.note;
        conversion.noteRefs.push(n.note);
        const anchor = el('a', { href: `#${type}-${id}`, id: `${type}-ref-${id}` }, true, [`[${conversion.noteNumber++}]`]);
        if (convertElement(el('sup', {}, true, [anchor]), conversion, insideLink, out)) content = true;
      }
    } else if (convertElement(n, conversion, insideLink, out)) content = true;
  }
  return content;
}

function convertElement(n: HEl, conversion: Conversion, insideLink: boolean, out: ElementContent[]): boolean {
  const children: ElementContent[] = [];
  const link = n.tag === 'a';
  if (!convert(n.children, conversion, insideLink || link, children) && !(n.children.length === 0 && VOID.has(n.tag))) return false;
  // An <a> inside an <a> is re-nested by the HTML parser (adoption agency): not modelled.
  if (link && insideLink) decline('a link inside a link');
  const properties: Record<string, string | number> = {};
  for (const k in n.attrs) {
    const numeric = NUMERIC_ATTRS[k];
    if (numeric) properties[numeric] = Number(n.attrs[k]);
    else properties[k] = n.attrs[k]!;
  }
  const written: Written = { type: 'element', tagName: n.tag, properties, children, source: n };
  append(out, written);
  return true;
}

// ---------------------------------------------------------------------------
// Package structure, as mammoth's docx-reader finds it.

interface Rels {
  byId: Map<string, string>;
  byType: Map<string, string[]>;
}

function parseSmall(pkg: WordmlPackage, name: string): XmlElement | undefined {
  const text = pkg.text(name);
  if (text === undefined) return undefined;
  checkMarkup(text, name);
  try {
    return parseXml(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    if (err instanceof XmlSyntaxError) decline(`${name} is not well-formed (mammoth's own reading decides)`);
    throw err;
  }
}

function readRels(pkg: WordmlPackage, name: string): Rels {
  const rels: Rels = { byId: new Map(), byType: new Map() };
  const root = parseSmall(pkg, name);
  if (!root) return rels;
  if (root.name !== 'Relationships' || root.attrs.xmlns !== PACKAGE_RELS) decline(`${name}: unusual relationships markup`);
  for (const c of root.children) {
    if (typeof c === 'string' || c.name !== 'Relationship') continue;
    const { Id: id, Target: target, Type: type } = c.attrs;
    if (id === undefined || target === undefined || type === undefined) decline(`${name}: incomplete relationship`);
    rels.byId.set(id, target);
    const list = rels.byType.get(type);
    if (list) list.push(target);
    else rels.byType.set(type, [target]);
  }
  return rels;
}

/** mammoth's zipfile.joinPath plus the leading-slash strip of findPartPath. */
function partPath(base: string, target: string): string {
  let parts: string[] = [];
  for (const p of [base, target]) {
    if (!p) continue;
    if (p.startsWith('/')) parts = [p];
    else parts.push(p);
  }
  const joined = parts.join('/');
  return joined.startsWith('/') ? joined.slice(1) : joined;
}

function findPart(pkg: WordmlPackage, rels: Rels, type: string, base: string, fallback: string): string {
  for (const target of rels.byType.get(REL_TYPE + type) ?? []) {
    const path = partPath(base, target);
    if (pkg.names.has(path)) return path;
  }
  return fallback;
}

/** A reference XML predefines, at `lastIndex`. */
const PREDEFINED_REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/uy;

/**
 * Markup mammoth's XML reader treats otherwise than ours: CDATA (dropped by
 * mammoth), DTDs and entities beyond XML's five, namespace declarations below the
 * root (mammoth names elements by namespace, we by prefix).
 * @throws WordmlDecline saying which.
 */
export function checkMarkup(source: string, name: string): void {
  // Searched for by their rarer character: "<" starts every tag, "!" hardly any.
  for (let i = source.indexOf('!'); i !== -1; i = source.indexOf('!', i + 1)) {
    if (source.charCodeAt(i - 1) === 0x3c /* < */ && !source.startsWith('<!--', i - 1)) decline(`${name}: CDATA or a DTD`);
  }
  for (let i = source.indexOf('&'); i !== -1; i = source.indexOf('&', i + 1)) {
    PREDEFINED_REFERENCE.lastIndex = i;
    if (!PREDEFINED_REFERENCE.test(source)) decline(`${name}: an entity XML does not predefine`);
  }
  const rootStart = source.search(/<[^?!]/u);
  const rootEnd = rootStart === -1 ? -1 : source.indexOf('>', rootStart);
  if (rootEnd !== -1 && source.indexOf('xmlns', rootEnd) !== -1) decline(`${name}: a namespace declared below the root`);
}

function checkWordNamespace(root: XmlElement, name: string): void {
  if (!W_URIS.has(root.attrs['xmlns:w'] ?? '')) decline(`${name}: the w: prefix is not WordprocessingML's namespace`);
  const r = root.attrs['xmlns:r'];
  if (r !== undefined && !R_URIS.has(r)) decline(`${name}: the r: prefix is not the relationships namespace`);
}

// ---------------------------------------------------------------------------
// Styles and numbering, as mammoth reads them.

interface Style {
  name: string | null;
}

class Styles {
  readonly paragraph = new Map<string, Style>();
  readonly character = new Map<string, Style>();
  readonly table = new Map<string, Style>();
  private readonly paragraphPaths = new Map<string | null, { tag: string; warning: string | null }>();
  private readonly runPaths = new Map<string | null, { strong: boolean; warning: string | null }>();
  constructor(root: XmlElement | undefined) {
    if (!root) return;
    for (const c of root.children) {
      if (typeof c === 'string' || c.name !== 'w:style') continue;
      const set = c.attrs['w:type'] === 'paragraph' ? this.paragraph : c.attrs['w:type'] === 'character' ? this.character : c.attrs['w:type'] === 'table' ? this.table : undefined;
      const id = c.attrs['w:styleId'];
      if (!set || id === undefined || set.has(id)) continue;
      set.set(id, { name: child(c, 'w:name')?.attrs['w:val'] ?? null });
    }
  }

  /** The element a paragraph of style `styleId` becomes, and mammoth's warning when its style map does not know the style. */
  paragraphPath(styleId: string | null): { tag: string; warning: string | null } {
    let path = this.paragraphPaths.get(styleId);
    if (!path) {
      let name: string | null = null;
      if (styleId !== null) {
        const style = this.paragraph.get(styleId);
        if (!style) decline(`paragraph style ${styleId} is not defined`);
        name = style.name;
      }
      const tag = paragraphTag(styleId, name);
      path = { tag: tag ?? 'p', warning: tag === null && styleId !== null ? `Unrecognised paragraph style: '${name}' (Style ID: ${styleId})` : null };
      this.paragraphPaths.set(styleId, path);
    }
    return path;
  }

  /** Whether a run of style `styleId` is wrapped in <strong>, and mammoth's warning when its style map does not know the style. */
  runPath(styleId: string | null): { strong: boolean; warning: string | null } {
    let path = this.runPaths.get(styleId);
    if (!path) {
      let name: string | null = null;
      if (styleId !== null) {
        const style = this.character.get(styleId);
        if (!style) decline(`run style ${styleId} is not defined`);
        name = style.name;
      }
      const upper = name ? name.toUpperCase() : null;
      const known = upper !== null && (upper === 'STRONG' || RUN_NAMES_EMPTY.has(upper));
      path = { strong: upper === 'STRONG', warning: styleId !== null && !known ? `Unrecognised run style: '${name}' (Style ID: ${styleId})` : null };
      this.runPaths.set(styleId, path);
    }
    return path;
  }
}

/** mammoth's Numbering: whether a paragraph is a list item for its style map. */
class MammothNumbering {
  private readonly nums = new Map<string, string>();
  private readonly levels = new Map<string, Set<string>>();
  private readonly byStyle = new Set<string>();
  constructor(root: XmlElement | undefined) {
    if (!root) return;
    for (const c of root.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:abstractNum') {
        if (child(c, 'w:numStyleLink')) decline('numbering linked to a numbering style');
        const levels = new Set<string>();
        let withoutIndex = false;
        for (const l of c.children) {
          if (typeof l === 'string' || l.name !== 'w:lvl') continue;
          const ilvl = l.attrs['w:ilvl'];
          if (ilvl === undefined) withoutIndex = true;
          else levels.add(ilvl);
          const style = child(l, 'w:pStyle')?.attrs['w:val'];
          if (style !== undefined) this.byStyle.add(style);
        }
        if (withoutIndex) levels.add('0');
        this.levels.set(c.attrs['w:abstractNumId'] ?? 'undefined', levels);
      } else if (c.name === 'w:num') {
        const abstract = child(c, 'w:abstractNumId');
        if (!abstract) decline('a w:num without w:abstractNumId');
        this.nums.set(c.attrs['w:numId'] ?? 'undefined', abstract.attrs['w:val'] ?? 'undefined');
      }
    }
  }

  private findLevel(numId: string, level: string): boolean {
    const abstract = this.nums.get(numId);
    return abstract !== undefined && (this.levels.get(abstract)?.has(level) ?? false);
  }

  /** mammoth's readNumberingProperties, reduced to "is it a list item". */
  isListItem(pPr: XmlElement | undefined, styleId: string | null): boolean {
    if (this.nums.size === 0 && this.byStyle.size === 0) return false;
    const numPr = child(pPr, 'w:numPr');
    const level = child(numPr, 'w:ilvl')?.attrs['w:val'];
    const numId = child(numPr, 'w:numId')?.attrs['w:val'];
    if (level !== undefined && numId !== undefined) return this.findLevel(numId, level);
    if (styleId !== null && this.byStyle.has(styleId)) return true;
    if (numId !== undefined) return this.findLevel(numId, '0');
    return false;
  }
}

/** mammoth's default style map for paragraphs: the element a styled paragraph becomes, or null. */
function paragraphTag(styleId: string | null, name: string | null): string | null {
  const heading = styleId !== null ? /^Heading([1-6])$/u.exec(styleId) : null;
  if (heading) return `h${heading[1]}`;
  const upper = name ? name.toUpperCase() : null;
  const named = upper !== null ? /^HEADING ([1-6])$/u.exec(upper) : null;
  if (named) return `h${named[1]}`;
  if (styleId === 'Heading' || upper === 'HEADING') return 'h1';
  if (upper !== null && PARAGRAPH_NAMES.has(upper)) return 'p';
  if (styleId === 'Body') return 'p';
  return null;
}
const PARAGRAPH_NAMES = new Set(['FOOTNOTE TEXT', 'ENDNOTE TEXT', 'ANNOTATION TEXT', 'FOOTNOTE', 'ENDNOTE', 'NORMAL', 'BODY']);
/** Run styles the default style map knows: `Strong` becomes <strong>, the others nothing. */
const RUN_NAMES_EMPTY = new Set(['FOOTNOTE REFERENCE', 'ENDNOTE REFERENCE', 'ANNOTATION REFERENCE', 'FOOTNOTE ANCHOR', 'ENDNOTE ANCHOR', 'HYPERLINK']);

// ---------------------------------------------------------------------------
// The body reader.

const IGNORED = new Set([
  'w:annotationRef', 'w:bookmarkEnd', 'w:sectPr', 'w:proofErr', 'w:lastRenderedPageBreak', 'w:commentRangeStart', 'w:commentRangeEnd',
  'w:del', 'w:footnoteRef', 'w:endnoteRef', 'w:moveFrom', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr',
]);
const TRANSPARENT = new Set(['w:customXml', 'w:ins', 'w:moveFromRangeEnd', 'w:moveFromRangeStart', 'w:moveTo', 'w:moveToRangeEnd', 'w:moveToRangeStart', 'w:smartTag']);
/** Characters an HTML parser or mammoth's XML reader would change or drop. */
const UNSAFE_TEXT = /[\u0000-\u0008\u000B-\u001F]/u;

type Level = 'block' | 'paragraph' | 'run';

interface Field {
  type: 'begin' | 'hyperlink' | 'unknown';
  href?: string;
}

interface NoteRef {
  type: 'footnote' | 'endnote';
  id: string;
}

interface Shared {
  styles: Styles;
  numbering: MammothNumbering;
}

function bool(e: XmlElement | undefined): boolean {
  if (!e) return false;
  const v = e.attrs['w:val'];
  return v !== 'false' && v !== '0';
}

/** One mammoth BodyReader: the document body, or one note (each has its own field state). */
class BodyReader {
  private readonly fields: Field[] = [];
  private instr: string[] = [];
  constructor(
    private readonly shared: Shared,
    private readonly rels: Rels,
    private readonly inNote: boolean,
  ) {}

  read(nodes: XmlNode[], level: Level): HNode[] {
    const out: HNode[] = [];
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      const got = this.element(n, level);
      if (got !== null) for (const g of got) out.push(g);
    }
    return out;
  }

  private element(e: XmlElement, level: Level): HNode[] | null {
    const name = e.name;
    if (IGNORED.has(name)) return null;
    if (TRANSPARENT.has(name)) return this.read(e.children, level);
    switch (name) {
      case 'w:p':
        if (level !== 'block') decline('a paragraph inside a paragraph');
        return this.paragraph(e);
      case 'w:tbl':
        if (level !== 'block') decline('a table inside a paragraph');
        return [this.table(e)];
      case 'w:r':
        if (level !== 'paragraph') decline(`a run ${level === 'block' ? 'outside a paragraph' : 'inside a run'}`);
        return this.run(e);
      case 'w:hyperlink':
        if (level !== 'paragraph') decline('a hyperlink outside a paragraph');
        return this.hyperlink(e);
      case 'w:bookmarkStart': {
        const bookmark = e.attrs['w:name'];
        if (bookmark === '_GoBack') return null;
        if (bookmark === undefined) decline('a bookmark without a name');
        return [el('a', { id: bookmark }, true, [FORCE])];
      }
      case 'w:sdt': {
        const pr = child(e, 'w:sdtPr');
        if (pr?.children.some((c) => typeof c !== 'string' && c.name.endsWith(':checkbox'))) decline('a checkbox content control');
        return this.read(child(e, 'w:sdtContent')?.children ?? [], level);
      }
      case 'w:fldChar':
        this.fieldChar(e);
        return null;
      case 'w:instrText':
        this.instr.push(this.textOf(e));
        return null;
      case 'w:commentReference':
        return null;
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        return [this.noteReference(e, name === 'w:footnoteReference' ? 'footnote' : 'endnote')];
      default:
        break;
    }
    if (level === 'block') decline(`${name} outside a paragraph`);
    switch (name) {
      case 'w:t': {
        const text = this.textOf(e);
        if (UNSAFE_TEXT.test(text)) decline('control characters or CR in text');
        return [text];
      }
      case 'w:tab':
        return ['\t'];
      case 'w:noBreakHyphen':
        return ['\u2011'];
      case 'w:softHyphen':
        return ['\u00AD'];
      case 'w:br': {
        const type = e.attrs['w:type'];
        if (type === undefined || type === 'textWrapping') return [el('br', {}, true, [])];
        if (type === 'page' || type === 'column') return null;
        return decline(`a break of type ${type}`);
      }
      default:
        return decline(`element ${name} (images, shapes, symbols and others are mammoth's)`);
    }
  }

  /** mammoth's `element.text()`: one text child or none. */
  private textOf(e: XmlElement): string {
    if (e.children.length === 0) return '';
    const only = e.children[0];
    if (e.children.length !== 1 || typeof only !== 'string') decline(`${e.name} with mixed content`);
    return only;
  }

  private fieldChar(e: XmlElement): void {
    const type = e.attrs['w:fldCharType'];
    if (type === 'begin') {
      this.fields.push({ type: 'begin' });
      this.instr = [];
    } else if (type === 'end') {
      const top = this.fields.pop();
      if (!top) decline('a field end without a start');
      if (top.type === 'begin') this.parseInstr();
    } else if (type === 'separate') {
      const top = this.fields.pop();
      if (!top) decline('a field separator without a start');
      this.fields.push(this.parseInstr());
    }
  }

  private parseInstr(): Field {
    const instr = this.instr.join('');
    const link = /^\s*HYPERLINK\s+(\\l\s+)?(?:"(.*)"|([^\\]\S*))/u.exec(instr);
    if (link) {
      const location = link[2] === undefined ? link[3]! : link[2];
      // mammoth writes no href for an empty bookmark name.
      if (link[1] !== undefined && location === '') decline('a field link to an empty bookmark');
      return { type: 'hyperlink', href: link[1] === undefined ? location : `#${location}` };
    }
    if (/\s*FORMCHECKBOX\s*/u.test(instr)) decline('a checkbox field');
    return { type: 'unknown' };
  }

  private paragraph(p: XmlElement): HNode[] {
    const pPr = child(p, 'w:pPr');
    if (pPr && child(child(pPr, 'w:rPr'), 'w:del')) decline('a deleted paragraph mark');
    const styleId = (pPr && child(pPr, 'w:pStyle')?.attrs['w:val']) || null;
    if (this.shared.numbering.isListItem(pPr, styleId)) decline('a list paragraph');
    const { tag, warning } = this.shared.styles.paragraphPath(styleId);
    const paragraph = el(tag, {}, true, this.read(p.children, 'paragraph'));
    return warning === null ? [paragraph] : [new Deferred(warning, null), paragraph];
  }

  private run(r: XmlElement): HNode[] {
    const rPr = child(r, 'w:rPr');
    // The first of each property, as mammoth's `first()` finds it, in one pass.
    let style: XmlElement | undefined;
    let vertAlign: XmlElement | undefined;
    let strike: XmlElement | undefined;
    let italic: XmlElement | undefined;
    let bold: XmlElement | undefined;
    if (rPr) {
      for (const c of rPr.children) {
        if (typeof c === 'string') continue;
        switch (c.name) {
          case 'w:rStyle': style ??= c; break;
          case 'w:vertAlign': vertAlign ??= c; break;
          case 'w:strike': strike ??= c; break;
          case 'w:i': italic ??= c; break;
          case 'w:b': bold ??= c; break;
          default: break;
        }
      }
    }
    const runStyle = this.shared.styles.runPath(style?.attrs['w:val'] || null);
    let nodes = this.read(r.children, 'run');
    const link = this.currentLink();
    if (link !== undefined) nodes = [el('a', { href: link }, false, nodes)];
    const vert = vertAlign?.attrs['w:val'];
    // Innermost first, as mammoth wraps them.
    if (bool(strike)) nodes = [el('s', {}, false, nodes)];
    if (vert === 'subscript') nodes = [el('sub', {}, false, nodes)];
    if (vert === 'superscript') nodes = [el('sup', {}, false, nodes)];
    if (bool(italic)) nodes = [el('em', {}, false, nodes)];
    if (bool(bold)) nodes = [el('strong', {}, false, nodes)];
    if (runStyle.strong) nodes = [el('strong', {}, false, nodes)];
    else if (runStyle.warning !== null) nodes.unshift(new Deferred(runStyle.warning, null));
    return nodes;
  }

  private currentLink(): string | undefined {
    for (let i = this.fields.length - 1; i >= 0; i--) if (this.fields[i]!.type === 'hyperlink') return this.fields[i]!.href;
    return undefined;
  }

  private hyperlink(h: XmlElement): HNode[] {
    const id = h.attrs['r:id'];
    const anchor = h.attrs['w:anchor'];
    const children = this.read(h.children, 'paragraph');
    let href: string;
    if (id) {
      const target = this.rels.byId.get(id);
      if (target === undefined) decline(`hyperlink ${id} has no relationship`);
      href = anchor ? `${target.includes('#') ? target.slice(0, target.indexOf('#')) : target}#${anchor}` : target;
    } else if (anchor) href = `#${anchor}`;
    else return children;
    const attrs: Record<string, string> = { href };
    const frame = h.attrs['w:tgtFrame'];
    if (frame) attrs.target = frame;
    return [el('a', attrs, false, children)];
  }

  private noteReference(e: XmlElement, type: NoteRef['type']): HNode {
    if (this.inNote) decline('a note reference inside a note');
    return new Deferred(null, { type, id: e.attrs['w:id'] ?? 'undefined' });
  }

  private table(tbl: XmlElement): HEl {
    const tableStyle = child(child(tbl, 'w:tblPr'), 'w:tblStyle')?.attrs['w:val'];
    if (tableStyle && !this.shared.styles.table.has(tableStyle)) decline(`table style ${tableStyle} is not defined`);
    interface Cell { content: HNode[]; colSpan: number; rowSpan: number; vMerge: boolean | null }
    const rows: Array<{ header: boolean; cells: Cell[] }> = [];
    for (const tr of tbl.children) {
      if (typeof tr === 'string' || IGNORED.has(tr.name)) continue;
      if (tr.name !== 'w:tr') decline(`${tr.name} among table rows`);
      const trPr = child(tr, 'w:trPr');
      if (child(trPr, 'w:del')) continue;
      const cells: Cell[] = [];
      for (const tc of tr.children) {
        if (typeof tc === 'string' || IGNORED.has(tc.name)) continue;
        if (tc.name !== 'w:tc') decline(`${tc.name} among table cells`);
        const tcPr = child(tc, 'w:tcPr');
        const gridSpan = child(tcPr, 'w:gridSpan')?.attrs['w:val'];
        const colSpan = gridSpan ? Number.parseInt(gridSpan, 10) : 1;
        if (!(colSpan >= 1)) decline(`gridSpan ${gridSpan}`);
        const vMerge = child(tcPr, 'w:vMerge');
        const v = vMerge?.attrs['w:val'];
        cells.push({ content: this.read(tc.children, 'block'), colSpan, rowSpan: 1, vMerge: vMerge ? v === 'continue' || !v : null });
      }
      rows.push({ header: child(trPr, 'w:tblHeader') !== undefined, cells });
    }
    // mammoth's calculateRowSpans.
    const columns = new Map<number, Cell>();
    for (const row of rows) {
      let index = 0;
      for (const cell of row.cells) {
        const above = columns.get(index);
        if (cell.vMerge && above) above.rowSpan++;
        else {
          columns.set(index, cell);
          cell.vMerge = false;
        }
        index += cell.colSpan;
      }
    }
    // Children are pushed, not spread from filtered and mapped arrays: see pipeline/packed.ts.
    const rowNode = (row: { cells: Cell[] }, tag: string): HEl => {
      const cells: HNode[] = [FORCE];
      for (const c of row.cells) {
        if (c.vMerge) continue;
        const attrs: Record<string, string> = {};
        if (c.colSpan !== 1) attrs.colspan = String(c.colSpan);
        if (c.rowSpan !== 1) attrs.rowspan = String(c.rowSpan);
        cells.push(el(tag, attrs, true, [FORCE, ...c.content]));
      }
      return el('tr', {}, true, cells);
    };
    /** `children` with the nodes of rows `from` to `to` pushed after what it holds. */
    const rowNodes = (children: HNode[], from: number, to: number, tag: string): HNode[] => {
      for (let r = from; r < to; r++) children.push(rowNode(rows[r]!, tag));
      return children;
    };
    let bodyIndex = rows.findIndex((r) => !r.header);
    if (bodyIndex === -1) bodyIndex = rows.length;
    if (bodyIndex === 0) return el('table', {}, true, rowNodes([FORCE], 0, rows.length, 'td'));
    return el('table', {}, true, [
      FORCE,
      el('thead', {}, true, rowNodes([], 0, bodyIndex, 'th')),
      el('tbody', {}, true, rowNodes([], bodyIndex, rows.length, 'td')),
    ]);
  }
}

// ---------------------------------------------------------------------------

function readNotes(pkg: WordmlPackage, shared: Shared, type: NoteRef['type'], path: string, relsPath: string): Map<string, HNode[]> {
  const notes = new Map<string, HNode[]>();
  const rels = readRels(pkg, relsPath);
  const root = parseSmall(pkg, path);
  if (!root) return notes;
  checkWordNamespace(root, path);
  for (const n of root.children) {
    if (typeof n === 'string' || n.name !== `w:${type}`) continue;
    const kind = n.attrs['w:type'];
    if (kind === 'separator' || kind === 'continuationSeparator') continue;
    notes.set(n.attrs['w:id'] ?? 'undefined', new BodyReader(shared, rels, true).read(n.children, 'block'));
  }
  return notes;
}

function relsNameOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? `_rels/${path}.rels` : `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

/**
 * The HTML tree mammoth would give for the package, or a {@link WordmlDecline}
 * thrown with the reason it is left to mammoth.
 */
export function readWordml(pkg: WordmlPackage): WordmlResult {
  if (pkg.names.has('mammoth/style-map')) decline('an embedded mammoth style map');
  const main = findPart(pkg, readRels(pkg, '_rels/.rels'), 'officeDocument', '', 'word/document.xml');
  if (main !== 'word/document.xml') decline(`the main part is ${main}`);
  const docRels = readRels(pkg, 'word/_rels/document.xml.rels');
  const paths: Record<string, string> = {};
  for (const part of ['comments', 'endnotes', 'footnotes', 'numbering', 'styles']) {
    paths[part] = findPart(pkg, docRels, part, 'word', `word/${part}.xml`);
    if (paths[part] !== `word/${part}.xml`) decline(`the ${part} part is ${paths[part]}`);
  }
  if (pkg.names.has('word/comments.xml')) decline('a comments part');
  parseSmall(pkg, '[Content_Types].xml');

  checkMarkup(pkg.documentSource, 'word/document.xml');
  checkWordNamespace(pkg.document, 'word/document.xml');
  if (pkg.styles) checkWordNamespace(pkg.styles, 'word/styles.xml');
  if (pkg.numbering) checkWordNamespace(pkg.numbering, 'word/numbering.xml');
  const shared: Shared = { styles: new Styles(pkg.styles), numbering: new MammothNumbering(pkg.numbering) };
  const footnotes = readNotes(pkg, shared, 'footnote', 'word/footnotes.xml', relsNameOf('word/footnotes.xml'));
  const endnotes = readNotes(pkg, shared, 'endnote', 'word/endnotes.xml', relsNameOf('word/endnotes.xml'));

  const body = child(pkg.document, 'w:body');
  if (!body) decline('no w:body');
  const content = new BodyReader(shared, docRels, false).read(body.children, 'block');
  // Converted as mammoth does: the body, then the notes in the order the body referenced them.
  const conversion: Conversion = { noteNumber: 1, noteRefs: [], warnings: [] };
  const converted: ElementContent[] = [];
  convert(content, conversion, false, converted);
  const items: HNode[] = [];
  for (const ref of conversion.noteRefs) {
    const note = (ref.type === 'footnote' ? footnotes : endnotes).get(ref.id);
    if (!note) decline(`${ref.type} ${ref.id} is referenced but missing`);
    const backLink = el('p', {}, false, [' ', el('a', { href: `#${ref.type}-ref-${ref.id}` }, true, ['↑'])]);
    items.push(el('li', { id: `${ref.type}-${ref.id}` }, true, [...note, backLink]));
  }
  convert([el('ol', {}, true, items)], conversion, false, converted);
  const tree: Root = { type: 'root', children: converted };
  const warnings = conversion.warnings;
  return { tree, warnings: [...new Set(warnings)] };
}
