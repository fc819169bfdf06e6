/**
 * The record types of chitieu. These zod schemas are the single source of truth:
 * TypeScript types come from `z.infer`, and `output/schema/*.schema.json` is
 * generated from them by `npm run schema` (never written by hand).
 */
import { z } from 'zod';

/** Where a record stands in its source: file, page, line and exact quote. */
export const Provenance = z
  .object({
    file: z.string().describe('source file path as given to ingest'),
    page: z.number().int().positive().nullable().describe('1-based page, for paged formats'),
    line: z.number().int().positive().describe('1-based line of the extracted source text'),
    start: z.number().int().nonnegative().describe('offset of the quote in the normalised text'),
    end: z.number().int().nonnegative(),
    sourceStart: z.number().int().nonnegative().describe('offset of the quote in the source text'),
    sourceEnd: z.number().int().nonnegative(),
    quote: z.string().describe('normalised text between start and end'),
    ruleId: z.string().describe('the rule that produced the record, e.g. vi/indicator-percent'),
  })
  .meta({ id: 'Provenance', description: 'Source grounding of a record' });
export type Provenance = z.infer<typeof Provenance>;

export const Recurrence = z
  .object({
    freq: z.enum(['monthly', 'quarterly', 'yearly']),
    day: z.number().int().min(1).max(31).nullable(),
    month: z.union([z.number().int().min(1).max(12), z.literal('last')]).nullable(),
  })
  .meta({ id: 'Recurrence' });
export type Recurrence = z.infer<typeof Recurrence>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

export const DeadlineKind = z.enum([
  'date', 'before-date', 'month', 'before-month', 'quarter', 'year', 'period', 'recurring', 'continuous', 'mixed',
]);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

/** A normalised deadline ("Quý I năm 2024" → quarter 2024-01-01..2024-03-31). */
export const Deadline = z
  .object({
    text: z.string(),
    kind: DeadlineKind,
    start: IsoDate.nullable(),
    end: IsoDate.nullable(),
    recurrence: Recurrence.nullable(),
  })
  .meta({ id: 'Deadline' });
export type Deadline = z.infer<typeof Deadline>;

export const Domain = z.enum([
  'nhan_thuc_so', 'the_che_so', 'ha_tang_so', 'du_lieu_so', 'nen_tang_so', 'nhan_luc_so',
  'an_toan_thong_tin', 'chinh_quyen_so', 'kinh_te_so', 'xa_hoi_so', 'kinh_phi', 'other',
]);
export type Domain = z.infer<typeof Domain>;

export const Comparator = z.enum(['>', '>=', '<', '<=', '=', 'range']);
export type Comparator = z.infer<typeof Comparator>;

export const IndicatorUnit = z.enum(['%', 'count', 'vnd_million', 'vnd', 'rank', 'other']);
export type IndicatorUnit = z.infer<typeof IndicatorUnit>;

/** Confidence and evidence of a canonical-measure match. */
export const CanonicalMatch = z
  .object({
    id: z.string(),
    confidence: z.number().min(0).max(1),
    method: z.enum(['alias', 'keyword', 'similarity']),
    evidence: z.string(),
  })
  .meta({ id: 'CanonicalMatch' });
export type CanonicalMatch = z.infer<typeof CanonicalMatch>;

/** One number that states a level of a measure: a target or an actual. */
export const Indicator = z
  .object({
    id: z.string(),
    kind: z.enum(['target', 'actual']),
    value: z.number().nullable(),
    valueMax: z.number().nullable(),
    unit: IndicatorUnit,
    countOf: z.string().nullable(),
    comparator: Comparator,
    subject: z.string(),
    quote: z.string(),
    year: z.number().int().nullable(),
    yearSource: z.enum(['stated', 'implied:document-year']),
    domain: Domain,
    section: z.string(),
    location: z.enum(['body', 'table']),
    line: z.number().int().positive(),
    canonical: z.string().nullable(),
    canonicalMatch: CanonicalMatch.nullable(),
    status: z.string().nullable(),
    deadline: Deadline.nullable(),
    outOf: z.number().nullable().optional(),
    level: z.enum(['tinh', 'huyen', 'xa']).nullable().optional(),
    provenance: Provenance,
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof Indicator>;

/** A unit as written plus its canonical commune role (null when unknown). */
export const ResponsibleUnit = z
  .object({
    text: z.string(),
    canonical: z.string().nullable(),
    confidence: z.number().min(0).max(1),
  })
  .meta({ id: 'ResponsibleUnit' });
export type ResponsibleUnit = z.infer<typeof ResponsibleUnit>;

/** An assigned piece of work with who leads, who supports and when. */
export const Task = z
  .object({
    id: z.string(),
    quote: z.string(),
    lead: z.array(z.string()),
    leadCanonical: z.array(z.string()),
    support: z.array(z.string()),
    supportCanonical: z.array(z.string()),
    units: z.array(ResponsibleUnit).describe('lead units then support units, with their resolution'),
    deadline: Deadline.nullable(),
    section: z.string(),
    domain: Domain,
    line: z.number().int().positive(),
    provenance: Provenance,
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof Task>;

export const BudgetLine = z
  .object({
    item: z.string(),
    amount: z.number(),
    unit: z.literal('vnd_million'),
    source: z.string().nullable(),
    year: z.number().int().nullable(),
    line: z.number().int().positive(),
    provenance: Provenance,
  })
  .meta({ id: 'BudgetLine' });
export type BudgetLine = z.infer<typeof BudgetLine>;

export const Reference = z
  .object({
    type: z.string(),
    number: z.string().nullable(),
    date: IsoDate.nullable(),
    issuer: z.string().nullable(),
    title: z.string().nullable().optional(),
    line: z.number().int().positive(),
    provenance: Provenance,
  })
  .meta({ id: 'Reference' });
export type Reference = z.infer<typeof Reference>;

export const Conflict = z
  .object({
    indicatorIds: z.array(z.string()).min(2),
    note: z.string(),
    quotes: z.array(z.string()),
  })
  .meta({ id: 'Conflict' });
export type Conflict = z.infer<typeof Conflict>;

export const Signer = z.object({ name: z.string().nullable(), title: z.string().nullable() }).meta({ id: 'Signer' });

export const Metadata = z
  .object({
    docType: z.enum(['plan', 'report', 'plan+report', 'board-plan']).nullable(),
    title: z.string().nullable(),
    commune: z.string().nullable(),
    district: z.string().nullable(),
    province: z.string().nullable(),
    year: z.number().int().nullable(),
    issuer: z.string().nullable(),
    signer: Signer.nullable(),
  })
  .meta({ id: 'Metadata' });
export type Metadata = z.infer<typeof Metadata>;

/** A diagnostic attached to a document (never a log line). */
export const Message = z
  .object({
    reason: z.string(),
    source: z.enum(['extract', 'normalise', 'structure', 'rules', 'resolve', 'output', 'ingest']),
    ruleId: z.string().nullable(),
    fatal: z.boolean(),
    line: z.number().int().positive().nullable(),
    code: z.string().nullable(),
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof Message>;

export const SectionNode: z.ZodType<SectionNodeT> = z.lazy(() =>
  z.object({
    numbering: z.string().nullable(),
    title: z.string(),
    path: z.string().describe('heading numbers from the top joined by >, e.g. III>2>2.1'),
    domain: Domain.nullable(),
    line: z.number().int().positive(),
    level: z.number().int().nonnegative(),
    children: z.array(SectionNode),
  }),
);
export interface SectionNodeT {
  numbering: string | null;
  title: string;
  path: string;
  domain: Domain | null;
  line: number;
  level: number;
  children: SectionNodeT[];
}

export const TableOut = z
  .object({
    line: z.number().int().positive(),
    section: z.string(),
    columns: z.number().int().nonnegative(),
    rows: z.array(z.array(z.string())),
  })
  .meta({ id: 'Table' });
export type TableOut = z.infer<typeof TableOut>;

export const DocumentStatus = z.enum(['ok', 'needs-ocr', 'unreadable-text', 'failed']);

/** Everything chitieu knows about one document: the file written per input. */
export const DocumentResult = z
  .object({
    schemaVersion: z.literal(1),
    pipelineVersion: z.string(),
    document: z.string().describe('source base name'),
    source: z.object({
      path: z.string(),
      sha256: z.string(),
      format: z.string(),
      encoding: z.string().nullable(),
      pages: z.number().int().nullable(),
      ocr: z.boolean(),
    }),
    status: DocumentStatus,
    metadata: Metadata,
    sections: z.array(SectionNode),
    tables: z.array(TableOut),
    indicators: z.array(Indicator),
    tasks: z.array(Task),
    budget: z.array(BudgetLine),
    references: z.array(Reference),
    conflicts: z.array(Conflict),
    messages: z.array(Message),
  })
  .meta({ id: 'DocumentResult', description: 'One document extracted by chitieu' });
export type DocumentResult = z.infer<typeof DocumentResult>;

export const ManifestEntry = z
  .object({
    /** Input path as given (files) or found (folders). */
    input: z.string(),
    /** `skipped`: not a plan document (reason in `error`); the same status whether this run processed the input or reused a finished result. */
    status: z.enum(['ok', 'needs-ocr', 'unreadable-text', 'failed', 'skipped']),
    /** Result file name inside the output folder, or null when there is none. */
    output: z.string().nullable(),
    sha256: z.string().nullable(),
    error: z.object({ code: z.string(), message: z.string(), file: z.string(), stage: z.string() }).nullable(),
    counts: z
      .object({ indicators: z.number().int(), tasks: z.number().int(), references: z.number().int() })
      .nullable(),
  })
  .meta({ id: 'ManifestEntry' });
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const RunManifest = z
  .object({
    schemaVersion: z.literal(1),
    pipelineVersion: z.string(),
    entries: z.array(ManifestEntry),
    summary: z.object({
      total: z.number().int(),
      ok: z.number().int(),
      failed: z.number().int(),
      skipped: z.number().int(),
      other: z.number().int(),
    }),
  })
  .meta({ id: 'RunManifest' });
export type RunManifest = z.infer<typeof RunManifest>;
