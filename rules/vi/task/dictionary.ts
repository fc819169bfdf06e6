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
