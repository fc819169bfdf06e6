/**
 * resolve: rule drafts → output records. Adds provenance (file, page, line,
 * offsets, quote), canonical measures and units, record ids, and conflicts.
 */
import type { Conflict, Domain, Indicator, Provenance, Reference, Task, BudgetLine } from '../../output/schema.js';
import type { Grounded, RuleRecords } from '../../rules/types.js';
import type { Normalised } from '../normalise/types.js';
import { lineOfSourceOffset } from '../normalise/index.js';
import { matchMeasure, measureById } from '../../rules/measures/match-api.js';
import { resolveUnit } from '../../rules/vi/units/index.js';
import { findConflicts } from './conflicts.js';
import { packedMap } from '../packed.js';

/** Builds the provenance of a grounded span. */
export function provenanceOf(n: Normalised, file: string, g: Grounded, lineAt = g.start): Provenance {
  const sourceStart = n.map.toSourceStart(g.start);
  const sourceEnd = Math.max(sourceStart, n.map.toSourceEnd(g.end));
  const line = lineOfSourceOffset(n, lineAt === g.start ? sourceStart : n.map.toSourceStart(lineAt));
  return {
    file,
    page: n.sourcePages ? (n.sourcePages[line - 1] ?? null) : null,
    line,
    start: g.start,
    end: g.end,
    sourceStart,
    sourceEnd,
    quote: n.text.slice(g.start, g.end),
    ruleId: g.ruleId,
  };
}

interface ResolvedUnit { text: string; canonical: string | null; confidence: number }

/** The units named, each resolved; an unknown one is kept as written and warned about. */
function resolveAll(names: string[], warnings: Resolved['warnings'], ruleId: string, line: number): ResolvedUnit[] {
  return packedMap(names, (text) => {
    const r = resolveUnit(text);
    if (!r.canonical) warnings.push({ reason: `unknown unit \`${text}\` kept as written`, ruleId, line });
    return { text, canonical: r.canonical as string | null, confidence: r.confidence };
  });
}

/** The canonical units, each once, in order. */
function ids(units: readonly ResolvedUnit[]): string[] {
  const out: string[] = [];
  for (const u of units) if (u.canonical !== null && !out.includes(u.canonical)) out.push(u.canonical);
  return out;
}

/** Resolved records of one document. */
export interface Resolved {
  indicators: Indicator[];
  tasks: Task[];
  budget: BudgetLine[];
  references: Reference[];
  conflicts: Conflict[];
  warnings: Array<{ reason: string; ruleId: string; line: number }>;
}

/** Resolves the drafts of one document. */
export function resolve(records: RuleRecords, n: Normalised, file: string): Resolved {
  const warnings: Resolved['warnings'] = [];
  const indicators: Indicator[] = records.indicators.map((d, i) => {
    const provenance = provenanceOf(n, file, d.quote, d.valueAt);
    const match = matchMeasure(d.subject, { unit: d.unit, domain: d.domain ?? undefined, quote: provenance.quote });
    const measureDomain = match ? (measureById(match.id)?.domain as Domain | undefined) : undefined;
    return {
      id: `i${i + 1}`,
      kind: d.kind,
      value: d.value,
      valueMax: d.valueMax,
      unit: d.unit,
      countOf: d.countOf,
      comparator: d.comparator,
      subject: d.subject,
      quote: provenance.quote,
      year: d.year,
      yearSource: d.yearSource,
      domain: d.domain ?? measureDomain ?? 'other',
      section: d.section,
      location: d.location,
      line: provenance.line,
      canonical: match?.id ?? null,
      canonicalMatch: match,
      status: d.status,
      deadline: d.deadline,
      outOf: d.outOf ?? null,
      level: d.level ?? null,
      provenance,
    };
  });
  const tasks: Task[] = records.tasks.map((d, i) => {
    const provenance = provenanceOf(n, file, d.quote);
    const lead = resolveAll(d.lead, warnings, d.quote.ruleId, provenance.line);
    const support = resolveAll(d.support, warnings, d.quote.ruleId, provenance.line);
    return {
      id: `t${i + 1}`,
      quote: provenance.quote,
      lead: d.lead,
      leadCanonical: ids(lead),
      support: d.support,
      supportCanonical: ids(support),
      units: [...lead, ...support],
      deadline: d.deadline,
      section: d.section,
      domain: d.domain ?? 'other',
      line: provenance.line,
      provenance,
    };
  });
  const budget: BudgetLine[] = records.budget.map((d) => {
    const provenance = provenanceOf(n, file, d.quote);
    return { item: d.item, amount: d.amount, unit: 'vnd_million', source: d.source, year: d.year, line: provenance.line, provenance };
  });
  const references: Reference[] = records.references.map((d) => {
    const provenance = provenanceOf(n, file, d.quote);
    return { type: d.type, number: d.number, date: d.date, issuer: d.issuer, title: d.title ?? null, line: provenance.line, provenance };
  });
  const conflicts: Conflict[] = [...records.conflicts, ...findConflicts(indicators)].map((c) => ({
    indicatorIds: c.indicators.map((k) => indicators[k]!.id),
    note: c.note,
    quotes: c.indicators.map((k) => indicators[k]!.quote),
  }));
  return { indicators, tasks, budget, references, conflicts, warnings };
}
