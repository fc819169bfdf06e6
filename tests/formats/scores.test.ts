/**
 * Issue #4's bars, each copy of a seed scored alone against the seed's answer
 * key: .docx and .html within 0.03 of the seed's indicators F1 and tasks F1,
 * .doc within 0.05, legacy-encoded and NFD text exactly the same. PDFs (text
 * layer and scanned) are asserted by the PDF tests; `scripts/evaluate-formats.ts`
 * prints them all.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/index.js';
import type { DocumentScore } from '../../review/evaluate.js';
import { loadGold } from '../../review/load.js';
import type { GoldDocument } from '../../review/gold-format.js';
import { goldFor, judge, listVariants, scoreAgainstGold, type FormatVariant } from '../../scripts/format-score.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const variants = listVariants(corpus);
const asserted = variants.filter((v) => v.kind === 'docx' || v.kind === 'doc' || v.kind === 'html' || v.kind === 'encoding');

let golds: GoldDocument[] = [];
const seedScores = new Map<string, DocumentScore>();

async function score(v: FormatVariant): Promise<{ score: DocumentScore; status: string }> {
  const gold = goldFor(golds, v.seed)!;
  const result = await extractFile(v.path, { ocr: false });
  return { score: scoreAgainstGold(result, gold, readFileSync(`${corpus}/${gold.document}`, 'utf8')), status: result.status };
}

beforeAll(async () => {
  golds = await loadGold(`${corpus}/gold`);
  for (const v of variants.filter((x) => x.kind === 'seed')) seedScores.set(v.seed, (await score(v)).score);
});

describe('every docx / doc / html / encoded copy of a seed scores like the seed', () => {
  it('the corpus has the copies the issue names', () => {
    const kinds = new Set(asserted.map((v) => `${v.kind}:${v.variant}`));
    for (const k of ['docx:docx', 'doc:doc', 'html:html', 'encoding:tcvn3.txt', 'encoding:vni.txt', 'encoding:nfd.txt', 'docx:tcvn3.docx']) expect(kinds).toContain(k);
    expect(asserted.length).toBeGreaterThanOrEqual(15);
  });

  it.each(asserted.map((v) => [`${v.seed} ${v.variant}`, v] as const))('%s', async (_name, v) => {
    const { score: s, status } = await score(v);
    const seed = seedScores.get(v.seed)!;
    const verdict = judge(v.kind, s, seed, status);
    const name = `${v.seed} ${v.variant}`;
    expect({ variant: name, reasons: verdict.reasons }).toEqual({ variant: name, reasons: [] });
    // Re-joined formats put references on the seed's lines (see scripts/format-score.ts).
    expect(s.references.f1).toBeGreaterThanOrEqual(seed.references.f1 - 0.05);
    expect(s.metadata.rate).toBeGreaterThanOrEqual(seed.metadata.rate);
  });
});
