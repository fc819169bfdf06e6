/**
 * Vietnamese spelling data used to judge whether a decoding "looks Vietnamese".
 * Parts of a syllable without its tone mark: onset + nucleus (+ coda).
 */

/** Initial consonants, longest first so a greedy reader tries "ngh" before "ng". */
export const ONSETS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

/** Vowel nuclei, including those closed by a glide (ai, ao, iêu …). */
export const NUCLEI: ReadonlySet<string> = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'oo',
  'ôi', 'ơi', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'ya', 'yê',
  'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uai', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu',
]);

/** Final consonants. */
export const CODAS: readonly string[] = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't'];

/** Codas after which only the acute or dot-below tone is possible. */
export const STOP_CODAS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't']);

/**
 * Very frequent words of administrative Vietnamese (lower case, NFC): a correct
 * decoding is full of them, a wrong one almost never produces them.
 */
export const FREQUENT_WORDS: ReadonlySet<string> = new Set([
  'của', 'và', 'các', 'được', 'thực', 'hiện', 'chuyển', 'đổi', 'số', 'xã', 'năm', 'trên',
  'theo', 'người', 'cho', 'với', 'có', 'không', 'những', 'một', 'đã', 'để', 'tại', 'trong',
  'công', 'dân', 'hành', 'kế', 'hoạch', 'nhiệm', 'vụ', 'quản', 'lý', 'dịch', 'dữ', 'liệu',
  'triển', 'khai', 'ủy', 'uỷ', 'nhân', 'chính', 'quyền', 'thông', 'tin', 'là', 'từ', 'đến',
  'về', 'đạt', 'việc', 'cấp', 'đơn', 'vị', 'tổ', 'chức', 'nâng', 'cao', 'sử', 'dụng', 'ứng',
  'điện', 'tử', 'trực', 'tuyến', 'hồ', 'sơ', 'nội', 'dung', 'phát', 'triển', 'xây', 'dựng',
]);
