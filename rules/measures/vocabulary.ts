/**
 * Vietnamese vocabulary used to normalise measure subjects before matching:
 * abbreviations that plans use interchangeably with the full phrase, spelling
 * variants, and filler words that carry no meaning for which measure is meant.
 * Everything here is lower case; `match.ts` passes it through `matchKey` once at
 * load time, so tone placement ("hoá"/"hóa") does not matter.
 */

/** Single-token abbreviations and the phrase they stand for. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  tthc: 'thủ tục hành chính',
  dvctt: 'dịch vụ công trực tuyến',
  dvc: 'dịch vụ công',
  cbcc: 'cán bộ công chức',
  cbccvc: 'cán bộ công chức viên chức',
  cqnn: 'cơ quan nhà nước',
  cqhcnn: 'cơ quan hành chính nhà nước',
  dnnvv: 'doanh nghiệp nhỏ và vừa',
  csdl: 'cơ sở dữ liệu',
  cntt: 'công nghệ thông tin',
  attt: 'an toàn thông tin',
  htx: 'hợp tác xã',
  tmđt: 'thương mại điện tử',
  hsskđt: 'hồ sơ sức khỏe điện tử',
  cđs: 'chuyển đổi số',
  ubnd: 'ủy ban nhân dân',
  httt: 'hệ thống thông tin',
  cnsc: 'công nghệ số cộng đồng',
  cnscđ: 'công nghệ số cộng đồng',
  ioc: 'trung tâm giám sát điều hành thông minh',
  dti: 'chỉ số đánh giá chuyển đổi số',
};

/** Spelling variants seen in plans, mapped to the usual spelling (token level). */
export const VARIANTS: Readonly<Record<string, string>> = {
  tỉ: 'tỷ',
  camara: 'camera',
  virus: 'vi rút',
  wifi: 'wi fi',
  smartphone: 'điện thoại thông minh',
  'e-mail': 'email',
};

/**
 * Leading words that only frame a measure ("Tỷ lệ …", "Số …", "Các …") and are
 * dropped before comparing a subject with an alias.
 */
export const LEADING_FILLERS: readonly string[] = [
  // not bare "số": it starts "số hóa" (digitisation), a measure of its own
  'tỷ lệ', 'số lượng', 'các', 'những', 'toàn bộ', 'phấn đấu', 'đạt',
];

/**
 * Cell texts of qualitative report rows ("…: Có", "…: Chưa") — the guideline
 * appends them to the subject after a colon; they do not change the measure.
 * A colon tail is dropped when it is at most this many syllables.
 */
export const QUALITATIVE_TAIL_MAX_SYLLABLES = 8;

/**
 * Function words ignored by the similarity fallback: they appear in nearly every
 * measure name and would otherwise dominate short subjects.
 */
export const SIMILARITY_STOPWORDS: readonly string[] = [
  'tỷ', 'lệ', 'các', 'được', 'của', 'trên', 'và', 'có', 'cho', 'về', 'theo', 'tại', 'trong', 'đến',
  'địa', 'bàn', 'xã', 'huyện', 'tỉnh', 'với', 'từ', 'để', 'là', 'những', 'số lượng', 'đạt',
];
