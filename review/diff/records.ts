/**
 * Pairs the records of one document on two sides and reports what was added,
 * removed or changed. First pass: evaluate's own pairing (so a strict pair is
 * what evaluate counts as found); second pass: the records left over are
 * paired by place and wording, so "90%" → "95%" reads as one changed record
 * instead of one removed and one added.
 */
import { pairIndicators, pairTasks } from '../evaluate.js';
import type { GoldIndicator, GoldTask } from '../gold-format.js';
import { pairGreedy, type Candidate } from '../pairing.js';
import { overlapCoefficient } from '../similarity.js';
import type { DiffCounts, FieldChange, PairMatch, RecordChange, RecordKind, RecordView } from './types.js';

/** Stable text of a value with object keys sorted, for equality. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v ?? null, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : val,
  );
}

/** Fields that differ; a field only one side states (answer keys omit some) is not compared. */
export function fieldChanges(a: Record<string, unknown>, b: Record<string, unknown>, ignore: ReadonlySet<string> = new Set()): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of Object.keys(a)) {
    if (!(field in b) || ignore.has(field)) continue;
    if (canonicalJson(a[field]) !== canonicalJson(b[field])) out.push({ field, old: a[field] ?? null, new: b[field] ?? null });
  }
  return out;
}

// evaluate's pairing reads the answer-key shape; a view's fields plus its id and line are that shape.
const asKey = <T>(v: RecordView): T => ({ ...v.fields, id: v.id, line: v.place.line }) as T;

const num = (s: unknown) => (typeof s === 'string' ? s.replace(/\s+/gu, '').replace(/[–—]/gu, '-').toLowerCase() : '');
const str = (s: unknown) => (typeof s === 'string' ? s : '');

function strictPairs(kind: RecordKind, a: RecordView[], b: RecordView[]): Map<number, number> {
  if (kind === 'indicator') return pairIndicators(a.map(asKey<GoldIndicator>), b.map(asKey<GoldIndicator>));
  if (kind === 'task') return pairTasks(a.map(asKey<GoldTask>), b.map(asKey<GoldTask>));
  const cands: Candidate[] = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      const d = Math.abs(x.place.line - y.place.line);
      if (kind === 'reference') {
        if (str(x.fields.type).toLowerCase() !== str(y.fields.type).toLowerCase() || num(x.fields.number) !== num(y.fields.number) || d > 2) return;
        cands.push({ a: i, b: j, score: 3 - d });
      } else {
        if (x.fields.amount !== y.fields.amount || overlapCoefficient(str(x.fields.item), str(y.fields.item)) < 0.5) return;
        cands.push({ a: i, b: j, score: 1 / (1 + d) + overlapCoefficient(str(x.fields.item), str(y.fields.item)) });
      }
    }),
  );
  return pairGreedy(cands);
}

/** Words a record is recognised by when its value changed. */
const wording = (v: RecordView): string => (v.kind === 'indicator' ? str(v.fields.subject) : v.kind === 'budget' ? str(v.fields.item) : v.kind === 'task' ? str(v.fields.quote) : `${str(v.fields.type)} ${str(v.fields.number)}`);

function loosePairs(a: RecordView[], b: RecordView[], ai: number[], bi: number[]): Map<number, number> {
  const cands: Candidate[] = [];
  for (const i of ai) {
    for (const j of bi) {
      const x = a[i]!;
      const y = b[j]!;
      const ov = overlapCoefficient(wording(x), wording(y));
      const sameLine = x.place.line === y.place.line;
      if ((sameLine && ov >= 0.3) || ov >= 0.7) cands.push({ a: i, b: j, score: (sameLine ? 1 : 0) + ov + 0.5 * overlapCoefficient(x.place.quote, y.place.quote) });
    }
  }
  return pairGreedy(cands);
}

const byPlace = (c: RecordChange): number => ('b' in c ? c.b.place.line : c.a.place.line);

/**
 * Free wording: an answer key words a quote or subject its own way and
 * GUIDELINE.md pairs on word overlap, so against answer keys these are not
 * compared for equality (their text still shows beside each record).
 */
export const FREE_TEXT: ReadonlySet<string> = new Set(['quote', 'subject', 'title', 'item']);

/** The changes between two lists of records of one kind, ordered by line; `ignore` names fields not compared. */
export function diffRecords(kind: RecordKind, a: RecordView[], b: RecordView[], ignore: ReadonlySet<string> = new Set()): { changes: RecordChange[]; unchanged: number } {
  const pairs = new Map<number, { j: number; match: PairMatch }>();
  for (const [i, j] of strictPairs(kind, a, b)) pairs.set(i, { j, match: 'strict' });
  const usedB = new Set([...pairs.values()].map((p) => p.j));
  const leftA = a.map((_, i) => i).filter((i) => !pairs.has(i));
  const leftB = b.map((_, j) => j).filter((j) => !usedB.has(j));
  for (const [i, j] of loosePairs(a, b, leftA, leftB)) {
    pairs.set(i, { j, match: 'loose' });
    usedB.add(j);
  }
  const changes: RecordChange[] = [];
  let unchanged = 0;
  for (const [i, { j, match }] of pairs) {
    const fields = fieldChanges(a[i]!.fields, b[j]!.fields, ignore);
    if (fields.length === 0) unchanged++;
    else changes.push({ change: 'changed', kind, a: a[i]!, b: b[j]!, match, fields });
  }
  a.forEach((x, i) => pairs.has(i) || changes.push({ change: 'removed', kind, a: x }));
  b.forEach((y, j) => usedB.has(j) || changes.push({ change: 'added', kind, b: y }));
  changes.sort((x, y) => byPlace(x) - byPlace(y));
  return { changes, unchanged };
}

/** Adds up changes into counts. */
export function countChanges(changes: RecordChange[], unchanged: number): DiffCounts {
  const n = (c: RecordChange['change']) => changes.filter((x) => x.change === c).length;
  return { added: n('added'), removed: n('removed'), changed: n('changed'), unchanged };
}
