/** Vietnamese vocabulary of document headers, titles and signature blocks, as data. */

/** Title words that open a document, and the docType they give. */
export const DOC_HEADS: ReadonlyArray<readonly [string, 'plan' | 'report']> = [
  ['kế hoạch', 'plan'],
  ['báo cáo', 'report'],
];

/** Title phrases of a steering board's own activity plan. */
export const BOARD_PLAN_TITLES: ReadonlyArray<string> = ['hoạt động của ban chỉ đạo', 'hoạt động của bcđ', 'kế hoạch hoạt động của ban chỉ đạo'];

/** Part headings of a combined document: a report part and a plan part. */
export const REPORT_PART_HEADS: ReadonlyArray<string> = ['đánh giá kết quả thực hiện', 'kết quả thực hiện', 'đánh giá tình hình thực hiện'];
export const PLAN_PART_HEADS: ReadonlyArray<string> = ['kế hoạch'];
/** Words that mark a part heading ("Phần I:", "Phần II :"). */
export const PART_WORDS: ReadonlyArray<string> = ['phần'];

/** The topic a combined plan's title names when its part heading does not ("Kế hoạch năm 2023"). */
export const DEFAULT_TOPIC = 'chuyển đổi số';

/** Administrative levels: word as written → level. Longest first where one contains another. */
export const COMMUNE_WORDS: ReadonlyArray<string> = ['thị trấn', 'phường', 'xã'];
export const DISTRICT_WORDS: ReadonlyArray<string> = ['thành phố', 'thị xã', 'huyện', 'quận', 'tp.', 'tp'];
/** District words of a city, whose name may be its province's ("thành phố Quảng Ngãi"). */
export const DISTRICT_CITY_WORDS: ReadonlyArray<string> = ['thành phố', 'tp.', 'tp'];
export const PROVINCE_WORDS: ReadonlyArray<string> = ['tỉnh'];

/** Words before "xã" that make it not a commune ("xã hội", "Cộng hòa xã hội") — checked on the next word. */
export const NOT_COMMUNE_NEXT: ReadonlyArray<string> = ['hội'];

/** Short forms of the people's committee, for the issuer. */
export const COMMITTEE = 'UBND';
export const BOARD = 'Ban Chỉ đạo chuyển đổi số';

/** Words before a year that make it a horizon, not the plan's year ("đến năm 2025", "giai đoạn 2021-2025"). */
export const HORIZON_BEFORE: ReadonlyArray<string> = ['đến', 'tới', 'đến hết', 'định hướng đến', 'tầm nhìn đến', 'giai đoạn', 'tháng'];

/** Signature-block lines: "on behalf of" prefixes that are not the signer's title. */
export const SIGN_PREFIXES: ReadonlyArray<string> = ['kt.', 'kt', 'tm.', 'tm', 'q.', 'tl.', 'tuq.'];

/** Signer titles as a signature block writes them (key) → as recorded. */
export const SIGNER_TITLES: ReadonlyArray<readonly [string, string]> = [
  ['phó chủ tịch thường trực', 'Phó Chủ tịch thường trực'],
  ['phó chủ tịch ubnd xã', 'Phó Chủ tịch UBND xã'],
  ['chủ tịch ubnd xã', 'Chủ tịch UBND xã'],
  ['chủ tịch ubnd phường', 'Chủ tịch UBND phường'],
  ['chủ tịch ubnd thị trấn', 'Chủ tịch UBND thị trấn'],
  ['phó chủ tịch', 'Phó Chủ tịch'],
  ['chủ tịch', 'Chủ tịch'],
  ['phó trưởng ban thường trực', 'Phó Trưởng Ban thường trực'],
  ['phó trưởng ban', 'Phó Trưởng Ban'],
  ['trưởng ban', 'Trưởng Ban'],
  ['bí thư', 'Bí thư'],
  ['phó bí thư', 'Phó Bí thư'],
  ['tổ trưởng', 'Tổ trưởng'],
];

/** Lines of a signature block that name the body, not a title ("TM. ỦY BAN NHÂN DÂN"). */
export const BODY_LINES: ReadonlyArray<string> = ['ủy ban nhân dân', 'uỷ ban nhân dân', 'ubnd', 'ban chỉ đạo', 'đảng ủy', 'đảng uỷ'];

/** Headings that end the body: the signature stands before them. */
export const APPENDIX_HEADS: ReadonlyArray<string> = ['phụ lục', 'biểu', 'danh mục'];

/** The recipients list ("Nơi nhận:") that stands beside or before the signature. */
export const RECIPIENTS = 'nơi nhận';

/**
 * Capitalised words that start a sentence, not a place name: where a title line is
 * folded into the preamble ("… xã Quang Trung Thực hiện Công văn …"), a name stops there.
 */
export const NAME_STOPS: ReadonlyArray<string> = [
  'thực', 'thưc', 'căn', 'kính', 'về', 'để', 'nhằm', 'theo', 'trên', 'trong', 'năm', 'giai', 'đến', 'ủy', 'uỷ',
  'ubnd', 'hđnd', 'đảng', 'xã', 'huyện', 'tỉnh', 'phường', 'quận', 'kế', 'báo', 'quyết', 'nghị',
];
