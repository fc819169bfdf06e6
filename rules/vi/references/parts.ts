/**
 * Readers of the parts of a citation that follow its type word: the document
 * number, its date and its issuer. Each reads at a given offset and returns
 * what it consumed, so a citation is parsed left to right in linear time.
 */
import { alternationLoose, byFirstCharacter, execWithin, testWithin, WB_BEFORE, WB_AFTER } from '../../pattern.js';
import { matchKey } from '../../../pipeline/text/match-key.js';
import { DOC_TYPES, ISSUER_HEADS, ISSUER_STOPS, NUMBER_WORDS } from './dictionary.js';

const B = WB_BEFORE;
const E = WB_AFTER;
const alt = alternationLoose;

/** How far a number, a date or the words before them may reach from where they are read. */
export const PART_REACH = 200;

/** Type words, on the key. */
export const TYPE_RE = new RegExp(`${B}(?:${alt(DOC_TYPES.map(([w]) => w))})${E}`, 'gu');
/** The same words for a whole-text scan with `execAtWordStart` (no leading lookbehind: see rules/pattern.ts). */
export const TYPE_SCAN = new RegExp(`(?:${byFirstCharacter(alt(DOC_TYPES.map(([w]) => w)))})${E}`, 'gu');
const TYPE_OF = new Map(DOC_TYPES.map(([w, t]) => [matchKey(w), t]));

/*
 * Type words are met at every citation and mention, and nearly always written
 * with single spaces: looked up as they are first. A hit is the answer folding
 * would give, as long as every key is its own fold (checked here, once).
 */
const KEYS_FOLDED = [...TYPE_OF.keys()].every((k) => k.replace(/\s+/gu, ' ') === k);

/** The recorded type of a matched type word (its key). */
export function typeOf(keyWord: string): string | null {
  const direct = KEYS_FOLDED ? TYPE_OF.get(keyWord) : undefined;
  return direct ?? typeOfByFolding(keyWord);
}

/** {@link typeOf} by folding white space first: the definition it is tested against. */
export function typeOfByFolding(keyWord: string): string | null {
  return TYPE_OF.get(keyWord.replace(/\s+/gu, ' ')) ?? null;
}

/**
 * A document number: digits, then segments joined by "/" or "-" (spaces around
 * them allowed: "1829 /QĐ – UBND", "06- NQ/TU"). Segments start with a capital
 * or digit and may hold one lower-case letter ("TTg", "CTr"). Runs on the text.
 */
const NUMBER_RE = /(?<![\p{L}\p{M}\p{N}/])\d{1,6}(?:\s?[/\-–—]\s?[\p{Lu}\d][\p{Lu}\d]*(?:\p{Ll}[\p{Lu}\d]*)?(?![\p{L}\p{M}]))*(?![\p{N}])/uy;
const NUMBER_INTRO_RE = new RegExp(`\\s+(?:(?:${alt(NUMBER_WORDS)})${E}\\s*:?\\s*)?`, 'uy');

/** Normalises a number as written: no spaces, dashes as "-" ("1829 /QĐ – UBND" → "1829/QĐ-UBND"). */
export function normaliseNumber(raw: string): string {
  return raw.replace(/\s+/gu, '').replace(/[–—]/gu, '-');
}

/** Reads "[số] 73/KH-UBND" at `at` (just after the type word). */
export function readNumber(text: string, key: string, at: number): { number: string; start: number; end: number } | null {
  const intro = execWithin(NUMBER_INTRO_RE, key, at, PART_REACH);
  if (!intro) return null;
  const saidNumber = /\S/u.test(intro[0]);
  const m = execWithin(NUMBER_RE, text, at + intro[0].length, PART_REACH);
  if (!m) return null;
  const number = normaliseNumber(m[0]);
  // Without "số", only a coded number ("45/2020/NĐ-CP") is a document number, not "Đề án 06".
  if (!saidNumber && !number.includes('/')) return null;
  // A date is not a number ("Kế hoạch 10/10/2024").
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/u.test(number)) return null;
  return { number, start: m.index, end: m.index + m[0].length };
}

// Literal words go through matchKey: the key moves tone marks ("ngày" → "ngaỳ").
const DAY = matchKey('ngày');
const DATE_NUMERIC = new RegExp(`\\s*,?\\s*(?:${DAY}\\s+)?(\\d{1,2})\\s?[/.\\-]\\s?(\\d{1,2})\\s?[/.\\-]\\s?(\\d{4})(?![\\p{N}])`, 'uy');
const DATE_WORDS = new RegExp(
  `\\s*,?\\s*${DAY}\\s+(\\d{1,2})\\s+${matchKey('tháng')}\\s+(\\d{1,2})\\s*,?\\s+${matchKey('năm')}\\s+(\\d{4})(?![\\p{N}])`,
  'uy',
);

/** Reads "ngày 10/05/2022", "ngày 30 tháng 5 năm 2023" or a bare "31/12/2022" at `at`; ISO date. */
export function readDate(key: string, at: number): { date: string; end: number } | null {
  for (const re of [DATE_NUMERIC, DATE_WORDS]) {
    const m = execWithin(re, key, at, PART_REACH);
    if (!m) continue;
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = Number(m[3]);
    const dt = new Date(Date.UTC(y, mo - 1, d));
    if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
    return { date: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, end: at + m[0].length };
  }
  return null;
}

const ISSUER_INTRO = new RegExp(`\\s*,?\\s*${matchKey('của')}\\s+`, 'uy');
const ISSUER_HEAD_RE = new RegExp(`(?:${alt(ISSUER_HEADS)})${E}`, 'uy');
const ISSUER_STOP_RE = new RegExp(
  `\\s+(?:${alt(ISSUER_STOPS)})${E}|\\s+và\\s+(?:${alt(DOC_TYPES.map(([w]) => w))})${E}|\\s*[;,.:()\\[\\]“”"'\\n]|\\s+\\d|$`,
  'gu',
);
/** Most words an issuer phrase may hold. */
const ISSUER_MAX_WORDS = 12;
/** How far an issuer phrase's stop is looked for: well past twelve words. */
const ISSUER_REACH = 300;

/** Reads "của UBND huyện Thạch Thành" at `at`: the issuer as written, without "của". */
export function readIssuer(text: string, key: string, at: number): { issuer: string; end: number } | null {
  const intro = execWithin(ISSUER_INTRO, key, at, PART_REACH);
  if (!intro) return null;
  const start = at + intro[0].length;
  const head = testWithin(ISSUER_HEAD_RE, key, start, PART_REACH);
  // An issuer names a body: a known head word, or a capitalised name ("Chí phủ").
  if (!head && !/^\p{Lu}/u.test(text.slice(start, start + 1))) return null;
  // Past the reach the window's end stands for the text's: the phrase is cut to its word limit below anyway.
  const stop = execWithin(ISSUER_STOP_RE, key, start, ISSUER_REACH);
  let end = stop ? stop.index : Math.min(key.length, start + ISSUER_REACH);
  const words = text.slice(start, end).split(/\s+/u);
  if (words.length > ISSUER_MAX_WORDS) end = start + words.slice(0, ISSUER_MAX_WORDS).join(' ').length;
  const issuer = text.slice(start, end).trim();
  return issuer ? { issuer, end } : null;
}
