/**
 * Is a word a well-formed Vietnamese syllable? Used to score candidate decodings
 * and to measure how much of a text is garbage.
 */
import { memoByString } from '../../pipeline/text/memo.js';
import { CLOSED_NUCLEI, CODAS, CODAS_OF_NUCLEUS, NUCLEI_OF_CODA, FREQUENT_WORDS, NEEDS_CODA, ONSETS, OPEN_NUCLEI, STOP_CODAS } from './vietnamese-data.js';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ACUTE_OR_DOT = new Set(['\u0301', '\u0323']);
const WORD = /[\p{L}\p{M}]+/gu;

/** The coda of `rest` (nucleus + coda), '' for none, or null when `rest` is not a rhyme. */
function nucleusWithCoda(rest: string): string | null {
  if (CLOSED_NUCLEI.has(rest) || (OPEN_NUCLEI.has(rest) && !NEEDS_CODA.has(rest))) return '';
  for (const coda of CODAS) {
    if (rest.length <= coda.length || !rest.endsWith(coda)) continue;
    const nucleus = rest.slice(0, -coda.length);
    if (!OPEN_NUCLEI.has(nucleus)) continue;
    if ((CODAS_OF_NUCLEUS.get(nucleus)?.has(coda) ?? true) && (NUCLEI_OF_CODA.get(coda)?.has(nucleus) ?? true)) return coda;
  }
  return null;
}

/**
 * True when `word` (any case, NFC or NFD) spells one Vietnamese syllable:
 * onset + nucleus + coda, at most one tone, and only acute/dot-below before c/ch/p/t.
 */
export function isVietnameseSyllable(word: string): boolean {
  return isSyllableMemo(word);
}

function isVietnameseSyllableOf(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const base = decomposed.replace(TONES, '').normalize('NFC');
  if (base.length === 0 || base.length > 7) return false;
  const candidates = [''];
  for (const onset of ONSETS) if (base.startsWith(onset)) candidates.push(onset);
  for (const onset of candidates) {
    const coda = nucleusWithCoda(base.slice(onset.length));
    if (coda === null) continue;
    if (tones.length === 1 && STOP_CODAS.has(coda) && !ACUTE_OR_DOT.has(tones[0]!)) continue;
    return true;
  }
  return false;
}

/** Counts of words in `text` (runs of letters and marks). */
export interface SyllableStats {
  words: number;
  /** Words that are well-formed Vietnamese syllables. */
  syllables: number;
  /** Words in the list of very frequent administrative words. */
  frequent: number;
}

/** Counts words, valid syllables and frequent words in `text`. */
export function syllableStats(text: string): SyllableStats {
  let words = 0;
  let syllables = 0;
  let frequent = 0;
  for (const match of text.matchAll(WORD)) {
    words++;
    const kind = wordKindMemo(match[0]);
    if (kind & SYLLABLE) syllables++;
    if (kind & FREQUENT) frequent++;
  }
  return { words, syllables, frequent };
}

/** Share (0..1) of the words of `text` that are well-formed Vietnamese syllables; 0 when there are no words. */
export function vietnameseSyllableRatio(text: string): number {
  const stats = syllableStats(text);
  return stats.words === 0 ? 0 : stats.syllables / stats.words;
}

// A document repeats its words: each is judged once.
const isSyllableMemo = memoByString(isVietnameseSyllableOf);

const SYLLABLE = 1;
const FREQUENT = 2;
/** Both judgements of a word as bit flags, so a text scan looks each word up once (no case folding per occurrence). */
const wordKindMemo = memoByString((word: string): number => {
  return (isVietnameseSyllable(word) ? SYLLABLE : 0) | (FREQUENT_WORDS.has(word.toLowerCase().normalize('NFC')) ? FREQUENT : 0);
});
