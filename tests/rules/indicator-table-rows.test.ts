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

/*
 * PDF text can flatten a report row into its name cell: "<name> % 70% 50% <time or status>",
 * the value cells left empty. What follows the two values (and any cell right of the name) is
 * the row's time unless it opens with a status word.
 */
const GLUED_HEADER = 'STT\tChỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tThời gian\tGhi chú';
const gluedRows: Array<[string, string, { target: number; actual: number; deadline: string | null; status: string | null }]> = [
  ['a time after the values', '1\tTỷ lệ hồ sơ trực tuyến % 70% 50% Trong quý IV\t\t\t\t\tĐã hoàn thành', { target: 70, actual: 50, deadline: 'Trong quý IV', status: null }],
  ['a status after the values', '2\tTỷ lệ người dân có tài khoản % 60% 65% Đã thực hiện xong\t\t\t\t\t', { target: 60, actual: 65, deadline: null, status: 'Đã thực hiện xong' }],
  ['a time in a cell right of the name', '3\tTỷ lệ cán bộ dùng chữ ký số % 75% 80%\t\t\t\tnăm 2024\t', { target: 75, actual: 80, deadline: 'năm 2024', status: null }],
  ['a status in a cell right of the name', '4\tTỷ lệ thôn có wifi % 80% 90%\t\t\t\t\tĐang thực hiện', { target: 80, actual: 90, deadline: null, status: 'Đang thực hiện' }],
];

describe('glued table rows', () => {
  it.each(gluedRows)('%s', (_name, row, want) => {
    const records = extractIndicators(ctxOfText(['I. KẾT QUẢ', GLUED_HEADER, row].join('\n'), 2024));
    expect(records.map((r) => [r.kind, r.value, r.deadline?.text ?? null, r.status])).toEqual([
      ['target', want.target, want.deadline, want.status],
      ['actual', want.actual, want.deadline, want.status],
    ]);
  });
});
