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

const GOV_LEVEL_TEXT: Record<string, string> = { xa: 'commune', huyen: 'district', tinh: 'province', quoc_gia: 'national' };

/** "commune", "district", "province", "national" for a level id. */
export function govLevelText(level: string): string {
  return GOV_LEVEL_TEXT[level] ?? level;
}

/** Reference text, with its level and year, and unverified references labelled as such. */
export function referenceText(r: ReferenceView | null): string {
  if (!r) return '';
  return `${levelText(r)} (${govLevelText(r.level)} level, ${r.year}, ${r.source}${r.verified ? '' : ', unverified'})`;
}

/** "≥ 30% · commune 2025 · 1829/QĐ-UBND" for narrow cells (the full text goes in the tooltip). */
export function referenceShort(r: ReferenceView): string {
  return `${levelText(r)} · ${govLevelText(r.level)} ${r.year} · ${r.sourceShort}${r.verified ? '' : ' · unverified'}`;
}

const VS_REFERENCE_TEXT: Record<string, string> = { above: '▲ above ref.', at: '= at ref.', below: '▼ below ref.', 'not-comparable': 'not comparable with ref.' };

/** "▼ below ref." style mark of a target against its reference. */
export function vsReferenceText(vs: string | null): string {
  return vs ? VS_REFERENCE_TEXT[vs] ?? vs : '';
}

/** Tooltip line saying how an indicator was matched to its measure. */
export function matchText(m: { confidence: number; method: string; evidence: string } | null): string {
  return m ? `matched (${m.method}, confidence ${num(m.confidence)}): ${m.evidence}` : 'unmatched';
}

/** "002_x.txt:19" */
export function linkText(l: SourceLink): string {
  return `${l.document}:${l.line}${l.page !== null ? ` (p. ${l.page})` : ''}`;
}

/** "002_x.txt:19 — “quote”" for tooltips. */
export function linkTooltip(l: SourceLink): string {
  return `${linkText(l)} — “${l.quote}”`;
}
