/** Small text formatters shared by the renderers (numbers, levels, links). */
import type { LevelCell, ReferenceView, SourceLink } from './types.js';

const UNIT_SUFFIX: Record<string, string> = { '%': '%', count: '', vnd_million: ' tr.đ', vnd: ' đ', rank: '', other: '' };
const COMPARATOR_TEXT: Record<string, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', '=': '', range: '' };

/** A number without float noise (0.1 + 0.2 → "0.3"). */
export function num(n: number | null): string {
  if (n === null) return '';
  return String(Math.round(n * 1000) / 1000);
}

/** "≥ 40%", "30–50%", "hạng 1" style text of a stated level. */
export function levelText(l: Pick<LevelCell, 'value' | 'valueMax' | 'comparator' | 'unit'>): string {
  if (l.value === null) return '—';
  const suffix = UNIT_SUFFIX[l.unit] ?? '';
  if (l.comparator === 'range' && l.valueMax !== null) return `${num(l.value)}–${num(l.valueMax)}${suffix}`;
  const op = COMPARATOR_TEXT[l.comparator] ?? '';
  return `${op ? op + ' ' : ''}${l.unit === 'rank' ? '#' : ''}${num(l.value)}${suffix}`;
}

/** Reference text, with unverified references labelled as such. */
export function referenceText(r: ReferenceView | null): string {
  if (!r) return '';
  return `${levelText(r)} (${r.year}, ${r.source}${r.verified ? '' : ', unverified'})`;
}

/** "002_x.txt:19" */
export function linkText(l: SourceLink): string {
  return `${l.document}:${l.line}${l.page !== null ? ` (p. ${l.page})` : ''}`;
}

/** "002_x.txt:19 — “quote”" for tooltips. */
export function linkTooltip(l: SourceLink): string {
  return `${linkText(l)} — “${l.quote}”`;
}
