/**
 * The answer-key format of `corpus/gold/*.json` (GUIDELINE.md), read leniently:
 * the evaluator scores any file of this shape, ours or a user's.
 */
import { z } from 'zod';

const GoldDeadline = z
  .object({
    text: z.string().optional(),
    kind: z.string(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    recurrence: z.unknown().nullable().optional(),
  })
  .passthrough();

export const GoldIndicator = z
  .object({
    id: z.string(),
    kind: z.string(),
    value: z.number().nullable(),
    valueMax: z.number().nullable().optional(),
    unit: z.string(),
    comparator: z.string(),
    subject: z.string(),
    quote: z.string().optional(),
    year: z.number().nullable(),
    domain: z.string().nullable(),
    line: z.number(),
    canonical: z.string().nullable(),
    deadline: GoldDeadline.nullable().optional(),
  })
  .passthrough();
export type GoldIndicator = z.infer<typeof GoldIndicator>;

export const GoldTask = z
  .object({
    id: z.string(),
    quote: z.string(),
    lead: z.array(z.string()),
    leadCanonical: z.array(z.string().nullable()),
    support: z.array(z.string()).optional(),
    supportCanonical: z.array(z.string().nullable()).optional(),
    deadline: GoldDeadline.nullable(),
    line: z.number(),
  })
  .passthrough();
export type GoldTask = z.infer<typeof GoldTask>;

export const GoldReference = z
  .object({ type: z.string(), number: z.string().nullable(), date: z.string().nullable(), issuer: z.string().nullable(), line: z.number() })
  .passthrough();
export type GoldReference = z.infer<typeof GoldReference>;

export const GoldDocument = z
  .object({
    document: z.string(),
    metadata: z
      .object({
        docType: z.string().nullable().optional(),
        title: z.string().nullable().optional(),
        commune: z.string().nullable(),
        district: z.string().nullable(),
        province: z.string().nullable(),
        year: z.number().nullable(),
        issuer: z.string().nullable().optional(),
        signer: z.object({ name: z.string().nullable(), title: z.string().nullable() }).nullable(),
      })
      .passthrough(),
    indicators: z.array(GoldIndicator),
    tasks: z.array(GoldTask),
    budget: z.array(z.object({ item: z.string(), amount: z.number() }).passthrough()).default([]),
    references: z.array(GoldReference).default([]),
    conflicts: z.array(z.object({ indicatorIds: z.array(z.string()), note: z.string().optional() }).passthrough()).default([]),
  })
  .passthrough();
export type GoldDocument = z.infer<typeof GoldDocument>;
