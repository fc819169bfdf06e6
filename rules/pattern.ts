/** Helpers to build Unicode-safe patterns from word lists. */
import { compareCodeUnits } from '../pipeline/text/code-units.js';
import { matchKey } from '../pipeline/text/match-key.js';

/** Escapes regex metacharacters. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
}

/**
 * An alternation of `words` for patterns that run on the matchKey: each word is
 * keyed (lower case, canonical tone placement), escaped, longest first. Words of
 * one length go in code-unit order: at one position at most one of them can match,
 * so any fixed order finds the same, and this one is the same under every ICU
 * (localeCompare cost each pool thread ~7 ms of its start-up, building ~100 patterns).
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words.map((w) => matchKey(w.normalize('NFC'))))]
    .sort((a, b) => b.length - a.length || compareCodeUnits(a, b))
    .map((w) => escapeRegExp(w).replace(/ /gu, ' '))
    .join('|');
}

/**
 * An alternation (`a|b|…`, as `alternation`/`alternationLoose` make it) with the
 * words grouped by their first character: `c(?:hương…|ông…)|n(?:ghị…)|…`. At a
 * position only the words starting with its character can match, and their
 * order is kept, so the first word that matches is the same; a whole-text scan
 * with it tests one character per group instead of one per word (about a fifth
 * faster for the document-type words). Left as it is when a word starts with an
 * escape or a group (its first character is then no literal). Not for patterns
 * with the `i` flag, where words of two groups may match at one position.
 */
export function byFirstCharacter(alternation: string): string {
  // Words are split at "|": none may hold an escaped "|", a group or a class (where a "|" would not part words).
  if (/\\\||[()[\]]/u.test(alternation)) return alternation;
  const words = alternation.split('|');
  if (words.some((w) => w === '' || /^[\\^$.*+?{}|]/u.test(w) || w.codePointAt(0)! > 0xffff)) return alternation;
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const rest = groups.get(w[0]!) ?? [];
    rest.push(w.slice(1));
    groups.set(w[0]!, rest);
  }
  return [...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}

/** Lookbehind/lookahead that stand for a word boundary on Vietnamese text. */
export const WB_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
export const WB_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/**
 * Like `alternation`, but a space in a word matches any run of whitespace
 * (for text where line breaks survive, e.g. table cells joined across rows).
 */
export function alternationLoose(words: readonly string[]): string {
  return [...new Set(words.map((w) => matchKey(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&').replace(/ /gu, '\\s+'))
    .join('|');
}

// ---------------------------------------------------------------------------
/*
 * Matching at a position within a bounded window. A sticky or global regex run
 * on the whole text from a candidate position is handed the rest of the text:
 * when it fails, or searches for a stop that is not there, it passes over
 * everything to the end. Done once per candidate, that is quadratic on a text
 * full of candidates. Reading on a window of fixed reach keeps each candidate's
 * work constant; the reach is far beyond the longest real number, date, name or
 * issuer phrase, so results on real documents do not change.
 */

/** Characters kept before the position: the one-character word-boundary lookbehinds see the real text. */
const BEHIND = 1;

/**
 * `re` (sticky or global) run at `at` on `s`, seeing at most `reach` characters
 * from `at`; the match's index is an offset into `s`. At the window's end `$`
 * matches, as at the end of a text.
 */
export function execWithin(re: RegExp, s: string, at: number, reach: number): RegExpExecArray | null {
  const from = Math.max(0, at - BEHIND);
  const to = Math.min(s.length, at + reach);
  re.lastIndex = at - from;
  const m = re.exec(s.slice(from, to));
  if (m) m.index += from;
  return m;
}

/** Whether `re` (sticky or global) matches at `at` on `s` within `reach` characters. */
export function testWithin(re: RegExp, s: string, at: number, reach: number): boolean {
  return execWithin(re, s, at, reach) !== null;
}

// ---------------------------------------------------------------------------
/*
 * Scanning a whole text for words. A global pattern that opens with the
 * word-boundary lookbehind (WB_BEFORE) is tried at every position of the text,
 * lookbehind first, and V8 cannot skip ahead to where the words' first letters
 * stand: on a 40 kB plan the document-type scan of the reference rule cost 2 ms.
 * The same pattern without the lookbehind lets V8 skip; the boundary is then
 * checked on the few matches. The matches are the same, in the same order: a
 * match rejected at p is retried from p + 1, as the engine would have done.
 */

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether the code point ending just before `i` is a letter, mark or digit (what WB_BEFORE rejects). */
export function wordCharBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  let cp = c;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) cp = s.codePointAt(i - 2)!;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * The next match of global `re` on `s` from `re.lastIndex` that starts a word, as
 * `new RegExp(WB_BEFORE + re.source, re.flags)` would find it. `re` is a word
 * pattern compiled without the leading lookbehind.
 */
export function execAtWordStart(re: RegExp, s: string): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!wordCharBefore(s, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * The source of a pattern that opens with WB_BEFORE, without it, for a scan
 * with `execAtWordStart`; null when the source does not open with it, or when
 * it has a top-level alternation (the lookbehind would then guard only the
 * first alternative, and dropping it would not be the same as checking every
 * match). Sources are those of `u`-flagged patterns: `\` escapes one character,
 * and `[`…`]` holds no group.
 */
export function withoutLeadingWordBoundary(source: string): string | null {
  if (!source.startsWith(WB_BEFORE)) return null;
  const rest = source.slice(WB_BEFORE.length);
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return null;
  }
  return rest;
}
