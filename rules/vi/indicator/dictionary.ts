/**
 * Vietnamese words that indicator rules read, as data. Matched on the
 * tone-insensitive key (lower case), so write them in lower case NFC.
 */
import type { Comparator } from '../../../output/schema.js';

/** Words standing right before a number and what they make of it. Longest first is applied by the builder. */
export const COMPARATOR_BEFORE: ReadonlyArray<readonly [string, Comparator]> = [
  ['không vượt quá', '<='],
  ['chưa đạt', '<'],
  ['chưa tới', '<'],
  ['chưa đến', '<'],
  ['không thấp hơn', '>='],
  ['không ít hơn', '>='],
  ['không dưới', '>='],
  ['tối thiểu', '>='],
  ['ít nhất', '>='],
  ['tối đa', '<='],
  ['không quá', '<='],
  ['lên trên', '>'],
  ['cao hơn', '>'],
  ['nhiều hơn', '>'],
  ['thấp hơn', '<'],
  ['vượt', '>'],
  ['trên', '>'],
  ['hơn', '>'],
  ['dưới', '<'],
];

/** Words right after a number ("80% trở lên"). */
export const COMPARATOR_AFTER: ReadonlyArray<readonly [string, Comparator]> = [
  ['trở lên', '>='],
  ['trở xuống', '<='],
];

/**
 * Words after the value that may stand after the counted noun instead
 * ("90% người dân, doanh nghiệp trở lên hài lòng"); never across a number
 * or a "từ", which make them part of the subject ("từ 15 tuổi trở lên").
 */
export const COMPARATOR_DEFERRED: ReadonlyArray<readonly [string, Comparator]> = [['trở lên', '>=']];
/** How far after the value a deferred comparator may stand (characters). */
export const COMPARATOR_DEFERRED_REACH = 40;
/** Words that, between the value and a deferred comparator, make it part of the subject ("cán bộ cấp phòng trở lên"). */
export const COMPARATOR_DEFERRED_BLOCKERS = ['từ', 'cấp', 'tuổi'];

/** Words joining the two ends of a range ("từ 60% đến 80%"). */
export const RANGE_JOINERS = ['đến', 'tới', '-', '–'];

/** Leading words that are not part of a subject ("Phấn đấu 100% …"). */
export const SUBJECT_LEAD_FILLERS = [
  'phấn đấu đạt',
  'tính đến nay',
  'đến nay',
  'hiện nay',
  'hiện tại',
  'phấn đấu',
  'đảm bảo',
  'bảo đảm',
  'duy trì',
  'đạt',
  'có',
  'với',
  'và',
  'trong đó',
  'cụ thể',
];

/** Words around the value that are not part of a subject ("… đạt tỷ lệ trên 90%"). */
export const SUBJECT_VALUE_FILLERS = ['từ', 'đã có', 'có', 'đạt tỷ lệ', 'đạt được', 'đã đạt', 'đạt mức', 'đạt', 'lên', 'là', 'được', 'tới', 'ở mức', 'khoảng', 'gần', 'xấp xỉ'];

/** Wording that marks a value as achieved. */
export const ACTUAL_CUES = ['đã đạt', 'đạt được', 'đã có', 'đã được', 'hiện nay', 'đến nay', 'tính đến', 'hiện có', 'đã thực hiện', 'đã triển khai', 'trong năm qua', 'đã'];

/** Wording that marks a value as aimed for. */
export const TARGET_CUES = ['phấn đấu', 'chỉ tiêu', 'mục tiêu', 'đảm bảo', 'bảo đảm', 'duy trì', 'đến năm', 'đến cuối năm', 'kế hoạch', 'dự kiến', 'tiếp tục', 'nâng cao', 'hướng tới'];

/**
 * Target wording that still marks a value when it stands after it ("100% hộ
 * được phủ sóng, phấn đấu …"). Verbs and nouns that often name the object of
 * past work ("… kế hoạch chuyển đổi số", "… nâng cao nhận thức") count only
 * before the value.
 */
export const TARGET_CUES_AFTER = ['phấn đấu', 'chỉ tiêu', 'mục tiêu', 'dự kiến', 'hướng tới', 'đến năm', 'đến cuối năm'];

/** Headings whose content reports what was achieved. */
export const ACTUAL_HEADINGS = ['kết quả', 'đánh giá', 'tình hình thực hiện', 'đã đạt', 'thực trạng', 'công tác chỉ đạo, điều hành'];

/** Headings whose content sets targets. */
export const TARGET_HEADINGS = ['mục tiêu', 'chỉ tiêu', 'kế hoạch', 'nhiệm vụ', 'phương hướng', 'giải pháp', 'tổ chức thực hiện', 'định hướng'];

/**
 * Nouns that make "05 tin bài" a count indicator. A count needs one of these
 * right after the number; anything else (a document's own "39 chỉ tiêu",
 * "4 nhóm") is not an indicator.
 */
export const COUNT_NOUNS = [
  'mắt camera', 'camera', 'tin bài', 'video clip', 'người dân', 'bài viết', 'bài', 'tin', 'lượt tuyên truyền', 'lượt', 'tổ giúp việc', 'tổ công nghệ số cộng đồng',
  'tổ công nghệ số', 'tổ', 'thôn', 'bản', 'tổ dân phố', 'khu phố', 'hộ gia đình', 'hộ', 'điểm bưu điện văn hóa xã', 'điểm wifi', 'điểm phát wifi',
  'điểm', 'cột truyền thanh cụm', 'cột truyền thanh', 'cụm loa', 'loa', 'máy tính', 'máy', 'hội nghị', 'lớp tập huấn', 'lớp', 'buổi',
  'người', 'cán bộ', 'công chức', 'tài khoản', 'doanh nghiệp', 'hợp tác xã', 'sản phẩm', 'thủ tục', 'hồ sơ', 'văn bản', 'cuộc', 'đợt', 'trang', 'chữ ký số',
  'thiết bị', 'hệ thống', 'phần mềm', 'nhóm zalo', 'video', 'clip', 'thành viên',
];

/**
 * Words right before a count that make it a description of the commune or of a
 * list, not a level of a measure ("dân số 12.450 người", "gồm 11 thôn").
 */
export const NOT_COUNT_BEFORE = ['gồm', 'bao gồm', 'dân số', 'diện tích', 'tổng dân số', 'trong tổng số', 'trên tổng số', 'trong số'];

/** Nouns after a number that never make an indicator (a plan's own structure). */
export const NOT_COUNT_NOUNS = ['chỉ tiêu', 'nhóm', 'nhiệm vụ', 'giải pháp', 'nội dung', 'tiêu chí', 'mục', 'điều', 'khoản', 'phụ lục', 'tuổi', 'năm', 'tháng', 'ngày', 'giờ', 'phút', 'lần'];

/**
 * Plan-structure nouns that do make a count when achieved out of a total:
 * "đạt 13/17 chỉ tiêu" (GUIDELINE: value 13, outOf 17), unlike "39 chỉ tiêu".
 */
export const OUT_OF_NOUNS = ['chỉ tiêu', 'tiêu chí', 'nhiệm vụ', 'nội dung'];

/** Words for levels of government in "95% cấp tỉnh, 85% cấp huyện, 60% cấp xã". */
export const LEVEL_WORDS: ReadonlyArray<readonly [string, 'tinh' | 'huyen' | 'xa']> = [
  ['cấp tỉnh', 'tinh'],
  ['cấp huyện', 'huyen'],
  ['cấp xã', 'xa'],
];

/** Money units after a number and what they make of it: factor to the record's unit ("2,5 tỷ đồng" → 2500 vnd_million). */
export const MONEY_UNITS: ReadonlyArray<readonly [string, 'vnd_million' | 'vnd', number]> = [
  ['triệu đồng', 'vnd_million', 1],
  ['tr.đồng', 'vnd_million', 1],
  ['trđ', 'vnd_million', 1],
  ['tỷ đồng', 'vnd_million', 1000],
  ['đồng', 'vnd', 1],
];

/**
 * Words that make an amount in a clause a budget line, not an indicator
 * ("Kinh phí thực hiện: 50 triệu đồng"): the budget rule records those.
 */
export const BUDGET_CLAUSE_WORDS = ['kinh phí', 'dự toán', 'ngân sách', 'nguồn vốn', 'chi phí', 'tổng mức đầu tư', 'đầu tư'];

/**
 * Words a subject starts with when it is only a predicate ("100% được tiếp cận
 * thông tin"): the value then borrows the noun of the subject before it in the
 * sentence ("30% doanh nghiệp nhỏ và vừa sử dụng nền tảng số, 100% được …").
 */
export const PREDICATE_STARTS = ['được', 'có', 'đã', 'sử dụng', 'tham gia', 'thực hiện', 'kết nối', 'đăng ký', 'hài lòng', 'biết'];

/** Words a count's noun phrase may end on before the next value ("… kỹ năng số cho 150 người dân"). */
export const COUNT_TRAIL_WORDS = ['cho', 'ở', 'với', 'và', 'của', 'tại', 'trên', 'gồm', 'là', 'trong đó', 'với tổng số'];

/** Words joining a count to the place counted after it ("07 tổ công nghệ số ở 7 thôn" → 7 thôn có tổ công nghệ số). */
export const LOCATIVE_JOINERS = ['ở', 'tại', 'trên', 'ở các', 'tại các'];

/** Words that alone name no measure ("Duy trì tỷ lệ 100% các doanh nghiệp …": the measure follows the value). */
export const BARE_MEASURE_WORDS = ['tỷ lệ', 'số lượng', 'mức', 'mức độ', 'chỉ số'];

/** Word after a rank that introduces what is ranked ("nâng hạng (1/25) về chỉ số chuyển đổi số"), and the subject's head. */
export const RANK_TOPIC_WORD = 'về';
export const RANK_SUBJECT_HEAD = 'xếp hạng';

/**
 * A change, not a level: "vượt 8,5% so với chỉ tiêu", "tăng 12% so với năm 2022".
 * A value with one of CHANGE_BEFORE right before it and CHANGE_AFTER right after it is no indicator.
 */
export const CHANGE_BEFORE = ['tăng', 'giảm', 'vượt', 'cao hơn', 'thấp hơn', 'tăng thêm'];
export const CHANGE_AFTER = ['so với', 'so cùng kỳ'];

/** Words opening a breakdown of the value before ("đạt 99% (trong đó mức độ 3: 99%; mức độ 4: 100%)"). */
export const BREAKDOWN_WORDS = ['trong đó', 'cụ thể'];
