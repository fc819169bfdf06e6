import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  ReferenceTargets, compareToReference, loadReferenceTargets, referenceFor, type ReferenceTarget,
} from '../../rules/measures/reference.js';
import { measureById } from '../../rules/measures/match.js';

const raw: unknown = JSON.parse(readFileSync(new URL('../../rules/reference-targets.json', import.meta.url), 'utf8'));
const TARGETS_MD = readFileSync(new URL('../../corpus/TARGETS.md', import.meta.url), 'utf8');

describe('rules/reference-targets.json', () => {
  it('validates against the schema and names taxonomy measures only', () => {
    const parsed = ReferenceTargets.safeParse(raw);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    for (const t of loadReferenceTargets()) expect(measureById(t.measure), t.measure).not.toBeNull();
  });

  it('rejects a malformed row', () => {
    const good = loadReferenceTargets()[0]!;
    expect(ReferenceTargets.safeParse([{ ...good, level: 'thon' }]).success).toBe(false);
    expect(ReferenceTargets.safeParse([{ ...good, comparator: 'range', valueMax: null }]).success).toBe(false);
    expect(ReferenceTargets.safeParse([{ ...good, verified: !good.verified }]).success).toBe(false);
  });

  it('covers every numbered target row of TARGETS.md except the themes (35, 36) and the criteria structure (41)', () => {
    const numbered = [...TARGETS_MD.matchAll(/^\| (\d+) \|/gmu)].map((m) => m[1]!);
    const have = new Set(loadReferenceTargets().map((t) => t.row));
    const missing = numbered.filter((n) => !have.has(n));
    expect(missing.sort()).toEqual(['35', '36', '41']);
  });

  it('covers every row of the 2023 national plan table', () => {
    const section = TARGETS_MD.split('### National 2023 plan')[1]!.split('Not retrieved here')[0]!;
    const rows = section.split('\n').filter((l) => /^\| [^-|I]/u.test(l));
    // one table row gives two targets (SMEs trying / regularly using)
    expect(loadReferenceTargets().filter((t) => t.row === '2023-plan')).toHaveLength(rows.length + 1);
  });

  it('marks only V rows as verified, with a source URL', () => {
    for (const t of loadReferenceTargets()) {
      if (t.verified) expect(t.source.url, `row ${t.row}`).not.toBeNull();
    }
    expect(loadReferenceTargets().find((t) => t.row === '4')!.verified).toBe(false);
    expect(loadReferenceTargets().find((t) => t.row === '6')!.verified).toBe(false);
  });
});

describe('referenceFor', () => {
  it.each([
    // [measure, year, level, scope, expected row or null, expected value]
    ['adult_digital_signature', 2024, 'xa', { province: 'Thanh Hóa' }, '43', 30],
    ['adult_digital_signature', 2025, 'xa', { province: 'tỉnh Thanh Hoá' }, '43', 30],
    ['adult_digital_signature', 2024, 'xa', { province: 'Quảng Ngãi' }, null, null],
    ['adult_digital_signature', 2024, 'xa', { province: 'Quảng Ngãi', nationalAggregates: true }, '11', 50],
    ['adult_digital_signature', 2027, 'xa', { province: 'Quảng Ngãi', nationalAggregates: true }, '11', 70],
    ['electronic_health_records', 2024, 'xa', { province: 'Thanh Hóa' }, '44', 95],
    ['cashless_electricity_bills', 2024, 'xa', { province: 'Thanh Hóa' }, '42', 60],
    ['cashless_electricity_bills', 2026, 'xa', { province: 'Thanh Hóa' }, null, null],
    ['work_files_processed_online', 2024, 'xa', {}, '4', 60],
    ['work_files_processed_online', 2024, 'huyen', {}, '3', 80],
    ['work_files_processed_online', 2024, 'tinh', {}, '2', 90],
    ['work_files_processed_online', 2027, 'xa', { province: 'Tuyên Quang', commune: 'xã Sơn Nam' }, '64', 60],
    ['work_files_processed_online', 2027, 'xa', { province: 'Tuyên Quang', commune: 'Hồng Lạc' }, null, null],
    ['work_files_processed_online', 2025, 'xa', { province: 'Tuyên Quang', commune: 'Năng Khả' }, '64', 60],
    ['staff_working_fully_online', 2025, 'xa', {}, '37', 100],
    ['payment_account', 2023, 'xa', {}, null, null],
    ['payment_account', 2023, 'xa', { nationalAggregates: true }, '2023-plan', 75],
    ['online_dossier_rate', 2022, 'huyen', { nationalAggregates: true }, '22', 50],
    ['digitised_dossiers_results', 2022, 'huyen', {}, '23', 100],
    ['digitised_dossiers_results', 2022, 'xa', {}, null, null],
    ['full_process_online_services', 2025, 'xa', {}, '38', null],
  ] as const)('%s %i %s %j → row %s', (measure, year, level, scope, row, value) => {
    const ref = referenceFor(measure, year, level, scope);
    expect(ref?.row ?? null).toBe(row);
    if (ref) expect(ref.value).toBe(value);
  });

  it('never hands a commune a target set for another level', () => {
    for (const t of loadReferenceTargets()) {
      const ref = referenceFor(t.measure, t.year, 'xa', { province: t.appliesTo.province ?? undefined, commune: t.appliesTo.communes?.[0] });
      if (ref) expect(ref.level).toBe('xa');
    }
  });
});

describe('compareToReference', () => {
  const ref = (value: number | null, comparator: ReferenceTarget['comparator'], unit: ReferenceTarget['unit'] = '%', valueMax: number | null = null) =>
    ({ value, valueMax, comparator, unit });
  const plan = (value: number | null, comparator: string, unit = '%', valueMax: number | null = null) => ({ value, valueMax, comparator, unit });

  it.each([
    ['plan 40% vs ≥30%', plan(40, '='), ref(30, '>='), 'above'],
    ['plan 30% vs ≥30%', plan(30, '>='), ref(30, '>='), 'at'],
    ['plan "trên 80%" vs "≥ 80%"', plan(80, '>'), ref(80, '>='), 'at'],
    ['plan 20% vs >50%', plan(20, '='), ref(50, '>'), 'below'],
    ['plan 92.5% vs 90%', plan(92.5, '='), ref(90, '='), 'above'],
    ['plan range 60–80% vs 70%: its floor is below', plan(60, 'range', '%', 80), ref(70, '='), 'below'],
    ['plan 70% inside the reference range 60–80%', plan(70, '='), ref(60, 'range', '%', 80), 'at'],
    ['plan 85% above the reference range 60–80%', plan(85, '>='), ref(60, 'range', '%', 80), 'above'],
    ['plan 55% below the reference range 60–80%', plan(55, '='), ref(60, 'range', '%', 80), 'below'],
    ['count vs %', plan(12, '=', 'count'), ref(80, '='), 'not-comparable'],
    ['qualitative cell (no value)', plan(null, '=', 'other'), ref(80, '='), 'not-comparable'],
    ['deadline-only reference (no value)', plan(100, '='), ref(null, '='), 'not-comparable'],
    ['ceiling vs floor', plan(5, '<'), ref(80, '>='), 'not-comparable'],
    ['rank ≤ 40 vs ≤ 50', plan(40, '<=', 'rank'), ref(50, '<=', 'rank'), 'below'],
  ] as const)('%s → %s', (_label, p, r, want) => {
    expect(compareToReference(p, r)).toBe(want);
  });

  it('compares a Thanh Hóa commune plan with its provincial criterion', () => {
    const r = referenceFor('adult_digital_signature', 2024, 'xa', { province: 'Thanh Hóa' })!;
    expect(compareToReference({ value: 25, valueMax: null, comparator: '=', unit: '%' }, r)).toBe('below');
    expect(compareToReference({ value: 35, valueMax: null, comparator: '>=', unit: '%' }, r)).toBe('above');
  });
});

/**
 * Entry-by-entry check of the data file against corpus/TARGETS.md: for every
 * table row, the JSON rows carry the same numbers, comparators, years, status,
 * source number and date, URL, and scope as the Markdown says.
 */
describe('rules/reference-targets.json against corpus/TARGETS.md, entry by entry', () => {
  interface MdRow { row: string; target: string; year: string; level: string; source: string; url: string; status: string }

  const cellsOf = (line: string): string[] => line.replace(/^\|\s*/u, '').replace(/\s*\|\s*$/u, '').split(/\s+\|\s+/u);
  // "same" in a cell repeats the row above
  const numbered: MdRow[] = [];
  for (const l of TARGETS_MD.split('\n').filter((x) => /^\| \d+ \|/u.test(x))) {
    const [row, , target, year, level, source, url, status] = cellsOf(l);
    const prev = numbered.at(-1);
    const same = (v: string, p: string | undefined): string => (v === 'same' && p !== undefined ? p : v);
    numbered.push({ row: row!, target: target!, year: year!, level: same(level!, prev?.level), source: same(source!, prev?.source), url: url!, status: status! });
  }
  const plan2023: MdRow[] = TARGETS_MD.split('### National 2023 plan')[1]!.split('Not retrieved here')[0]!
    .split('\n')
    .filter((l) => /^\| [^-|I]/u.test(l))
    .map((l) => {
      const [, target, year, source, url, status] = cellsOf(l);
      return { row: '2023-plan', target: target!, year: year!, level: 'national', source: source!, url: url!, status: status! };
    });
  const byRow = new Map(numbered.map((r) => [r.row, r]));
  const statusOf = (s: string): string => s.replace(/\\\*/gu, '*');
  const urlsIn = (s: string): string[] => [...s.matchAll(/https?:\/\/\S+/gu)].map((m) => m[0]);

  /** URLs a cell gives, following "same as #1" / "#41 URL" / "#26, #27 URLs" to the rows it names. */
  function urlsOf(r: MdRow): string[] {
    const own = urlsIn(r.url);
    const named = /#\d+/u.test(r.url) && !/^—/u.test(r.url) ? [...r.url.matchAll(/#(\d+)/gu)].flatMap((m) => urlsOf(byRow.get(m[1]!)!)) : [];
    return [...own, ...named];
  }

  /** Numbers of the target cell: "> 10% (2025)" → 10, "60–80%" → 60 and 80, "top 50" → 50, "25 / 90 per 100" → 25, 90. */
  function targetNumbers(cell: string): number[] {
    const out: number[] = [];
    for (const m of cell.matchAll(/(\d+(?:\.\d+)?)\s?[–-]\s?(\d+(?:\.\d+)?)\s?%|(\d+(?:\.\d+)?)\s?%|top (\d+)|(\d+) \/ (\d+) per 100/gu)) {
      for (const g of m.slice(1)) if (g !== undefined) out.push(Number(g));
    }
    return [...new Set(out)].sort((a, b) => a - b);
  }

  function comparators(cell: string): string[] {
    const ops = [...cell.matchAll(/(^|[;/(]\s*)([=>≥<≤])\s?\d/gu)].map((m) => ({ '=': '=', '>': '>', '≥': '>=', '<': '<', '≤': '<=' })[m[2] as '=']);
    if (/top \d+/u.test(cell)) ops.push('<=');
    if (/\d\s?[–-]\s?\d+\s?%/u.test(cell)) ops.push('range');
    // a number with no qualifier is "đạt" (=)
    return ops.length ? [...new Set(ops)].sort() : ['='];
  }

  const dateOf = (number: string): string | null => {
    const m = new RegExp(`${number.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')},\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})`, 'u').exec(TARGETS_MD);
    return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
  };

  const withRows = [...numbered, ...plan2023].filter((r) => loadReferenceTargets().some((t) => t.row === r.row));

  it('reads the tables (38 national, 4 provincial, 6 commune rows and the 2023 plan table)', () => {
    expect(numbered.map((r) => r.row)).toHaveLength(38 + 4 + 6);
    expect(plan2023).toHaveLength(8);
  });

  it.each(numbered.filter((r) => loadReferenceTargets().some((t) => t.row === r.row)).map((r) => [r.row, r] as const))(
    'row %s: values, comparators, years, status, source, URL and scope',
    (row, md) => {
      const rows = loadReferenceTargets().filter((t) => t.row === row);
      const values = [...new Set(rows.flatMap((t) => [t.value, t.valueMax]).filter((v): v is number => v !== null))].sort((a, b) => a - b);
      expect(values).toEqual(targetNumbers(md.target));
      if (values.length) expect([...new Set(rows.map((t) => t.comparator))].sort()).toEqual(comparators(md.target));
      const years = [...md.year.matchAll(/20\d\d/gu)].map((m) => Number(m[0]));
      for (const t of rows) {
        expect(years, `row ${row} year`).toContain(t.year);
        // a target is the next milestone from the year its source was issued
        if (t.yearFrom !== null && t.source.date) expect(t.yearFrom).toBeGreaterThanOrEqual(Number(t.source.date.slice(0, 4)));
        expect(t.status).toBe(statusOf(md.status));
        expect(t.verified).toBe(md.status === 'V');
        if (t.source.number) expect(md.source, `row ${row} source`).toContain(t.source.number);
        if (t.source.number) expect(t.source.date, `row ${row} date`).toBe(dateOf(t.source.number));
        const urls = urlsOf(md);
        if (urls.length === 0) expect(t.source.url, `row ${row} url`).toBeNull();
        else expect(urls, `row ${row} url`).toContain(t.source.url);
        if (t.appliesTo.province) expect(md.level).toContain(t.appliesTo.province);
        else expect(md.level).toMatch(/^national/u);
        for (const c of t.appliesTo.communes ?? []) expect(md.level).toContain(c);
      }
    },
  );

  it.each(withRows.filter((r) => r.row === '2023-plan').map((r, i) => [i + 1, r] as const))('2023 plan row %i: values, comparators, URL', (i, md) => {
    const rows = loadReferenceTargets().filter((t) => t.row === '2023-plan');
    const nums = targetNumbers(md.target);
    // the table row's numbers are found in as many JSON rows, with the row's comparators
    const found = rows.filter((t) => t.value !== null && nums.includes(t.value) && t.year === Number(md.year));
    expect(found.length, `2023-plan row ${i}`).toBeGreaterThanOrEqual(nums.length);
    for (const t of found) {
      expect(comparators(md.target)).toContain(t.comparator);
      expect(urlsIn(md.url).length ? urlsIn(md.url) : urlsIn(plan2023[0]!.url)).toContain(t.source.url);
      expect(t.status).toBe(statusOf(md.status));
    }
  });
});
