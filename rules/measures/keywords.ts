/**
 * Keyword rules that place a measure subject on a taxonomy measure. They encode
 * the `notes` of `rules/taxonomy.json`: which words make two look-alike measures
 * different ("hồ sơ … trực tuyến từ xa" vs "hồ sơ … trực tuyến" vs "thanh toán
 * trực tuyến"). Phrases are matched as whole syllable runs on the normalised
 * subject (matchKey, abbreviations expanded, punctuation dropped), so "khám,
 * chữa bệnh" and "khám chữa bệnh" are the same phrase.
 *
 * Rules are tried in order and the first that fits wins, so a narrower measure
 * comes before the broader one it would otherwise fall into.
 */

/** One rule: every group of `all` must have one phrase present, no phrase of `none` may be. */
export interface KeywordRule {
  readonly id: string;
  readonly all: readonly (readonly string[])[];
  readonly none?: readonly string[];
}

/** A rule that marks a subject as deliberately left without a measure. */
export interface UnlabelledRule {
  readonly why: string;
  readonly all: readonly (readonly string[])[];
  readonly none?: readonly string[];
}

const CASHLESS = ['không dùng tiền mặt', 'thanh toán số', 'thanh toán điện tử', 'mã qr', 'qua tài khoản', 'ví điện tử', 'qua ngân hàng'];
const PEOPLE = ['người dân', 'dân số', 'người trưởng thành', 'công dân', 'dân cư'];
const STAFF = ['cán bộ', 'công chức', 'viên chức', 'lãnh đạo'];
// training counts only when it is about digital matters ("lao động qua đào tạo nghề" is not)
const DIGITAL_TOPIC = ['kỹ năng số', 'chuyển đổi số', 'dịch vụ số', 'dịch vụ công trực tuyến', 'công nghệ số', 'công nghệ thông tin', 'kỹ năng sử dụng', 'môi trường số'];

/**
 * Subjects the taxonomy notes say to leave unlabelled even though they share
 * words with a measure. Checked before the keyword rules.
 */
export const UNLABELLED_RULES: readonly UnlabelledRule[] = [
  {
    why: 'breakdown of the online-dossier rate by service level (a sub-population)',
    all: [['hồ sơ'], ['mức độ 3', 'mức độ 4', 'mức 3', 'mức 4']],
    none: ['cung cấp', 'đủ điều kiện'],
  },
  {
    why: 'partial online services (level 3) are no measure of their own',
    all: [['mức độ 3', 'mức 3', 'trực tuyến một phần']],
    none: ['phát sinh hồ sơ'],
  },
  {
    why: 'dossiers or results handled through the public postal service (taxonomy note of e_results_issued)',
    all: [['bưu chính công ích']],
  },
  {
    why: 'trade on social media with no stated population (taxonomy note of ecommerce_transaction_share)',
    all: [['buôn bán', 'bán hàng'], ['mạng xã hội', 'facebook', 'zalo']],
    none: ['doanh nghiệp', 'hộ kinh doanh', 'tuyên truyền', 'sàn thương mại điện tử'],
  },
];

/** Ordered keyword rules. */
export const KEYWORD_RULES: readonly KeywordRule[] = [
  // --- online public services and dossiers ---
  { id: 'online_services_with_dossiers', all: [['phát sinh hồ sơ'], ['dịch vụ công', 'dịch vụ']] },
  { id: 'remote_online_dossier_rate', all: [['trực tuyến từ xa', 'nộp từ xa', 'từ xa'], ['hồ sơ', 'thủ tục hành chính']], none: ['khám', 'chữa bệnh', 'sức khỏe', 'đo xa'] },
  { id: 'full_online_dossier_rate', all: [['hồ sơ'], ['hoàn toàn trực tuyến', 'trực tuyến toàn trình', 'toàn trình']], none: ['cung cấp', 'công việc', 'sức khỏe'] },
  { id: 'full_process_online_services', all: [['toàn trình', 'mức độ 4', 'mức 4'], ['cung cấp', 'đủ điều kiện']], none: PEOPLE },
  { id: 'full_process_online_services', all: [['toàn trình', 'mức độ 4', 'mức 4'], ['thủ tục hành chính', 'dịch vụ công']], none: ['hồ sơ', 'sử dụng', ...PEOPLE] },
  { id: 'fee_procedures_paid_online', all: [['nghĩa vụ tài chính', 'có thu phí', 'thu phí lệ phí']] },
  { id: 'online_payment_rate', all: [['thanh toán trực tuyến', 'giao dịch thanh toán', 'nộp phí lệ phí trực tuyến', 'thanh toán phí lệ phí'], ['dịch vụ công', 'cổng', 'phí', 'thủ tục hành chính']], none: ['không dùng tiền mặt', 'tiểu thương', 'học phí', 'tiền điện', 'tiền nước'] },
  { id: 'digitised_data_reuse', all: [['sử dụng lại', 'tái sử dụng'], ['tài liệu', 'dữ liệu', 'thông tin', 'kết quả', 'giấy tờ']] },
  { id: 'e_results_issued', all: [['kết quả điện tử', 'kết quả giải quyết điện tử', 'kết quả giải quyết thủ tục hành chính điện tử', 'trả kết quả điện tử']] },
  { id: 'digitised_dossiers_results', all: [['số hóa'], ['hồ sơ', 'kết quả', 'thủ tục hành chính']], none: ['người có công', 'hộ tịch', 'lưu trữ', 'sử dụng lại', 'khai thác'] },
  { id: 'unified_tthc_system', all: [['hợp nhất'], ['một cửa điện tử', 'cổng dịch vụ công']], none: ['xác thực'] },
  { id: 'dossiers_on_one_stop_system', all: [['một cửa điện tử', 'hệ thống thông tin một cửa']] },
  { id: 'dossiers_resolved_on_time', all: [['hồ sơ', 'thủ tục hành chính'], ['đúng hạn', 'trước hạn', 'đúng hẹn']], none: ['phản ánh'] },
  { id: 'online_dossier_rate', all: [['hồ sơ'], ['trực tuyến']], none: ['toàn trình', 'hoàn toàn', 'từ xa', 'phát sinh', 'sức khỏe', 'bệnh án', 'công việc', 'mức độ', 'cung cấp'] },
  { id: 'unified_eid_auth_online_services', all: [['xác thực'], ['thông suốt', 'hợp nhất', 'một lần']] },
  { id: 'citizen_satisfaction', all: [['hài lòng']] },
  { id: 'adult_online_service_account', all: [['tài khoản'], ['dịch vụ công']], none: ['định danh', 'thanh toán'] },
  { id: 'citizens_using_online_services', all: [['sử dụng', 'dùng', 'thực hiện'], ['dịch vụ công trực tuyến', 'dịch vụ công']], none: ['tài khoản', 'định danh', 'xác thực', 'phát sinh', 'thanh toán', 'thu phí', 'cung cấp', 'hồ sơ', 'đào tạo', 'phổ biến'] },

  // --- the administration's own work ---
  { id: 'staff_working_fully_online', all: [STAFF, ['môi trường điện tử', 'môi trường mạng', 'trên mạng', 'trực tuyến'], ['xử lý công việc', 'điều hành', 'xử lý hồ sơ công việc']] },
  { id: 'work_files_processed_online', all: [['văn bản', 'hồ sơ công việc'], ['môi trường mạng', 'môi trường điện tử', 'trên mạng']], none: ['trao đổi giữa', 'dưới dạng điện tử'] },
  { id: 'e_documents_exchanged', all: [['văn bản'], ['trao đổi', 'gửi nhận', 'liên thông', 'đi đến'], ['điện tử', 'môi trường mạng']] },
  { id: 'outgoing_documents_digitally_signed', all: [['văn bản'], ['ký số', 'chữ ký số']], none: ['tạo lập', 'học bạ'] },
  { id: 'staff_digital_signature', all: [['chữ ký số', 'chứng thư số'], STAFF], none: ['văn bản', 'học bạ'] },
  { id: 'staff_digital_id_use', all: [['định danh'], STAFF] },
  { id: 'staff_official_email', all: [['thư điện tử công vụ', 'hộp thư điện tử', 'email công vụ', 'thư công vụ']] },
  { id: 'online_reporting', all: [['báo cáo'], ['hệ thống thông tin báo cáo', 'hệ thống báo cáo', 'trực tuyến']] },
  { id: 'online_inspections', all: [['kiểm tra'], ['môi trường số', 'môi trường mạng', 'trực tuyến', 'hệ thống thông tin']] },
  { id: 'field_reports_resolved_on_time', all: [['phản ánh hiện trường']] },
  { id: 'field_reports_resolved_on_time', all: [['phản ánh', 'kiến nghị'], ['đúng hạn', 'đúng tiến độ', 'kịp thời', 'đúng thời hạn']] },
  { id: 'citizen_feedback_channel', all: [['giao tiếp', 'tương tác', 'phản ánh kiến nghị', 'zalo', 'ý kiến']], none: ['hài lòng'] },
  { id: 'leaders_using_virtual_assistant', all: [['trợ lý ảo', 'trung tâm giám sát điều hành']] },
  { id: 'dx_plan_issued', all: [['kế hoạch chuyển đổi số', 'chỉ tiêu về chuyển đổi số', 'chỉ tiêu chuyển đổi số'], ['xây dựng', 'ban hành', 'triển khai']], none: ['doanh nghiệp', 'tuyên truyền'] },
  { id: 'epidemic_platforms_deployed', all: [['phòng chống dịch']] },

  // --- data ---
  { id: 'data_sharing_services_on_platform', all: [['ndxp', 'lgsp', 'nền tảng tích hợp chia sẻ dữ liệu']] },
  { id: 'citizen_e_data_store', all: [['kho quản lý dữ liệu điện tử', 'kho dữ liệu điện tử']] },
  { id: 'ai_data_analytics_platform', all: [['trí tuệ nhân tạo', 'ai'], ['dữ liệu']] },
  { id: 'database_catalogue_issued', all: [['danh mục cơ sở dữ liệu']] },
  { id: 'open_data_plan_issued', all: [['kế hoạch'], ['dữ liệu mở']] },
  { id: 'open_data_published', all: [['dữ liệu mở'], ['cung cấp', 'công bố', 'công khai']], none: PEOPLE },
  { id: 'citizens_using_gov_data', all: [['dữ liệu'], PEOPLE, ['biết', 'sử dụng', 'khai thác', 'tham gia']], none: ['sức khỏe', 'định danh', 'tài khoản'] },
  { id: 'info_systems_connected', all: [['kết nối', 'liên thông', 'chia sẻ'], ['cơ sở dữ liệu', 'hệ thống thông tin', 'dữ liệu']], none: ['máy tính', 'mạng lan', 'wan', 'internet', 'hội nghị', 'camera', 'họp'] },
  { id: 'shared_platforms_used', all: [['sử dụng', 'khai thác'], ['dùng chung', 'cơ sở dữ liệu chuyên ngành']] },

  // --- staff skills and equipment ---
  { id: 'business_dx_awareness', all: [['doanh nghiệp', 'hộ kinh doanh'], ['tuyên truyền', 'nâng cao nhận thức']], none: STAFF },
  { id: 'staff_digital_skills_trained', all: [[...STAFF, 'người lao động của cơ quan', 'đội ngũ'], ['kỹ năng số', 'tập huấn', 'bồi dưỡng', 'đào tạo'], DIGITAL_TOPIC], none: ['máy tính'] },
  { id: 'citizens_digital_skills_trained', all: [[...PEOPLE, 'độ tuổi lao động', 'lao động'], ['kỹ năng số', 'đào tạo', 'phổ biến', 'tuyên truyền', 'tập huấn'], DIGITAL_TOPIC] },
  { id: 'computers_antivirus', all: [['diệt vi rút', 'mã độc', 'vi rút']] },
  // office computers: a household's computer is not this measure
  { id: 'computers_networked', all: [['máy tính'], ['mạng lan', 'kết mạng', 'kết nối', 'wan', 'internet']], none: ['hộ gia đình', ...PEOPLE] },
  { id: 'computers_networked', all: [['mạng số liệu chuyên dùng', 'mạng truyền số liệu chuyên dùng']] },
  { id: 'staff_with_computer', all: [['máy tính'], ['trang bị', 'phục vụ công việc', ...STAFF]], none: ['hộ gia đình', ...PEOPLE] },

  // --- networks ---
  { id: 'fixed_broadband_subscriptions', all: [['thuê bao'], ['băng rộng cố định']] },
  { id: 'mobile_broadband_subscriptions', all: [['thuê bao'], ['băng rộng di động']] },
  { id: 'household_fibre_security', all: [['an toàn thông tin'], ['hộ gia đình', 'cáp quang']] },
  { id: 'broadband_coverage_households', all: [['phủ sóng', 'phủ hạ tầng', 'được phủ', 'sẵn sàng cung cấp', 'phủ đến'], ['cáp quang', 'băng rộng cố định']] },
  { id: 'broadband_coverage_households', all: [['phủ sóng', 'được phủ', 'phủ đến'], ['hộ gia đình', 'địa bàn dân cư', 'khu dân cư']] },
  { id: 'mobile_coverage_villages', all: [['phủ sóng', 'được phủ', 'băng rộng di động'], ['thôn', 'bản', 'tổ dân phố', 'khu phố', 'di động']], none: ['thuê bao'] },
  { id: 'household_fibre_broadband', all: [['hộ gia đình', 'hộ'], ['cáp quang', 'băng rộng', 'internet']], none: ['an toàn thông tin', 'phủ', 'sẵn sàng', 'sàn', 'máy tính'] },
  { id: 'video_conference_system', all: [['hội nghị truyền hình', 'họp trực tuyến', 'hội nghị trực tuyến']] },
  { id: 'public_wifi_points', all: [['wi fi']] },
  { id: 'security_camera_system', all: [['camera']] },
  { id: 'ict_radio_system', all: [['truyền thanh'], ['công nghệ thông tin', 'viễn thông', 'thông minh', 'ứng dụng']], none: ['tin bài', 'lượt', 'cột'] },
  { id: 'post_office_dx_point', all: [['bưu chính', 'bưu điện'], ['chuyển đổi số', 'tư vấn', 'hỗ trợ']] },
  { id: 'digital_address_plates', all: [['địa chỉ số', 'mã địa chỉ']] },

  // --- information security ---
  { id: 'is_security_level_compliance', all: [['cấp độ'], ['đáp ứng', 'bảo vệ', 'bảo đảm', 'đảm bảo', 'phương án'], ['an toàn']], none: ['hoàn thành phê duyệt', 'phê duyệt hồ sơ'] },
  { id: 'is_security_level_approved', all: [['cấp độ'], ['phê duyệt', 'xác định'], ['an toàn']] },
  { id: 'smartphone_security_software', all: [['phần mềm'], ['an toàn thông tin', 'bảo vệ'], ['điện thoại', 'thuê bao']] },
  { id: 'info_security_no_incidents', all: [['sự cố'], ['an toàn thông tin', 'an ninh mạng']] },

  // --- digital society ---
  { id: 'smartphone_subscription_share', all: [['thuê bao', 'người sử dụng điện thoại di động', 'người dùng điện thoại thông minh'], ['điện thoại thông minh']], none: ['phần mềm'] },
  { id: 'adult_smartphone', all: [['điện thoại thông minh'], [...PEOPLE, 'dân']], none: ['thuê bao', 'phần mềm'] },
  // payment account before signature: a joint "tài khoản thanh toán số, chữ ký số" number goes to the first-named measure (taxonomy note)
  { id: 'payment_account', all: [['tài khoản'], ['thanh toán', 'ngân hàng']], none: ['dịch vụ công'] },
  { id: 'adult_eid_account', all: [['định danh điện tử', 'danh tính số', 'vneid', 'định danh mức độ 2']], none: ['thông suốt', 'hợp nhất'] },
  { id: 'adult_digital_signature', all: [['chữ ký số', 'chữ ký điện tử'], [...PEOPLE, 'cá nhân', 'trưởng thành']], none: ['văn bản', 'học bạ', 'chứng thư'] },
  { id: 'e_health_book_use', all: [['sổ sức khỏe điện tử', 'sổ khám bệnh điện tử', 'sổ khám chữa bệnh điện tử']] },
  { id: 'electronic_health_records', all: [['hồ sơ sức khỏe']] },
  { id: 'telemedicine_use', all: [['khám chữa bệnh từ xa', 'khám bệnh từ xa', 'tư vấn sức khỏe trực tuyến', 'tư vấn khám chữa bệnh', 'y tế từ xa']] },
  { id: 'schools_e_transcript_signing', all: [['học bạ']] },
  { id: 'cashless_schools_health', all: [CASHLESS, ['trường học', 'trường', 'cơ sở giáo dục', 'học phí', 'cơ sở y tế', 'trạm y tế', 'viện phí', 'bệnh viện']] },
  { id: 'schools_digital_governance', all: [['trường'], ['quản trị số', 'học liệu số', 'dữ liệu số', 'trường học số']] },
  { id: 'smart_meter_households', all: [['công tơ']] },
  { id: 'cashless_online_transactions', all: [['không dùng tiền mặt'], ['giao dịch trực tuyến', 'thanh toán trực tuyến']] },
  { id: 'cashless_electricity_bills', all: [['tiền điện', 'hóa đơn điện', 'viễn thông', 'truyền hình'], CASHLESS] },
  { id: 'cashless_water_bills', all: [['tiền nước', 'hóa đơn nước'], CASHLESS] },
  { id: 'cashless_social_benefits', all: [['lương hưu', 'trợ cấp', 'an sinh xã hội'], CASHLESS] },
  { id: 'cashless_small_traders', all: [['tiểu thương', 'chợ', 'hộ kinh doanh', 'cửa hàng', 'điểm bán'], CASHLESS] },
  { id: 'villages_with_community_digital_team', all: [['tổ công nghệ số'], ['thôn', 'tổ dân phố', 'bản', 'khu phố']] },
  { id: 'community_digital_teams', all: [['tổ công nghệ số']] },

  // --- digital economy ---
  { id: 'e_invoice_use', all: [['hóa đơn điện tử']] },
  { id: 'enterprises_digitally_transformed', all: [['phát sinh thuế', 'doanh nghiệp chuyển đổi số', 'doanh nghiệp đã chuyển đổi số', 'doanh nghiệp thực hiện chuyển đổi số']], none: ['tuyên truyền', 'nâng cao nhận thức', 'nền tảng', 'tiếp cận', 'chương trình'] },
  { id: 'e_tax_payment', all: [['thuế điện tử', 'nộp thuế', 'kê khai thuế', 'etax']] },
  { id: 'e_contract_use', all: [['hợp đồng điện tử', 'hợp đồng lao động điện tử']] },
  { id: 'smedx_participation', all: [['smedx']] },
  { id: 'smedx_participation', all: [['tham gia'], ['chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số']] },
  { id: 'sme_dx_support_access', all: [['tiếp cận', 'dùng thử'], ['doanh nghiệp', 'hợp tác xã', 'nền tảng chuyển đổi số', 'chương trình hỗ trợ']] },
  { id: 'sme_digital_platform_use', all: [['doanh nghiệp', 'hợp tác xã', 'hộ kinh doanh', 'hộ sản xuất'], ['nền tảng số', 'nền tảng chuyển đổi số', 'nền tảng công nghệ số', 'ứng dụng công nghệ số']], none: ['ocop', 'sàn thương mại điện tử'] },
  { id: 'farm_households_on_ecommerce', all: [['hộ sản xuất nông nghiệp', 'hộ nông dân', 'hộ sản xuất', 'hộ nông nghiệp'], ['thương mại điện tử']] },
  { id: 'ocop_promoted_online', all: [['quảng bá', 'giới thiệu'], ['internet', 'mạng xã hội', 'trang thông tin điện tử', 'trực tuyến', 'môi trường mạng']], none: ['sàn'] },
  { id: 'ocop_on_ecommerce', all: [['ocop', 'sản phẩm'], ['thương mại điện tử', 'postmart', 'voso']] },
  { id: 'ecommerce_transaction_share', all: [['thương mại điện tử'], ['giao dịch', 'tỷ trọng', 'doanh thu', 'bán lẻ']] },
  { id: 'digital_economy_share', all: [['kinh tế số'], ['chiếm', 'tỷ trọng', 'grdp', 'gdp', 'giá trị sản xuất', 'giá trị tăng thêm']], none: ['tuyên truyền'] },
  { id: 'labour_productivity_growth', all: [['năng suất lao động']] },
  { id: 'egov_international_rank', all: [['chính phủ điện tử', 'chính phủ số'], ['xếp hạng', 'nhóm', 'quốc gia dẫn đầu']] },
  { id: 'dti_rank', all: [['chỉ số đánh giá chuyển đổi số', 'chỉ số chuyển đổi số', 'xếp hạng chuyển đổi số']] },
  { id: 'dx_budget_share', all: [['ngân sách', 'kinh phí'], ['tổng chi', 'so với', 'chiếm']] },

  // --- portals last: "trang thông tin điện tử" also names a channel or an advertising place ---
  { id: 'commune_web_portal', all: [['trang thông tin điện tử', 'cổng thông tin điện tử', 'cổng thành phần']], none: ['quảng bá', 'tuyên truyền', 'bài', 'tin bài', 'phản ánh'] },
];

/**
 * Units a measure can be stated in, where it differs from the default
 * (`%`, or `other` for a qualitative "Có"/"Chưa" cell). Counts of cameras, news
 * items or post offices are not the corresponding measure (taxonomy notes), so
 * a `count` subject only lands on a measure listed here.
 */
export const MEASURE_UNITS: Readonly<Record<string, readonly string[]>> = {
  community_digital_teams: ['count', 'other'],
  // "07 tổ công nghệ số cộng đồng ở 7 thôn" → 7 thôn (taxonomy note)
  villages_with_community_digital_team: ['%', 'count', 'other'],
  dti_rank: ['rank', 'other'],
  egov_international_rank: ['rank', 'other'],
  fixed_broadband_subscriptions: ['other', 'count'],
  mobile_broadband_subscriptions: ['other', 'count'],
};

/** The default units of a measure, for `MEASURE_UNITS` misses. */
export const DEFAULT_MEASURE_UNITS: readonly string[] = ['%', 'other'];
