/** Whether a line is written in capitals (a heading such as "II. NHIỆM VỤ TRỌNG TÂM"). */
import { codeUnitTable } from '../text/code-units.js';

/**
 * The definition: at least four letters, none changed by upper-casing, some
 * changed by lower-casing. Kept for the test that checks `isAllCaps` against it.
 */
export function isAllCapsByRegex(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/*
 * Asked of every line of a wrapped document, often twice; building the string
 * of letters and two case-mapped copies of it was the cost. Upper-casing maps
 * each character on its own, so the letters are unchanged by it exactly when
 * each one is; one lowered character suffices for the string to change. Each
 * UTF-16 code unit's answer is kept in a table, filled from the same
 * expressions on first sight; text with surrogate pairs takes the definition.
 */
const NOT_LETTER = 1;
const CASELESS = 2;
const UPPER = 3;
const NOT_UPPER = 4;
const LETTER = /^\p{L}$/u;

function caseKind(ch: string): number {
  if (!LETTER.test(ch)) return NOT_LETTER;
  if (ch.toUpperCase() !== ch) return NOT_UPPER;
  return ch.toLowerCase() !== ch ? UPPER : CASELESS;
}
const caseClass = codeUnitTable(caseKind);

/** Whether `text` has four or more letters, all capitals or caseless, at least one a capital. */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return isAllCapsByRegex(text);
    const k = caseClass(c);
    if (k === NOT_LETTER) continue;
    if (k === NOT_UPPER) return false;
    letters++;
    if (k === UPPER) upper = true;
  }
  return letters >= 4 && upper;
}
