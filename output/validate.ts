/**
 * Validation of a document result before it is written.
 *
 * The zod schema (./schema.ts) defines a valid result. Checking one with zod's
 * parse cost ~6 % of a batch's pool time: zod walks its schema objects generically
 * and copies the result. So a result is first checked by a function compiled from
 * the zod schema's JSON Schema (./document-result-validator.ts, `npm run schema`),
 * which only reads. When that accepts, zod accepts too and would return a copy
 * that serialises to the same bytes (tests/output/validate.test.ts holds the two
 * to that, on corpus results and on damaged ones). When it declines, zod decides
 * (stripping an unknown key, or naming the first problem), loaded only then.
 */
import isDocumentResult from './document-result-validator.js';
import type { DocumentResult } from './schema.js';

/** The outcome of {@link validateDocumentResult}: zod's `safeParse` verdict, data and first issue. */
export type DocumentValidation =
  | { success: true; data: DocumentResult }
  | { success: false; issue: { path: PropertyKey[]; message: string } | undefined };

/** Validates `value` as a document result, with the verdict and data of `DocumentResult.safeParse`. */
export async function validateDocumentResult(value: unknown): Promise<DocumentValidation> {
  if ((isDocumentResult as (data: unknown) => boolean)(value)) return { success: true, data: value as DocumentResult };
  const { DocumentResult } = await import('./schema.js');
  const parsed = DocumentResult.safeParse(value);
  if (parsed.success) return { success: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return { success: false, issue: issue ? { path: issue.path, message: issue.message } : undefined };
}
