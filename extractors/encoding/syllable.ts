/**
 * Is a word a well-formed Vietnamese syllable? Used to score candidate decodings
 * and to measure how much of a text is garbage.
 */
import { memoByString } from '../../pipeline/text/memo.js';
import { CLOSED_NUCLEI, CODAS, CODAS_OF_NUCLEUS, NUCLEI_OF_CODA, NEEDS_CODA, ONSETS, OPEN_NUCLEI, STOP_CODAS } from './vietnamese-data.js';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ACUTE_OR_DOT = new Set(['\u0301', '\u0323']);

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

/** {@link isVietnameseSyllable} without the memo, for callers that keep their own table of judged words. */
export function judgeSyllable(word: string): boolean {
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

// A document repeats its words: each is judged once.
const isSyllableMemo = memoByString(judgeSyllable);

