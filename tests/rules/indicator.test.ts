/**
 * Indicator rules on sentences written the way commune plans and reports of
 * other provinces word them (Nghệ An, Quảng Nam, Bắc Giang, An Giang, Hà Tĩnh,
 * Thái Bình …): each input → the records GUIDELINE.md asks for.
 */
import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../rules/vi/indicator/index.js';
import type { IndicatorDraft } from '../../rules/types.js';
import { ctxOfText } from './context.js';

/** The fields a case states; unstated optional ones are not checked. */
interface Want {
  value: number | null;
  unit: IndicatorDraft['unit'];
  comparator: IndicatorDraft['comparator'];
  kind: IndicatorDraft['kind'];
  year: number;
  subject: string;
  valueMax?: number | null;
  countOf?: string | null;
  outOf?: number | null;
  level?: IndicatorDraft['level'];
  domain?: IndicatorDraft['domain'];
}

const DOC_YEAR = 2024;

function run(text: string, docYear = DOC_YEAR): IndicatorDraft[] {
  return extractIndicators(ctxOfText(text, docYear));
}

function pick(d: IndicatorDraft, w: Want): Partial<IndicatorDraft> {
  const out: Partial<IndicatorDraft> = {
    value: d.value,
    unit: d.unit,
    comparator: d.comparator,
    kind: d.kind,
    year: d.year,
    subject: d.subject,
    valueMax: d.valueMax,
    countOf: d.countOf,
  };
  if ('outOf' in w) out.outOf = d.outOf ?? null;
  if ('level' in w) out.level = d.level ?? null;
  if ('domain' in w) out.domain = d.domain;
  return out;
}

const want = (w: Want): Partial<IndicatorDraft> => ({ valueMax: null, countOf: null, ...w });

const pct = (value: number, comparator: Want['comparator'], subject: string, extra: Partial<Want> = {}): Want => ({
  value,
  unit: '%',
  comparator,
  kind: 'target',
  year: DOC_YEAR,
  subject,
  ...extra,
});

const count = (value: number, countOf: string, subject: string, extra: Partial<Want> = {}): Want => ({
  value,
  unit: 'count',
  comparator: '=',
  kind: 'target',
  year: DOC_YEAR,
  subject,
  countOf,
  ...extra,
});

const MATCH: ReadonlyArray<readonly [string, string, Want[]]> = [
  // Decimal comma, spaces before %, footnote digits.
  ['decimal comma', '- Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt 92,1%.', [pct(92.1, '=', 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình')]],
  ['space before %', '- 100 % cán bộ, công chức xã được cấp chữ ký số cá nhân.', [pct(100, '=', 'cán bộ, công chức xã được cấp chữ ký số cá nhân')]],
  ['decimal comma and space', '- Tỷ lệ người dân tham gia đánh giá mức độ hài lòng đạt 75,5 %.', [pct(75.5, '=', 'Tỷ lệ người dân tham gia đánh giá mức độ hài lòng')]],
  ['footnote digit glued', '- Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số đạt 80%1.', [pct(80, '=', 'Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số')]],
  ['footnote digit then text', '- Tỷ lệ hộ gia đình có địa chỉ số đạt 90%2 theo hướng dẫn của tỉnh.', [pct(90, '=', 'Tỷ lệ hộ gia đình có địa chỉ số')]],
  ['value on the next line', 'Phấn đấu đến cuối năm 2025, tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt\n85%.', [pct(85, '=', 'tỷ lệ hộ gia đình có kết nối Internet cáp quang', { year: 2025 })]],
  ['subject broken over lines', '- Tỷ lệ người dân trưởng thành có tài khoản thanh toán\nđiện tử đạt 65%.', [pct(65, '=', 'Tỷ lệ người dân trưởng thành có tài khoản thanh toán điện tử')]],
  // Comparators.
  ['trên → >', '- Tỷ lệ người dân trưởng thành có điện thoại thông minh đạt trên 80%.', [pct(80, '>', 'Tỷ lệ người dân trưởng thành có điện thoại thông minh')]],
  ['hơn → >', '- Có hơn 60% người dân sử dụng ứng dụng VNeID mức độ 2.', [pct(60, '>', 'người dân sử dụng ứng dụng VNeID mức độ 2')]],
  ['vượt → >', '- Tỷ lệ doanh nghiệp nộp thuế điện tử vượt 95%.', [pct(95, '>', 'Tỷ lệ doanh nghiệp nộp thuế điện tử')]],
  ['lên trên → >', '- Đảm bảo tỷ lệ cán bộ được tập huấn an toàn thông tin lên trên 85%.', [pct(85, '>', 'tỷ lệ cán bộ được tập huấn an toàn thông tin')]],
  ['Có trên → >', '- Có trên 90% hộ gia đình được phủ sóng Internet băng rộng cáp quang.', [pct(90, '>', 'hộ gia đình được phủ sóng Internet băng rộng cáp quang')]],
  ['tối thiểu → >=', '- Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt tối thiểu 95%.', [pct(95, '>=', 'Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử')]],
  ['đạt tỷ lệ tối thiểu → >=', '- Văn bản được tạo lập và xử lý trên môi trường mạng đạt tỷ lệ tối thiểu 70%.', [pct(70, '>=', 'Văn bản được tạo lập và xử lý trên môi trường mạng')]],
  ['ít nhất → >=', '- Tỷ lệ hồ sơ được số hóa kết quả giải quyết đạt ít nhất 60%.', [pct(60, '>=', 'Tỷ lệ hồ sơ được số hóa kết quả giải quyết')]],
  ['trở lên → >=', '- Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử đạt 70% trở lên.', [pct(70, '>=', 'Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử')]],
  ['từ … trở lên → >=', '- Tỷ lệ hộ gia đình có người dùng điện thoại thông minh từ 70% trở lên.', [pct(70, '>=', 'Tỷ lệ hộ gia đình có người dùng điện thoại thông minh')]],
  ['trở lên after the noun → >=', '- 90% người dân, doanh nghiệp trở lên hài lòng với kết quả giải quyết thủ tục hành chính.', [pct(90, '>=', 'người dân, doanh nghiệp hài lòng với kết quả giải quyết thủ tục hành chính')]],
  ['không dưới → >=', '- Tỷ lệ văn bản đi được ký số không dưới 90%.', [pct(90, '>=', 'Tỷ lệ văn bản đi được ký số')]],
  ['không thấp hơn → >=', '- Tỷ lệ hộ kinh doanh sử dụng mã QR để thanh toán không thấp hơn 40%.', [pct(40, '>=', 'Tỷ lệ hộ kinh doanh sử dụng mã QR để thanh toán')]],
  ['không ít hơn → >=', '- Tỷ lệ người dân hài lòng với dịch vụ công trực tuyến không ít hơn 80%.', [pct(80, '>=', 'Tỷ lệ người dân hài lòng với dịch vụ công trực tuyến')]],
  ['dưới → <', '- Tỷ lệ hồ sơ giải quyết quá hạn dưới 2%.', [pct(2, '<', 'Tỷ lệ hồ sơ giải quyết quá hạn')]],
  ['chưa đạt (…) → <', 'I. KẾT QUẢ THỰC HIỆN\n- Tỷ lệ doanh nghiệp ứng dụng nền tảng số chưa đạt (15%).', [pct(15, '<', 'Tỷ lệ doanh nghiệp ứng dụng nền tảng số', { kind: 'actual' })]],
  ['tối đa → <=', '- Tỷ lệ hồ sơ trả lại do sai sót tối đa 5%.', [pct(5, '<=', 'Tỷ lệ hồ sơ trả lại do sai sót')]],
  ['không quá → <=', '- Tỷ lệ hộ nghèo chưa có điện thoại thông minh không quá 10%.', [pct(10, '<=', 'Tỷ lệ hộ nghèo chưa có điện thoại thông minh')]],
  ['đạt → =', '- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.', [pct(98, '=', 'Tỷ lệ hồ sơ giải quyết đúng hạn')]],
  ['bare → =', '- 100% thôn, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động hiệu quả.', [pct(100, '=', 'thôn, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động hiệu quả')]],
  ['trên tổng số is not a comparator', '- 40% giao dịch thanh toán trực tuyến trên tổng số giao dịch thanh toán.', [pct(40, '=', 'giao dịch thanh toán trực tuyến trên tổng số giao dịch thanh toán')]],
  ['age phrase keeps =', '- Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản định danh điện tử đạt 100%.', [pct(100, '=', 'Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản định danh điện tử')]],
  // Ranges.
  ['từ … đến … → range', '- Tỷ lệ hộ gia đình sử dụng dịch vụ thanh toán không dùng tiền mặt từ 60% đến 80%.', [pct(60, 'range', 'Tỷ lệ hộ gia đình sử dụng dịch vụ thanh toán không dùng tiền mặt', { valueMax: 80 })]],
  ['a-b% → range', '- Tỷ lệ người dân sử dụng ứng dụng VNeID đạt 60-80%.', [pct(60, 'range', 'Tỷ lệ người dân sử dụng ứng dụng VNeID', { valueMax: 80 })]],
  ['a% - b% → range', '- Tỷ lệ hộ sản xuất nông nghiệp ứng dụng công nghệ số đạt 30% - 40%.', [pct(30, 'range', 'Tỷ lệ hộ sản xuất nông nghiệp ứng dụng công nghệ số', { valueMax: 40 })]],
  // Several values in one sentence; subject carried to the next value.
  [
    'two shares, two subjects',
    '- 100% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng, 90% hồ sơ được ký số.',
    [pct(100, '=', 'hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng'), pct(90, '=', 'hồ sơ được ký số')],
  ],
  [
    'second value borrows the noun',
    '- 30% doanh nghiệp nhỏ và vừa sử dụng nền tảng số, 100% được tiếp cận thông tin về chuyển đổi số.',
    [pct(30, '=', 'doanh nghiệp nhỏ và vừa sử dụng nền tảng số'), pct(100, '=', 'doanh nghiệp nhỏ và vừa được tiếp cận thông tin về chuyển đổi số')],
  ],
  [
    'levels in one sentence',
    '- Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình đạt 95% cấp tỉnh, 85% cấp huyện, 60% cấp xã.',
    [
      pct(95, '=', 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình', { level: 'tinh' }),
      pct(85, '=', 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình', { level: 'huyen' }),
      pct(60, '=', 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình', { level: 'xa' }),
    ],
  ],
  [
    'two comparators in one sentence',
    '- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5 %, hồ sơ quá hạn không quá 0,5%.',
    [pct(99.5, '=', 'Tỷ lệ hồ sơ giải quyết đúng hạn'), pct(0.5, '<=', 'hồ sơ quá hạn')],
  ],
  [
    'subject carried to a later year',
    '- Phấn đấu hết năm 2024 có ít nhất 50% hộ gia đình có tài khoản thanh toán điện tử; đến năm 2025 đạt 70%.',
    [pct(50, '>=', 'hộ gia đình có tài khoản thanh toán điện tử'), pct(70, '=', 'hộ gia đình có tài khoản thanh toán điện tử', { year: 2025 })],
  ],
  [
    'separate item before a comma',
    '- Tăng tỷ lệ hồ sơ được xử lý trực tuyến, trên 90% người dân, doanh nghiệp hài lòng với dịch vụ của cơ quan nhà nước.',
    [pct(90, '>', 'người dân, doanh nghiệp hài lòng với dịch vụ của cơ quan nhà nước')],
  ],
  [
    'labelled parts of a value ("trong đó")',
    'I. KẾT QUẢ THỰC HIỆN\nTỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến đạt 97,5% (trong đó mức độ 3: 96%; mức độ 4: 100%).',
    [
      pct(97.5, '=', 'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến', { kind: 'actual' }),
      pct(96, '=', 'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến mức độ 3', { kind: 'actual' }),
      pct(100, '=', 'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến mức độ 4', { kind: 'actual' }),
    ],
  ],
  [
    '"Trong đó" with its own subject',
    'I. KẾT QUẢ THỰC HIỆN\n50% người dân được tuyên truyền về dịch vụ số. Trong đó 87% người dân sử dụng sổ sức khỏe điện tử.',
    [pct(50, '=', 'người dân được tuyên truyền về dịch vụ số', { kind: 'actual' }), pct(87, '=', 'người dân sử dụng sổ sức khỏe điện tử', { kind: 'actual' })],
  ],
  ['bare measure word before the value', '- Duy trì tỷ lệ 100% các doanh nghiệp thực hiện kê khai thuế qua mạng.', [pct(100, '=', 'các doanh nghiệp thực hiện kê khai thuế qua mạng')]],
  // Counts with their noun; thousands dot; x/y counts.
  ['tin bài', 'I. KẾT QUẢ ĐẠT ĐƯỢC\nTrong năm 2023, Đài truyền thanh xã đã phát 05 tin bài về chuyển đổi số.', [count(5, 'tin bài', 'tin bài về chuyển đổi số', { kind: 'actual', year: 2023 })]],
  ['mắt camera', 'I. KẾT QUẢ ĐẠT ĐƯỢC\nHệ thống camera an ninh đã lắp đặt 32 mắt camera tại các thôn.', [count(32, 'mắt camera', 'mắt camera tại các thôn', { kind: 'actual' })]],
  ['thousands dot', 'Toàn xã có 1.250 hộ gia đình được gắn biển địa chỉ số.', [count(1250, 'hộ gia đình', 'hộ gia đình được gắn biển địa chỉ số')]],
  ['điểm phát wifi', '- Hoàn thành lắp đặt 12 điểm phát wifi công cộng tại nhà văn hóa thôn.', [count(12, 'điểm phát wifi', 'điểm phát wifi công cộng tại nhà văn hóa thôn')]],
  [
    'two counts, the second after "cho"',
    '- Tổ chức 03 lớp tập huấn kỹ năng số cho 150 người dân.',
    [count(3, 'lớp tập huấn', 'lớp tập huấn kỹ năng số'), count(150, 'người dân', 'người dân')],
  ],
  [
    'count and place counted',
    'II. KẾT QUẢ THỰC HIỆN\nĐến nay, xã đã có 07 tổ công nghệ số cộng đồng ở 7 thôn với 49 thành viên.',
    [
      count(7, 'tổ công nghệ số cộng đồng', 'tổ công nghệ số cộng đồng', { kind: 'actual' }),
      count(7, 'thôn', 'thôn có tổ công nghệ số cộng đồng', { kind: 'actual' }),
      count(49, 'thành viên', 'thành viên', { kind: 'actual' }),
    ],
  ],
  [
    'tin bài and video clip',
    'I. KẾT QUẢ ĐẠT ĐƯỢC\nTuyên truyền trên Trang thông tin điện tử xã được 45 tin bài, 12 video clip về chuyển đổi số.',
    [count(45, 'tin bài', 'tin bài Tuyên truyền trên Trang thông tin điện tử xã', { kind: 'actual' }), count(12, 'video clip', 'video clip về chuyển đổi số', { kind: 'actual' })],
  ],
  ['cột truyền thanh', 'Năm 2023, xã đã đầu tư xây dựng 03 cột truyền thanh cụm tại 3 thôn.', [count(3, 'cột truyền thanh cụm', 'cột truyền thanh cụm xã đã đầu tư xây dựng', { kind: 'actual', year: 2023 }), count(3, 'thôn', 'thôn có cột truyền thanh cụm', { kind: 'actual', year: 2023 })]],
  ['x/y count', 'II. KẾT QUẢ THỰC HIỆN\n- Xã đã hoàn thành 13/17 chỉ tiêu chuyển đổi số huyện giao.', [count(13, 'chỉ tiêu', 'chỉ tiêu chuyển đổi số huyện giao', { kind: 'actual', outOf: 17 })]],
  ['x/y thôn', 'II. KẾT QUẢ THỰC HIỆN\n- 14/14 thôn đã thành lập Tổ công nghệ số cộng đồng.', [count(14, 'thôn', 'thôn đã thành lập Tổ công nghệ số cộng đồng', { kind: 'actual', outOf: 14 })]],
  ['tài khoản', '- Phấn đấu có thêm 500 tài khoản định danh điện tử mức độ 2 được kích hoạt.', [count(500, 'tài khoản', 'tài khoản định danh điện tử mức độ 2 được kích hoạt')]],
  // Rank.
  ['rank in parentheses', '- Xếp hạng chỉ số chuyển đổi số cấp xã: Nâng hạng (3/25).', [{ value: 3, unit: 'rank', comparator: '=', kind: 'target', year: DOC_YEAR, subject: 'Xếp hạng chỉ số chuyển đổi số cấp xã', outOf: 25 }]],
  ['rank with its topic after "về"', '- Phấn đấu nâng hạng (2/19) về chỉ số đánh giá chuyển đổi số của xã.', [{ value: 2, unit: 'rank', comparator: '=', kind: 'target', year: DOC_YEAR, subject: 'xếp hạng chỉ số đánh giá chuyển đổi số của xã', outOf: 19 }]],
  // Money.
  ['triệu đồng', '- Doanh thu bán hàng qua sàn thương mại điện tử của các hợp tác xã đạt 500 triệu đồng.', [{ value: 500, unit: 'vnd_million', comparator: '=', kind: 'target', year: DOC_YEAR, subject: 'Doanh thu bán hàng qua sàn thương mại điện tử của các hợp tác xã' }]],
  ['triệu đồng with thousands dot', '- Giá trị nông sản tiêu thụ qua sàn thương mại điện tử đạt 1.200 triệu đồng.', [{ value: 1200, unit: 'vnd_million', comparator: '=', kind: 'target', year: DOC_YEAR, subject: 'Giá trị nông sản tiêu thụ qua sàn thương mại điện tử' }]],
  ['tỷ đồng to millions', '- Doanh thu thương mại điện tử của hợp tác xã đạt trên 2,5 tỷ đồng.', [{ value: 2500, unit: 'vnd_million', comparator: '>', kind: 'target', year: DOC_YEAR, subject: 'Doanh thu thương mại điện tử của hợp tác xã' }]],
  // Target vs actual, from wording and from the section.
  ['đã đạt → actual', '- Tỷ lệ hồ sơ trực tuyến của xã đã đạt 68,5%.', [pct(68.5, '=', 'Tỷ lệ hồ sơ trực tuyến của xã', { kind: 'actual' })]],
  ['đến nay → actual', '- Đến nay, 100% cán bộ, công chức xã đã được cấp chữ ký số.', [pct(100, '=', 'cán bộ, công chức xã đã được cấp chữ ký số', { kind: 'actual' })]],
  ['phấn đấu → target even in a results section', 'I. KẾT QUẢ THỰC HIỆN\n- Phấn đấu 100% hồ sơ được số hóa.', [pct(100, '=', 'hồ sơ được số hóa')]],
  ['section says results', 'II. KẾT QUẢ THỰC HIỆN\n1. Chính quyền số\n- 100% cán bộ, công chức sử dụng hộp thư điện tử công vụ.', [pct(100, '=', 'cán bộ, công chức sử dụng hộp thư điện tử công vụ', { kind: 'actual', domain: 'chinh_quyen_so' })]],
  ['section says tasks', 'II. NHIỆM VỤ TRỌNG TÂM\n1. Kinh tế số\n- 50% hộ sản xuất nông nghiệp được hướng dẫn đưa sản phẩm lên sàn thương mại điện tử.', [pct(50, '=', 'hộ sản xuất nông nghiệp được hướng dẫn đưa sản phẩm lên sàn thương mại điện tử', { domain: 'kinh_te_so' })]],
  ['object of past work is not a target cue', 'I. KẾT QUẢ THỰC HIỆN\nTập huấn cho cán bộ, 100% cán bộ công chức được đào tạo nâng cao nhận thức về kỹ năng số.', [pct(100, '=', 'cán bộ công chức được đào tạo nâng cao nhận thức về kỹ năng số', { kind: 'actual' })]],
  // Stated year vs document year.
  ['stated past year → actual, that year', 'Năm 2023, tỷ lệ hồ sơ trực tuyến của xã đạt 68,5%, vượt 8,5% so với chỉ tiêu huyện giao.', [pct(68.5, '=', 'tỷ lệ hồ sơ trực tuyến của xã', { kind: 'actual', year: 2023 })]],
  ['a past year after the value is not its year of record', '- Tỷ lệ hộ gia đình có kết nối cáp quang đạt 80% (năm 2023 đạt 60%).', [pct(80, '=', 'Tỷ lệ hộ gia đình có kết nối cáp quang'), pct(60, '=', 'Tỷ lệ hộ gia đình có kết nối cáp quang', { kind: 'actual', year: 2023 })]],
  ['a year after the value', '- Phấn đấu tỷ lệ người dân có tài khoản thanh toán điện tử đạt 75% vào năm 2025.', [pct(75, '=', 'tỷ lệ người dân có tài khoản thanh toán điện tử', { year: 2025 })]],
  ['stated future year', '- Đến năm 2025, tỷ lệ dân số trưởng thành có chữ ký số cá nhân đạt 50%.', [pct(50, '=', 'tỷ lệ dân số trưởng thành có chữ ký số cá nhân', { year: 2025 })]],
  ['quarter with year', '- Trong quý III/2024, 100% thôn được phủ sóng 4G.', [pct(100, '=', 'thôn được phủ sóng 4G')]],
  ['no stated year → document year', '- 80% hộ gia đình có kết nối Internet cáp quang.', [pct(80, '=', 'hộ gia đình có kết nối Internet cáp quang')]],
  // Domains from headings.
  ['pillar umbrella by content', '3. Chính quyền số, kinh tế số, xã hội số\n- 100% doanh nghiệp nộp thuế điện tử.\n- Trên 80% hộ gia đình kết nối Internet băng rộng.', [pct(100, '=', 'doanh nghiệp nộp thuế điện tử', { domain: 'kinh_te_so' }), pct(80, '>', 'hộ gia đình kết nối Internet băng rộng', { domain: 'xa_hoi_so' })]],
  ['two foundations → the first', '2. Hạ tầng số, nền tảng số\n- 100% cán bộ, công chức xã được trang bị máy tính.', [pct(100, '=', 'cán bộ, công chức xã được trang bị máy tính', { domain: 'ha_tang_so' })]],
  ['hạ tầng và nền tảng số → hạ tầng', '4. Hạ tầng và nền tảng số\n- 100% thôn có điểm phát wifi công cộng.', [pct(100, '=', 'thôn có điểm phát wifi công cộng', { domain: 'ha_tang_so' })]],
];

const MISS: ReadonlyArray<readonly [string, string]> = [
  ['document number and date', 'Căn cứ Kế hoạch số 125/KH-UBND ngày 15/3/2024 của UBND huyện Yên Thành về chuyển đổi số năm 2024.'],
  ['decision with a written date', 'Căn cứ Quyết định số 1046/QĐ-UBND ngày 12 tháng 4 năm 2023 của UBND tỉnh Nghệ An.'],
  ['decree number', 'Thực hiện Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ.'],
  ['phone and fax', 'Điện thoại: 0238.3865.123; Fax: 0238.3865.124.'],
  ['address', 'Địa chỉ: Thôn 5, xã Diễn Kỷ, huyện Diễn Châu, tỉnh Nghệ An.'],
  ['4G/5G', '- Hạ tầng mạng di động 4G/5G phủ sóng toàn xã.'],
  ['age in a subject', '- Người dân từ 14 tuổi trở lên được cấp căn cước công dân gắn chip.'],
  ['mức độ 3 as a name', '- Triển khai dịch vụ công trực tuyến mức độ 3, mức độ 4 trên Cổng dịch vụ công.'],
  ['plan structure', 'Kế hoạch gồm 39 chỉ tiêu, chia thành 4 nhóm nhiệm vụ.'],
  ['deadline date', 'Thời gian: trước ngày 20/12/2024.'],
  ['page number', 'Trang 3/12'],
  ['section numbers', 'I. MỤC TIÊU\n1. Mục tiêu chung\n1.1. Về chính quyền số'],
  ['reporting periods', 'Báo cáo định kỳ hằng tháng (gồm tháng 1, 2, 4, 5), 06 tháng, 09 tháng trước ngày 15.'],
  ['period', 'Giai đoạn 2021 - 2025, tầm nhìn đến năm 2030.'],
  ['budget sentence', '- Kinh phí thực hiện: 350 triệu đồng từ ngân sách xã.'],
  ['change against a target', 'Thu ngân sách tăng 12% so với cùng kỳ năm trước.'],
  ['year alone', 'Năm 2024 là năm dữ liệu số quốc gia.'],
  ['ordinal in a title', 'Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ xã khóa XXV.'],
];

describe('indicator rules: sentences from other provinces', () => {
  it.each(MATCH)('%s', (_name, text, expected) => {
    const got = run(text);
    expect(got.map((d, i) => pick(d, expected[i] ?? expected[0]!))).toEqual(expected.map(want));
  });

  it('has at least 60 match cases', () => {
    expect(MATCH.length).toBeGreaterThanOrEqual(60);
  });

  it.each(MISS)('no indicator: %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('indicator quotes', () => {
  it('every quote of every match case lies in the text and holds its number', () => {
    for (const [, text] of MATCH) {
      const ctx = ctxOfText(text, DOC_YEAR);
      for (const d of extractIndicators(ctx)) {
        expect(d.quote.start).toBeGreaterThanOrEqual(0);
        expect(d.quote.end).toBeLessThanOrEqual(ctx.text.length);
        expect(d.valueAt).toBeGreaterThanOrEqual(d.quote.start);
        expect(d.valueAt).toBeLessThan(d.quote.end);
      }
    }
  });
});
