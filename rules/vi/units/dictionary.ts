/**
 * Vietnamese vocabulary for the units that commune plans name as doers of a
 * task ("Bộ phận thực hiện", "Chủ trì", "Phối hợp", unit headings of "Tổ chức
 * thực hiện"), mapped to the canonical ids of GUIDELINE.md "Units".
 *
 * Written for the language, not for the five seeds: it lists the names the
 * standard commune civil-servant titles take across provinces (Nghị định
 * 33/2023/NĐ-CP titles: Văn phòng - Thống kê, Tài chính - Kế toán, Địa chính -
 * Xây dựng …, with their abbreviations), the mass organisations, the village
 * level and the usual "generic" wordings. All strings are plain text in NFC;
 * resolve.ts tokenises them with `matchKey`, so case and tone placement
 * ("hoá"/"hóa", "Uỷ"/"Ủy") do not matter here and punctuation between
 * syllables (spaces, dashes, "&") is ignored, except that a comma in an alias
 * lets the alias span a comma when splitting a list.
 */

/** Canonical unit ids (GUIDELINE.md "Units (canonical ids)"). */
export const UNIT_IDS = [
  'van_phong_thong_ke',
  'van_hoa_xa_hoi',
  'tai_chinh_ke_toan',
  'dia_chinh_xay_dung',
  'tu_phap_ho_tich',
  'lao_dong_tbxh',
  'cong_an_xa',
  'quan_su',
  'ubnd_xa',
  'ban_chi_dao_cds',
  'to_cong_nghe_so',
  'bo_phan_mot_cua',
  'mttq_doan_the',
  'doan_thanh_nien',
  'hoi_nong_dan',
  'hoi_phu_nu',
  'tram_y_te',
  'truong_hoc',
  'thon',
  'doanh_nghiep',
  'cac_nganh_lien_quan',
  'toan_bo_can_bo',
  'cap_tren',
  'person',
] as const;

/** One canonical unit id. */
export type UnitId = (typeof UNIT_IDS)[number];

/** The vocabulary of one unit. */
export interface UnitVocabulary {
  /** Full names, titles and abbreviations: a match names the unit outright. */
  aliases: string[];
  /**
   * Names too generic to win over a specific one in the same phrase ("cán bộ",
   * "bộ phận", "Chủ tịch"): used only when no ordinary alias occurs.
   */
  weakAliases?: string[];
  /**
   * Words that point to the unit without naming it ("y tế", "giáo dục",
   * "liên quan"): tried only after every alias failed, at lower confidence.
   */
  keywords?: string[];
}

/** Names, abbreviations and pointers for every unit except `person` (names are recognised by shape). */
export const UNIT_VOCABULARY: Record<Exclude<UnitId, 'person'>, UnitVocabulary> = {
  van_phong_thong_ke: {
    aliases: [
      'Văn phòng - Thống kê', 'VP-TK', 'VPTK', 'Văn phòng', 'Văn phòng UBND xã',
      'Văn phòng Ủy ban nhân dân xã', 'Văn phòng HĐND và UBND', 'Văn phòng HĐND - UBND',
      'Văn phòng HĐND & UBND', 'Văn phòng - Thống kê - Thi đua khen thưởng',
      'Văn phòng - Nội vụ', 'Thống kê', 'Văn thư', 'Văn thư - Lưu trữ', 'Văn thư lưu trữ',
      'Văn phòng - Tổng hợp',
    ],
  },
  van_hoa_xa_hoi: {
    aliases: [
      'Văn hóa - Xã hội', 'VH-XH', 'VHXH', 'Văn hóa', 'Văn hóa - Thông tin',
      'Văn hóa - Thông tin - Thể thao', 'Văn hóa - Thể thao', 'VH-TT', 'VHTT xã',
      'Đài truyền thanh', 'Đài TT', 'Đài TT xã', 'Đài TT-TH', 'Đài truyền thanh xã', 'Đài truyền thanh cơ sở',
      'Đài phát thanh', 'Đài phát thanh xã', 'Trạm truyền thanh', 'Phòng Văn hóa - Xã hội',
      'Ban Văn hóa - Xã hội', 'Văn hóa xã', 'Công chức Văn hóa', 'Cán bộ Văn hóa',
    ],
    keywords: ['truyền thanh', 'phát thanh', 'thông tin cơ sở'],
  },
  tai_chinh_ke_toan: {
    aliases: [
      'Tài chính - Kế toán', 'Kế toán - Tài chính', 'TC-KT', 'TCKT', 'KT-TC',
      'Tài chính', 'Kế toán', 'Kế toán ngân sách', 'Tài chính - Ngân sách',
      'Kế toán xã', 'Ban Tài chính',
    ],
  },
  dia_chinh_xay_dung: {
    aliases: [
      'Địa chính - Xây dựng', 'Địa chính - Xây dựng - Đô thị và Môi trường',
      'Địa chính - Nông nghiệp - Xây dựng và Môi trường', 'Địa chính - Nông nghiệp - Xây dựng',
      'Địa chính - Xây dựng - Nông nghiệp và Môi trường', 'Địa chính - Nông nghiệp',
      'Địa chính - Môi trường', 'Địa chính - Xây dựng và Môi trường', 'Tài nguyên - Môi trường',
      'ĐC-XD', 'ĐCXD', 'ĐC-NN-XD-MT', 'ĐC-XD-NN-MT', 'ĐC-NN', 'ĐC-MT', 'Địa chính',
      'Nông nghiệp - Môi trường', 'Ban Nông nghiệp', 'Khuyến nông', 'Cán bộ khuyến nông',
    ],
    keywords: ['nông nghiệp', 'môi trường', 'đất đai', 'xây dựng cơ bản'],
  },
  tu_phap_ho_tich: {
    aliases: ['Tư pháp - Hộ tịch', 'TP-HT', 'TPHT', 'Tư pháp', 'Hộ tịch', 'Ban Tư pháp'],
  },
  lao_dong_tbxh: {
    aliases: [
      'Lao động - Thương binh và Xã hội', 'Lao động - Thương binh - Xã hội',
      'Lao động, Thương binh và Xã hội', 'LĐ-TB&XH', 'LĐ-TBXH', 'LĐTBXH', 'LĐ-TB-XH',
      'Lao động - Thương binh', 'Chính sách xã hội', 'Chính sách - Xã hội',
      'Lao động - Xã hội', 'Ban Chính sách',
    ],
  },
  cong_an_xa: {
    aliases: [
      'Công an xã', 'Công an', 'Trưởng Công an xã', 'Phó Trưởng Công an xã',
      'Công an thị trấn', 'Công an phường', 'CA xã', 'Công an viên', 'Công an chính quy xã',
    ],
  },
  quan_su: {
    aliases: [
      'Quân sự xã', 'Quân sự', 'Ban Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự xã', 'Ban CHQS',
      'BCHQS', 'Chỉ huy trưởng Quân sự', 'Chỉ huy trưởng Ban Chỉ huy Quân sự',
      'Xã đội', 'Xã đội trưởng', 'Dân quân tự vệ', 'Dân quân', 'Ban CHQS xã',
    ],
  },
  ubnd_xa: {
    aliases: [
      'UBND xã', 'Ủy ban nhân dân xã', 'UBND', 'Ủy ban nhân dân', 'UBND thị trấn',
      'UBND phường', 'Chủ tịch UBND xã', 'Chủ tịch Ủy ban nhân dân xã', 'Phó Chủ tịch UBND xã',
      'Phó Chủ tịch Ủy ban nhân dân xã', 'Lãnh đạo UBND xã', 'Thường trực UBND xã',
      'Lãnh đạo xã', 'Chủ tịch xã', 'Phó Chủ tịch xã', 'UBND các xã',
    ],
    weakAliases: ['Chủ tịch', 'Phó Chủ tịch', 'Lãnh đạo'],
  },
  ban_chi_dao_cds: {
    aliases: [
      'Ban Chỉ đạo chuyển đổi số', 'Ban Chỉ đạo chuyển đổi số xã', 'Ban Chỉ đạo CĐS',
      'BCĐ chuyển đổi số', 'BCĐ CĐS', 'BCĐ', 'Ban Chỉ đạo', 'Thành viên Ban Chỉ đạo',
      'Tổ giúp việc Ban Chỉ đạo', 'Ban Chỉ đạo Đề án 06', 'Ban Chỉ đạo xây dựng chính quyền điện tử',
      'Ban Chỉ đạo chuyển đổi số và Đề án 06',
    ],
  },
  to_cong_nghe_so: {
    aliases: [
      'Tổ công nghệ số cộng đồng', 'Tổ công nghệ số', 'Tổ CNSCĐ', 'Tổ CNS', 'Tổ CNSCD',
      'Tổ chuyển đổi số cộng đồng', 'Tổ chuyển đổi số', 'Tổ CĐS cộng đồng',
      'Các Tổ công nghệ số cộng đồng', 'Thành viên Tổ công nghệ số cộng đồng',
    ],
  },
  bo_phan_mot_cua: {
    aliases: [
      'Bộ phận một cửa', 'Bộ phận một cửa liên thông', 'Một cửa', 'Một cửa liên thông',
      'Bộ phận tiếp nhận và trả kết quả', 'Bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính',
      'Bộ phận TN&TKQ', 'Bộ phận TN và TKQ', 'TN&TKQ', 'Bộ phận phục vụ hành chính công',
      'Trung tâm phục vụ hành chính công xã', 'Trung tâm phục vụ hành chính công',
      'Bộ phận tiếp nhận hồ sơ',
    ],
  },
  mttq_doan_the: {
    aliases: [
      'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc', 'Mặt trận Tổ quốc Việt Nam',
      'Mặt trận Tổ quốc', 'Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQ', 'UBMTTQVN', 'UBMTTQ',
      'MTTQVN', 'MTTQ', 'UB MTTQ', 'Mặt trận', 'Ban công tác Mặt trận',
      'UBMTTQ và các đoàn thể', 'Mặt trận và các đoàn thể', 'Mặt trận Tổ quốc và các đoàn thể',
      'Đoàn thể', 'Các đoàn thể', 'Các đoàn thể chính trị - xã hội',
      'Tổ chức chính trị - xã hội', 'Các tổ chức chính trị - xã hội', 'Hội quần chúng',
      'Các hội quần chúng', 'Hội Cựu chiến binh', 'Cựu chiến binh', 'Hội CCB',
      'Hội Người cao tuổi', 'Hội Chữ thập đỏ', 'Hội Khuyến học', 'Các hội', 'Các hội, đoàn thể',
      'Công đoàn', 'Công đoàn cơ sở',
    ],
    keywords: ['đoàn thể'],
  },
  doan_thanh_nien: {
    aliases: [
      'Đoàn Thanh niên', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh',
      'Đoàn TNCS HCM', 'Đoàn TN', 'ĐTN', 'Đoàn xã', 'Đoàn thanh niên xã', 'Chi đoàn',
      'Các chi đoàn', 'Đoàn viên thanh niên', 'Bí thư Đoàn xã', 'Tuổi trẻ', 'Thanh niên tình nguyện',
      'Đoàn viên', 'Hội Liên hiệp Thanh niên',
    ],
    keywords: ['thanh niên'],
  },
  hoi_nong_dan: {
    aliases: ['Hội Nông dân', 'Hội Nông dân xã', 'Chi hội Nông dân', 'Hội ND', 'Các chi hội nông dân'],
  },
  hoi_phu_nu: {
    aliases: [
      'Hội Phụ nữ', 'Hội Liên hiệp Phụ nữ', 'Hội LHPN', 'Hội PN', 'Chi hội Phụ nữ',
      'Hội Liên hiệp Phụ nữ Việt Nam', 'Các chi hội phụ nữ',
    ],
  },
  tram_y_te: {
    aliases: ['Trạm y tế', 'Trạm y tế xã', 'TYT', 'TYT xã', 'Y tế', 'Ngành y tế', 'Cơ sở y tế', 'Y tế xã', 'Y tế thôn'],
    keywords: ['y tế', 'khám chữa bệnh', 'nhân viên y tế'],
  },
  truong_hoc: {
    aliases: [
      'Trường học', 'Các trường học', 'Nhà trường', 'Các nhà trường', 'Trường Mầm non',
      'Trường Tiểu học', 'Trường THCS', 'Trường Trung học cơ sở', 'Trường TH&THCS',
      'Trường Tiểu học và THCS', 'Trường Mầm non, Tiểu học, THCS', 'Mầm non', 'Tiểu học',
      'THCS', 'Trung học cơ sở', 'Cơ sở giáo dục', 'Các cơ sở giáo dục', 'Ngành giáo dục',
      'Giáo dục', 'Trường PTDTBT', 'Trường THPT', 'Điểm trường', 'Hội đồng trường',
    ],
    weakAliases: ['Trường'],
    keywords: ['giáo dục', 'giáo viên'],
  },
  thon: {
    aliases: [
      'Thôn', 'Các thôn', 'Trưởng thôn', 'Thôn trưởng', 'Ban điều hành thôn', 'Bí thư chi bộ thôn',
      'Bí thư chi bộ', 'Bí thư chi bộ, trưởng thôn', 'Khu phố', 'Tổ dân phố', 'Tổ trưởng tổ dân phố',
      'Xóm', 'Các xóm', 'Trưởng xóm', 'Các bản', 'Trưởng bản', 'Thôn, bản', 'Ấp', 'Các ấp',
      'Trưởng ấp', 'Trưởng làng', 'Buôn', 'Khối phố', 'Tổ dân cư', 'Khu dân cư', 'Thôn, tổ dân phố',
      'Thôn, xóm', 'Bí thư, trưởng thôn',
    ],
    keywords: ['thôn', 'xóm', 'tổ dân phố'],
  },
  doanh_nghiep: {
    aliases: [
      'Doanh nghiệp', 'Các doanh nghiệp', 'Các doanh nghiệp trên địa bàn', 'Doanh nghiệp viễn thông',
      'Hợp tác xã', 'Các hợp tác xã', 'HTX', 'Các hợp tác xã, doanh nghiệp', 'Hộ kinh doanh',
      'Các doanh nghiệp, hợp tác xã', 'Nhà mạng', 'Các nhà mạng', 'Viettel', 'VNPT', 'MobiFone',
      'Doanh nghiệp bưu chính', 'Bưu điện', 'Bưu điện văn hóa xã', 'Điểm bưu điện văn hóa xã',
      'Điện lực', 'Chi nhánh điện',
    ],
    keywords: ['doanh nghiệp', 'viễn thông', 'bưu chính', 'bưu điện'],
  },
  cac_nganh_lien_quan: {
    aliases: [
      'Các ngành liên quan', 'Các ngành có liên quan', 'Các cơ quan, đơn vị liên quan',
      'Các cơ quan liên quan', 'Các đơn vị liên quan', 'Các bộ phận liên quan', 'Các bộ phận có liên quan',
      'Các cơ quan, đơn vị, bộ phận', 'Các cơ quan, bộ phận', 'Các phòng, ban', 'Các phòng, ban, đơn vị',
      'Ban ngành', 'Các ban ngành', 'Ban ngành đoàn thể', 'Các ban, ngành, đoàn thể', 'Các cấp, các ngành',
      'Các ngành', 'Các cơ quan', 'Các đơn vị', 'Các bộ phận', 'Các cơ quan chức năng',
      'Cơ quan chức năng', 'Các ngành chức năng', 'Ngân hàng', 'Các ngân hàng', 'Tổ chức tín dụng',
      'Ngân hàng chính sách xã hội', 'Các ngành, đoàn thể', 'Các ban ngành, đoàn thể',
    ],
    weakAliases: ['Cơ quan', 'Đơn vị', 'Bộ phận', 'Ngành', 'Ban'],
    keywords: ['liên quan', 'ngân hàng', 'chức năng'],
  },
  toan_bo_can_bo: {
    aliases: [
      'Toàn bộ cán bộ, công chức', 'Toàn thể cán bộ, công chức', 'Cán bộ, công chức',
      'Cán bộ, công chức, viên chức', 'Cán bộ công chức viên chức và người lao động', 'CBCC',
      'CBCCVC', 'Tất cả cán bộ, công chức', 'Cán bộ, công chức UBND xã', 'Cán bộ, công chức xã',
      'Các cán bộ công chức', 'Cán bộ, công chức, người hoạt động không chuyên trách',
    ],
    weakAliases: ['Cán bộ', 'Công chức'],
  },
  cap_tren: {
    aliases: [
      'Công an thành phố', 'Công an huyện', 'Công an thị xã', 'Công an tỉnh', 'UBND huyện',
      'UBND thành phố', 'UBND thị xã', 'UBND tỉnh', 'Ủy ban nhân dân huyện', 'Ủy ban nhân dân tỉnh',
      'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'Sở Khoa học và Công nghệ',
      'Phòng Văn hóa và Thông tin', 'Phòng Văn hóa - Thông tin', 'Phòng VH&TT', 'Phòng VHTT',
      'Phòng Văn hóa', 'Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch', 'Phòng TC-KH',
      'Phòng Tài nguyên và Môi trường', 'Phòng Kinh tế', 'Phòng Kinh tế - Hạ tầng',
      'Phòng Nông nghiệp và Phát triển nông thôn', 'Phòng Lao động - Thương binh và Xã hội',
      'Phòng Giáo dục và Đào tạo', 'Phòng GD&ĐT', 'Phòng Tư pháp', 'Văn phòng HĐND và UBND huyện',
      'Trung tâm Văn hóa - Thông tin và Thể thao', 'Trung tâm y tế', 'Trung tâm Y tế huyện',
      'Cấp trên', 'Huyện ủy', 'Tỉnh ủy', 'Thành ủy', 'Huyện đoàn', 'Tỉnh đoàn',
      'Ban Chỉ đạo chuyển đổi số huyện', 'Ban Chỉ đạo chuyển đổi số tỉnh', 'Bộ Thông tin và Truyền thông',
    ],
    keywords: ['huyện', 'tỉnh', 'thành phố', 'thị xã', 'trung ương', 'sở'],
  },
};

/**
 * Levels above the commune: a commune unit name followed by one of these
 * ("Công an huyện", "Chủ tịch UBND thành phố") is the upper level's unit.
 */
export const HIGHER_LEVEL_MARKERS = ['huyện', 'thành phố', 'thị xã', 'tỉnh', 'quận', 'trung ương'];

/** Words before a level marker that make it a place, not an owner ("doanh nghiệp trên địa bàn huyện"). */
export const PLACE_PREFIXES = ['địa bàn', 'trên', 'tại', 'ở', 'toàn'];

/** Units whose upper-level twin is not "cap_tren" (a school or firm in the district is still a school or firm). */
export const LEVEL_NEUTRAL_UNITS: ReadonlyArray<UnitId> = ['doanh_nghiep', 'thon', 'truong_hoc', 'tram_y_te', 'cac_nganh_lien_quan', 'toan_bo_can_bo'];

/**
 * Syllables that add nothing to which unit is meant ("Công chức Văn hóa xã",
 * "bộ phận Văn phòng thuộc UBND xã"): a match whose leftover words are all
 * fillers is an exact alias match.
 */
export const FILLER_SYLLABLES = [
  'công', 'chức', 'cán', 'bộ', 'phận', 'các', 'xã', 'phường', 'thị', 'trấn', 'của', 'thuộc',
  'ubnd', 'trên', 'địa', 'bàn', 'trưởng', 'phó', 'chuyên', 'trách', 'thành', 'viên', 'đồng', 'chí',
  'đ', 'c', 'ông', 'bà', 'cấp', 'có', 'liên', 'quan', 'tất', 'cả', 'toàn', 'thể', 'ban', 'đề', 'nghị',
  'ủy', 'uỷ', 'nhân', 'dân', 'lãnh', 'đạo', 'những', 'mỗi', 'từng', 'tại', 'cơ', 'sở', 'phụ', 'khối', 'trong',
];

/** Words that open a unit phrase without being part of the unit ("Đề nghị UBMTTQ …", "đồng chí …"). */
export const LEADING_NOISE = ['đề nghị', 'giao', 'đồng chí', 'đ/c', 'ông', 'bà', 'anh', 'chị'];

/**
 * Phrase heads that are not units: beneficiaries and objects a task acts on.
 * A phrase that opens with one of these is never resolved to a unit.
 */
export const NON_UNIT_HEADS = [
  'người dân', 'nhân dân', 'hộ gia đình', 'hộ dân', 'hộ nông dân', 'hộ sản xuất', 'công dân',
  'học sinh', 'sinh viên', 'cá nhân', 'tổ chức, cá nhân', 'du khách', 'khách hàng', 'người sử dụng',
  'người tiêu dùng', 'người lao động', 'người cao tuổi', 'trẻ em', 'phụ nữ', 'nông dân', 'bệnh nhân',
  'chuyển đổi số', 'kế hoạch', 'nhiệm vụ', 'thủ tục', 'hồ sơ', 'văn bản', 'dữ liệu', 'hệ thống',
  'phần mềm', 'nền tảng', 'dịch vụ', 'thường xuyên', 'năm', 'quý', 'tháng', 'ngày', 'kinh phí',
  'ngân sách', 'tỷ lệ', 'thông tin', 'camera', 'internet', 'wifi', 'sản phẩm', 'chữ ký số',
  'tài khoản', 'điện thoại', 'máy tính', 'ứng dụng', 'cổng', 'trang', 'mạng', 'hạ tầng',
];

/**
 * Words that separate units in a list ("Công an xã và Quân sự xã", "VH-XH chủ
 * trì, phối hợp Văn phòng"); commas, semicolons, "+" and line breaks also do.
 */
export const LIST_SEPARATOR_WORDS = ['và', 'với', 'cùng', 'cùng với', 'chủ trì', 'phối hợp', 'phối hợp với', 'hoặc', 'chủ trì thực hiện', 'phối hợp thực hiện'];

/**
 * Common Vietnamese family names (the first syllable of a personal name).
 * Covers well over 95% of the population (Nguyễn, Trần, Lê, Phạm … ) plus the
 * frequent smaller ones seen in appendix tables ("Chu Văn Tiến", "Ngô Nam Hà").
 */
export const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Đinh', 'Lâm', 'Phùng', 'Mai',
  'Tô', 'Hà', 'Tạ', 'Chu', 'Lương', 'Đàm', 'Cao', 'Lưu', 'Kiều', 'Thái', 'Quách', 'Tăng', 'Lại',
  'Triệu', 'Nghiêm', 'Khổng', 'Mạc', 'Tôn', 'Thân', 'La', 'Lò', 'Lục', 'Nông', 'Hứa',
  'Giáp', 'Kim', 'Tống', 'Diệp', 'Châu', 'Từ', 'Ninh', 'Khúc', 'Quan', 'Hầu', 'Ông', 'Doãn',
  'Âu', 'Bạch', 'Cù', 'Đồng', 'Giang', 'Hán', 'Hàn', 'Lã', 'Mẫn', 'Nhữ', 'Phí', 'Sầm', 'Thạch',
  'Trình', 'Ứng', 'Vi', 'Viên', 'Đậu', 'Lăng', 'Mông',
];
