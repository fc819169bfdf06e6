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
