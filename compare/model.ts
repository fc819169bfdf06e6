/**
 * `buildComparison`: document results → one comparison model (pure; no I/O).
 * Renderers read only this model, so every format shows the same numbers.
 */
import type { DocumentResult, Indicator, Provenance, Task } from '../output/schema.js';
import { measureById } from '../rules/measures/match-api.js';
import { compareToReference, referenceFor, type ReferenceScope, type ReferenceTarget } from '../rules/measures/reference.js';
import { UNIT_VOCABULARY, type UnitId } from '../rules/vi/units/index.js';
import type {
  AchievementRow, BudgetRow, CommuneColumn, Comparison, ContradictionRow, CoverageRow, GovLevel, LevelCell, MatrixCell,
  MatrixRow, MeasureStats, QuarterRow, RankEntry, ReferenceView, SourceLink, TaskCounts, UnmatchedRow, WorkloadRow,
} from './types.js';

export type * from './types.js';

/** Achievement ratio under which a document is flagged as far behind its own target. */
export const FAR_BEHIND_RATIO = 0.5;

/** Label used for tasks whose lead unit did not resolve to a canonical unit. */
export const UNRESOLVED_UNIT = '(unresolved)';

const LOWER_IS_STRONGER = new Set(['<', '<=']);

function link(doc: DocumentResult, p: Provenance): SourceLink {
  return { document: doc.document, file: p.file, line: p.line, page: p.page, quote: p.quote };
}

function column(doc: DocumentResult): CommuneColumn {
  const m = doc.metadata;
  return {
    key: doc.document,
    commune: m.commune ?? doc.document,
    district: m.district,
    province: m.province,
    year: m.year,
    docType: m.docType,
    title: m.title,
  };
}

function referenceView(t: ReferenceTarget): ReferenceView {
  const s = t.source;
  const head = [s.type, s.number].filter(Boolean).join(' ');
  const tail = [s.issuer, s.date].filter(Boolean).join(', ');
  return {
    row: t.row,
    value: t.value,
    valueMax: t.valueMax,
    comparator: t.comparator,
    unit: t.unit,
    year: t.year,
    level: t.level,
    verified: t.verified,
    source: tail ? `${head} (${tail})` : head,
    sourceShort: s.number ?? s.type,
    url: s.url,
  };
}

/** The level a document's own targets are set for: communes' plans are commune-level plans. */
const OWN_LEVEL: GovLevel = 'xa';

function scopeOf(doc: DocumentResult): ReferenceScope {
  return { province: doc.metadata.province ?? undefined, commune: doc.metadata.commune ?? undefined };
}

function levelCell(doc: DocumentResult, i: Indicator): LevelCell {
  const year = i.year ?? doc.metadata.year;
  const level = i.level ?? null;
  const ref = i.kind === 'target' && i.canonical && year !== null ? referenceFor(i.canonical, year, level ?? OWN_LEVEL, scopeOf(doc)) : null;
  const m = i.canonicalMatch;
  return {
    indicatorId: i.id,
    kind: i.kind,
    value: i.value,
    valueMax: i.valueMax,
    comparator: i.comparator,
    unit: i.unit,
    year,
    level,
    match: m ? { confidence: m.confidence, method: m.method, evidence: m.evidence } : null,
    reference: ref ? referenceView(ref) : null,
    vsReference: ref ? compareToReference(i, ref) : null,
    link: link(doc, i.provenance),
  };
}

/**
 * The reference for a cell: its primary target's; with no commune-level target
 * (a report stating only actuals), the commune-level reference for the year.
 */
function cellReference(doc: DocumentResult, measure: string, primary: LevelCell | null): ReferenceView | null {
  if (primary) return primary.reference;
  const ref = doc.metadata.year === null ? null : referenceFor(measure, doc.metadata.year, OWN_LEVEL, scopeOf(doc));
  return ref ? referenceView(ref) : null;
}

/**
 * The national aggregate (QĐ 411's "50% of adults") for a cell with no
 * reference: shown beside the measure for context, never used to mark a
 * commune above or below, since the country meets it on average.
 */
function nationalContext(doc: DocumentResult, measure: string, primary: LevelCell | null): ReferenceView | null {
  const year = primary?.year ?? doc.metadata.year;
  if (year === null) return null;
  const ref = referenceFor(measure, year, OWN_LEVEL, { ...scopeOf(doc), nationalAggregates: true });
  return ref?.level === 'quoc_gia' ? referenceView(ref) : null;
}

function matrixCell(doc: DocumentResult, measure: string, inds: Indicator[]): MatrixCell {
  const targets = inds.filter((i) => i.kind === 'target').map((i) => levelCell(doc, i));
  const actuals = inds.filter((i) => i.kind === 'actual').map((i) => levelCell(doc, i));
  // a province- or district-level number quoted in a commune plan is context, not the commune's own target
  const own = targets.filter((t) => t.value !== null && (t.level === null || t.level === OWN_LEVEL));
  const primary = own[0] ?? null;
  const values = new Set(own.map((t) => `${t.value}|${t.valueMax}|${t.unit}`));
  const reference = cellReference(doc, measure, primary);
  return {
    commune: doc.metadata.commune ?? doc.document,
    targets,
    actuals,
    primary,
    conflicting: values.size > 1,
    reference,
    vsReference: primary?.vsReference ?? null,
    nationalContext: reference ? null : nationalContext(doc, measure, primary),
  };
}

function buildMatrix(docs: DocumentResult[]): MatrixRow[] {
  const byMeasure = new Map<string, Map<string, Indicator[]>>();
  for (const doc of docs) {
    for (const i of doc.indicators) {
      if (!i.canonical) continue;
      const row = byMeasure.get(i.canonical) ?? new Map<string, Indicator[]>();
      byMeasure.set(i.canonical, row);
      const list = row.get(doc.document) ?? [];
      row.set(doc.document, list);
      list.push(i);
    }
  }
  const rows: MatrixRow[] = [];
  for (const [measure, perDoc] of byMeasure) {
    const m = measureById(measure);
    const cells: Record<string, MatrixCell> = {};
    for (const doc of docs) {
      const inds = perDoc.get(doc.document);
      if (inds) cells[doc.document] = matrixCell(doc, measure, inds);
    }
    const refs = new Map<string, ReferenceView>();
    const context = new Map<string, ReferenceView>();
    const refKey = (r: ReferenceView): string => `${r.row}|${r.level}|${r.year}`;
    for (const c of Object.values(cells)) {
      for (const r of [c.reference, ...c.targets.map((t) => t.reference)]) if (r) refs.set(refKey(r), r);
      if (c.nationalContext) context.set(refKey(c.nationalContext), c.nationalContext);
    }
    rows.push({
      measure,
      name: m?.name_vi ?? measure,
      domain: m?.domain ?? 'other',
      unit: m?.unit ?? '',
      cells,
      references: [...refs.values()],
      nationalContext: [...context.values()],
    });
  }
  // most widely set measures first, then taxonomy-independent stable order by id
  return rows.sort((a, b) => Object.keys(b.cells).length - Object.keys(a.cells).length || a.measure.localeCompare(b.measure));
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function measureStats(row: MatrixRow): MeasureStats {
  const entries: Array<RankEntry & { cell: MatrixCell; comparator: string }> = [];
  for (const [key, cell] of Object.entries(row.cells)) {
    const p = cell.primary;
    if (p && p.value !== null) entries.push({ key, commune: cell.commune, value: p.value, link: p.link, cell, comparator: p.comparator });
  }
  const lowerBetter = row.unit === 'rank' || entries.some((e) => LOWER_IS_STRONGER.has(e.comparator));
  entries.sort((a, b) => (lowerBetter ? a.value - b.value : b.value - a.value) || a.key.localeCompare(b.key));
  const values = entries.map((e) => e.value).sort((a, b) => a - b);
  const strip = ({ key, commune, value, link: l }: RankEntry): RankEntry => ({ key, commune, value, link: l });
  return {
    measure: row.measure,
    name: row.name,
    unit: row.unit,
    ranking: entries.map(strip),
    min: values[0] ?? null,
    max: values.at(-1) ?? null,
    median: median(values),
    belowReference: entries
      .filter((e) => e.cell.vsReference === 'below' && e.cell.reference)
      .map((e) => ({ ...strip(e), reference: e.cell.reference! })),
  };
}

function buildCoverage(docs: DocumentResult[], matrix: MatrixRow[]): CoverageRow[] {
  const plans = docs.filter((d) => d.indicators.some((i) => i.kind === 'target'));
  const out: CoverageRow[] = [];
  for (const row of matrix) {
    const setBy = plans.flatMap((d) => {
      const p = row.cells[d.document]?.targets[0];
      return p ? [{ key: d.document, commune: row.cells[d.document]!.commune, link: p.link }] : [];
    });
    if (setBy.length < 2) continue;
    const omittedBy = plans
      .filter((d) => !setBy.some((s) => s.key === d.document))
      .map((d) => ({ key: d.document, commune: d.metadata.commune ?? d.document }));
    out.push({ measure: row.measure, name: row.name, setBy, omittedBy });
  }
  return out;
}

function buildAchievement(matrix: MatrixRow[]): AchievementRow[] {
  const out: AchievementRow[] = [];
  for (const row of matrix) {
    for (const [key, cell] of Object.entries(row.cells)) {
      const t = cell.primary;
      const a = cell.actuals.find((x) => x.value !== null && t !== null && x.unit === t.unit);
      if (!t || !a || t.value === null || a.value === null) continue;
      const ceiling = LOWER_IS_STRONGER.has(t.comparator) || t.unit === 'rank';
      const ratio = ceiling || t.value === 0 ? null : a.value / t.value;
      out.push({
        key, commune: cell.commune, measure: row.measure, name: row.name, unit: t.unit,
        target: t.value, actual: a.value, ratio, gap: t.value - a.value,
        farBehind: ratio !== null && ratio < FAR_BEHIND_RATIO,
        targetLink: t.link, actualLink: a.link,
      });
    }
  }
  return out.sort((x, y) => (x.ratio ?? Infinity) - (y.ratio ?? Infinity) || x.key.localeCompare(y.key));
}

function buildContradictions(docs: DocumentResult[]): ContradictionRow[] {
  return docs.flatMap((doc) => {
    const byId = new Map(doc.indicators.map((i) => [i.id, i] as const));
    return doc.conflicts.map((c) => ({
      key: doc.document,
      commune: doc.metadata.commune ?? doc.document,
      note: c.note,
      quotes: c.quotes,
      links: c.indicatorIds.flatMap((id) => {
        const i = byId.get(id);
        return i ? [link(doc, i.provenance)] : [];
      }),
    }));
  });
}

function unitLabel(id: string): string {
  const vocab = UNIT_VOCABULARY[id as Exclude<UnitId, 'person'>];
  return vocab?.aliases[0] ?? id;
}

/** TaskCounts one linked task for `doc` in row `row` of a counts table. */
function bump(rows: Map<string, TaskCounts>, row: string, doc: string, l: SourceLink): void {
  const counts = rows.get(row) ?? {};
  rows.set(row, counts);
  const c = (counts[doc] ??= { count: 0, links: [] });
  c.count++;
  c.links.push(l);
}

function total(counts: TaskCounts): number {
  return Object.values(counts).reduce((s, c) => s + c.count, 0);
}

function buildWorkload(docs: DocumentResult[]): WorkloadRow[] {
  const rows = new Map<string, TaskCounts>();
  for (const doc of docs) {
    for (const t of doc.tasks) {
      const units = t.leadCanonical.length ? [...new Set(t.leadCanonical)] : [UNRESOLVED_UNIT];
      for (const u of units) bump(rows, u, doc.document, link(doc, t.provenance));
    }
  }
  return [...rows]
    .map(([unit, counts]) => ({
      unit,
      label: unit === UNRESOLVED_UNIT ? unit : unitLabel(unit),
      counts,
      total: total(counts),
    }))
    .sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit));
}

/** "2024-Q1" for an ISO date's quarter. */
export function quarterOf(iso: string): string {
  const [y, m] = iso.split('-');
  return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
}

function deadlineEnd(t: Task): string | null {
  return t.deadline?.end ?? null;
}

function buildDeadlines(docs: DocumentResult[]): { deadlines: QuarterRow[]; undatedTasks: Record<string, number> } {
  const rows = new Map<string, TaskCounts>();
  const undatedTasks: Record<string, number> = {};
  for (const doc of docs) {
    undatedTasks[doc.document] = 0;
    for (const t of doc.tasks) {
      const end = deadlineEnd(t);
      if (!end) {
        undatedTasks[doc.document]!++;
        continue;
      }
      bump(rows, quarterOf(end), doc.document, link(doc, t.provenance));
    }
  }
  const deadlines = [...rows]
    .map(([quarter, counts]) => ({ quarter, counts, total: total(counts) }))
    .sort((a, b) => a.quarter.localeCompare(b.quarter));
  return { deadlines, undatedTasks };
}

const MONEY_UNITS = new Set(['vnd', 'vnd_million']);
const BUDGET_DOMAIN = 'kinh_phi';

function isBudgetMeasure(canonical: string | null): boolean {
  return canonical !== null && measureById(canonical)?.domain === BUDGET_DOMAIN;
}

function buildBudget(docs: DocumentResult[]): BudgetRow[] {
  return docs.flatMap((doc) => {
    const commune = doc.metadata.commune ?? doc.document;
    const lines: BudgetRow[] = doc.budget.map((b) => ({
      key: doc.document, commune, item: b.item, amount: b.amount, unit: b.unit, source: b.source, year: b.year,
      link: link(doc, b.provenance),
    }));
    // budget figures stated as indicators (an amount, or a measure of the budget such as its DX share) are
    // budgets too; a count in a budget-worded sentence ("đã đầu tư xây dựng 03 cột") is not
    const inds: BudgetRow[] = doc.indicators
      .filter((i) => i.value !== null && (MONEY_UNITS.has(i.unit) || isBudgetMeasure(i.canonical)))
      .map((i) => ({
        key: doc.document, commune, item: i.subject, amount: i.value!, unit: i.unit, source: null,
        year: i.year ?? doc.metadata.year, link: link(doc, i.provenance),
      }));
    return [...lines, ...inds];
  });
}

function buildUnmatched(docs: DocumentResult[]): UnmatchedRow[] {
  return docs.flatMap((doc) =>
    doc.indicators
      .filter((i) => !i.canonical)
      .map((i) => ({
        key: doc.document, commune: doc.metadata.commune ?? doc.document, kind: i.kind, subject: i.subject,
        value: i.value, valueMax: i.valueMax, comparator: i.comparator, unit: i.unit, year: i.year ?? doc.metadata.year,
        link: link(doc, i.provenance),
      })),
  );
}

/** Builds the comparison of a set of document results (one column per document, in the given order). */
export function buildComparison(results: DocumentResult[]): Comparison {
  const docs = results.filter((d) => d.status === 'ok' || d.indicators.length > 0 || d.tasks.length > 0);
  const matrix = buildMatrix(docs);
  const { deadlines, undatedTasks } = buildDeadlines(docs);
  return {
    communes: docs.map(column),
    matrix,
    measures: matrix.map(measureStats),
    coverage: buildCoverage(docs, matrix),
    achievement: buildAchievement(matrix),
    contradictions: buildContradictions(docs),
    workload: buildWorkload(docs),
    undatedTasks,
    deadlines,
    budget: buildBudget(docs),
    unmatched: buildUnmatched(docs),
  };
}
