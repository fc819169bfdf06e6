/**
 * Windows-1258 (Microsoft's Vietnamese code page), bytes 0x80–0xFF; `null` = undefined.
 *
 * Only the letters Ă Â Ê Ô Ơ Ư Đ and some Latin-1 vowels are precomposed; tones are
 * mostly combining bytes (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot
 * below), so decoded text must be NFC-normalised.
 */
export const CP1258_HIGH: readonly (string | null)[] = [
  // 0x80
  '\u20AC', null, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
  '\u02C6', '\u2030', null, '\u2039', '\u0152', null, null, null,
  // 0x90
  null, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
  '\u02DC', '\u2122', null, '\u203A', '\u0153', null, null, '\u0178',
  // 0xA0
  '\u00A0', '¡', '¢', '£', '¤', '¥', '¦', '§', '¨', '©', 'ª', '«', '¬', '\u00AD', '®', '¯',
  // 0xB0
  '°', '±', '²', '³', '´', 'µ', '¶', '·', '¸', '¹', 'º', '»', '¼', '½', '¾', '¿',
  // 0xC0
  'À', 'Á', 'Â', 'Ă', 'Ä', 'Å', 'Æ', 'Ç', 'È', 'É', 'Ê', 'Ë', '\u0300', 'Í', 'Î', 'Ï',
  // 0xD0
  'Đ', 'Ñ', '\u0309', 'Ó', 'Ô', 'Ơ', 'Ö', '×', 'Ø', 'Ù', 'Ú', 'Û', 'Ü', 'Ư', '\u0303', 'ß',
  // 0xE0
  'à', 'á', 'â', 'ă', 'ä', 'å', 'æ', 'ç', 'è', 'é', 'ê', 'ë', '\u0301', 'í', 'î', 'ï',
  // 0xF0
  'đ', 'ñ', '\u0323', 'ó', 'ô', 'ơ', 'ö', '÷', 'ø', 'ù', 'ú', 'û', 'ü', 'ư', '₫', 'ÿ',
];
