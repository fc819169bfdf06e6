/** Small formatters shared by the diff renderers (terminal, Markdown, HTML). */
import { canonicalJson } from '../diff/records.js';
import type { Place, RecordChange, RunDiff } from '../diff/types.js';

/** A field value as one line: numbers bare, text quoted, objects as compact JSON. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return canonicalJson(v);
}

/** Text cut to `max` characters with an ellipsis. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** "line 40 (p. 2)". */
export function placeText(p: Place): string {
  return `line ${p.line}${p.page !== null ? ` (p. ${p.page})` : ''}`;
}

/** Where a change stands: one place, or "line 40 → line 41" when a paired record moved. */
export function changePlace(c: RecordChange): string {
  if (c.change === 'added') return placeText(c.b.place);
  if (c.change === 'removed') return placeText(c.a.place);
  const [a, b] = [placeText(c.a.place), placeText(c.b.place)];
  return a === b ? a : `${a} → ${b}`;
}

/** The id of a change's record on each side: "i12", or "i12 → i13" when numbering moved. */
export function changeId(c: RecordChange): string {
  if (c.change === 'added') return c.b.id;
  if (c.change === 'removed') return c.a.id;
  return c.a.id === c.b.id ? c.a.id : `${c.a.id} → ${c.b.id}`;
}

/** The quote of the newer side (the only side for added/removed). */
export const changeQuote = (c: RecordChange): string => (c.change === 'removed' ? c.a.place.quote : c.b.place.quote);

export const SIGN: Record<RecordChange['change'], string> = { added: '+', removed: '-', changed: '~' };

/** Labels of the sides, by mode: answer keys are side A. */
export function sideNames(d: RunDiff): { a: string; b: string } {
  return d.mode === 'gold' ? { a: `answer keys ${d.a}`, b: `run ${d.b}` } : { a: `run ${d.a}`, b: `run ${d.b}` };
}

/** "1 changed, 2 added, 0 removed (501 unchanged)". */
export function countsText(c: { added: number; removed: number; changed: number; unchanged: number }): string {
  return `${c.changed} changed, ${c.added} added, ${c.removed} removed (${c.unchanged} unchanged)`;
}

/**
 * Two long texts cut around where they first differ ("…trong các bệnh" →
 * "…trong các bệnh viện, cơ sở y tế."), so the change shows within `max` characters.
 */
export function aroundChange(old: string, now: string, max: number): [string, string] {
  if (old.length <= max && now.length <= max) return [old, now];
  let k = 0;
  while (k < old.length && k < now.length && old[k] === now[k]) k++;
  const keep = 24;
  const from = k > keep ? k - keep : 0;
  const cut = (s: string) => clip((from > 0 ? '…' : '') + s.slice(from), max);
  return [cut(old), cut(now)];
}
