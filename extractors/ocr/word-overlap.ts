/**
 * Word overlap between OCR output and a reference text: the share of the
 * reference's words (as a multiset) that the OCR text also contains. Used to
 * measure OCR quality against the text layer of the same page.
 */
// Through ../pdf/pdfjs.js, never directly: that module loads pdfjs without its process-wide polyfills.
import { pdfjs } from '../pdf/pdfjs.js';
import { matchKey } from '../../pipeline/text/match-key.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Words of a text, case- and tone-placement-insensitive (via `matchKey`). */
export function words(text: string): string[] {
  return matchKey(text.normalize('NFC')).match(WORD) ?? [];
}

/** Share of reference words found in the candidate (multiset), with the counts. */
export function wordOverlap(reference: string, candidate: string): { ratio: number; found: number; total: number } {
  const bag = new Map<string, number>();
  for (const w of words(candidate)) bag.set(w, (bag.get(w) ?? 0) + 1);
  let found = 0;
  const ref = words(reference);
  for (const w of ref) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      found++;
      bag.set(w, n - 1);
    }
  }
  return { ratio: ref.length ? found / ref.length : 1, found, total: ref.length };
}

/** The text layer of each page of a born-digital PDF, one string per page. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const out: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      out.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
          .join('')
          .normalize('NFC'),
      );
    }
    return out;
  } finally {
    await doc.destroy();
  }
}
