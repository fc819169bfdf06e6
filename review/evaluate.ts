/**
 * Scores predictions in the gold format against answer keys exactly as
 * GUIDELINE.md's last section says: greedy one-to-one pairing, precision,
 * recall, F1, field agreement and canonical grouping.
 */
import type { GoldDocument, GoldIndicator, GoldTask } from './gold-format.js';
import { overlapCoefficient } from './similarity.js';
import { pairGreedy, type Candidate } from './pairing.js';

export interface PRF {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted ? tp / predicted : gold ? 0 : 1;
  const recall = gold ? tp / gold : predicted ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Share of agreeing pairs: `{ agree, of, rate }`. */
export interface Agreement {
  agree: number;
  of: number;
  rate: number;
}
const agreement = (agree: number, of: number): Agreement => ({ agree, of, rate: of ? agree / of : 1 });

/** Pairs predicted indicators with gold ones (gold index → predicted index). */
export function pairIndicators(gold: GoldIndicator[], pred: GoldIndicator[]): Map<number, number> {
  const cands: Candidate[] = [];
  gold.forEach((g, a) =>
    pred.forEach((p, b) => {
      if (g.kind !== p.kind || g.unit !== p.unit) return;
      const sameValue = g.value === null || p.value === null ? g.value === p.value : Math.abs(g.value - p.value) <= 0.01;
      if (!sameValue) return;
      const ov = overlapCoefficient(g.subject, p.subject);
      const sameLine = g.line === p.line;
      if (!sameLine && ov < 0.5) return;
      cands.push({ a, b, score: (sameLine ? 1 : 0) + ov });
    }),
  );
  return pairGreedy(cands);
}

/** Pairs predicted tasks with gold ones (gold index → predicted index). */
export function pairTasks(gold: GoldTask[], pred: GoldTask[]): Map<number, number> {
  const cands: Candidate[] = [];
  gold.forEach((g, a) =>
    pred.forEach((p, b) => {
      const ov = overlapCoefficient(g.quote, p.quote);
      const sameLine = g.line === p.line;
      if (!sameLine && ov < 0.5) return;
      cands.push({ a, b, score: (sameLine ? 1 : 0) + ov });
    }),
  );
  return pairGreedy(cands);
}

const sameSet = (a: Array<string | null>, b: Array<string | null>) => {
  const A = new Set(a);
  const B = new Set(b);
  return A.size === B.size && [...A].every((x) => B.has(x));
};

const canonicalJson = (v: unknown): string => JSON.stringify(v, (_k, val) => (val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([x], [y]) => x.localeCompare(y))) : val));

function sameDeadline(g: GoldTask['deadline'], p: GoldTask['deadline']): boolean {
  if (!g || !p) return g === p || (!g && !p);
  return g.kind === p.kind && g.start === p.start && g.end === p.end && canonicalJson(g.recurrence ?? null) === canonicalJson(p.recurrence ?? null);
}

const normNumber = (s: string | null) => (s ?? '').replace(/\s+/gu, '').replace(/[–—]/gu, '-').toLowerCase();

/** Scores for one document. */
export interface DocumentScore {
  document: string;
  indicators: PRF & { comparator: Agreement; year: Agreement; domain: Agreement; canonical: Agreement };
  tasks: PRF & { lead: Agreement; deadline: Agreement };
  references: PRF;
  metadata: { fields: Record<string, boolean>; rate: number };
  conflicts: PRF;
}

/** Evaluation of a whole set of documents. */
export interface Evaluation {
  documents: DocumentScore[];
  total: DocumentScore;
  canonicalGrouping: PRF;
  missing: string[];
}

function metaFields(g: GoldDocument['metadata'], p: GoldDocument['metadata'] | undefined): Record<string, boolean> {
  const eq = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
  return {
    commune: eq(g.commune, p?.commune),
    district: eq(g.district, p?.district),
    province: eq(g.province, p?.province),
    year: eq(g.year, p?.year),
    signerName: eq(g.signer?.name, p?.signer?.name),
    signerTitle: eq(g.signer?.title, p?.signer?.title),
  };
}

function scoreDocument(gold: GoldDocument, pred: GoldDocument | undefined): { score: DocumentScore; pairs: Map<number, number> } {
  const pi = pred?.indicators ?? [];
  const ip = pairIndicators(gold.indicators, pi);
  let cmp = 0, yr = 0, dom = 0, can = 0;
  for (const [a, b] of ip) {
    const g = gold.indicators[a]!;
    const p = pi[b]!;
    if (g.comparator === p.comparator) cmp++;
    if (g.year === p.year) yr++;
    if (g.domain === p.domain) dom++;
    if ((g.canonical ?? null) === (p.canonical ?? null)) can++;
  }
  const pt = pred?.tasks ?? [];
  const tp = pairTasks(gold.tasks, pt);
  let lead = 0, dl = 0;
  for (const [a, b] of tp) {
    if (sameSet(gold.tasks[a]!.leadCanonical, pt[b]!.leadCanonical)) lead++;
    if (sameDeadline(gold.tasks[a]!.deadline, pt[b]!.deadline)) dl++;
  }
  const pr = pred?.references ?? [];
  const rc: Candidate[] = [];
  gold.references.forEach((g, a) =>
    pr.forEach((p, b) => {
      if (g.type.toLowerCase() !== p.type.toLowerCase() || normNumber(g.number) !== normNumber(p.number)) return;
      const d = Math.abs(g.line - p.line);
      if (d <= 2) rc.push({ a, b, score: 3 - d });
    }),
  );
  const rp = pairGreedy(rc);
  // A conflict is found when its indicators pair with the gold conflict's indicators.
  const goldIdx = new Map(gold.indicators.map((g, i) => [g.id, i]));
  const predIdx = new Map(pi.map((p, i) => [p.id, i]));
  const gc = gold.conflicts.map((c) => new Set(c.indicatorIds.map((id) => goldIdx.get(id)).filter((x): x is number => x !== undefined).map((a) => ip.get(a))));
  const pc = (pred?.conflicts ?? []).map((c) => c.indicatorIds.map((id) => predIdx.get(id)));
  let conflictTp = 0;
  const usedC = new Set<number>();
  gc.forEach((set) => {
    const j = pc.findIndex((ids, k) => !usedC.has(k) && ids.length >= 2 && ids.filter((x) => x !== undefined && set.has(x)).length >= 2);
    if (j >= 0) {
      usedC.add(j);
      conflictTp++;
    }
  });
  const fields = metaFields(gold.metadata, pred?.metadata);
  const vals = Object.values(fields);
  const score: DocumentScore = {
    document: gold.document,
    indicators: {
      ...prf(ip.size, pi.length, gold.indicators.length),
      comparator: agreement(cmp, ip.size),
      year: agreement(yr, ip.size),
      domain: agreement(dom, ip.size),
      canonical: agreement(can, ip.size),
    },
    tasks: { ...prf(tp.size, pt.length, gold.tasks.length), lead: agreement(lead, tp.size), deadline: agreement(dl, tp.size) },
    references: prf(rp.size, pr.length, gold.references.length),
    metadata: { fields, rate: vals.filter(Boolean).length / vals.length },
    conflicts: prf(conflictTp, pc.length, gc.length),
  };
  return { score, pairs: ip };
}

function sumScores(docs: DocumentScore[]): DocumentScore {
  const add = (f: (d: DocumentScore) => PRF) => prf(docs.reduce((s, d) => s + f(d).tp, 0), docs.reduce((s, d) => s + f(d).predicted, 0), docs.reduce((s, d) => s + f(d).gold, 0));
  const agr = (f: (d: DocumentScore) => Agreement) => agreement(docs.reduce((s, d) => s + f(d).agree, 0), docs.reduce((s, d) => s + f(d).of, 0));
  const fields: Record<string, boolean> = {};
  const rate = docs.length ? docs.reduce((s, d) => s + d.metadata.rate, 0) / docs.length : 1;
  return {
    document: 'TOTAL',
    indicators: { ...add((d) => d.indicators), comparator: agr((d) => d.indicators.comparator), year: agr((d) => d.indicators.year), domain: agr((d) => d.indicators.domain), canonical: agr((d) => d.indicators.canonical) },
    tasks: { ...add((d) => d.tasks), lead: agr((d) => d.tasks.lead), deadline: agr((d) => d.tasks.deadline) },
    references: add((d) => d.references),
    metadata: { fields, rate },
    conflicts: add((d) => d.conflicts),
  };
}

/**
 * Evaluates predictions against gold documents, matched by `document` base name
 * (extension ignored, so `x.pdf` predictions score against `x.txt` gold).
 */
export function evaluate(golds: GoldDocument[], preds: GoldDocument[]): Evaluation {
  const stem = (s: string) => s.replace(/\.[^.]+$/u, '');
  const byStem = new Map(preds.map((p) => [stem(p.document), p]));
  const documents: DocumentScore[] = [];
  const missing: string[] = [];
  const matched: Array<{ doc: number; g: GoldIndicator; p: GoldIndicator }> = [];
  golds.forEach((gold, doc) => {
    const pred = byStem.get(stem(gold.document));
    if (!pred) missing.push(gold.document);
    const { score, pairs } = scoreDocument(gold, pred);
    documents.push(score);
    for (const [a, b] of pairs) matched.push({ doc, g: gold.indicators[a]!, p: pred!.indicators[b]! });
  });
  // Canonical grouping: pairs of found gold indicators from different documents.
  let both = 0, goldSame = 0, predSame = 0;
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      const x = matched[i]!;
      const y = matched[j]!;
      if (x.doc === y.doc) continue;
      const gs = x.g.canonical != null && x.g.canonical === y.g.canonical;
      const ps = x.p.canonical != null && x.p.canonical === y.p.canonical;
      if (gs) goldSame++;
      if (ps) predSame++;
      if (gs && ps) both++;
    }
  }
  return { documents, total: sumScores(documents), canonicalGrouping: prf(both, predSame, goldSame), missing };
}

const pct = (x: number) => x.toFixed(3);

/** Renders an evaluation as a plain-text table. */
export function formatEvaluation(e: Evaluation): string {
  const rows = [...e.documents, e.total];
  const head = ['document', 'ind P', 'ind R', 'ind F1', 'cmp', 'year', 'dom', 'canon', 'task P', 'task R', 'task F1', 'lead', 'deadl', 'ref F1', 'meta', 'confl'];
  const lines = rows.map((d) => [
    d.document.slice(0, 24),
    pct(d.indicators.precision), pct(d.indicators.recall), pct(d.indicators.f1),
    pct(d.indicators.comparator.rate), pct(d.indicators.year.rate), pct(d.indicators.domain.rate), pct(d.indicators.canonical.rate),
    pct(d.tasks.precision), pct(d.tasks.recall), pct(d.tasks.f1), pct(d.tasks.lead.rate), pct(d.tasks.deadline.rate),
    pct(d.references.f1), pct(d.metadata.rate), `${d.conflicts.tp}/${d.conflicts.gold} (+${d.conflicts.predicted - d.conflicts.tp})`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cols: string[]) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [fmt(head), ...lines.map(fmt)];
  const g = e.canonicalGrouping;
  out.push('', `canonical grouping: P ${pct(g.precision)}  R ${pct(g.recall)}  F1 ${pct(g.f1)}  (${g.tp} of ${g.gold} gold same-measure pairs; ${g.predicted} predicted)`);
  const t = e.total;
  out.push(`indicators: ${t.indicators.tp} found of ${t.indicators.gold} gold, ${t.indicators.predicted} predicted; tasks: ${t.tasks.tp}/${t.tasks.gold}, ${t.tasks.predicted} predicted`);
  const metaMiss = e.documents.flatMap((d) => Object.entries(d.metadata.fields).filter(([, ok]) => !ok).map(([k]) => `${d.document.slice(0, 3)}:${k}`));
  out.push(`metadata misses: ${metaMiss.length ? metaMiss.join(', ') : 'none'}`);
  if (e.missing.length) out.push(`no prediction for: ${e.missing.join(', ')}`);
  return out.join('\n');
}
