/**
 * Column-header words of Vietnamese plan and report tables, as data: they tell
 * what a column holds. Matched on the tone-insensitive key; longest first.
 */
import type { ColumnRole } from '../../pipeline/structure/types.js';

export const COLUMN_HEADERS: ReadonlyArray<readonly [string, ColumnRole]> = [
  ['chủ trì theo dõi', 'monitor'],
  ['chủ trì thực hiện', 'lead'],
  ['đơn vị chủ trì', 'lead'],
  ['cơ quan chủ trì', 'lead'],
  ['phối hợp', 'support'],
  ['mức độ hoàn thành', 'actual'],
  ['kết quả thực hiện', 'actual'],
  ['kết quả đạt được', 'actual'],
  ['thực hiện', 'actual'],
  ['kết quả', 'actual'],
  ['chỉ tiêu cụ thể', 'target'],
  ['chỉ tiêu giao', 'target'],
  ['kế hoạch', 'target'],
  ['mục tiêu', 'target'],
  ['thời gian hoàn thành', 'deadline'],
  ['thời gian thực hiện', 'deadline'],
  ['thời gian', 'deadline'],
  ['tiến độ', 'deadline'],
  ['đơn vị tính', 'unit'],
  ['đvt', 'unit'],
  ['tên chỉ tiêu', 'measure'],
  ['tên nhiệm vụ', 'measure'],
  ['nội dung', 'measure'],
  ['chỉ tiêu', 'measure'],
  ['nhiệm vụ', 'measure'],
  ['kinh phí', 'amount'],
  ['dự toán', 'amount'],
  ['nguồn vốn', 'source'],
  ['ghi chú', 'note'],
  ['tình trạng', 'status'],
  ['stt', 'index'],
  ['tt', 'index'],
];

/** Status phrases written in report tables ("Đã hoàn thành", "Đang triển khai"). */
export const STATUS_PREFIXES = ['đã hoàn thành', 'đã và đang', 'đang triển khai', 'đang thực hiện', 'chưa hoàn thành', 'chưa thực hiện', 'hoàn thành'];

/** Qualitative cell values ("Có", "Chưa") recorded with a null value. */
export const QUALITATIVE_VALUES = ['có', 'chưa', 'không', 'đạt', 'chưa đạt', 'đáp ứng', 'chưa đáp ứng', 'sử dụng hiệu quả', 'cung cấp đầy đủ thông tin theo quy định'];
