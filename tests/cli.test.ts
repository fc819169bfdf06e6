import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../cli/run.js';
import { evaluate } from '../review/evaluate.js';
import { loadGold, loadRun } from '../review/load.js';
import { toGold } from '../review/export-gold.js';
import { jsonSchemas } from '../output/json-schema.js';
import { documentValidatorSource, manifestValidatorSource } from '../scripts/document-validator.js';
import { SEEDS, CORPUS } from './pipeline/helpers.js';

const io = () => {
  const lines: string[] = [];
  return { lines, io: { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) } };
};
const seedPaths = SEEDS.map((s) => join(CORPUS, s));

describe('chitieu ingest / export / evaluate', () => {
  const a = mkdtempSync(join(tmpdir(), 'chitieu-a-'));
  const b = mkdtempSync(join(tmpdir(), 'chitieu-b-'));

  it('ingest writes one validated file per seed and a manifest, and is byte-identical across runs', async () => {
    expect(await run(['ingest', ...seedPaths, '--out', a, '--quiet'], io().io)).toBe(0);
    expect(await run(['ingest', ...seedPaths, '--out', b, '--quiet', '--concurrency', '1'], io().io)).toBe(0);
    const files = readdirSync(a).sort();
    expect(files).toEqual([...SEEDS.map((s) => `${s}.json`), 'journal.ndjson', 'manifest.json'].sort());
    for (const f of files) expect(readFileSync(join(a, f), 'utf8')).toBe(readFileSync(join(b, f), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8'));
    expect(manifest.summary).toMatchObject({ total: 5, ok: 5, failed: 0 });
    expect(readdirSync(a).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('a bad file becomes a typed error in the manifest and exit code 1; the batch goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-bad-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'broken.pdf'), '%PDF-1.7\n garbage without xref');
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    writeFileSync(join(dir, 'in', 'plan.txt'), readFileSync(seedPaths[0]!));
    const { io: quiet } = io();
    expect(await run(['ingest', join(dir, 'in'), '--out', join(dir, 'out'), '--quiet'], quiet)).toBe(1);
    const manifest = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8'));
    const byName = Object.fromEntries(manifest.entries.map((e: { input: string }) => [e.input.split('/').pop(), e]));
    expect(byName['plan.txt'].status).toBe('ok');
    expect(byName['broken.pdf']).toMatchObject({ status: 'failed', error: { code: 'pdf-corrupt', stage: 'extract' } });
    expect(byName['empty.txt']).toMatchObject({ status: 'failed', error: { code: 'empty-file' } });
  });

  it('usage errors exit 2', async () => {
    expect(await run(['ingest', '--out'], io().io)).toBe(2);
    expect(await run(['frobnicate'], io().io)).toBe(2);
  });

  it('export writes the gold shape that evaluate scores; accuracy meets the bar', async () => {
    const to = mkdtempSync(join(tmpdir(), 'chitieu-gold-'));
    expect(await run(['export', a, '--format', 'gold', '--to', to], io().io)).toBe(0);
    const exported = await loadGold(to);
    expect(exported.map((d) => d.document)).toEqual(SEEDS);
    const e = evaluate(await loadGold(join(CORPUS, 'gold')), exported);
    expect(e.total.indicators.f1).toBeGreaterThanOrEqual(0.95);
    expect(e.total.indicators.comparator.rate).toBeGreaterThanOrEqual(0.95);
    expect(e.total.indicators.year.rate).toBeGreaterThanOrEqual(0.95);
    expect(e.total.references.f1).toBeGreaterThanOrEqual(0.9);
    expect(e.canonicalGrouping.f1).toBeGreaterThanOrEqual(0.9);
    const c002 = e.documents.find((d) => d.document.startsWith('002'))!.conflicts;
    expect(c002.tp).toBe(10);
    expect(c002.predicted - c002.tp).toBeLessThanOrEqual(1);
    for (const d of e.documents) expect(d.metadata.rate).toBe(1);
    // The same scoring straight from the run folder.
    const direct = evaluate(await loadGold(join(CORPUS, 'gold')), (await loadRun(a)).map(toGold));
    expect(direct.total.indicators.f1).toBe(e.total.indicators.f1);
  });
});

describe('JSON Schema', () => {
  it('output/schema/*.schema.json is current with the zod schemas (run `npm run schema`)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(readFileSync(join(import.meta.dirname, '..', 'output', 'schema', name), 'utf8')).toBe(text);
    }
  });

  it('output/document-result-validator.ts is current with the document result schema (run `npm run schema`)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', 'output', 'document-result-validator.ts'), 'utf8')).toBe(documentValidatorSource());
  });

  it('pipeline/ingest/run-manifest-validator.ts is current with the run manifest schema (run `npm run schema`)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', 'pipeline', 'ingest', 'run-manifest-validator.ts'), 'utf8')).toBe(manifestValidatorSource());
  });
});
