/**
 * Internal contradictions: the same measure given different targets for the
 * same year (and level) in one document, e.g. body vs appendix.
 */
import type { Indicator } from '../../output/schema.js';
import type { ConflictDraft } from '../../rules/types.js';

const describe = (i: Indicator) => `${i.comparator === '=' ? '' : i.comparator + ' '}${i.value ?? i.subject}${i.unit === '%' ? '%' : ''}`;

/** Finds pairs of targets of one canonical measure that disagree; one conflict per measure and value pair. */
export function findConflicts(indicators: Indicator[]): ConflictDraft[] {
  const groups = new Map<string, number[]>();
  indicators.forEach((ind, i) => {
    if (ind.kind !== 'target' || !ind.canonical || ind.value === null) return;
    const k = `${ind.canonical}|${ind.year ?? ''}|${ind.level ?? ''}|${ind.unit}`;
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const out: ConflictDraft[] = [];
  for (const idx of groups.values()) {
    const seen = new Set<string>();
    for (let a = 0; a < idx.length; a++) {
      for (let b = a + 1; b < idx.length; b++) {
        const x = indicators[idx[a]!]!;
        const y = indicators[idx[b]!]!;
        if (x.value === y.value && x.comparator === y.comparator) continue;
        const sig = [describe(x), describe(y)].sort().join('|');
        if (seen.has(sig)) continue;
        seen.add(sig);
        out.push({
          indicators: [idx[a]!, idx[b]!],
          note: `"${x.canonical}" has two targets for ${x.year ?? 'the same year'}: ${describe(x)} (line ${x.line}) and ${describe(y)} (line ${y.line}).`,
        });
      }
    }
  }
  return out;
}
