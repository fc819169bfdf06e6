import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  FUZZY_THRESHOLD,
  UNIT_IDS,
  fuzzyCandidate,
  resolveUnit,
  resolveUnitByName,
  resolveUnits,
  splitUnits,
} from '../../rules/vi/units/index.js';

const GOLD_DIR = fileURLToPath(new URL('../../corpus/gold/', import.meta.url));

interface GoldTask {
  id: string;
  lead: string[];
  leadCanonical: string[];
  support: string[];
  supportCanonical: string[];
  monitor?: string;
}

interface GoldRow {
  where: string;
  units: string[];
  expected: string[];
}

const goldTasks: Array<{ file: string; task: GoldTask }> = readdirSync(GOLD_DIR)
  .filter((f) => /^\d{3}_[0-9a-f]+\.json$/u.test(f))
  .flatMap((file) => (JSON.parse(readFileSync(GOLD_DIR + file, 'utf8')) as { tasks: GoldTask[] }).tasks.map((task) => ({ file, task })));

const goldRows: GoldRow[] = goldTasks.flatMap(({ file, task }) =>
  (['lead', 'support'] as const)
    .filter((k) => task[k].length > 0)
    .map((k) => ({
      where: `${file.slice(0, 3)} ${task.id} ${k}`,
      units: task[k],
      expected: task[k === 'lead' ? 'leadCanonical' : 'supportCanonical'],
    })),
);

/** Canonical ids of a list of unit strings, in order, one per unit (null kept as 'null'). */
function canonicalsOf(units: string[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    for (const r of resolveUnits(u)) {
      const id = r.canonical ?? 'null';
      if (id === 'null' || !out.includes(id)) out.push(id);
    }
  }
  return out;
}

describe('gold lead/support strings', () => {
  it('the gold files hold enough unit strings to measure on', () => {
    expect(goldRows.length).toBeGreaterThan(150);
  });

  it.each(goldRows.map((r) => [r.where, r.units, r.expected] as const))('%s: %j → %j', (_where, units, expected) => {
    expect(canonicalsOf([...units])).toEqual(expected);
  });

  it('agreement over all gold rows is at least 0.95', () => {
    const agree = goldRows.filter((r) => JSON.stringify(canonicalsOf(r.units)) === JSON.stringify(r.expected)).length;
    const ratio = agree / goldRows.length;
    console.info(`units gold agreement: ${agree}/${goldRows.length} = ${ratio.toFixed(3)}`);
    expect(ratio).toBeGreaterThanOrEqual(0.95);
  });

  // The same units as the source lists them ("Bộ phận Văn phòng, các cơ quan, đơn vị, bộ phận liên quan"):
  // splitting must find the gold units again.
  const multi = goldRows.filter((r) => r.units.length > 1);
  it.each(multi.map((r) => [r.units.join(', '), r.expected] as const))('split %j → %j', (joined, expected) => {
    expect(canonicalsOf([joined])).toEqual(expected);
    expect(splitUnits(joined).length).toBe(expected.length);
  });

  const monitors = [...new Set(goldTasks.map((t) => t.task.monitor).filter((m): m is string => m !== undefined))];
  it.each(monitors)('appendix monitor %j is a person or a post', (monitor) => {
    const r = resolveUnit(monitor);
    // "Trưởng Công an xã" is a post; the others are names.
    expect(r.canonical).toBe(/^Trưởng/u.test(monitor) ? 'cong_an_xa' : 'person');
  });
});

describe('unit names as other provinces write them', () => {
  it.each([
    ['Công chức Văn phòng - Thống kê', 'van_phong_thong_ke'],
    ['Công chức VP-TK', 'van_phong_thong_ke'],
    ['Văn phòng HĐND và UBND xã', 'van_phong_thong_ke'],
    ['Công chức Văn thư - Lưu trữ', 'van_phong_thong_ke'],
    ['Công chức Tài chính - Kế toán', 'tai_chinh_ke_toan'],
    ['Công chức TC-KT', 'tai_chinh_ke_toan'],
    ['Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường', 'dia_chinh_xay_dung'],
    ['Công chức ĐC-XD', 'dia_chinh_xay_dung'],
    ['Công chức Địa chính - Xây dựng - Đô thị và Môi trường', 'dia_chinh_xay_dung'],
    ['Công chức Tư pháp - Hộ tịch', 'tu_phap_ho_tich'],
    ['Công chức TP-HT', 'tu_phap_ho_tich'],
    ['Công chức Lao động - Thương binh và Xã hội', 'lao_dong_tbxh'],
    ['Công chức LĐ-TB&XH', 'lao_dong_tbxh'],
    ['Công chức VH-XH', 'van_hoa_xa_hoi'],
    ['Đài Truyền thanh xã', 'van_hoa_xa_hoi'],
    ['Chỉ huy trưởng Quân sự', 'quan_su'],
    ['Ban Chỉ huy Quân sự xã', 'quan_su'],
    ['Trưởng Công an xã', 'cong_an_xa'],
    ['Ủy ban MTTQ Việt Nam xã', 'mttq_doan_the'],
    ['Hội Cựu chiến binh xã', 'mttq_doan_the'],
    ['Đoàn TNCS Hồ Chí Minh xã', 'doan_thanh_nien'],
    ['Chi hội Nông dân', 'hoi_nong_dan'],
    ['Hội Liên hiệp Phụ nữ xã', 'hoi_phu_nu'],
    ['Trạm Y tế xã', 'tram_y_te'],
    ['Trường Mầm non/Tiểu học/THCS', 'truong_hoc'],
    ['Trưởng thôn', 'thon'],
    ['Bí thư chi bộ, trưởng thôn', 'thon'],
    ['Tổ trưởng tổ dân phố', 'thon'],
    ['các hợp tác xã, doanh nghiệp', 'doanh_nghiep'],
    ['Bưu điện văn hóa xã', 'doanh_nghiep'],
    ['Phòng Văn hóa và Thông tin huyện', 'cap_tren'],
    ['Chủ tịch UBND huyện', 'cap_tren'],
    ['Công an huyện', 'cap_tren'],
    ['Sở Thông tin và Truyền thông', 'cap_tren'],
    ['Tổ công nghệ số cộng đồng thôn', 'to_cong_nghe_so'],
    ['Tổ CNSCĐ', 'to_cong_nghe_so'],
    ['Bộ phận tiếp nhận và trả kết quả', 'bo_phan_mot_cua'],
    ['Bộ phận Một cửa liên thông', 'bo_phan_mot_cua'],
    ['Ban chỉ đạo chuyển đổi số xã', 'ban_chi_dao_cds'],
    ['BCĐ CĐS xã', 'ban_chi_dao_cds'],
    ['Phó Chủ tịch UBND xã', 'ubnd_xa'],
    ['Cán bộ, công chức, viên chức', 'toan_bo_can_bo'],
    ['Các ban, ngành, đoàn thể', 'cac_nganh_lien_quan'],
    ['Cong an xa', 'cong_an_xa'],
    ['Uỷ ban nhân dân xã', 'ubnd_xa'],
  ])('%s → %s', (text, id) => {
    expect(resolveUnit(text).canonical).toBe(id);
  });
});

describe('personal names', () => {
  it.each([
    ['Nguyễn Văn Hùng', 'person'],
    ['Hoàng Thị Mai', 'person'],
    ['Đỗ Đức Anh', 'person'],
    ['Đoàn Văn Hải', 'person'],
    ['Ông Trần Quốc Toản', 'person'],
    // Same shape as a name but a listed unit name wins.
    ['Đoàn Thanh Niên', 'doan_thanh_nien'],
  ])('%s → %s', (text, id) => {
    expect(resolveUnit(text).canonical).toBe(id);
  });
});

describe('phrases that are not units', () => {
  it.each([
    'người dân',
    'chuyển đổi số',
    'hộ gia đình',
    'học sinh',
    'tuyên truyền',
    'dịch vụ công trực tuyến',
    'Cổng thông tin điện tử',
    'thanh toán không dùng tiền mặt',
    'Kế hoạch số 12/KH-UBND',
    'nhân dân trong thôn',
    'cán bộ phụ trách công nghệ thông tin',
    'Ban quản lý chợ',
    'Thường xuyên',
    'Quý III năm 2024',
    '',
    '  ,;  ',
  ])('%j → null', (text) => {
    const r = resolveUnit(text);
    expect(r.canonical).toBeNull();
    expect(r.method).toBe('none');
  });
});

describe('splitting unit lists', () => {
  it.each([
    ['Công an xã, Quân sự xã', ['cong_an_xa', 'quan_su']],
    ['UBMTTQ và các đoàn thể', ['mttq_doan_the']],
    ['Bộ phận Văn hóa; Bộ phận Văn phòng', ['van_hoa_xa_hoi', 'van_phong_thong_ke']],
    ['Công chức VH-XH chủ trì, phối hợp Văn phòng', ['van_hoa_xa_hoi', 'van_phong_thong_ke']],
    ['Công chức Văn phòng - Thống kê, Công chức Lao động - Thương binh và Xã hội', ['van_phong_thong_ke', 'lao_dong_tbxh']],
    ['Bộ phận phối hợp thực hiện: Đoàn xã, các bộ phận có liên quan', ['doan_thanh_nien', 'cac_nganh_lien_quan']],
    ['Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên', ['hoi_nong_dan', 'hoi_phu_nu', 'doan_thanh_nien']],
    ['Trạm Y tế và các trường học trên địa bàn', ['tram_y_te', 'truong_hoc']],
    ['Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường, Tổ công nghệ số cộng đồng', ['dia_chinh_xay_dung', 'to_cong_nghe_so']],
    ['Văn phòng, Tài chính, Tư pháp', ['van_phong_thong_ke', 'tai_chinh_ke_toan', 'tu_phap_ho_tich']],
    ['Phòng Văn hóa và Thông tin, UBND xã', ['cap_tren', 'ubnd_xa']],
  ])('%s', (text, ids) => {
    expect(resolveUnits(text).map((r) => r.canonical)).toEqual(ids);
  });

  it.each([
    ['Công chức Văn phòng - Thống kê – phụ trách chuyển đổi số', 1],
    ['Lao động - Thương binh và Xã hội', 1],
    ['Các cơ quan, đơn vị, bộ phận thuộc UBND xã', 1],
    ['Bộ phận tiếp nhận và trả kết quả', 1],
    ['Công an thành phố, UBND các xã, phường', 2],
  ])('%s stays in %i piece(s)', (text, n) => {
    expect(splitUnits(text)).toHaveLength(n);
  });
});

describe('fuzzy threshold', () => {
  // Misspellings as they occur in plans (lost or extra letters, wrong diacritics).
  it.each([
    ['Tổ công ngệ số cộng đồng', 'to_cong_nghe_so'],
    ['Tổ cộng nghệ số cộng đồng', 'to_cong_nghe_so'],
    ['Bộ phận tiếp nhậ và trả kết quả', 'bo_phan_mot_cua'],
    ['Hội Liên hệp Phụ nữ', 'hoi_phu_nu'],
    ['Đoàn Thanh nên', 'doan_thanh_nien'],
    ['Hội Nông đân', 'hoi_nong_dan'],
  ])('%s → %s', (text, id) => {
    expect(fuzzyCandidate(text)?.score ?? 0).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
    expect(resolveUnit(text).canonical).toBe(id);
  });

  // Non-units whose closest alias is near: the threshold must keep them out.
  it.each(['nhân dân trong thôn', 'Hội đồng nhân dân xã', 'Cổng thông tin điện tử', 'hộ gia đình', 'Kho bạc Nhà nước'])(
    '%s stays below the threshold',
    (text) => {
      expect(fuzzyCandidate(text)?.score ?? 0).toBeLessThan(FUZZY_THRESHOLD);
    },
  );
});

describe('robustness', () => {
  const known = new Set<string>(UNIT_IDS);
  it('never throws and returns a known id or null on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const r = resolveUnit(s);
        expect(r.canonical === null || known.has(r.canonical)).toBe(true);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        for (const u of resolveUnits(s)) expect(u.canonical === null || known.has(u.canonical)).toBe(true);
        splitUnits(s);
      }),
      { numRuns: 300 },
    );
  });

  const syllables = ['Công', 'chức', 'văn', 'phòng', 'hoá', 'xã', 'và', ',', ';', 'Ủy', 'ban', 'Nguyễn', 'Thị', '-', '–', 'thôn', 'các', 'phối', 'hợp', 'huyện', 'đoàn', ':'];
  it('never throws on Vietnamese-looking word salad', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...syllables), { maxLength: 14 }), (words) => {
        const s = words.join(' ');
        for (const u of resolveUnits(s)) expect(u.canonical === null || known.has(u.canonical)).toBe(true);
        const r = resolveUnit(s);
        expect(r.canonical === null || known.has(r.canonical)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolution by name only', () => {
  // The subject finder asks only for named units; it must get exactly the full
  // resolver's answer when that answer is a name, and nothing otherwise.
  const agrees = (s: string): void => {
    const full = resolveUnit(s);
    const named = resolveUnitByName(s);
    if (full.method === 'alias') expect(named).toEqual(full);
    else expect(named.canonical).toBeNull();
  };
  it('agrees with the full resolver on gold strings, misspellings and non-units', () => {
    const misspelt = ['Trạm y tếe xã', 'Bộ phận tiếp nhậ và trả kết quả', 'Hội Nông đân', 'Tổ công ngệ số cộng đồng'];
    const others = ['nhân dân trong thôn', 'Nguyễn Thị Chinh', 'cán bộ phụ trách CNTT', 'Cong an xa', 'Phòng Văn hóa và Thông tin huyện'];
    const strings = [...goldRows.flatMap((r) => r.units), ...misspelt, ...others];
    let named = 0;
    for (const s of strings) {
      agrees(s);
      if (resolveUnit(s).method === 'alias') named++;
    }
    // Both sides are exercised: most gold strings are names, the misspellings are not.
    expect(named).toBeGreaterThan(100);
    expect(resolveUnitByName('Trạm y tếe xã').canonical).toBeNull();
    expect(resolveUnit('Trạm y tếe xã').canonical).toBe('tram_y_te');
  });
  const syllables = ['Công', 'chức', 'văn', 'phòng', 'hoá', 'xã', 'và', ',', 'Ủy', 'ban', 'Nguyễn', 'Thị', '-', 'thôn', 'các', 'huyện', 'đoàn', 'Trạm', 'y', 'tếe'];
  it('agrees with the full resolver on word salad', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...syllables), { maxLength: 10 }), (words) => agrees(words.join(' '))), { numRuns: 300 });
  });
});
