/** Turns a phrase naming units into the units as written, keeping only phrases that resolve. */
import { resolveUnits } from '../units/index.js';

/** Units named by `text` as written; unknown ones are kept too (the resolver warns later). */
export function unitsIn(text: string): string[] {
  const cleaned = text.replace(/[.;]+\s*$/u, '').trim();
  if (!cleaned) return [];
  return resolveUnits(cleaned).map((u) => u.text);
}

/** True when `text` names at least one known unit. */
export function namesUnit(text: string): boolean {
  return resolveUnits(text).some((u) => u.canonical !== null);
}
