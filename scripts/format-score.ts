/**
 * Per-format scoring: one document result (from any format of a seed) scored
 * against the seed's answer key, and the tolerances a format must meet
 * relative to the seed's own score (issue #4).
 *
 * Answer keys count lines of the seed `.txt`. Formats that keep the seed's
 * lines (legacy encodings, NFD) are scored as they are; formats that re-join
 * paragraphs (docx, doc, html, pdf) get each record's line re-read from where
 * its quote stands in the seed, so a reference (paired by line ± 2) is not
 * lost merely because a paragraph is one line in Word and four in the seed.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentResult, Provenance } from '../output/schema.js';
import { evaluate, type DocumentScore } from '../review/evaluate.js';
import { toGold } from '../review/export-gold.js';
import type { GoldDocument } from '../review/gold-format.js';

/** What kind of copy of a seed a file is; decides its bar. */
export type VariantKind = 'seed' | 'docx' | 'doc' | 'html' | 'pdf' | 'scanned' | 'encoding';

export interface FormatVariant {
  /** 3-digit seed prefix ("000"). */
  seed: string;
  path: string;
  /** The file name after the seed stem: "docx", "tcvn3.txt", "scanned.pdf"; "txt" for the seed. */
  variant: string;
  kind: VariantKind;
}

/**
 * Largest drop of indicators F1 and tasks F1 below the seed's score, per kind.
 * Encoded text must decode to the seed itself, so it must score the same.
 */
export const MAX_DROP: Record<Exclude<VariantKind, 'seed' | 'scanned'>, number> = {
  docx: 0.03,
  pdf: 0.03,
  html: 0.03,
  doc: 0.05,
  encoding: 1e-9,
};

/** Scanned PDFs are judged on their own: OCR text is never the seed's exactly. */
export const SCANNED_MIN_INDICATOR_F1 = 0.85;

export function variantKind(variant: string): VariantKind {
  if (variant === 'txt') return 'seed';
  if (variant.endsWith('scanned.pdf')) return 'scanned';
  if (variant.endsWith('.txt')) return 'encoding';
  const ext = variant.slice(variant.lastIndexOf('.') + 1);
  if (ext === 'docx' || ext === 'doc' || ext === 'html' || ext === 'pdf') {
    // A .docx in a legacy font is an encoding test as much as a docx one; its bar is the docx bar.
    return ext;
  }
  return 'encoding';
}

/** The seeds of `corpusDir` and every file of `corpusDir/formats`, seed by seed. */
export function listVariants(corpusDir: string): FormatVariant[] {
  const out: FormatVariant[] = [];
  const add = (dir: string, name: string): void => {
    const m = /^(\d{3})_[0-9a-f]+\.(.+)$/u.exec(name);
    if (!m) return;
    const variant = m[2]!;
    out.push({ seed: m[1]!, path: join(dir, name), variant, kind: variantKind(variant) });
  };
  for (const name of readdirSync(corpusDir).sort()) if (name.endsWith('.txt')) add(corpusDir, name);
  const formats = join(corpusDir, 'formats');
  for (const name of readdirSync(formats).sort()) add(formats, name);
  const order: VariantKind[] = ['seed', 'encoding', 'html', 'docx', 'doc', 'pdf', 'scanned'];
  return out.sort((a, b) => a.seed.localeCompare(b.seed) || order.indexOf(a.kind) - order.indexOf(b.kind) || a.variant.localeCompare(b.variant));
}

/** Characters ignored when locating a quote in the seed: whitespace and Markdown emphasis/heading marks. */
const IGNORED = /[\s*#]/u;

/** The seed folded for search, with the 1-based seed line of every folded character. */
export interface FoldedSeed {
  text: string;
  lineOf: Int32Array;
}

export function foldSeed(seedText: string): FoldedSeed {
  const src = seedText.normalize('NFC').toLowerCase();
  const chars: string[] = [];
  const lines: number[] = [];
  let line = 1;
  for (const ch of src) {
    if (ch === '\n') line++;
    if (IGNORED.test(ch)) continue;
    chars.push(ch);
    for (let k = 0; k < ch.length; k++) lines.push(line);
  }
  return { text: chars.join(''), lineOf: Int32Array.from(lines) };
}

const foldQuote = (q: string): string => [...q.normalize('NFC').toLowerCase()].filter((c) => !IGNORED.test(c)).join('');

/**
 * The seed line where `quote` stands; among several occurrences the one nearest
 * the record's relative position in its own document. Null when not found.
 */
export function seedLineOf(seed: FoldedSeed, quote: string, relativePosition: number): number | null {
  const q = foldQuote(quote);
  if (!q) return null;
  const target = relativePosition * seed.text.length;
  let best = -1;
  for (let i = seed.text.indexOf(q); i >= 0; i = seed.text.indexOf(q, i + 1)) {
    if (best < 0 || Math.abs(i - target) < Math.abs(best - target)) best = i;
  }
  return best < 0 ? null : seed.lineOf[best]!;
}

/** Formats whose lines are the seed's own lines. */
const keepsSeedLines = (r: DocumentResult): boolean => r.source.format === 'txt' || r.source.format === 'md';

/**
 * The gold-format view of `result` with record lines re-read in the seed (see the
 * module comment). A record whose quote is not in the seed keeps its own line.
 */
export function alignedGold(result: DocumentResult, seedText: string): GoldDocument {
  const gold = toGold(result);
  if (keepsSeedLines(result)) return gold;
  const seed = foldSeed(seedText);
  const total = Math.max(1, ...[...result.indicators, ...result.tasks, ...result.references].map((r) => r.provenance.sourceEnd));
  const lineFor = (p: Provenance, own: number): number => seedLineOf(seed, p.quote, p.sourceStart / total) ?? own;
  gold.indicators = gold.indicators.map((g, i) => ({ ...g, line: lineFor(result.indicators[i]!.provenance, g.line) }));
  gold.tasks = gold.tasks.map((g, i) => ({ ...g, line: lineFor(result.tasks[i]!.provenance, g.line) }));
  gold.references = gold.references.map((g, i) => ({ ...g, line: lineFor(result.references[i]!.provenance, g.line) }));
  return gold;
}

/** Scores one result against its seed's answer key (paired regardless of the result's file name). */
export function scoreAgainstGold(result: DocumentResult, gold: GoldDocument, seedText: string): DocumentScore {
  const pred = { ...alignedGold(result, seedText), document: gold.document };
  return evaluate([gold], [pred]).documents[0]!;
}

export interface VariantVerdict {
  pass: boolean;
  /** Why it fails (empty when it passes). */
  reasons: string[];
  indicatorsDelta: number;
  tasksDelta: number;
}

/** Judges a variant's score against the seed's score by the bar of its kind. */
export function judge(kind: VariantKind, score: DocumentScore, seedScore: DocumentScore, status = 'ok'): VariantVerdict {
  const indicatorsDelta = score.indicators.f1 - seedScore.indicators.f1;
  const tasksDelta = score.tasks.f1 - seedScore.tasks.f1;
  const reasons: string[] = [];
  if (kind === 'seed') return { pass: true, reasons, indicatorsDelta, tasksDelta };
  if (status !== 'ok') reasons.push(`status ${status}`);
  if (kind === 'scanned') {
    if (score.indicators.f1 < SCANNED_MIN_INDICATOR_F1) reasons.push(`indicators F1 ${score.indicators.f1.toFixed(3)} < ${SCANNED_MIN_INDICATOR_F1}`);
  } else {
    const bar = MAX_DROP[kind];
    if (indicatorsDelta < -bar) reasons.push(`indicators F1 ${indicatorsDelta.toFixed(3)} below the seed (bar ${bar < 1e-6 ? 'equal' : `-${bar}`})`);
    if (tasksDelta < -bar) reasons.push(`tasks F1 ${tasksDelta.toFixed(3)} below the seed (bar ${bar < 1e-6 ? 'equal' : `-${bar}`})`);
  }
  return { pass: reasons.length === 0, reasons, indicatorsDelta, tasksDelta };
}

/** The gold file of a seed prefix in `goldDir` listing. */
export function goldFor(golds: GoldDocument[], seed: string): GoldDocument | undefined {
  return golds.find((g) => basename(g.document).startsWith(`${seed}_`));
}
