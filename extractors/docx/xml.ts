/**
 * A small, linear-time XML reader/writer for the WordprocessingML parts we
 * read ourselves (document.xml, numbering.xml, styles.xml).
 *
 * mammoth does not expose numbering labels or run fonts, so those parts are
 * parsed here; a hand-rolled reader avoids depending on mammoth's private
 * XML library. OOXML has no DTDs, so entities are limited to the five
 * predefined ones and character references.
 */
import { decodeRange, fromLatin1, isAscii, type XmlBytes } from './xml-bytes.js';

export { xmlBytes, type XmlBytes } from './xml-bytes.js';

/** One XML element: qualified name as written (e.g. `w:p`), attributes, children in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** A child node: an element or a run of (decoded) character data. */
export type XmlNode = XmlElement | string;

/** Markup to read: a string, or a UTF-8 part's bytes (read as if decoded whole, see xml-bytes.ts). */
export type XmlSource = string | XmlBytes;

function scanned(source: XmlSource): [markup: string, part: XmlBytes | null] {
  return typeof source === 'string' ? [source, null] : [source.markup, source];
}

const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/gu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number.parseInt(dec, 10));
    return name ? (NAMED[name] ?? whole) : whole;
  });
}

/**
 * Reads the tags of one part, in document order. Most of a WordprocessingML part
 * is markup, so a tag's end is found by jumping between `>` and quotes with
 * indexOf (attribute values may hold a raw `>`) rather than visiting each
 * character. The next quote and `&` positions are remembered across tags, which
 * keeps a part with no apostrophe from being searched to its end at every tag.
 */
class TagScanner {
  /** The `>` closing the last tag scanned, or -1 when there is none. */
  end = -1;
  /** Whether a short walk over the name found it plain: ASCII up to a white space (`space`) or the end. */
  plain = false;
  /** When `plain`, the first white space of the body (-1: none); else firstSpace decides. */
  space = -1;
  /** Whether the tag holds a `&` (a reference to decode). */
  amp = false;
  private nextDouble = -2;
  private nextSingle = -2;
  private nextAmp = -2;
  constructor(private readonly source: string) {}

  private next(char: string, known: number, from: number): number {
    return known !== -1 && known < from ? this.source.indexOf(char, from) : known;
  }

  scan(from: number): void {
    const source = this.source;
    let i = from;
    this.end = -1;
    for (;;) {
      const gt = source.indexOf('>', i);
      if (gt === -1) return;
      this.nextDouble = this.next('"', this.nextDouble, i);
      this.nextSingle = this.next("'", this.nextSingle, i);
      let quote = -1;
      if (this.nextDouble !== -1 && this.nextDouble < gt) quote = this.nextDouble;
      if (this.nextSingle !== -1 && this.nextSingle < gt && (quote === -1 || this.nextSingle < quote)) quote = this.nextSingle;
      if (quote === -1) {
        this.end = gt;
        break;
      }
      const close = source.indexOf(source[quote]!, quote + 1);
      if (close === -1) return;
      i = close + 1;
    }
    this.nextAmp = this.next('&', this.nextAmp, from);
    this.amp = this.nextAmp !== -1 && this.nextAmp < this.end;
    this.space = -1;
    this.plain = true;
    for (let k = from; k < this.end; k++) {
      const c = source.charCodeAt(k);
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        this.space = k - from;
        break;
      }
      if (c === 0x22 || c === 0x27 || c >= 0x80) {
        this.plain = false;
        break;
      }
    }
  }
}

/** Thrown for markup that cannot be read as XML. */
export class XmlSyntaxError extends Error {}

/** What a scan of the markup reports, in document order. */
interface XmlSink {
  /** Character data outside any tag (already decoded), and whether it stands inside an element. */
  text(text: string, inside: boolean): void;
  cdata(text: string): void;
  /**
   * A start tag; `body` is the tag without its brackets and trailing `/` (its bytes as
   * latin1 when `latin1`: its name is then ASCII), `amp` when it holds a `&`.
   */
  open(name: string, body: string, space: number, selfClosing: boolean, amp: boolean, latin1: boolean): void;
  close(): void;
}

const SPACE = /\s/u;

/** `body.search(/\s/u)`, without a regex run for the ASCII characters a tag is made of. */
function firstSpace(body: string): number {
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return i;
    if (c >= 0x80 && SPACE.test(body[i]!)) return i;
  }
  return -1;
}

/**
 * The one reading of the markup, shared by {@link parseXml} (builds the tree) and
 * {@link checkXml} (only checks it): both throw the same errors for the same input.
 * With `part`, `source` is its bytes as latin1, read as their decoding would be.
 */
function scanXml(source: string, part: XmlBytes | null, sink: XmlSink): void {
  const latin1 = part !== null;
  const names: string[] = [];
  // Each open name as it stands in `source`, for a close tag to match without decoding; null when not ASCII.
  const written: Array<string | null> = [];
  const piece = (from: number, to: number): string => (part ? decodeRange(part, from, to) : source.slice(from, to));
  let roots = 0;
  let pos = 0;
  const n = source.length;
  const tags = new TagScanner(source);
  while (pos < n) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > pos && names.length > 0) sink.text(decodeEntities(piece(pos, textEnd)), true);
    if (lt === -1) break;
    const next = source.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = source.indexOf('?>', lt + 2);
      if (end === -1) throw new XmlSyntaxError('unterminated processing instruction');
      pos = end + 2;
    } else if (next === 0x21 /* ! */ && source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      if (end === -1) throw new XmlSyntaxError('unterminated comment');
      pos = end + 3;
    } else if (next === 0x21 && source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt + 9);
      if (end === -1) throw new XmlSyntaxError('unterminated CDATA');
      sink.cdata(piece(lt + 9, end));
      pos = end + 3;
    } else if (next === 0x21) {
      const end = source.indexOf('>', lt + 2);
      if (end === -1) throw new XmlSyntaxError('unterminated declaration');
      pos = end + 1;
    } else {
      tags.scan(lt + 1);
      const gt = tags.end;
      if (gt === -1) throw new XmlSyntaxError('unterminated tag');
      pos = gt + 1;
      if (next === 0x2f /* / */) {
        const open = names.pop();
        const as = written.pop();
        // A name holds no white space: written exactly as opened, it is the open name.
        if (as == null || gt !== lt + 2 + as.length || !source.startsWith(as, lt + 2)) {
          const name = piece(lt + 2, gt).trim();
          if (open === undefined || open !== name) throw new XmlSyntaxError(`unexpected </${name}>`);
        }
        sink.close();
        continue;
      }
      const selfClosing = source.charCodeAt(gt - 1) === 0x2f && gt - 1 > lt;
      let body = source.slice(lt + 1, selfClosing ? gt - 1 : gt);
      let space = tags.space;
      // A tag's attributes are decoded when asked for; a name that is not plain ASCII at once.
      const latin1Body = latin1 && tags.plain;
      if (!tags.plain) {
        if (latin1) body = fromLatin1(body);
        space = firstSpace(body);
      }
      const name = space === -1 ? body : body.slice(0, space);
      if (names.length === 0) roots++;
      sink.open(name, body, space, selfClosing, tags.amp, latin1Body);
      if (!selfClosing) {
        names.push(name);
        written.push(!latin1 || tags.plain || isAscii(name) ? name : null);
      }
    }
  }
  if (names.length !== 0) throw new XmlSyntaxError(`unclosed <${names[names.length - 1]!}>`);
  if (roots === 0) throw new XmlSyntaxError('no root element');
}

function readAttrs(body: string, space: number): Record<string, string> {
  if (space === -1) return {};
  const quick = quickAttrs(body, space);
  if (quick) return quick;
  const attrs: Record<string, string> = {};
  for (const m of body.slice(space).matchAll(ATTR)) attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

/**
 * The attributes of a tag written the usual way — `name="value"` pairs apart by
 * ASCII spaces — read without the regex; null for anything else, which the regex
 * reads. On such tags both read the same pairs.
 */
function quickAttrs(body: string, from: number): Record<string, string> | null {
  const attrs: Record<string, string> = {};
  const n = body.length;
  let i = from;
  for (;;) {
    let c = body.charCodeAt(i);
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = body.charCodeAt(++i);
    if (i >= n) return attrs;
    const start = i;
    // A name: up to "=", printable ASCII but "/" and ">" (the regex's [^\s=/>] on ASCII).
    while (c !== 0x3d) {
      if (!(c > 0x20 && c < 0x7f) || c === 0x2f || c === 0x3e) return null;
      c = body.charCodeAt(++i);
    }
    if (i === start) return null;
    const quote = body.charCodeAt(i + 1);
    if (quote !== 0x22 && quote !== 0x27) return null;
    const close = body.indexOf(quote === 0x22 ? '"' : "'", i + 2);
    if (close === -1) return null;
    attrs[body.slice(start, i)] = decodeEntities(body.slice(i + 2, close));
    i = close + 1;
  }
}

/**
 * An element whose attributes are read from its tag only when first asked for:
 * most elements of a WordprocessingML part (borders, spacing, sizes) never are.
 * Tags holding a reference are read at once, so a bad one throws where parsing is.
 */
class ParsedElement implements XmlElement {
  children: XmlNode[] = [];
  private tag: string | undefined;
  private read: Record<string, string> | undefined;
  /** `tag` is a UTF-8 part's bytes as latin1 (its name ASCII, so `space` holds in its decoding). */
  private latin1 = false;
  constructor(
    public name: string,
    tag: string,
    private readonly space: number,
    amp: boolean,
    latin1: boolean,
  ) {
    if (space === -1) this.read = {};
    else if (amp) this.read = readAttrs(latin1 ? fromLatin1(tag) : tag, space);
    else {
      this.tag = tag;
      this.latin1 = latin1;
    }
  }

  get attrs(): Record<string, string> {
    if (this.read === undefined) {
      this.read = readAttrs(this.latin1 ? fromLatin1(this.tag!) : this.tag!, this.space);
      this.tag = undefined;
    }
    return this.read;
  }

  set attrs(value: Record<string, string>) {
    this.read = value;
    this.tag = undefined;
  }
}

/**
 * Parses `source` and returns its root element.
 * @throws XmlSyntaxError on unbalanced or truncated markup.
 */
export function parseXml(source: XmlSource): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let top: XmlElement = root;
  scanXml(...scanned(source), {
    text: (text) => top.children.push(text),
    cdata: (text) => top.children.push(text),
    open: (name, body, space, selfClosing, amp, latin1) => {
      const el = new ParsedElement(name, body, space, amp, latin1);
      top.children.push(el);
      if (!selfClosing) {
        stack.push(el);
        top = el;
      }
    },
    close: () => {
      stack.pop();
      top = stack[stack.length - 1]!;
    },
  });
  return root.children.find((c): c is XmlElement => typeof c !== 'string')!;
}

/**
 * Checks that `source` reads as XML, with the same errors as {@link parseXml},
 * without building the tree: for a part only checked before mammoth reads it.
 * @throws XmlSyntaxError on unbalanced or truncated markup.
 */
export function checkXml(source: XmlSource): void {
  scanXml(...scanned(source), {
    text: () => undefined,
    cdata: () => undefined,
    // Attribute values are still decoded only when they hold a reference: a bad one throws as in parseXml.
    open: (_name, body, space, _selfClosing, amp, latin1) => void (amp && readAttrs(latin1 ? fromLatin1(body) : body, space)),
    close: () => undefined,
  });
}

function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/gu, '&quot;');
}

/** Serialises `root` back to an XML document (with declaration). */
export function serializeXml(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
  const write = (el: XmlElement): void => {
    out.push('<', el.name);
    for (const [k, v] of Object.entries(el.attrs)) out.push(' ', k, '="', escapeAttr(v), '"');
    if (el.children.length === 0) {
      out.push('/>');
      return;
    }
    out.push('>');
    for (const c of el.children) {
      if (typeof c === 'string') out.push(escapeText(c));
      else write(c);
    }
    out.push('</', el.name, '>');
  };
  write(root);
  return out.join('');
}

/** Child elements of `el`, optionally only those named `name`. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** First child element named `name`, if any. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** Calls `visit` on every element below `el` in document order; returning `false` skips its subtree. */
export function walkElements(el: XmlElement, visit: (e: XmlElement, parent: XmlElement) => boolean | void): void {
  // Iterative so that deeply nested tables cannot overflow the stack.
  const stack: Array<[XmlElement, number]> = [[el, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [parent, i] = top;
    if (i >= parent.children.length) {
      stack.pop();
      continue;
    }
    top[1] = i + 1;
    const c = parent.children[i]!;
    if (typeof c === 'string') continue;
    if (visit(c, parent) === false) continue;
    stack.push([c, 0]);
  }
}

/** `w:val` (or another attribute) of child `name`. */
export function childVal(el: XmlElement | undefined, name: string, attr = 'w:val'): string | undefined {
  return child(el, name)?.attrs[attr];
}
