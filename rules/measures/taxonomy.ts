/**
 * The canonical measures (`rules/taxonomy.json`), validated once at load.
 */
import { z } from 'zod';
import taxonomyJson from '../taxonomy.json' with { type: 'json' };

/** One canonical measure of the taxonomy. */
export const Measure = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/u),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  domain: z.string().min(1),
  unit: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  notes: z.string(),
});
export type Measure = z.infer<typeof Measure>;

const MEASURES: readonly Measure[] = Object.freeze(z.array(Measure).parse(taxonomyJson));
const BY_ID = new Map(MEASURES.map((m) => [m.id, m] as const));

/** All canonical measures, in taxonomy order. */
export function listMeasures(): readonly Measure[] {
  return MEASURES;
}

/** The measure with this id, or null. */
export function measureById(id: string): Measure | null {
  return BY_ID.get(id) ?? null;
}
