/** Builds the review page of a diff: re-reads each document's text (I/O), then renders (pure). */
import type { DiffInput } from '../diff/documents.js';
import type { RunDiff } from '../diff/types.js';
import { renderReviewPage } from './page.js';
import { reviewPage, type DocumentTexts } from './review-model.js';
import { loadSourceText } from './source-text.js';

/** The HTML review page of `diff`, whose sides were read as `a` and `b`. `review` renders one run without diff colours. */
export async function buildReviewPage(diff: RunDiff, a: DiffInput, b: DiffInput, options: { review?: boolean; ocr?: boolean } = {}): Promise<string> {
  const byName = (input: DiffInput) => new Map(input.sides.map((s) => [s.document, s]));
  const [mapA, mapB] = [byName(a), byName(b)];
  const texts = new Map<string, DocumentTexts>();
  for (const doc of diff.documents) {
    const ra = mapA.get(doc.documentA)?.result ?? null;
    const rb = mapB.get(doc.documentB)?.result ?? null;
    const tb = rb ? await loadSourceText(rb, options) : null;
    const ta = ra && !options.review ? (ra.source.sha256 === rb?.source.sha256 && ra.source.path === rb.source.path ? tb : await loadSourceText(ra, options)) : null;
    texts.set(doc.key, { a: ta, b: tb });
  }
  return renderReviewPage(reviewPage(diff, { a: a.sides, b: b.sides }, texts, options.review));
}
