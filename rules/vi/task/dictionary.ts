/** Words of task assignments in Vietnamese plans, as data (lower case NFC). */

/** Field labels under a numbered task ("- Bộ phận thực hiện: …"). */
export const LEAD_LABELS = [
  'bộ phận thực hiện', 'bộ phận chủ trì', 'đơn vị thực hiện', 'đơn vị chủ trì', 'cơ quan chủ trì', 'cơ quan thực hiện',
  'chủ trì thực hiện', 'chủ trì', 'người thực hiện', 'bộ phận tham mưu', 'tham mưu thực hiện', 'trách nhiệm thực hiện', 'phụ trách',
];
export const SUPPORT_LABELS = [
  'bộ phận phối hợp thực hiện', 'bộ phận phối hợp', 'đơn vị phối hợp thực hiện', 'đơn vị phối hợp', 'cơ quan phối hợp', 'phối hợp thực hiện', 'phối hợp',
];
export const DEADLINE_LABELS = ['thời gian thực hiện', 'thời gian hoàn thành', 'thời hạn hoàn thành', 'thời hạn', 'thời gian', 'tiến độ thực hiện', 'tiến độ'];

/** Headings of the sections where duties are listed under unit headings. */
export const DUTY_SECTION_HEADINGS = ['tổ chức thực hiện', 'nhiệm vụ cụ thể', 'trách nhiệm', 'phân công', 'giải pháp, nhiệm vụ', 'nhiệm vụ và giải pháp'];

/** A unit heading may start with these words before the unit ("Đề nghị UBMTTQ …"). */
export const UNIT_HEADING_LEADS = ['đề nghị', 'giao', 'trách nhiệm của', 'đối với'];

/** "phối hợp với X" inside a duty names a supporting unit. */
export const SUPPORT_INLINE = ['phối hợp với', 'phối hợp cùng'];

/**
 * Openings of a document's closing part: the "Trên đây là Kế hoạch …" formula,
 * the recipients list and the signature. Nothing after them is an assigned duty.
 */
export const CLOSING_OPENERS = ['trên đây là', 'nơi nhận', 'tm. ủy ban nhân dân', 'tm ủy ban nhân dân', 'kt. chủ tịch', 'kt chủ tịch'];
/** The issuing body, as the subject of a closing request ("UBND xã Thành Thọ đề nghị các cơ quan …"). */
export const ISSUING_BODIES = ['ubnd xã', 'ủy ban nhân dân xã', 'ubnd phường', 'ủy ban nhân dân phường', 'ubnd thị trấn', 'ủy ban nhân dân thị trấn'];
/** Verbs of the issuing body's closing request ("đề nghị", "yêu cầu"). */
export const CLOSING_VERBS = ['đề nghị', 'yêu cầu', 'kính đề nghị'];
/** "Vậy UBND xã … báo cáo …": a report's closing (the particle marks the conclusion). */
export const CLOSING_PARTICLES = ['vậy', 'như vậy'];
export const REPORT_VERBS = ['báo cáo', 'kính báo cáo'];

/** Headings of the sections that list work to be done (a plan's "Nhiệm vụ", "Giải pháp"; a report's "Nhiệm vụ, giải pháp tiếp theo"). */
export const TASK_SECTION_HEADINGS = ['nhiệm vụ', 'giải pháp', 'phương hướng'];
/** Words that make such a heading look forward in a report ("… tiếp theo", "… trong thời gian tới", "Phương hướng, nhiệm vụ năm 2025"). */
export const FORWARD_HEADING_WORDS = ['tiếp theo', 'thời gian tới', 'sắp tới', 'năm tới', 'phương hướng', 'những tháng cuối năm', 'tháng cuối năm'];
/** Words of a heading over results: what it lists was done, whatever else it says ("Kết quả thực hiện nhiệm vụ năm 2024"). */
export const RESULT_HEADING_WORDS = ['kết quả', 'đánh giá', 'tình hình', 'đã đạt', 'tồn tại', 'hạn chế'];
/** The body a report speaks for: the lead of forward-looking work whose subject is left out. */
export const REPORTING_BODY = 'UBND xã';
/** Verbs whose object is a unit doing the work under the lead ("Chỉ đạo các Tổ công nghệ số …", "huy động sự tham gia của lực lượng Đoàn Thanh niên"). */
export const DIRECTING_VERBS = ['chỉ đạo, yêu cầu', 'chỉ đạo', 'giao', 'yêu cầu', 'đề nghị'];
export const MOBILISING_PHRASES = ['huy động sự tham gia của lực lượng', 'huy động sự tham gia của', 'huy động lực lượng', 'huy động'];
/** A report's aim sentence ("Phấn đấu, đến tháng 10 năm 2024, sẽ hoàn thành …"): work still to be done. */
export const AIM_OPENERS = ['phấn đấu'];
/** Words of past narrative: a sentence with them reports work done, it assigns none. */
export const PAST_MARKERS = ['đã', 'đã được', 'đã và đang'];
/** Filler before a list of units that open a paragraph ("Các thành viên …; các cán bộ … thực hiện …:"), ends the subject. */
export const SUBJECT_END_VERBS = [
  'thực hiện', 'có trách nhiệm', 'chịu trách nhiệm', 'triển khai', 'chủ động', 'tổ chức', 'căn cứ', 'có nhiệm vụ', 'báo cáo', 'phối hợp', 'tập trung',
];
/** Clauses that may open a sentence before its subject ("Căn cứ vào các văn bản …, UBND xã ban hành …"). */
export const INTRO_CLAUSES = ['căn cứ', 'trên cơ sở', 'để'];
/**
 * Words that make a bare year or period in a duty's running text its time
 * ("hoàn thành trong năm 2024", "đến hết năm 2025"). Without them the year names
 * the object ("xây dựng Kế hoạch chuyển đổi số năm 2024", "Chương trình … giai
 * đoạn 2022 - 2025") and is not the task's deadline.
 */
export const TIME_PREPOSITIONS = ['trong', 'đến', 'đến hết', 'đến cuối', 'hết', 'cuối', 'hoàn thành', 'trước', 'từ', 'vào', 'suốt', 'thời gian', 'thời hạn', 'ngay trong'];
/** Words before a time that make it part of a programme's name ("giai đoạn 2021-2025, định hướng đến năm 2030"). */
export const NAMED_HORIZON = ['định hướng', 'tầm nhìn'];
/** Nouns of a plan or programme: "hàng năm" after them names the annual plan ("Kế hoạch chuyển đổi số hàng năm"), not when the work is done. */
export const ANNUAL_DOCUMENT_NOUNS = ['kế hoạch', 'chương trình', 'dự toán'];
