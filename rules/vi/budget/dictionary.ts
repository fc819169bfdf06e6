/** Vietnamese vocabulary of budget tables and budget sentences, as data. */

/** Money units (key) → factor to millions of đồng. Longest first. */
export const MONEY_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['triệu đồng', 1],
  ['tr.đồng', 1],
  ['trđ', 1],
  ['tỷ đồng', 1000],
  ['nghìn đồng', 0.001],
  ['ngàn đồng', 0.001],
  ['đồng', 0.000001],
];

/** "ĐVT:" / "Đơn vị tính:" before a table's money unit. */
export const UNIT_CAPTIONS: ReadonlyArray<string> = ['đvt', 'đơn vị tính', 'đơn vị'];

/** Words that open a total row. */
export const TOTAL_WORDS: ReadonlyArray<string> = ['tổng cộng', 'tổng số', 'tổng'];

/** Words that name an amount in a sentence ("Kinh phí thực hiện: 50 triệu đồng"). */
export const AMOUNT_WORDS: ReadonlyArray<string> = ['tổng kinh phí', 'kinh phí', 'dự toán'];
/** Fillers between the amount word and the number. */
export const AMOUNT_FILLERS: ReadonlyArray<string> = ['thực hiện', 'dự kiến', 'là', 'khoảng', 'được cấp', 'bố trí'];
/** Words that introduce the source of funds ("từ ngân sách xã", "nguồn: NSX"). */
export const SOURCE_INTRO: ReadonlyArray<string> = ['từ nguồn', 'từ', 'nguồn', 'do'];

/** Headings that end a budget region. */
export const REGION_ENDS: ReadonlyArray<string> = ['phụ lục'];
