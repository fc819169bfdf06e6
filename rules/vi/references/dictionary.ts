/**
 * Vietnamese vocabulary of cited documents, as data: document type words, the
 * heads of issuing bodies, and the words that end an issuer phrase or introduce
 * a citation. Patterns are built from these on the tone-insensitive key.
 */

/** Type words as written (any case/tone placement) → the type recorded. Longest first. */
export const DOC_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['chương trình hành động', 'Chương trình'],
  ['kế hoạch hành động', 'Kế hoạch'],
  ['kế hoạch liên tịch', 'Kế hoạch'],
  ['nghị quyết liên tịch', 'Nghị quyết'],
  ['thông tư liên tịch', 'Thông tư'],
  ['kế hoạch', 'Kế hoạch'],
  ['quyết định', 'Quyết định'],
  ['nghị quyết', 'Nghị quyết'],
  ['nghị định', 'Nghị định'],
  ['chỉ thị', 'Chỉ thị'],
  ['công văn', 'Công văn'],
  // "Văn bản số 3109/BTTTT-CĐSQG" is an official letter.
  ['văn bản', 'Công văn'],
  ['chương trình', 'Chương trình'],
  ['thông tư', 'Thông tư'],
  ['thông báo', 'Thông báo'],
  ['hướng dẫn', 'Hướng dẫn'],
  ['đề án', 'Đề án'],
];

/** Types an unnumbered mention may be recorded as ("Quyết định thành lập Ban chỉ đạo"). */
export const UNNUMBERED_TYPES: ReadonlyArray<string> = ['kế hoạch', 'quyết định', 'nghị quyết', 'chỉ thị'];

/** The word "số" (number) and its abbreviation, before a document number. */
export const NUMBER_WORDS: ReadonlyArray<string> = ['số', 'sô'];

/** Words that start an issuing body ("của UBND huyện …", "của Thủ tướng Chính phủ"). */
export const ISSUER_HEADS: ReadonlyArray<string> = [
  'ubnd', 'ủy ban', 'uỷ ban', 'hđnd', 'hội đồng', 'chủ tịch', 'thủ tướng', 'chính phủ', 'bộ', 'sở', 'phòng',
  'ban', 'bch', 'đảng ủy', 'đảng uỷ', 'tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'thành uỷ', 'huyện ủy', 'huyện uỷ',
  'thị ủy', 'thị uỷ', 'bộ trưởng', 'giám đốc', 'trưởng ban', 'văn phòng', 'trung ương', 'quốc hội', 'bộ chính trị',
  'ủy ban quốc gia', 'bcđ', 'mttq', 'ubmttq',
];

/** Words after which an issuer phrase ends ("của UBND tỉnh | về việc …"). */
export const ISSUER_STOPS: ReadonlyArray<string> = [
  'về', 'ban hành', 'thực hiện', 'triển khai', 'phê duyệt', 'quy định', 'để', 'tại', 'ngày', 'theo', 'trong',
  'hướng dẫn', 'v/v', 'nhằm', 'đã', 'được', 'giao', 'với', 'cho', 'gồm', 'kèm theo', 'đến', 'năm',
];

/**
 * Verbs after which an unnumbered type word names an existing document
 * ("đã ban hành Quyết định thành lập …", "Căn cứ vào Nghị quyết của Đảng ủy xã").
 */
export const CITING_VERBS: ReadonlyArray<string> = [
  'căn cứ vào', 'căn cứ', 'thực hiện', 'ban hành', 'đăng tải', 'theo', 'triển khai',
];

/**
 * Verbs that cite an existing document only with a subject ("UBND xã xây dựng Kế
 * hoạch về …", "đã xây dựng …"); bare, they state a task ("1.2. Xây dựng kế hoạch về …").
 */
export const SUBJECT_VERBS: ReadonlyArray<string> = ['xây dựng', 'ban hành'];

/** Heads of a commune-level body that may be the subject issuing a document ("UBND xã Thành Thọ đã ban hành"). */
export const SUBJECT_HEADS: ReadonlyArray<string> = ['ubnd', 'ủy ban nhân dân', 'uỷ ban nhân dân', 'đảng ủy', 'đảng uỷ', 'ban chỉ đạo', 'bcđ', 'hđnd'];

/** Tense words between a subject and its verb. */
export const PAST_WORDS: ReadonlyArray<string> = ['đã'];

/**
 * What follows an unnumbered type word that makes it a specific document:
 * its issuer ("của …"), or its subject ("thành lập …", "phân công …", "về …").
 * `about` marks the weak "về" cue, accepted only after a citing verb.
 */
export const UNNUMBERED_DESCRIPTORS: ReadonlyArray<readonly [string, 'issuer' | 'subject' | 'about']> = [
  ['của', 'issuer'],
  ['thành lập', 'subject'],
  ['kiện toàn', 'subject'],
  ['phân công', 'subject'],
  ['về việc', 'subject'],
  ['về', 'about'],
];

/** Words just before a type word that make it generic or the document itself ("các quyết định", "kế hoạch này"). */
export const GENERIC_BEFORE: ReadonlyArray<string> = ['các', 'những', 'mọi', 'nội dung'];
export const SELF_AFTER: ReadonlyArray<string> = ['này', 'số'];
