/**
 * Issue #4 bars for text-layer PDFs: each seed saved as PDF scores within
 * 0.03 of the seed .txt on indicators F1 and tasks F1, scored with the
 * per-format scorer (records' lines re-read in the seed, see
 * scripts/format-score.ts) against the seed's answer key.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../../extractors/pdf.js';
import { extractFile } from '../../pipeline/index.js';
import type { DocumentScore } from '../../review/evaluate.js';
import { loadGold } from '../../review/load.js';
import type { GoldDocument } from '../../review/gold-format.js';
import { MAX_DROP, goldFor, scoreAgainstGold } from '../../scripts/format-score.js';

const SEEDS = ['000_d7d9651ddd969956', '001_61b19ee575358a63', '002_6f4458b79196ed4f', '003_13a95629cdd498d2', '004_db43e2131bbb219b'];
const BAR = MAX_DROP.pdf;

let golds: GoldDocument[] = [];
const scores = new Map<string, { txt: DocumentScore; pdf: DocumentScore; status: string }>();

beforeAll(async () => {
  golds = await loadGold('corpus/gold');
  for (const seed of SEEDS) {
    const gold = goldFor(golds, seed.slice(0, 3))!;
    const seedText = readFileSync(`corpus/${gold.document}`, 'utf8');
    const txt = scoreAgainstGold(await extractFile(`corpus/${seed}.txt`), gold, seedText);
    const result = await extractFile(`corpus/formats/${seed}.pdf`, { ocr: false });
    scores.set(seed, { txt, pdf: scoreAgainstGold(result, gold, seedText), status: result.status });
  }
}, 300_000);

describe('text-layer PDFs score like their seed text', () => {
  it.each(SEEDS)('%s.pdf: status ok, indicators F1 within the bar', (seed) => {
    const s = scores.get(seed)!;
    expect(s.status).toBe('ok');
    expect(s.pdf.indicators.gold).toBeGreaterThan(0);
    expect(s.pdf.indicators.f1).toBeGreaterThanOrEqual(s.txt.indicators.f1 - BAR);
  });

  it.each(SEEDS)('%s.pdf: tasks F1 within the bar', (seed) => {
    const s = scores.get(seed)!;
    expect(s.pdf.tasks.gold).toBeGreaterThan(0);
    expect(s.pdf.tasks.f1).toBeGreaterThanOrEqual(s.txt.tasks.f1 - BAR);
  });

  it('appendix tables come out as rows of cells, every row of a table as wide as the table (001, 002, 004)', async () => {
    for (const seed of ['001_61b19ee575358a63', '002_6f4458b79196ed4f', '004_db43e2131bbb219b']) {
      const file = `corpus/formats/${seed}.pdf`;
      const x = await extractPdf(new Uint8Array(readFileSync(file)), file, { ocr: false });
      const lines = x.text.split('\n');
      // Runs of consecutive tab-separated lines are the tables.
      const runs: string[][] = [];
      lines.forEach((line, k) => {
        if (!line.includes('\t')) return;
        if (k > 0 && lines[k - 1]!.includes('\t')) runs[runs.length - 1]!.push(line);
        else runs.push([line]);
      });
      const rows = runs.filter((r) => r.length >= 5);
      expect(rows.length, seed).toBeGreaterThan(0);
      for (const run of rows) {
        const widths = new Set(run.map((line) => line.split('\t').length));
        expect([...widths], `${seed}: ${run[0]}`).toHaveLength(1);
      }
      // Each table line keeps its page and position.
      lines.forEach((line, k) => {
        if (line.includes('\t')) expect(x.lines![k]!.page, seed).toBeGreaterThan(0);
      });
      const result = await extractFile(file, { ocr: false });
      expect(result.tables.length, seed).toBeGreaterThan(0);
    }
  }, 120_000);
});
