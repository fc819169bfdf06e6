/**
 * National and provincial reference targets (`rules/reference-targets.json`,
 * compiled from corpus/TARGETS.md) and how a commune's own target compares with
 * them.
 *
 * What the file holds: every numeric target of TARGETS.md, mapped to a taxonomy
 * id, plus the one deadline-only target that names a measure (row 38, value
 * null). Left out: the yearly themes (rows 35, 36: no measure, no value), the
 * structure of the Thanh Hóa criteria set (row 41: a count of sub-indicators,
 * not a level of a measure) and the "achieved benchmarks" table (not targets).
 *
 * `level` is the administrative level a target is set for: `xa`, `huyen`,
 * `tinh`, or `quoc_gia` for a national aggregate (QĐ 411's "50% of adults" is
 * met by the country as a whole, not by each commune). `appliesTo` says whose
 * target it is: national (province null), one province, or named communes.
 * `yearFrom`..`year` is the span in which the target is the next milestone.
 */
import { z } from 'zod';
import { Reference } from '../../output/schema.js';
import referenceJson from '../reference-targets.json' with { type: 'json' };
import { matchKey } from '../../pipeline/text/match-key.js';
import { measureById } from './taxonomy.js';

/** One reference target. */
export const ReferenceTarget = z
  .object({
    row: z.string().describe('row of corpus/TARGETS.md it comes from'),
    measure: z.string().regex(/^[a-z0-9_]+$/u),
    level: z.enum(['xa', 'huyen', 'tinh', 'quoc_gia']),
    year: z.number().int().min(2000).max(2100),
    yearFrom: z.number().int().min(2000).max(2100).nullable(),
    value: z.number().nullable(),
    valueMax: z.number().nullable(),
    comparator: z.enum(['>', '>=', '<', '<=', '=', 'range']),
    unit: z.enum(['%', 'count', 'vnd_million', 'vnd', 'rank', 'other']),
    appliesTo: z.object({
      province: z.string().nullable(),
      communes: z.array(z.string()).nullable(),
    }),
    // the cited document, as a cited reference is recorded (type, number, date, issuer), plus where it was read
    source: Reference.pick({ type: true, number: true, date: true, issuer: true }).extend({
      url: z.string().url().nullable(),
      title: z.string().nullable(),
    }),
    verified: z.boolean(),
    status: z.enum(['V', 'V*', 'B']),
    note: z.string(),
  })
  .superRefine((t, ctx) => {
    if ((t.comparator === 'range') !== (t.valueMax !== null)) {
      ctx.addIssue({ code: 'custom', message: 'valueMax is set exactly for ranges' });
    }
    if (t.comparator === 'range' && t.value !== null && t.valueMax !== null && t.valueMax < t.value) {
      ctx.addIssue({ code: 'custom', message: 'valueMax below value' });
    }
    if (t.yearFrom !== null && t.yearFrom > t.year) ctx.addIssue({ code: 'custom', message: 'yearFrom after year' });
    if (t.verified !== (t.status === 'V')) ctx.addIssue({ code: 'custom', message: 'verified is status V' });
    if (t.appliesTo.communes !== null && t.appliesTo.province === null) {
      ctx.addIssue({ code: 'custom', message: 'commune targets name their province' });
    }
  });
export type ReferenceTarget = z.infer<typeof ReferenceTarget>;

/** The whole file. */
export const ReferenceTargets = z.array(ReferenceTarget);

let cache: readonly ReferenceTarget[] | null = null;

/**
 * Loads and validates `rules/reference-targets.json` (cached). Throws when a
 * row breaks the schema or names a measure the taxonomy does not have.
 */
export function loadReferenceTargets(): readonly ReferenceTarget[] {
  if (cache) return cache;
  const targets = ReferenceTargets.parse(referenceJson);
  for (const t of targets) {
    if (!measureById(t.measure)) throw new Error(`reference target row ${t.row}: unknown measure ${t.measure}`);
  }
  cache = Object.freeze(targets);
  return cache;
}

/** Who is asking: the commune's province and name, as written (case and tone placement are ignored). */
export interface ReferenceScope {
  province?: string;
  commune?: string;
  /**
   * Also fall back to national aggregates (`quoc_gia`) when no target is set for
   * the level. Off by default: a commune's 40% is not "below" a national 50%
   * that the country meets on average.
   */
  nationalAggregates?: boolean;
}

function sameName(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const key = (s: string): string => matchKey(s.normalize('NFC')).replace(/^(tỉnh|xã|phường|thị trấn)\s+/u, '').trim();
  return key(a) === key(b);
}

/** 0 = set for these communes, 1 = for this province, 2 = national; null = not applicable to the scope. */
function specificity(t: ReferenceTarget, scope: ReferenceScope): number | null {
  const { province, communes } = t.appliesTo;
  if (communes !== null) {
    if (!sameName(scope.province, province!)) return null;
    return communes.some((c) => sameName(scope.commune, c)) ? 0 : null;
  }
  if (province !== null) return sameName(scope.province, province) ? 1 : null;
  return 2;
}

function pick(measure: string, year: number, level: ReferenceTarget['level'], scope: ReferenceScope): ReferenceTarget | null {
  let best: { t: ReferenceTarget; rank: number[] } | null = null;
  for (const t of loadReferenceTargets()) {
    if (t.measure !== measure || t.level !== level) continue;
    if (year < (t.yearFrom ?? t.year) || year > t.year) continue;
    const spec = specificity(t, scope);
    if (spec === null) continue;
    // most specific scope, then the nearest milestone, then verified, then a stated value, then the newest source
    const date = t.source.date ? Number(t.source.date.replace(/-/gu, '')) : 0;
    const rank = [spec, t.year, t.verified ? 0 : 1, t.value === null ? 1 : 0, -date];
    if (!best || lexLess(rank, best.rank)) best = { t, rank };
  }
  return best?.t ?? null;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! !== b[i]!) return a[i]! < b[i]!;
  }
  return false;
}

/**
 * The reference target a plan of `level` for `year` is held to, or null.
 *
 * Only targets set for the same level count: a commune is held to the
 * commune-level targets of its own province (needs `scope.province`), else to
 * national commune-level targets, else to none — a province-level 90% is never
 * compared with a commune. Targets that named communes set for themselves apply
 * only to those communes. Among the applicable ones the nearest milestone wins
 * (a 2024 plan is measured against the 2025 milestone, not the 2030 one).
 */
export function referenceFor(
  measure: string,
  year: number,
  level: 'xa' | 'huyen' | 'tinh',
  scope: ReferenceScope = {},
): ReferenceTarget | null {
  return pick(measure, year, level, scope) ?? (scope.nationalAggregates ? pick(measure, year, 'quoc_gia', scope) : null);
}

/** The part of an indicator that `compareToReference` reads. */
export interface ComparableTarget {
  value: number | null;
  valueMax: number | null;
  comparator: string;
  unit: string;
}

const EPS = 1e-9;
const UPPER = new Set(['<', '<=']);

/**
 * Where a plan's target stands numerically against a reference: `above`, `at`
 * or `below` the reference's level (numeric, not better/worse: for a rank or
 * an upper bound "above" is the weaker one). A floor ("≥", ">", "=", a range's
 * lower end) is compared with a floor; "trên 80%" and "từ 80% trở lên" are both
 * `at` 80%, since plans use them interchangeably. Against a reference range a
 * plan is `at` anywhere inside it. `not-comparable` when either value is
 * missing, the units differ, or one is a ceiling ("dưới", "không quá") and the
 * other a floor.
 */
export function compareToReference(
  target: ComparableTarget,
  ref: ComparableTarget,
): 'above' | 'at' | 'below' | 'not-comparable' {
  if (target.value === null || ref.value === null || !Number.isFinite(target.value)) return 'not-comparable';
  if (target.unit !== ref.unit) return 'not-comparable';
  if (UPPER.has(target.comparator) !== UPPER.has(ref.comparator)) return 'not-comparable';
  const low = ref.value;
  const high = ref.comparator === 'range' && ref.valueMax !== null ? ref.valueMax : ref.value;
  if (target.value < low - EPS) return 'below';
  if (target.value > high + EPS) return 'above';
  return 'at';
}
