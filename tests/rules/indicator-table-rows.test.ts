/** Report tables whose rows are shorter than the header (merged group rows, rows a format cut short) still read. */
import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../rules/vi/indicator/index.js';
import { ctxOfText } from './context.js';

const TABLE = [
  'PHỤ LỤC',
  'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025',
  'TT\tTên chỉ tiêu\tĐơn vị tính\tChỉ tiêu cụ thể\tMức độ hoàn thành\tThời gian hoàn thành\tGhi chú',
  '1\tXã hội số',
  '1.1\tTỷ lệ người dân có tài khoản thanh toán điện tử\t%\t70%\t65%',
  '1.2\tTỷ lệ hộ gia đình có đường Internet cáp quang\t%\t80%\t82%\tĐã hoàn thành\t',
].join('\n');

describe('short table rows', () => {
  it('reads targets and actuals of rows missing their last cells, and skips the group row', () => {
    const records = extractIndicators(ctxOfText(TABLE, 2025));
    const values = records.map((r) => [r.value, r.kind]);
    expect(values).toEqual([[70, 'target'], [65, 'actual'], [80, 'target'], [82, 'actual']]);
  });
});
