/** Text overlap measures used to pair records (GUIDELINE: overlap coefficient of syllable sets). */

/** Lower-cased syllables of a text, punctuation dropped. */
export function syllables(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter((s) => s.length > 0),
  );
}

/** |A ∩ B| / min(|A|, |B|), 0 when either is empty. */
export function overlapCoefficient(a: string, b: string): number {
  const A = syllables(a);
  const B = syllables(b);
  if (A.size === 0 || B.size === 0) return 0;
  let common = 0;
  for (const s of A) if (B.has(s)) common++;
  return common / Math.min(A.size, B.size);
}
