/** White-space questions about text, answered by one scan of its code units (the shortcuts of `\s+` patterns). */
import { isWhiteSpaceUnit } from './code-units.js';

/** `text.replace(/\s+/gu, ' ').trim()`, returning already folded text as it is. */
export function foldSpaces(text: string): string {
  const n = text.length;
  if (n === 0 || (!isWhiteSpaceUnit(text.charCodeAt(0)) && !isWhiteSpaceUnit(text.charCodeAt(n - 1)) && spacedOnce(text))) return text;
  return foldSpacesByRegex(text);
}

/** `foldSpaces` by its definition, kept for the test that checks the shortcut. */
export function foldSpacesByRegex(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Whether the only white space of `text` is single ASCII spaces. */
export function spacedOnce(text: string): boolean {
  const n = text.length;
  let spaceBefore = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isWhiteSpaceUnit(c)) {
      spaceBefore = false;
      continue;
    }
    if (c !== 32 || spaceBefore) return false;
    spaceBefore = true;
  }
  return true;
}

/** Words of `text`, counted up to `limit` (stops early on long text). */
export function wordCountUpTo(text: string, limit: number): number {
  // Runs of code units that are not white space: the runs of /\S+/gu (a surrogate is no white space either).
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpaceUnit(text.charCodeAt(i));
    if (!space && !inWord && ++n >= limit) return n;
    inWord = !space;
  }
  return n;
}

/** `wordCountUpTo` by its definition, kept for the test that checks the scan. */
export function wordCountUpToByRegex(text: string, limit: number): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/gu)) if (++n >= limit) break;
  return n;
}
