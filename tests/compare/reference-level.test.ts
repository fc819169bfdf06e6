/**
 * A commune plan that quotes the national per-level norm ("90% cấp tỉnh") next
 * to its own commune target: each number is held to the reference of the level
 * it names, and only the commune-level one is the commune's target.
 */
import { describe, it, expect } from 'vitest';
import { processBytes } from '../../pipeline/index.js';
import { buildComparison } from '../../compare/model.js';
import { viewTables } from '../../compare/tables.js';

const PLAN = `ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ
Số: 15/KH-UBND
Quảng Phú, ngày 10 tháng 01 năm 2024

KẾ HOẠCH
Chuyển đổi số xã Quảng Phú, huyện Quảng Xương, tỉnh Thanh Hóa năm 2024

I. MỤC TIÊU
1. Phát triển chính quyền số
- Theo Chương trình chuyển đổi số quốc gia, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 90% cấp tỉnh.
- Phấn đấu tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 50% cấp xã.
- Phấn đấu 20% dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân.
`;

describe('references by the level a target names', async () => {
  const doc = await processBytes(new TextEncoder().encode(PLAN), 'quang-phu.txt');
  const model = buildComparison([doc]);
  const row = model.matrix.find((r) => r.measure === 'work_files_processed_online')!;
  const cell = row?.cells['quang-phu.txt'];

  it('reads both levels of the work-files measure', () => {
    expect(cell?.targets.map((t) => [t.value, t.level])).toEqual([[90, 'tinh'], [50, 'xa']]);
  });

  it('holds "90% cấp tỉnh" to the province-level 90% and "50% cấp xã" to the commune-level 60%', () => {
    const [tinh, xa] = cell!.targets;
    expect([tinh!.reference?.level, tinh!.reference?.value, tinh!.vsReference]).toEqual(['tinh', 90, 'at']);
    expect([xa!.reference?.level, xa!.reference?.value, xa!.vsReference]).toEqual(['xa', 60, 'below']);
    expect(xa!.reference?.verified).toBe(false);
  });

  it('ranks and flags the commune by its own commune-level target, not the quoted province one', () => {
    expect(cell!.primary?.value).toBe(50);
    expect(cell!.vsReference).toBe('below');
    expect(cell!.conflicting).toBe(false);
    const stats = model.measures.find((s) => s.measure === 'work_files_processed_online')!;
    expect(stats.ranking.map((e) => e.value)).toEqual([50]);
    expect(stats.belowReference.map((b) => [b.value, b.reference.value])).toEqual([[50, 60]]);
    expect(row.references.map((r) => r.level).sort()).toEqual(['tinh', 'xa']);
  });

  it('a Thanh Hóa commune below the provincial criterion QĐ 1829 is listed below the reference', () => {
    const stats = model.measures.find((s) => s.measure === 'adult_digital_signature')!;
    expect(stats.belowReference.map((b) => [b.value, b.reference.value, b.reference.source])).toEqual([[20, 30, expect.stringContaining('1829/QĐ-UBND')]]);
  });

  it('writes the stated level and the per-level reference into the matrix table', () => {
    const t = viewTables(model).find((v) => v.name === 'matrix')!;
    const col = (name: string): number => t.header.indexOf(name);
    const rows = t.rows.filter((r) => r[col('measure')] === 'work_files_processed_online');
    expect(rows.map((r) => [r[col('stated_level')], r[col('vs_reference')], String(r[col('reference')]).split(' (')[1]?.split(',')[0]])).toEqual([
      ['tinh', 'at', 'province level'],
      ['xa', 'below', 'commune level'],
    ]);
  });
});
