/**
 * Per-character questions in loops over whole documents ("is this white space?",
 * "a letter of which case?") cost a Unicode-property regex test each. Their
 * answer depends only on the UTF-16 code unit, so it is kept in a 64 KiB table,
 * filled from the same expression the first time a code unit is asked about.
 */

const UNSEEN = 255;

/**
 * A memo of `classify` by code unit: `classify` gets the one-unit string (a lone
 * surrogate for either half of a pair) and returns a class in 0–254.
 */
export function codeUnitTable(classify: (unit: string) => number): (code: number) => number {
  const table = new Uint8Array(0x10000).fill(UNSEEN);
  return (code) => {
    const k = table[code]!;
    if (k !== UNSEEN) return k;
    const computed = classify(String.fromCharCode(code));
    if (computed < 0 || computed >= UNSEEN) throw new RangeError(`code unit class ${computed} is outside 0–254`);
    return (table[code] = computed);
  };
}

const WHITE_SPACE = /^\s$/u;
const whiteSpaceClass = codeUnitTable((unit) => (WHITE_SPACE.test(unit) ? 1 : 0));

/** Whether the code unit is white space as `\s` and `String.prototype.trim` read it. */
export function isWhiteSpaceUnit(code: number): boolean {
  return whiteSpaceClass(code) === 1;
}

/**
 * Orders strings by their UTF-16 code units, the order `sort()` gives without a comparator:
 * the same on every machine, where `localeCompare` depends on the ICU build and costs more.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
