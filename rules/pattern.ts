/** Helpers to build Unicode-safe patterns from word lists. */
import { matchKey } from '../pipeline/text/match-key.js';

/** Escapes regex metacharacters. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
}

/**
 * An alternation of `words` for patterns that run on the matchKey: each word is
 * keyed (lower case, canonical tone placement), escaped, longest first.
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words.map((w) => matchKey(w.normalize('NFC'))))]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => escapeRegExp(w).replace(/ /gu, ' '))
    .join('|');
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
