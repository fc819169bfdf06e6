/**
 * Domain words of Vietnamese digital-transformation plans, as data: a heading
 * that names one of these sets the domain of what stands under it.
 * Longer, more specific phrases first (an alternation is built longest first).
 */
import type { Domain } from '../../output/schema.js';

/** Phrases (matched on the tone-insensitive key) → domain. */
export const DOMAIN_PHRASES: ReadonlyArray<readonly [string, Domain]> = [
  ['an toàn thông tin', 'an_toan_thong_tin'],
  ['an toàn, an ninh mạng', 'an_toan_thong_tin'],
  ['an ninh mạng', 'an_toan_thong_tin'],
  ['an ninh an toàn', 'an_toan_thong_tin'],
  ['chính quyền số', 'chinh_quyen_so'],
  ['chính quyền điện tử', 'chinh_quyen_so'],
  ['kinh tế số', 'kinh_te_so'],
  ['xã hội số', 'xa_hoi_so'],
  ['hạ tầng số', 'ha_tang_so'],
  ['hạ tầng công nghệ thông tin', 'ha_tang_so'],
  // "Hạ tầng và nền tảng số": the "số" of the second noun covers the first.
  ['hạ tầng', 'ha_tang_so'],
  ['nhận thức số', 'nhan_thuc_so'],
  ['nâng cao nhận thức', 'nhan_thuc_so'],
  ['thể chế số', 'the_che_so'],
  ['môi trường số', 'the_che_so'],
  ['dữ liệu số', 'du_lieu_so'],
  ['nền tảng số', 'nen_tang_so'],
  ['ứng dụng, dịch vụ số', 'nen_tang_so'],
  ['nhân lực số', 'nhan_luc_so'],
  ['nguồn nhân lực', 'nhan_luc_so'],
  ['kinh phí', 'kinh_phi'],
  ['dịch vụ công trực tuyến', 'chinh_quyen_so'],
];

/**
 * The three pillars of the national digital-transformation programme. A
 * heading that names two or more of them ("Chính quyền số, kinh tế số, xã hội
 * số") is an umbrella: each value under it takes the pillar its content is
 * about. A heading that names other domains together ("Hạ tầng số, nền tảng
 * số") gives the first one it names.
 */
export const PILLAR_DOMAINS: ReadonlySet<Domain> = new Set<Domain>(['chinh_quyen_so', 'kinh_te_so', 'xa_hoi_so']);

/**
 * Words of a subject that tell its pillar when its measure does not: who the
 * measure is about (citizens and households → digital society, firms →
 * digital economy, procedures and officials → digital government). Matched on
 * the tone-insensitive key; the earliest word in the subject wins.
 */
export const PILLAR_CONTENT_WORDS: ReadonlyArray<readonly [string, Domain]> = [
  ['thủ tục hành chính', 'chinh_quyen_so'],
  ['tthc', 'chinh_quyen_so'],
  ['dịch vụ công', 'chinh_quyen_so'],
  ['dvctt', 'chinh_quyen_so'],
  ['hồ sơ', 'chinh_quyen_so'],
  ['văn bản', 'chinh_quyen_so'],
  ['cán bộ', 'chinh_quyen_so'],
  ['công chức', 'chinh_quyen_so'],
  ['cbcc', 'chinh_quyen_so'],
  ['một cửa', 'chinh_quyen_so'],
  ['cơ quan nhà nước', 'chinh_quyen_so'],
  ['doanh nghiệp', 'kinh_te_so'],
  ['hợp tác xã', 'kinh_te_so'],
  ['hộ kinh doanh', 'kinh_te_so'],
  ['hộ sản xuất', 'kinh_te_so'],
  ['thương mại điện tử', 'kinh_te_so'],
  ['sàn thương mại', 'kinh_te_so'],
  ['sản phẩm ocop', 'kinh_te_so'],
  ['ocop', 'kinh_te_so'],
  ['thuế điện tử', 'kinh_te_so'],
  ['hóa đơn điện tử', 'kinh_te_so'],
  ['hợp đồng điện tử', 'kinh_te_so'],
  ['người dân', 'xa_hoi_so'],
  ['dân cư', 'xa_hoi_so'],
  ['dân số', 'xa_hoi_so'],
  ['hộ gia đình', 'xa_hoi_so'],
  ['điện thoại thông minh', 'xa_hoi_so'],
  ['internet', 'xa_hoi_so'],
  ['cáp quang', 'xa_hoi_so'],
  ['mạng di động', 'xa_hoi_so'],
  ['trường học', 'xa_hoi_so'],
  ['trạm y tế', 'xa_hoi_so'],
  ['học sinh', 'xa_hoi_so'],
  ['sổ sức khỏe điện tử', 'xa_hoi_so'],
  ['thanh toán không dùng tiền mặt', 'xa_hoi_so'],
];
