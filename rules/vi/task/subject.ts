/**
 * The unit a sentence is about: its grammatical subject when the sentence opens
 * with a unit name ("UBND xã ban hành …", "Ban chỉ đạo chuyển đổi số xã thường
 * xuyên kiểm tra …"), possibly after an opening clause ("Căn cứ …, UBND xã …"),
 * or the object of a directing verb ("Chỉ đạo các Tổ công nghệ số cộng đồng
 * thực hiện …").
 */
import type { RuleContext } from '../../types.js';
import { alternation, WB_AFTER, WB_BEFORE } from '../../pattern.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { codeUnitTable } from '../../../pipeline/text/code-units.js';
import { resolveUnitByName, resolveUnits } from '../units/index.js';
import { DIRECTING_VERBS, INTRO_CLAUSES, MOBILISING_PHRASES, PAST_MARKERS, SUPPORT_INLINE } from './dictionary.js';

/** A unit name found in the text, as written, with its span. */
export interface UnitAt {
  text: string;
  start: number;
  end: number;
}

const MAX_UNIT_SYLLABLES = 9;
// Below this the resolver matched only a generic word ("Cán bộ") or text typed without diacritics.
const MIN_CONFIDENCE = 0.85;
const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;
const DIRECTING = new RegExp(`^(?:${alternation(DIRECTING_VERBS)})${WB_AFTER},?\\s`, 'u');
const INTRO = new RegExp(`^(?:${alternation(INTRO_CLAUSES)})${WB_AFTER}`, 'u');
const PAST = new RegExp(`^\\s(?:${alternation(PAST_MARKERS)})${WB_AFTER}`, 'u');
const SUPPORTING = new RegExp(`${WB_BEFORE}(?:${alternation([...SUPPORT_INLINE, ...MOBILISING_PHRASES])})\\s(?<units>[^,.;:()]{3,80})`, 'gu');
// Every match opens with one of these words ("phối", "huy"): a sentence without them is not scanned.
const SUPPORTING_HEADS = [...new Set([...SUPPORT_INLINE, ...MOBILISING_PHRASES].map((w) => matchKey(w.normalize('NFC')).split(' ')[0]!))];
// An opening clause ends at its first comma within this many characters.
const INTRO_REACH = 240;
const MAX_INTRO_COMMAS = 6;
const CAPITAL = /\p{Lu}/u;

/**
 * The unit name that `text[from…]` opens with, as written ("UBND xã" of "UBND xã
 * ban hành …"). The resolver reads the opening syllables and reports the name
 * it matched; a name further in ("Chủ trì: Công an xã") cuts the phrase before
 * it and the rest is read again, so only a name at the very start counts.
 */
export function unitAt(ctx: RuleContext, from: number, to: number): UnitAt | null {
  let end = openingSyllablesEnd(ctx.text, from, Math.min(to, from + 160), MAX_UNIT_SYLLABLES);
  while (end > from) {
    const phrase = ctx.text.slice(from, end);
    const r = resolveUnitByName(phrase);
    if (r.canonical === null || r.method !== 'alias' || r.confidence < MIN_CONFIDENCE) return null;
    const matched = r.evidence.split(' ≈ ')[0] ?? '';
    const at = matched ? phrase.indexOf(matched) : -1;
    if (at === 0) return { text: matched, start: from, end: from + matched.length };
    if (at < 0) return null;
    end = from + phrase.slice(0, at).trimEnd().length;
  }
  return null;
}

/**
 * Where the first `max` syllables (runs of letters, marks and digits) of
 * `text[from, limit)` end, when a syllable opens it; `from` otherwise. Read
 * with a table per code unit: the sentence starts of every section item ask.
 */
export function openingSyllablesEnd(text: string, from: number, limit: number, max: number): number {
  let i = from;
  let end = from;
  for (let count = 0; count < max && i < limit; count++) {
    // Between syllables: at the start nothing may stand before the first one.
    while (i < limit && !inSyllable(text.charCodeAt(i))) {
      if (isSurrogate(text.charCodeAt(i))) return openingSyllablesEndByRegex(text, from, limit, max);
      if (count === 0) return from;
      i++;
    }
    if (i >= limit) break;
    while (i < limit && inSyllable(text.charCodeAt(i))) i++;
    if (i < limit && isSurrogate(text.charCodeAt(i))) return openingSyllablesEndByRegex(text, from, limit, max);
    end = i;
  }
  return end;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
const syllableUnit = codeUnitTable((ch) => (/^[\p{L}\p{M}\p{N}]$/u.test(ch) ? 1 : 0));
const inSyllable = (c: number): boolean => syllableUnit(c) === 1;

/** `openingSyllablesEnd` by the syllable pattern, for text with surrogate pairs and for the test that checks the scan. */
export function openingSyllablesEndByRegex(text: string, from: number, limit: number, max: number): number {
  const ends: number[] = [];
  SYLLABLE.lastIndex = 0;
  const head = text.slice(from, limit);
  for (let m = SYLLABLE.exec(head); m && ends.length < max; m = SYLLABLE.exec(head)) {
    if (ends.length === 0 && m.index > 0) return from;
    ends.push(from + m.index + m[0].length);
  }
  return ends[ends.length - 1] ?? from;
}

/** True when the unit is the subject of past narrative ("Công an xã đã cấp …"). */
export function isPast(ctx: RuleContext, u: UnitAt): boolean {
  return PAST.test(ctx.key.slice(u.end, u.end + 16));
}

/** The subject unit of the sentence at `text[from, to)` and where the sentence proper starts; null when it names none or reports the past. */
export function subjectOf(ctx: RuleContext, from: number, to: number): { unit: UnitAt; clauseStart: number } | null {
  const direct = unitAt(ctx, from, to);
  if (direct) return isPast(ctx, direct) ? null : { unit: direct, clauseStart: from };
  if (!INTRO.test(ctx.key.slice(from, from + 20))) return null;
  // The subject follows the first comma of the opening clause that a unit name comes after.
  const reach = Math.min(to, from + INTRO_REACH);
  let tries = 0;
  for (let comma = ctx.text.indexOf(', ', from); comma >= 0 && comma < reach && tries < MAX_INTRO_COMMAS; comma = ctx.text.indexOf(', ', comma + 2)) {
    // A subject after the clause is a name, written with a capital ("…, UBND xã ban hành").
    if (!CAPITAL.test(ctx.text.charAt(comma + 2))) continue;
    tries++;
    const u = unitAt(ctx, comma + 2, to);
    if (u) return isPast(ctx, u) ? null : { unit: u, clauseStart: comma + 2 };
  }
  return null;
}

/** The unit a directing verb opens with ("Chỉ đạo các Tổ công nghệ số …" → Tổ công nghệ số cộng đồng). */
export function directedUnit(ctx: RuleContext, from: number, to: number): UnitAt | null {
  const m = DIRECTING.exec(ctx.key.slice(from, Math.min(to, from + 40)));
  return m ? unitAt(ctx, from + m[0].length, to) : null;
}

/** Units the sentence names as partners or mobilised forces ("phối hợp với X", "huy động sự tham gia của lực lượng X"). */
export function supportingUnits(ctx: RuleContext, from: number, to: number): string[] {
  const out: string[] = [];
  const sentenceKey = ctx.key.slice(from, to);
  if (!SUPPORTING_HEADS.some((h) => sentenceKey.includes(h))) return out;
  for (const m of sentenceKey.matchAll(SUPPORTING)) {
    const len = m.groups!['units']!.length;
    const s = from + m.index + m[0].length - len;
    const named = unitAt(ctx, s, s + len);
    const units = named ? [named.text] : resolveUnits(ctx.text.slice(s, s + len)).filter((u) => u.canonical).map((u) => u.text);
    for (const u of units) if (!out.includes(u)) out.push(u);
  }
  return out;
}
