/**
 * Vietnam's provinces as data: the 63 provincial units before the 2025 merger
 * and the 34 after it (Nghị quyết 202/2025/QH15, effective 1 July 2025). Used to
 * recognise a province named without the word "tỉnh", and to tell a provincial
 * city ("thành phố Quảng Ngãi", capital of Quảng Ngãi) from a province.
 */

/** Names as usually written; `aliases` are other spellings seen in documents. */
export interface Province {
  name: string;
  aliases?: string[];
  /** Centrally-run city (thành phố trực thuộc trung ương). */
  city?: boolean;
}

/** The 63 provincial units in force until 30 June 2025. */
export const PROVINCES_63: ReadonlyArray<Province> = [
  { name: 'An Giang' }, { name: 'Bà Rịa - Vũng Tàu', aliases: ['Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu'] }, { name: 'Bắc Giang' },
  { name: 'Bắc Kạn', aliases: ['Bắc Cạn'] }, { name: 'Bạc Liêu' }, { name: 'Bắc Ninh' }, { name: 'Bến Tre' }, { name: 'Bình Định' },
  { name: 'Bình Dương' }, { name: 'Bình Phước' }, { name: 'Bình Thuận' }, { name: 'Cà Mau' }, { name: 'Cần Thơ', city: true },
  { name: 'Cao Bằng' }, { name: 'Đà Nẵng', city: true }, { name: 'Đắk Lắk', aliases: ['Đăk Lăk', 'Đắc Lắc'] },
  { name: 'Đắk Nông', aliases: ['Đăk Nông'] }, { name: 'Điện Biên' }, { name: 'Đồng Nai' }, { name: 'Đồng Tháp' }, { name: 'Gia Lai' },
  { name: 'Hà Giang' }, { name: 'Hà Nam' }, { name: 'Hà Nội', city: true }, { name: 'Hà Tĩnh' }, { name: 'Hải Dương' },
  { name: 'Hải Phòng', city: true }, { name: 'Hậu Giang' }, { name: 'Hòa Bình' }, { name: 'Hưng Yên' }, { name: 'Khánh Hòa' },
  { name: 'Kiên Giang' }, { name: 'Kon Tum' }, { name: 'Lai Châu' }, { name: 'Lâm Đồng' }, { name: 'Lạng Sơn' }, { name: 'Lào Cai' },
  { name: 'Long An' }, { name: 'Nam Định' }, { name: 'Nghệ An' }, { name: 'Ninh Bình' }, { name: 'Ninh Thuận' }, { name: 'Phú Thọ' },
  { name: 'Phú Yên' }, { name: 'Quảng Bình' }, { name: 'Quảng Nam' }, { name: 'Quảng Ngãi' }, { name: 'Quảng Ninh' }, { name: 'Quảng Trị' },
  { name: 'Sóc Trăng' }, { name: 'Sơn La' }, { name: 'Tây Ninh' }, { name: 'Thái Bình' }, { name: 'Thái Nguyên' }, { name: 'Thanh Hóa' },
  { name: 'Thừa Thiên Huế', aliases: ['Thừa Thiên - Huế', 'Thừa Thiên – Huế'] }, { name: 'Tiền Giang' },
  { name: 'Hồ Chí Minh', aliases: ['TP. Hồ Chí Minh', 'TP.HCM', 'TP Hồ Chí Minh'], city: true }, { name: 'Trà Vinh' }, { name: 'Tuyên Quang' },
  { name: 'Vĩnh Long' }, { name: 'Vĩnh Phúc' }, { name: 'Yên Bái' },
];

/** The 34 provincial units from 1 July 2025, with the former units each absorbed. */
export const PROVINCES_34: ReadonlyArray<Province & { merged: string[] }> = [
  { name: 'Hà Nội', city: true, merged: [] }, { name: 'Huế', city: true, merged: ['Thừa Thiên Huế'] }, { name: 'Lai Châu', merged: [] },
  { name: 'Điện Biên', merged: [] }, { name: 'Sơn La', merged: [] }, { name: 'Lạng Sơn', merged: [] }, { name: 'Quảng Ninh', merged: [] },
  { name: 'Thanh Hóa', merged: [] }, { name: 'Nghệ An', merged: [] }, { name: 'Hà Tĩnh', merged: [] }, { name: 'Cao Bằng', merged: [] },
  { name: 'Tuyên Quang', merged: ['Hà Giang'] }, { name: 'Lào Cai', merged: ['Yên Bái'] }, { name: 'Thái Nguyên', merged: ['Bắc Kạn'] },
  { name: 'Phú Thọ', merged: ['Vĩnh Phúc', 'Hòa Bình'] }, { name: 'Bắc Ninh', merged: ['Bắc Giang'] }, { name: 'Hưng Yên', merged: ['Thái Bình'] },
  { name: 'Hải Phòng', city: true, merged: ['Hải Dương'] }, { name: 'Ninh Bình', merged: ['Hà Nam', 'Nam Định'] },
  { name: 'Quảng Trị', merged: ['Quảng Bình'] }, { name: 'Đà Nẵng', city: true, merged: ['Quảng Nam'] }, { name: 'Quảng Ngãi', merged: ['Kon Tum'] },
  { name: 'Gia Lai', merged: ['Bình Định'] }, { name: 'Khánh Hòa', merged: ['Ninh Thuận'] }, { name: 'Lâm Đồng', merged: ['Đắk Nông', 'Bình Thuận'] },
  { name: 'Đắk Lắk', merged: ['Phú Yên'] }, { name: 'Hồ Chí Minh', city: true, merged: ['Bình Dương', 'Bà Rịa - Vũng Tàu'] },
  { name: 'Đồng Nai', merged: ['Bình Phước'] }, { name: 'Tây Ninh', merged: ['Long An'] }, { name: 'Cần Thơ', city: true, merged: ['Sóc Trăng', 'Hậu Giang'] },
  { name: 'Vĩnh Long', merged: ['Bến Tre', 'Trà Vinh'] }, { name: 'Đồng Tháp', merged: ['Tiền Giang'] }, { name: 'Cà Mau', merged: ['Bạc Liêu'] },
  { name: 'An Giang', merged: ['Kiên Giang'] },
];
