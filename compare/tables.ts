/**
 * The model's views as flat tables (one per view), shared by the CSV, XLSX
 * and Markdown renderers so they agree cell for cell. Every numeric row keeps
 * its link: document, line, page and quote columns.
 */
import { levelText, num, referenceText } from './format.js';
import type { Comparison, SourceLink } from './types.js';

/** A cell of a flat table. */
export type TableCell = string | number | null;

/** One view as a table. */
export interface ViewTable {
  /** File/sheet name: matrix, measures, coverage, achievement, contradictions, workload, deadlines, budget, unmatched. */
  name: string;
  title: string;
  header: string[];
  rows: TableCell[][];
}

const LINK_HEADER = ['document', 'line', 'page', 'quote'];

function linkCols(l: SourceLink | undefined): TableCell[] {
  return l ? [l.document, l.line, l.page, l.quote] : [null, null, null, null];
}

function joinLinks(links: SourceLink[]): string {
  return links.map((l) => `${l.document}:${l.line}`).join('; ');
}

/** All views of the model as tables, in report order. */
export function viewTables(m: Comparison): ViewTable[] {
  const matrix: ViewTable = {
    name: 'matrix',
    title: 'Targets and actuals by measure and commune',
    header: ['measure', 'name_vi', 'commune', 'kind', 'comparator', 'value', 'valueMax', 'unit', 'year', 'stated_level', 'value_text', 'reference', 'reference_verified', 'vs_reference', 'national_context', 'match_confidence', 'match_evidence', ...LINK_HEADER],
    rows: m.matrix.flatMap((r) =>
      m.communes.flatMap((c) => {
        const cell = r.cells[c.key];
        if (!cell) return [];
        return [...cell.targets, ...cell.actuals].map((l) => {
          // an actual is read against the reference of the commune's own target
          const ref = l.kind === 'target' ? l.reference : cell.reference;
          return [
            r.measure, r.name, c.commune, l.kind, l.comparator, l.value, l.valueMax, l.unit, l.year, l.level, levelText(l),
            referenceText(ref), ref ? String(ref.verified) : null, l.vsReference, referenceText(cell.nationalContext) || null,
            l.match?.confidence ?? null, l.match?.evidence ?? null, ...linkCols(l.link),
          ];
        });
      }),
    ),
  };
  const measures: ViewTable = {
    name: 'measures',
    title: 'Per measure: ranking, spread, communes below the reference',
    header: ['measure', 'name_vi', 'unit', 'communes', 'min', 'median', 'max', 'ranking', 'below_reference', 'sources'],
    rows: m.measures.map((s) => [
      s.measure, s.name, s.unit, s.ranking.length, s.min, s.median, s.max,
      s.ranking.map((e) => `${e.commune} ${num(e.value)}`).join(' > '),
      s.belowReference.map((b) => `${b.commune} ${num(b.value)} < ${referenceText(b.reference)}`).join('; '),
      joinLinks(s.ranking.map((e) => e.link)),
    ]),
  };
  const coverage: ViewTable = {
    name: 'coverage',
    title: 'Coverage: measures set by at least two plans, and the plans that omit them',
    header: ['measure', 'name_vi', 'commune', 'status', ...LINK_HEADER],
    rows: m.coverage.flatMap((r) => [
      ...r.setBy.map((s) => [r.measure, r.name, s.commune, 'target', ...linkCols(s.link)]),
      ...r.omittedBy.map((o) => [r.measure, r.name, o.commune, 'no target', o.key, null, null, null]),
    ]),
  };
  const achievement: ViewTable = {
    name: 'achievement',
    title: 'Target vs actual in the same document',
    header: ['commune', 'measure', 'name_vi', 'unit', 'target', 'actual', 'ratio', 'gap', 'far_behind', 'document', 'target_line', 'target_quote', 'actual_line', 'actual_quote'],
    rows: m.achievement.map((a) => [
      a.commune, a.measure, a.name, a.unit, a.target, a.actual, a.ratio === null ? null : Number(a.ratio.toFixed(3)), num(a.gap),
      a.farBehind ? 'yes' : 'no', a.targetLink.document, a.targetLink.line, a.targetLink.quote, a.actualLink.line, a.actualLink.quote,
    ]),
  };
  const contradictions: ViewTable = {
    name: 'contradictions',
    title: 'Contradictions inside a document',
    header: ['commune', 'document', 'note', 'line_a', 'quote_a', 'line_b', 'quote_b'],
    rows: m.contradictions.map((c) => [
      c.commune, c.key, c.note, c.links[0]?.line ?? null, c.quotes[0] ?? null, c.links[1]?.line ?? null, c.quotes[1] ?? null,
    ]),
  };
  const workload: ViewTable = {
    name: 'workload',
    title: 'Tasks led per canonical unit and commune',
    header: ['unit', 'label', 'commune', 'tasks', 'sources'],
    rows: m.workload.flatMap((w) =>
      m.communes.flatMap((c) => {
        const x = w.counts[c.key];
        return x ? [[w.unit, w.label, c.commune, x.count, joinLinks(x.links)]] : [];
      }),
    ),
  };
  const deadlines: ViewTable = {
    name: 'deadlines',
    title: 'Task deadlines per quarter (by deadline end)',
    header: ['quarter', 'commune', 'tasks', 'sources'],
    rows: [
      ...m.deadlines.flatMap((q) =>
        m.communes.flatMap((c) => {
          const x = q.counts[c.key];
          return x ? [[q.quarter, c.commune, x.count, joinLinks(x.links)]] : [];
        }),
      ),
      ...m.communes.map((c) => ['no deadline', c.commune, m.undatedTasks[c.key] ?? 0, null]),
    ],
  };
  const budget: ViewTable = {
    name: 'budget',
    title: 'Budgets',
    header: ['commune', 'item', 'amount', 'unit', 'source', 'year', ...LINK_HEADER],
    rows: m.budget.map((b) => [b.commune, b.item, b.amount, b.unit, b.source, b.year, ...linkCols(b.link)]),
  };
  const unmatched: ViewTable = {
    name: 'unmatched',
    title: 'Indicators that match no canonical measure (not compared)',
    header: ['commune', 'kind', 'subject', 'comparator', 'value', 'valueMax', 'unit', 'year', 'value_text', ...LINK_HEADER],
    rows: m.unmatched.map((u) => [
      u.commune, u.kind, u.subject, u.comparator, u.value, u.valueMax, u.unit, u.year, levelText(u), ...linkCols(u.link),
    ]),
  };
  return [matrix, measures, coverage, achievement, contradictions, workload, deadlines, budget, unmatched];
}
