/**
 * The comparison model: one data structure from which every report format is
 * rendered. Every number in it carries `SourceLink`s back to the document text.
 */
import type { ComparableTarget } from '../rules/measures/reference.js';

/** Administrative level a target is stated for ("60% cấp xã" is not "90% cấp tỉnh"). */
export type GovLevel = 'xa' | 'huyen' | 'tinh';

/** Where a target stands against its reference. */
export type VsReference = 'above' | 'at' | 'below' | 'not-comparable';

/** Where a number comes from: document, file, line, page and the quote. */
export interface SourceLink {
  document: string;
  file: string;
  line: number;
  page: number | null;
  quote: string;
}

/** One document as a column of the comparison (a commune's plan or report). */
export interface CommuneColumn {
  /** Stable key: the document base name. */
  key: string;
  commune: string;
  district: string | null;
  province: string | null;
  year: number | null;
  docType: string | null;
  title: string | null;
}

/** The reference target a commune's target is held to. */
export interface ReferenceView extends ComparableTarget {
  row: string;
  year: number;
  level: string;
  verified: boolean;
  /** "Quyết định 1829/QĐ-UBND (UBND tỉnh Thanh Hóa, 2023-05-30)" style label. */
  source: string;
  /** "1829/QĐ-UBND", or the document type when it has no number. */
  sourceShort: string;
  url: string | null;
}

/** How an indicator was mapped to its canonical measure (rules/measures). */
export interface MatchView {
  confidence: number;
  method: string;
  evidence: string;
}

/** One stated level (target or actual) of a measure in one document. */
export interface LevelCell extends ComparableTarget {
  indicatorId: string;
  kind: 'target' | 'actual';
  year: number | null;
  /** The level the document states the number for; null = the document's own (commune) level. */
  level: GovLevel | null;
  match: MatchView | null;
  /** Targets only: the reference for this target's year and level, and where the target stands. */
  reference: ReferenceView | null;
  vsReference: VsReference | null;
  link: SourceLink;
}

/** Everything one document says about one measure. */
export interface MatrixCell {
  commune: string;
  targets: LevelCell[];
  actuals: LevelCell[];
  /** The target used for ranking: the first stated numeric one for the commune's own level (document order). */
  primary: LevelCell | null;
  /** True when the document states two different target values for the commune level. */
  conflicting: boolean;
  /** The primary target's reference and comparison (as on `primary`); with only actuals, the commune-level reference for the year. */
  reference: ReferenceView | null;
  vsReference: VsReference | null;
  /** When no reference applies: the national aggregate for context (not compared). */
  nationalContext: ReferenceView | null;
}

/** One row of the measure × commune matrix. */
export interface MatrixRow {
  measure: string;
  name: string;
  domain: string;
  unit: string;
  /** Keyed by `CommuneColumn.key`; absent keys mean the document says nothing. */
  cells: Record<string, MatrixCell>;
  /** The distinct references of the row's targets (one per province and level). */
  references: ReferenceView[];
  /** The distinct national aggregates shown for context where no reference applies. */
  nationalContext: ReferenceView[];
}

/** One commune in a measure's ranking. */
export interface RankEntry {
  key: string;
  commune: string;
  value: number;
  link: SourceLink;
}

/** Per measure: ranking, spread and who is below the reference. */
export interface MeasureStats {
  measure: string;
  name: string;
  unit: string;
  /** Best first: descending, except ranks and ceilings, where lower is stronger. */
  ranking: RankEntry[];
  min: number | null;
  max: number | null;
  median: number | null;
  belowReference: Array<RankEntry & { reference: ReferenceView }>;
}

/** Coverage of a measure set by at least two plans. */
export interface CoverageRow {
  measure: string;
  name: string;
  setBy: Array<{ key: string; commune: string; link: SourceLink }>;
  /** Explicit "no target" cells: plans (documents stating targets) that omit the measure. */
  omittedBy: Array<{ key: string; commune: string }>;
}

/** A document stating both a target and an actual for one measure. */
export interface AchievementRow {
  key: string;
  commune: string;
  measure: string;
  name: string;
  unit: string;
  target: number;
  actual: number;
  /** actual / target for floors; null when not meaningful (zero target, ceilings, ranks). */
  ratio: number | null;
  /** target − actual (positive = behind). */
  gap: number;
  farBehind: boolean;
  targetLink: SourceLink;
  actualLink: SourceLink;
}

/** A contradiction inside one document. */
export interface ContradictionRow {
  key: string;
  commune: string;
  note: string;
  quotes: string[];
  links: SourceLink[];
}

/** Task counts per commune column key, each with the tasks' links. */
export type TaskCounts = Record<string, { count: number; links: SourceLink[] }>;

/** Tasks led by one canonical unit in one commune. */
export interface WorkloadRow {
  unit: string;
  label: string;
  counts: TaskCounts;
  total: number;
}

/** Tasks whose deadline ends in one quarter, per commune. */
export interface QuarterRow {
  /** "2024-Q1". */
  quarter: string;
  counts: TaskCounts;
  total: number;
}

/** A budget line, or a budget indicator (kinh phí domain / money units). */
export interface BudgetRow {
  key: string;
  commune: string;
  item: string;
  amount: number;
  unit: string;
  source: string | null;
  year: number | null;
  link: SourceLink;
}

/** An indicator that matched no canonical measure: listed, never forced into one. */
export interface UnmatchedRow {
  key: string;
  commune: string;
  kind: 'target' | 'actual';
  subject: string;
  value: number | null;
  valueMax: number | null;
  comparator: string;
  unit: string;
  year: number | null;
  link: SourceLink;
}

/** The whole comparison. */
export interface Comparison {
  communes: CommuneColumn[];
  matrix: MatrixRow[];
  measures: MeasureStats[];
  coverage: CoverageRow[];
  achievement: AchievementRow[];
  contradictions: ContradictionRow[];
  workload: WorkloadRow[];
  /** Tasks with no deadline end, per commune (not in any quarter). */
  undatedTasks: Record<string, number>;
  deadlines: QuarterRow[];
  budget: BudgetRow[];
  unmatched: UnmatchedRow[];
}
