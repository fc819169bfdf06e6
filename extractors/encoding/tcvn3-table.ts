/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts), bytes 0xA0–0xFF.
 *
 * VN3 only has capitals for the seven untoned letters Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7):
 * ABC users typed every toned capital with the lowercase code in a capital font
 * (.VnTimeH), so case must be restored from context (see `restoreTcvn3Case`).
 * Bytes 0x80–0x9F are not TCVN3 letters here: files saved from Word keep “ ” …
 * there as Windows-1252 (glibc's TCVN5712-1 is the VN1 table, which puts capitals
 * there). The positions VN3 leaves empty fall back to VN1's capitals and combining
 * tones, so VN1 files still decode.
 *
 * The lowercase letters agree with `iconv -f TCVN5712-1` (checked code by code).
 */
export const TCVN3_HIGH: readonly string[] = [
  // 0xA0
  '\u00A0', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ',
  // 0xB0: VN1 combining tones, then a-row
  '\u0300', '\u0309', '\u0303', '\u0301', '\u0323', 'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ',
  // 0xC0
  'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ',
  // 0xD0
  'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò',
  // 0xE0
  'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù',
  // 0xF0
  'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố',
];
