/**
 * Recognises list markers and section numbering at the start of a block.
 * Numbering forms: `I.`, `1.`, `1.1.`, `2.1.3`, `a)`, `1)`; markers: - + * • –.
 */

// "- ", "+ ", "• ", "– " (also "-Text" as typed without a space)
const MARKER = /^(?<marker>[-+*•–])[ ]?(?=\S)/u;
// "I. ", "1. ", "1.1. ", "2.1.3 ", "a) ", "1) "
const NUMBERING =
  /^(?<num>[IVXL]{1,5}(?=[.:]\s)|\d{1,2}(?:\.\d{1,2}){1,3}(?=\.?\s)|\d{1,2}(?=[.)]\s)|[a-zđ](?=\)\s))[.):]?[ ]/u;

/** Result of reading a block's head. */
export interface BlockHead {
  marker: string | null;
  numbering: string | null;
  /** Characters taken by marker and numbering (and their spaces). */
  length: number;
}

/**
 * Whether code unit `c` may open a marker ([-+*•–]) or a numbering ([IVXL],
 * a digit, [a-zđ]): the first characters of MARKER and NUMBERING. Most lines
 * open with neither and need no pattern run.
 */
function mayOpenHead(c: number): boolean {
  return (
    c === 45 || c === 43 || c === 42 || c === 0x2022 || c === 0x2013 ||
    (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 0x111 ||
    c === 73 || c === 86 || c === 88 || c === 76
  );
}

/** Reads the marker and numbering at the start of `text`. */
export function readBlockHead(text: string): BlockHead {
  if (!mayOpenHead(text.charCodeAt(0))) return { marker: null, numbering: null, length: 0 };
  return readBlockHeadByPattern(text);
}

/** `readBlockHead` with both patterns run whatever the first character, kept for the test that checks the shortcut. */
export function readBlockHeadByPattern(text: string): BlockHead {
  let rest = text;
  let length = 0;
  let marker: string | null = null;
  const m = MARKER.exec(rest);
  // "-1,5%" or "- 20%" are values, not markers followed by numbering; only take the marker.
  if (m?.groups?.['marker']) {
    marker = m.groups['marker'];
    length += m[0].length;
    rest = rest.slice(m[0].length);
  }
  let numbering: string | null = null;
  const n = NUMBERING.exec(rest);
  if (n?.groups?.['num']) {
    numbering = n.groups['num'];
    length += n[0].length;
  }
  return { marker, numbering, length };
}

/** Whether a raw source line starts a new block on its own (a marker or numbering). */
export function startsBlock(line: string): boolean {
  const h = readBlockHead(line.trimStart());
  return h.marker !== null || h.numbering !== null;
}

/** Level of a numbering label: Roman 1, `1` 2, `1.1` 3, `1.1.1` 4, letters 5. */
export function numberingLevel(numbering: string): number {
  if (/^[IVXL]+$/u.test(numbering)) return 1;
  if (/^[a-zđ]$/u.test(numbering)) return 6;
  return 1 + numbering.split('.').length;
}
