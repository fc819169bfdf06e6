/**
 * Rebuilds Word's automatic numbering labels ("I.", "1.", "1.2.", "a)", "-").
 *
 * mammoth drops them, yet plans in this genre hang their whole section tree on
 * them. The labels are computed from `word/numbering.xml` and each paragraph's
 * `w:numPr` (direct or through its paragraph style), and written into the
 * paragraph as a leading text run of document.xml before mammoth renders it —
 * so label and paragraph can never be mis-paired, whatever mammoth merges or drops.
 */
import { child, childElements, childVal, walkElements, type XmlElement } from './xml.js';

/** One level of an abstract numbering definition. */
export interface NumberingLevel {
  start: number;
  numFmt: string;
  lvlText: string;
  /** Legal numbering: every %n of this level in decimal. */
  isLgl: boolean;
  /** `w:lvlRestart` (0 = never restart; undefined = after any shallower level). */
  restart?: number;
  /** `w:suff`: what follows the label (tab, space, nothing). */
  suffix: 'tab' | 'space' | 'nothing';
}

interface NumInstance {
  abstractId: string;
  levels: Map<number, NumberingLevel>;
  /** Levels restarted by `w:startOverride`, which make this instance count on its own. */
  overridden: boolean;
}

/** Parsed numbering.xml plus the numbering that paragraph styles carry. */
export interface NumberingDefinitions {
  nums: Map<string, NumInstance>;
  styleNumPr: Map<string, { numId: string; ilvl?: number }>;
  styleBasedOn: Map<string, string>;
}

function intVal(el: XmlElement | undefined, name: string): number | undefined {
  const v = childVal(el, name);
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

function readLevel(lvl: XmlElement): NumberingLevel {
  const suff = childVal(lvl, 'w:suff');
  const restart = intVal(lvl, 'w:lvlRestart');
  return {
    start: intVal(lvl, 'w:start') ?? 1,
    numFmt: childVal(lvl, 'w:numFmt') ?? 'decimal',
    lvlText: childVal(lvl, 'w:lvlText') ?? '',
    isLgl: child(lvl, 'w:isLgl') !== undefined && childVal(lvl, 'w:isLgl') !== '0' && childVal(lvl, 'w:isLgl') !== 'false',
    ...(restart !== undefined ? { restart } : {}),
    suffix: suff === 'space' || suff === 'nothing' ? suff : 'tab',
  };
}

/** Reads numbering.xml (may be absent) and styles.xml (may be absent). */
export function readNumbering(numbering: XmlElement | undefined, styles: XmlElement | undefined): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, NumberingLevel>>();
  const nums = new Map<string, NumInstance>();
  if (numbering) {
    for (const a of childElements(numbering, 'w:abstractNum')) {
      const levels = new Map<number, NumberingLevel>();
      for (const lvl of childElements(a, 'w:lvl')) levels.set(Number.parseInt(lvl.attrs['w:ilvl'] ?? '0', 10), readLevel(lvl));
      abstracts.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const num of childElements(numbering, 'w:num')) {
      const abstractId = childVal(num, 'w:abstractNumId') ?? '';
      const levels = new Map(abstracts.get(abstractId) ?? []);
      let overridden = false;
      for (const o of childElements(num, 'w:lvlOverride')) {
        const ilvl = Number.parseInt(o.attrs['w:ilvl'] ?? '0', 10);
        const lvl = child(o, 'w:lvl');
        const base = lvl ? readLevel(lvl) : levels.get(ilvl);
        const startOverride = intVal(o, 'w:startOverride');
        if (base) levels.set(ilvl, startOverride !== undefined ? { ...base, start: startOverride } : base);
        overridden = true;
      }
      nums.set(num.attrs['w:numId'] ?? '', { abstractId, levels, overridden });
    }
  }
  const styleNumPr = new Map<string, { numId: string; ilvl?: number }>();
  // A level can name the paragraph style that uses it (w:lvl/w:pStyle).
  for (const [numId, num] of nums) {
    for (const [ilvl] of num.levels) {
      const a = numbering && childElements(numbering, 'w:abstractNum').find((x) => x.attrs['w:abstractNumId'] === num.abstractId);
      const lvl = a && childElements(a, 'w:lvl').find((x) => Number.parseInt(x.attrs['w:ilvl'] ?? '0', 10) === ilvl);
      const style = childVal(lvl, 'w:pStyle');
      if (style && !styleNumPr.has(style)) styleNumPr.set(style, { numId, ilvl });
    }
  }
  const styleBasedOn = new Map<string, string>();
  if (styles) {
    for (const s of childElements(styles, 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      const basedOn = childVal(s, 'w:basedOn');
      if (basedOn) styleBasedOn.set(id, basedOn);
      const numPr = child(child(s, 'w:pPr'), 'w:numPr');
      const numId = childVal(numPr, 'w:numId');
      if (numId !== undefined) {
        const ilvl = intVal(numPr, 'w:ilvl');
        styleNumPr.set(id, ilvl !== undefined ? { numId, ilvl } : { numId });
      }
    }
  }
  return { nums, styleNumPr, styleBasedOn };
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

function toLetters(n: number): string {
  // Word repeats the letter: 27 → "aa", 28 → "bb".
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Formats counter `n` in Word's `numFmt` (unknown formats fall back to decimal). */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'upperRoman': return toRoman(n);
    case 'lowerRoman': return toRoman(n).toLowerCase();
    case 'upperLetter': return toLetters(n).toUpperCase();
    case 'lowerLetter': return toLetters(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'none': return '';
    default: return String(n);
  }
}

/**
 * Counts numbered paragraphs in document order and returns their labels.
 *
 * Counters are shared by all `w:num` instances of one abstract definition (as
 * Word continues such lists), except instances with a level override, which
 * restart and count on their own.
 */
export class Numberer {
  private readonly counters = new Map<string, Array<number | undefined>>();
  constructor(private readonly defs: NumberingDefinitions) {}

  /** Label for the next paragraph at (`numId`, `ilvl`), or null when it has none. */
  next(numId: string, ilvl: number): string | null {
    if (numId === '0') return null;
    const num = this.defs.nums.get(numId);
    if (!num) return null;
    const level = num.levels.get(ilvl);
    if (!level) return null;
    const key = num.overridden ? `num:${numId}` : `abs:${num.abstractId}`;
    let counts = this.counters.get(key);
    if (!counts) {
      counts = [];
      this.counters.set(key, counts);
    }
    const current = counts[ilvl];
    counts[ilvl] = current === undefined ? level.start : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const d = num.levels.get(deeper);
      // lvlRestart counts levels from 1: restart when a level at or above it is used.
      if (!d || d.restart === undefined || (d.restart !== 0 && ilvl + 1 <= d.restart)) counts[deeper] = undefined;
    }
    if (level.numFmt === 'bullet') return '-';
    const label = level.lvlText.replace(/%([1-9])/gu, (_m, k: string) => {
      const li = Number(k) - 1;
      const l = num.levels.get(li);
      const value = counts![li] ?? l?.start ?? 1;
      return formatNumber(value, level.isLgl ? 'decimal' : (l?.numFmt ?? 'decimal'));
    });
    return label.trim() === '' ? null : label;
  }

  /** The text that separates the label from the paragraph text. */
  suffix(numId: string, ilvl: number): string {
    return this.defs.nums.get(numId)?.levels.get(ilvl)?.suffix === 'nothing' ? '' : ' ';
  }
}

function paragraphNumPr(p: XmlElement, defs: NumberingDefinitions): { numId: string; ilvl: number } | null {
  const pPr = child(p, 'w:pPr');
  const numPr = child(pPr, 'w:numPr');
  let numId = childVal(numPr, 'w:numId');
  let ilvl = Number.parseInt(childVal(numPr, 'w:ilvl') ?? '', 10);
  let style = childVal(pPr, 'w:pStyle');
  const seen = new Set<string>();
  while ((numId === undefined || Number.isNaN(ilvl)) && style && !seen.has(style)) {
    seen.add(style);
    const fromStyle = defs.styleNumPr.get(style);
    if (fromStyle) {
      numId ??= fromStyle.numId;
      if (Number.isNaN(ilvl) && fromStyle.ilvl !== undefined) ilvl = fromStyle.ilvl;
    }
    style = defs.styleBasedOn.get(style);
  }
  if (numId === undefined) return null;
  return { numId, ilvl: Number.isNaN(ilvl) ? 0 : ilvl };
}

/**
 * Writes each numbered paragraph's label into `document` (in place) as a
 * leading run, and removes its `w:numPr` so mammoth renders it as a plain
 * paragraph (no second, list-based numbering). Returns how many labels were written.
 */
export function injectNumberingLabels(document: XmlElement, defs: NumberingDefinitions): number {
  if (defs.nums.size === 0) return 0;
  const numberer = new Numberer(defs);
  let written = 0;
  walkElements(document, (el) => {
    if (el.name !== 'w:p') return;
    const numPr = paragraphNumPr(el, defs);
    if (!numPr) return;
    const label = numberer.next(numPr.numId, numPr.ilvl);
    let pPr = child(el, 'w:pPr');
    if (!pPr) {
      pPr = { name: 'w:pPr', attrs: {}, children: [] };
      el.children.unshift(pPr);
    }
    // numId 0 is "no numbering": it also overrides numbering inherited from the style.
    const off: XmlElement = {
      name: 'w:numPr',
      attrs: {},
      children: [
        { name: 'w:ilvl', attrs: { 'w:val': '0' }, children: [] },
        { name: 'w:numId', attrs: { 'w:val': '0' }, children: [] },
      ],
    };
    const existing = pPr.children.findIndex((c) => typeof c !== 'string' && c.name === 'w:numPr');
    if (existing >= 0) pPr.children[existing] = off;
    else pPr.children.splice(pPr.children.findIndex((c) => typeof c !== 'string' && c.name === 'w:pStyle') + 1, 0, off);
    if (label === null) return;
    const run: XmlElement = {
      name: 'w:r',
      attrs: {},
      children: [{ name: 'w:t', attrs: { 'xml:space': 'preserve' }, children: [label + numberer.suffix(numPr.numId, numPr.ilvl)] }],
    };
    el.children.splice(el.children.indexOf(pPr) + 1, 0, run);
    written++;
  });
  return written;
}
