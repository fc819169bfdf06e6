/** Test helper: builds a RuleContext from a text file or string, as the pipeline does. */
import { readFileSync } from 'node:fs';
import { normalise } from '../../pipeline/normalise/index.js';
import { structure } from '../../pipeline/structure/index.js';
import { detectLayout } from '../../extractors/text.js';
import { matchKey } from '../../pipeline/text/match-key.js';
import type { RuleContext } from '../../rules/types.js';

/** A RuleContext for `text` (plain-text extraction). */
export function ctxOfText(raw: string, docYear: number | null = null): RuleContext {
  const text = raw.normalize('NFC');
  const n = normalise({ format: 'txt', text, layout: detectLayout(text), pages: null, encoding: 'utf-8', ocr: false, status: 'ok', messages: [] });
  const s = structure(n);
  return { text: n.text, key: matchKey(n.text), normalised: n, structure: s, docYear, docType: null };
}

/** A RuleContext for the file at `path`. */
export function ctxOf(path: string, docYear: number | null = null): RuleContext {
  return ctxOfText(readFileSync(path, 'utf8'), docYear);
}
