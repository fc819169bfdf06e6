/**
 * A generated batch with every kind of bad file: each bad file becomes exactly
 * one typed error, every good document one validated result, non-documents are
 * listed as skipped, exit code 1; a re-run redoes only what was not finished.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { run } from '../../cli/run.js';
import { DocumentResult, RunManifest } from '../../output/schema.js';
import { TEMP_FILE } from '../../output/write.js';
import { longPlan, type BatchPlan } from '../../scripts/generate-batch.js';
import { batch, capture, events, readJson, tmp, walk } from './helpers.js';

/** What each generated bad file must fail with. */
const EXPECTED: Record<string, string> = {
  'hong.pdf': 'pdf-corrupt',
  'co-mat-khau.pdf': 'pdf-encrypted',
  'rong.txt': 'empty-file',
  'cat-cut.pdf': 'pdf-corrupt',
  'cat-cut.docx': 'docx-corrupt',
  'qua-lon.txt': 'file-too-large',
  'bom-nen.docx': 'docx-too-large',
  'hong.docx': 'docx-corrupt',
  'nhi-phan.html': 'html-corrupt',
  'cat-cut.doc': 'doc-corrupt',
  'co-mat-khau.docx': 'docx-encrypted',
  'xml-cut.docx': 'docx-corrupt',
};

// A whole batch per test, on whatever cores the machine has free.
const SLOW = 'tong-hop-rat-dai.txt';

describe('ingest of a batch with bad files', { timeout: 900_000 }, () => {
  let plan: BatchPlan;
  let args: string[];
  const out = tmp('run');
  beforeAll(async () => {
    const b = await batch({ count: 24, bad: 12, skipped: 4 });
    plan = b.plan;
    // --max-size 5: the scanned seeds (3 MB) pass, the 6 MB over-large file does not.
    args = ['ingest', b.dir, '--out', out, '--no-ocr', '--max-size', '5', '--timeout', '900', '--json'];
  }, 300_000);

  it('ends with one result per good document, one typed error per bad file, exit code 1', async () => {
    const c = capture();
    expect(await run(args, c.io)).toBe(1);
    const manifest = RunManifest.parse(readJson(join(out, 'manifest.json')));
    const inputs = [...plan.good, ...plan.bad, ...plan.skipped].sort();
    expect(manifest.entries.map((e) => e.input)).toEqual(inputs);
    expect(manifest.summary).toMatchObject({ total: inputs.length, failed: plan.bad.length, skipped: plan.skipped.length });

    const byInput = new Map(manifest.entries.map((e) => [e.input, e]));
    for (const bad of plan.bad) {
      const e = byInput.get(bad)!;
      expect(e.status, bad).toBe('failed');
      expect(e.error!.file).toBe(bad);
      expect(e.error!.message).toContain(bad);
      expect(e.error!.code).not.toBe('internal-error');
      expect(e.error!.code, bad).toBe(EXPECTED[basename(bad)]);
    }
    for (const skipped of plan.skipped) expect(byInput.get(skipped)).toMatchObject({ status: 'skipped', output: null, error: { code: 'skipped' } });
    const results = manifest.entries.filter((e) => e.output !== null);
    expect(results.map((e) => e.input).sort()).toEqual([...plan.good].sort());
    // Base names repeat across folders; result names must not.
    expect(new Set(results.map((e) => e.output)).size).toBe(results.length);
    for (const e of results) expect(() => DocumentResult.parse(readJson(join(out, e.output!)))).not.toThrow();
    expect(walk(out).filter((f) => TEMP_FILE.test(basename(f)))).toEqual([]);
    expect(existsSync(join(out, '.chitieu.lock'))).toBe(false);

    const end = events(c.out).at(-1)!;
    // Empty and over-large files are refused by the probe: the pipeline never runs on them.
    const refused = plan.bad.filter((b) => ['empty-file', 'file-too-large'].includes(EXPECTED[basename(b)] ?? '')).length;
    expect(end).toMatchObject({ event: 'end', failed: plan.bad.length, processed: inputs.length - plan.skipped.length - refused, reused: 0 });
  });

  it('a re-run reuses every finished result, failures included; the manifest is byte-identical', async () => {
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const c = capture();
    expect(await run(args, c.io)).toBe(1);
    expect(events(c.out).at(-1)).toMatchObject({ processed: 0, failed: plan.bad.length });
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('--force redoes everything', async () => {
    const c = capture();
    expect(await run([...args.slice(0, 1), plan.good[0]!, plan.good[1]!, ...args.slice(2), '--force'], c.io)).toBe(0);
    expect(events(c.out).at(-1)).toMatchObject({ processed: 2, reused: 0 });
  });
});

describe('a document that runs past --timeout', { timeout: 900_000 }, () => {
  it('fails with `timeout`, its worker is replaced and the next document still succeeds; a re-run retries it', async () => {
    const { plan } = await batch({ count: 1 });
    const dir = tmp('slow');
    // Sorted order with one thread: the slow file first, then a normal plan on the replacement thread.
    writeFileSync(join(dir, `a-${SLOW}`), await longPlan(700));
    copyFileSync(plan.good[0]!, join(dir, 'b-ke-hoach.txt'));
    const out = tmp('slow-run');
    // The long plan (3,500 seeds, 94 MB, under the 100 MB default limit) needs over 20 s of CPU on an idle core, a
    // normal plan about 0.1 s: the margin must outlast speed-ups of the pipeline (30 seeds, 0.8 MB, ran under 3 s
    // by 2026-12, and 40 MB went from 25 s to under 10 s when normalising became linear).
    const args = ['ingest', dir, '--out', out, '--no-ocr', '--concurrency', '1', '--timeout', '3', '--json'];
    const c = capture();
    expect(await run(args, c.io)).toBe(1);
    const manifest = RunManifest.parse(readJson(join(out, 'manifest.json')));
    expect(manifest.entries.map((e) => [basename(e.input), e.status, e.error?.code ?? null])).toEqual([
      [`a-${SLOW}`, 'failed', 'timeout'],
      ['b-ke-hoach.txt', 'ok', null],
    ]);
    expect(manifest.entries[0]!.error).toMatchObject({ stage: 'process', file: join(dir, `a-${SLOW}`) });
    // A timeout depends on the run, not the file: it is not journaled, so the next run tries again.
    const again = capture();
    expect(await run(args, again.io)).toBe(1);
    expect(events(again.out).at(-1)).toMatchObject({ processed: 1, reused: 1, failed: 1 });
  });
});
