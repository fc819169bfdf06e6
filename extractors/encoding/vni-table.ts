/**
 * VNI-Windows (fonts VNI-Times, VNI-Helve …), as Windows-1252 characters.
 *
 * VNI writes most toned vowels as a base letter followed by a mark byte
 * ("a" + "ù" = á, "a" + "á" = ấ, "a" + "é" = ắ); the mark byte's case follows
 * the letter's ("Keá", "KEÁ"). A few letters have one byte of their own (ơ, ư, đ
 * and the i/ỵ family), which are letters wherever they stand.
 */

/** Single-byte VNI letters (Windows-1252 character → Unicode letter). */
export const VNI_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ô', 'ơ'], ['Ô', 'Ơ'],
  ['ö', 'ư'], ['Ö', 'Ư'],
  ['ñ', 'đ'], ['Ñ', 'Đ'],
  ['ì', 'ì'], ['Ì', 'Ì'],
  ['í', 'í'], ['Í', 'Í'],
  ['æ', 'ỉ'], ['Æ', 'Ỉ'],
  ['ó', 'ĩ'], ['Ó', 'Ĩ'],
  ['ò', 'ị'], ['Ò', 'Ị'],
  ['î', 'ỵ'], ['Î', 'Ỵ'],
]);

/** What a mark byte adds to the letter before it. */
export interface VniMark {
  /** `circumflex` marks follow a/e/o, `breve` marks follow a, `tone` marks follow any vowel. */
  kind: 'circumflex' | 'breve' | 'tone';
  /** Combining characters appended to the base (NFC composes them). */
  combining: string;
}

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';

/** Lowercase mark characters; the uppercase forms (`toUpperCase()`) mean the same. */
const LOWER_MARKS: readonly (readonly [string, VniMark])[] = [
  ['ù', { kind: 'tone', combining: ACUTE }],
  ['ø', { kind: 'tone', combining: GRAVE }],
  ['û', { kind: 'tone', combining: HOOK }],
  ['õ', { kind: 'tone', combining: TILDE }],
  ['ï', { kind: 'tone', combining: DOT }],
  ['â', { kind: 'circumflex', combining: CIRC }],
  ['á', { kind: 'circumflex', combining: CIRC + ACUTE }],
  ['à', { kind: 'circumflex', combining: CIRC + GRAVE }],
  ['å', { kind: 'circumflex', combining: CIRC + HOOK }],
  ['ã', { kind: 'circumflex', combining: CIRC + TILDE }],
  ['ä', { kind: 'circumflex', combining: CIRC + DOT }],
  ['ê', { kind: 'breve', combining: BREVE }],
  ['é', { kind: 'breve', combining: BREVE + ACUTE }],
  ['è', { kind: 'breve', combining: BREVE + GRAVE }],
  ['ú', { kind: 'breve', combining: BREVE + HOOK }],
  ['ü', { kind: 'breve', combining: BREVE + TILDE }],
  ['ë', { kind: 'breve', combining: BREVE + DOT }],
];

/** Mark characters (both cases) → their meaning. */
export const VNI_MARKS: ReadonlyMap<string, VniMark> = new Map(
  LOWER_MARKS.flatMap(([ch, mark]) => [[ch, mark], [ch.toUpperCase(), mark]] as [string, VniMark][]),
);
