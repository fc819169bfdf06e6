/**
 * Pairs the records of one document on two sides (greedy best-first, the
 * pairing evaluate uses) and reports what was added, removed or changed.
 * First pass: against answer keys, evaluate's own candidates (so a strict pair
 * is what evaluate counts as found); between runs, identical records, nearest
 * first. Second pass: the records left over are paired by wording, so
 * "90%" → "95%" reads as one changed record instead of one removed and one added.
 */
import { compareCodeUnits } from '../../pipeline/text/code-units.js';
import { pairIndicators, pairTasks } from '../evaluate.js';
import type { GoldIndicator, GoldTask } from '../gold-format.js';
import { pairGreedy, type Candidate } from '../pairing.js';
import { overlapCoefficient } from '../similarity.js';
import type { DiffCounts, FieldChange, PairMatch, RecordChange, RecordKind, RecordView } from './types.js';

/** Stable text of a value with object keys sorted, for equality. */
export function canonicalJson(v: unknown, ignore: ReadonlySet<string> = new Set()): string {
  return JSON.stringify(v ?? null, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).filter(([k]) => !ignore.has(k)).sort(([x], [y]) => compareCodeUnits(x, y)))
      : val,
  );
}

/** Fields that differ; a field only one side states (answer keys omit some) is not compared. */
export function fieldChanges(a: Record<string, unknown>, b: Record<string, unknown>, ignore: ReadonlySet<string> = new Set()): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of Object.keys(a)) {
    if (!(field in b) || ignore.has(field)) continue;
    if (canonicalJson(a[field], ignore) !== canonicalJson(b[field], ignore)) out.push({ field, old: a[field] ?? null, new: b[field] ?? null });
  }
  return out;
}

// evaluate's pairing reads the answer-key shape; a view's fields plus its id and line are that shape.
const asKey = <T>(v: RecordView): T => ({ ...v.fields, id: v.id, line: v.place.line }) as T;

const num = (s: unknown) => (typeof s === 'string' ? s.replace(/\s+/gu, '').replace(/[–—]/gu, '-').toLowerCase() : '');
const str = (s: unknown) => (typeof s === 'string' ? s : '');

/** Evaluate's pairing (GUIDELINE.md): what it counts as found is a strict pair here. */
function evaluatePairs(kind: RecordKind, a: RecordView[], b: RecordView[]): Map<number, number> {
  if (kind === 'indicator') return pairIndicators(a.map(asKey<GoldIndicator>), b.map(asKey<GoldIndicator>));
  if (kind === 'task') return pairTasks(a.map(asKey<GoldTask>), b.map(asKey<GoldTask>));
  const cands: Candidate[] = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      const d = Math.abs(x.place.line - y.place.line);
      if (kind === 'reference') {
        if (!sameCitation(x, y) || d > 2) return;
        cands.push({ a: i, b: j, score: 3 - d });
      } else {
        if (x.fields.amount !== y.fields.amount || overlapCoefficient(str(x.fields.item), str(y.fields.item)) < 0.5) return;
        cands.push({ a: i, b: j, score: 1 / (1 + d) + overlapCoefficient(str(x.fields.item), str(y.fields.item)) });
      }
    }),
  );
  return pairGreedy(cands);
}

const sameCitation = (x: RecordView, y: RecordView) => str(x.fields.type).toLowerCase() === str(y.fields.type).toLowerCase() && num(x.fields.number) === num(y.fields.number);

/**
 * Relative closeness of two records in their documents (1 = same relative
 * place). Lines of two runs do not line up once a line is inserted or the
 * format changes (a .pdf's lines are not the .txt's), so position only breaks ties.
 */
function closeness(a: RecordView[], b: RecordView[]): (x: RecordView, y: RecordView) => number {
  const maxA = Math.max(1, ...a.map((v) => v.place.line));
  const maxB = Math.max(1, ...b.map((v) => v.place.line));
  return (x, y) => 1 - Math.abs(x.place.line / maxA - y.place.line / maxB);
}

/** Identical records (every compared field equal), nearest first: the pairs of a run diffed with a run. */
function identicalPairs(a: RecordView[], b: RecordView[], ignore: ReadonlySet<string>): Map<number, number> {
  const near = closeness(a, b);
  const keyB = b.map((y) => canonicalJson(y.fields, ignore));
  const cands: Candidate[] = [];
  a.forEach((x, i) => {
    const k = canonicalJson(x.fields, ignore);
    keyB.forEach((kb, j) => kb === k && cands.push({ a: i, b: j, score: near(x, b[j]!) }));
  });
  return pairGreedy(cands);
}

/** Words a record is recognised by when its value changed. */
const wording = (v: RecordView): string => (v.kind === 'indicator' ? str(v.fields.subject) : v.kind === 'budget' ? str(v.fields.item) : str(v.fields.quote));

/**
 * Pairs records left over by wording: the same subject (indicator), item
 * (budget), quote (task) or cited number (reference), most alike and nearest first.
 */
function loosePairs(a: RecordView[], b: RecordView[], ai: number[], bi: number[]): Map<number, number> {
  const near = closeness(a, b);
  const cands: Candidate[] = [];
  for (const i of ai) {
    for (const j of bi) {
      const x = a[i]!;
      const y = b[j]!;
      if (x.kind === 'reference') {
        if (sameCitation(x, y)) cands.push({ a: i, b: j, score: near(x, y) });
        continue;
      }
      const ov = overlapCoefficient(wording(x), wording(y));
      if (ov >= LOOSE_OVERLAP) cands.push({ a: i, b: j, score: ov + 0.5 * overlapCoefficient(x.place.quote, y.place.quote) + 0.5 * near(x, y) });
    }
  }
  return pairGreedy(cands);
}

/** Word overlap above which two leftover records are one record changed (GUIDELINE pairs tasks from 0.5). */
const LOOSE_OVERLAP = 0.6;

const byPlace = (c: RecordChange): number => ('b' in c ? c.b.place.line : c.a.place.line);

/**
 * Free wording: an answer key words a quote, subject or deadline phrase its
 * own way and GUIDELINE.md pairs on word overlap (deadlines on kind and
 * dates), so against answer keys these are not compared for equality, at any
 * depth (their text still shows beside each record).
 */
export const FREE_TEXT: ReadonlySet<string> = new Set(['quote', 'subject', 'title', 'item', 'text']);

/** The changes between two lists of records of one kind, ordered by line; `ignore` names fields not compared. */
export function diffRecords(kind: RecordKind, a: RecordView[], b: RecordView[], ignore: ReadonlySet<string> = new Set(), mode: 'runs' | 'gold' = 'runs'): { changes: RecordChange[]; unchanged: number } {
  const pairs = new Map<number, { j: number; match: PairMatch }>();
  const strict = mode === 'gold' ? evaluatePairs(kind, a, b) : identicalPairs(a, b, ignore);
  for (const [i, j] of strict) pairs.set(i, { j, match: 'strict' });
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
