/**
 * Vietnamese spelling data used to judge whether a decoding "looks Vietnamese".
 * Parts of a syllable without its tone mark: onset + nucleus (+ coda).
 */

/** Initial consonants, longest first so a greedy reader tries "ngh" before "ng". */
export const ONSETS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

/** Vowel nuclei that may take a final consonant ("an", "oan", "uyên"). */
export const OPEN_NUCLEI: ReadonlySet<string> = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'iê', 'yê', 'oa', 'oă', 'oe', 'oo', 'uâ', 'uê', 'uô', 'uy', 'ươ', 'uyê',
]);

/** Nuclei that only stand without a final consonant. */
export const CLOSED_NUCLEI: ReadonlySet<string> = new Set([
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui',
  'uơ', 'ưa', 'ưi', 'ưu', 'ya', 'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uai', 'uây', 'uôi',
  'uya', 'uyu', 'ươi', 'ươu',
]);

/** Open nuclei that cannot end a syllable ("ăn" but never "ă"). */
export const NEEDS_CODA: ReadonlySet<string> = new Set(['ă', 'â', 'iê', 'yê', 'oă', 'uâ', 'uô', 'ươ', 'uyê']);

/** Nuclei found only before some codas ("xoong", "moóc"; never "boon"). */
export const CODAS_OF_NUCLEUS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['oo', new Set(['ng', 'c'])]]);

/** Nuclei before "-nh"/"-ch" ("tính", never "tơnh"). */
const FRONT_NUCLEI: ReadonlySet<string> = new Set(['a', 'ê', 'i', 'y', 'oa', 'uê', 'uy']);
/** "-ng"/"-c" follow only these ("tiếng", never "ting"). */
const BEFORE_NG: ReadonlySet<string> = new Set(['a', 'ă', 'â', 'e', 'o', 'ô', 'ơ', 'u', 'ư', 'iê', 'yê', 'oa', 'oă', 'oe', 'oo', 'uâ', 'uô', 'ươ', 'uyê']);
/** Codas found only after some nuclei. */
export const NUCLEI_OF_CODA: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['nh', FRONT_NUCLEI],
  ['ch', FRONT_NUCLEI],
  ['ng', BEFORE_NG],
  ['c', BEFORE_NG],
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
  'của', 'và', 'các', 'được', 'thực', 'hiện', 'chuyển', 'đổi', 'số', 'xã', 'năm', 'trên', 'theo',
  'người', 'cho', 'với', 'có', 'không', 'những', 'một', 'đã', 'để', 'tại', 'trong', 'công', 'dân',
  'hành', 'kế', 'hoạch', 'nhiệm', 'vụ', 'quản', 'lý', 'dịch', 'dữ', 'liệu', 'triển', 'khai', 'ủy',
  'uỷ', 'nhân', 'chính', 'quyền', 'thông', 'tin', 'là', 'từ', 'đến', 'về', 'đạt', 'việc', 'cấp',
  'đơn', 'vị', 'tổ', 'chức', 'nâng', 'cao', 'sử', 'dụng', 'ứng', 'điện', 'tử', 'trực', 'tuyến',
  'hồ', 'sơ', 'nội', 'dung', 'phát', 'xây', 'dựng', 'mục', 'đích', 'yêu', 'cầu', 'nơi', 'nhận',
  'lưu', 'bản', 'ban', 'chỉ', 'đạo', 'tiêu', 'phó', 'chủ', 'tịch', 'thủ', 'tục', 'cải', 'cách',
  'huyện', 'tỉnh', 'phòng', 'văn', 'hóa', 'hoá', 'kinh', 'tế', 'hội', 'đồng', 'đảng', 'mặt',
  'trận', 'đoàn', 'thể', 'cán', 'bộ', 'hệ', 'thống', 'phần', 'mềm', 'mạng', 'tài', 'khoản', 'định',
  'danh', 'quy', 'nghị', 'quyết', 'ngày', 'tháng', 'giai', 'đoạn', 'tăng', 'cường', 'đảm', 'bảo',
  'an', 'toàn', 'kết', 'quả', 'báo', 'cáo', 'tuyên', 'truyền', 'hướng', 'dẫn', 'kiểm', 'tra',
  'giám', 'sát', 'phối', 'hợp', 'trách', 'nguồn', 'phí', 'ngân', 'sách', 'thời', 'gian', 'gắn',
  'địa', 'bàn', 'nông', 'thôn', 'mới', 'thanh', 'toán', 'trường', 'học', 'như', 'phụ', 'lục', 'quý',
]);
