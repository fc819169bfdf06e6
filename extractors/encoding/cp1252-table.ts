/**
 * Windows-1252 bytes 0x80–0x9F (the only range where it differs from Latin-1).
 *
 * Legacy Vietnamese documents reach us as Windows-1252 characters twice over:
 * 8-bit files keep “ ” … as Windows-1252 bytes, and Word/PDF runs in a legacy
 * font hold the legacy bytes read as Windows-1252 characters. `null` marks the
 * five bytes Windows-1252 leaves undefined.
 */
export const CP1252_C1: readonly (string | null)[] = [
  '\u20AC', null, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
  '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', null, '\u017D', null,
  null, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
  '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', null, '\u017E', '\u0178',
];

/** Character → Windows-1252 byte for the 0x80–0x9F specials (e.g. '…' → 0x85). */
export const CP1252_SPECIAL_TO_BYTE: ReadonlyMap<string, number> = new Map(
  CP1252_C1.flatMap((ch, i) => (ch === null ? [] : [[ch, 0x80 + i] as [string, number]])),
);

/** CP1252_SPECIAL_TO_BYTE by UTF-16 unit (0: not a special; the last special is U+2122). */
const SPECIAL_BYTE = new Uint8Array(0x2123);
for (const [ch, byte] of CP1252_SPECIAL_TO_BYTE) SPECIAL_BYTE[ch.charCodeAt(0)] = byte;

/**
 * The code points of `text`, each Windows-1252 special as its byte ('…' → 0x85): the
 * units the legacy decoders take. A table by code unit, not a Map by character — the
 * loop runs over every character of every legacy run.
 */
export function cp1252Units(text: string): number[] {
  const units: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        units.push((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    const byte = unit < SPECIAL_BYTE.length ? SPECIAL_BYTE[unit]! : 0;
    units.push(byte === 0 ? unit : byte);
  }
  return units;
}

/** Decodes one byte as Windows-1252; undefined bytes give `null`. */
export function cp1252Char(byte: number): string | null {
  if (byte >= 0x80 && byte <= 0x9f) return CP1252_C1[byte - 0x80] ?? null;
  return String.fromCharCode(byte);
}
