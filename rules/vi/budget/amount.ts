/** Reading Vietnamese amounts: "1.500" = 1500, "2,5" = 2.5; money units to millions. */
import { matchKey } from '../../../pipeline/text/match-key.js';
import { MONEY_UNITS } from './dictionary.js';

/** Parses a number written the Vietnamese way (dot thousands, comma decimals). */
export function parseAmount(raw: string): number | null {
  const s = raw.trim();
  let n: number;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(s)) n = Number(s.replace(/\./gu, '').replace(',', '.'));
  else if (/^\d+(?:,\d+)?$/u.test(s)) n = Number(s.replace(',', '.'));
  else if (/^\d+\.\d{1,2}$/u.test(s)) n = Number(s);
  else return null;
  return Number.isFinite(n) ? n : null;
}

/** Factor to millions of a money unit as written, or null. */
export function unitFactor(unit: string): number | null {
  const k = matchKey(unit).replace(/\s+/gu, ' ').trim();
  return MONEY_UNITS.find(([w]) => matchKey(w) === k)?.[1] ?? null;
}

/** Rounds away float noise from unit conversion. */
export const toMillions = (n: number, factor: number): number => Math.round(n * factor * 1e6) / 1e6;
