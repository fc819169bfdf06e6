/**
 * A matching key for Vietnamese text that ignores case and tone-mark placement
 * ("hoá" = "hóa", "Uỷ" = "ủy") but keeps every other letter, so rules can match
 * on the key and quote the real text at the same offsets.
 *
 * The key has exactly the same length (in UTF-16 code units) as its NFC input:
 * the tone mark only moves inside a syllable, and every Vietnamese vowel with a
 * tone has a precomposed form.
 */

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const SYLLABLE = /[\p{L}\p{M}]+/gu;

function canonicalSyllable(syllable: string): string {
  const lower = syllable.toLowerCase();
  const decomposed = lower.normalize('NFD');
  let tone = '';
  let base = '';
  for (const ch of decomposed) {
    if (TONE_MARKS.has(ch)) tone = ch;
    else base += ch;
  }
  if (!tone) return lower;
  // Letters of the base as [letter + its non-tone marks].
  const letters: string[] = [];
  for (const ch of base) {
    if (/\p{M}/u.test(ch) && letters.length > 0) letters[letters.length - 1] += ch;
    else letters.push(ch);
  }
  // Tone goes on the last vowel of the first vowel cluster: deterministic, so
  // both placement conventions map to the same key.
  let first = -1;
  let last = -1;
  for (let i = 0; i < letters.length; i++) {
    const head = letters[i]![0]!;
    if (VOWELS.has(head)) {
      if (first === -1) first = i;
      last = i;
    } else if (first !== -1) break;
  }
  if (first === -1) return lower;
  letters[last] = letters[last]! + tone;
  const out = letters.join('').normalize('NFC');
  return out.length === lower.length ? out : lower;
}

/**
 * Returns the matching key of `text` (NFC expected): lower case, tone placed canonically.
 * @example matchKey('Văn Hóa') === matchKey('văn hoá') // true
 */
export function matchKey(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text.replace(SYLLABLE, (s) => { const c = canonicalSyllable(s); return c.length === s.length ? c : s; });
  return lower.replace(SYLLABLE, canonicalSyllable);
}

/** Folds `text` to base letters without any diacritics ("Hóa" → "hoa", "đ" → "d"), for fuzzy lookups. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase();
}
