/**
 * Kill -9 in the middle of a run, then run again: the second run finishes the
 * rest, redoes nothing the first one finished, and leaves no partial file.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DocumentResult, RunManifest } from '../../output/schema.js';
import { TEMP_FILE } from '../../output/write.js';
import { batch, ingestChild, readJson, tmp, walk } from './helpers.js';

describe('resuming after SIGKILL', { timeout: 900_000 }, () => {
  it('re-running finishes the batch without redoing finished documents, with no temp or torn file left', async () => {
    const { dir, plan } = await batch({ count: 16, seed: 11 });
    const out = tmp('resume');
    const args = [dir, '--out', out, '--no-ocr', '--concurrency', '2'];

    const first = await ingestChild(args, 5);
    expect(first.signal).toBe('SIGKILL');
    const finished = first.events.filter((e) => e.event === 'document').map((e) => e.input as string);
    expect(finished.length).toBeGreaterThanOrEqual(5);
    expect(finished.length).toBeLessThan(plan.good.length);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false); // killed before the end

    const second = await ingestChild(args);
    expect(second.code).toBe(0);
    const docs = second.events.filter((e) => e.event === 'document');
    const reused = docs.filter((e) => e.reused).map((e) => e.input as string);
    const redone = docs.filter((e) => !e.reused).map((e) => e.input as string);
    // Everything reported finished before the kill is reused (and maybe a few the kill hit between
    // journal and report); each input is done exactly once across the two runs.
    expect(reused).toEqual(expect.arrayContaining(finished));
    expect(redone.filter((f) => reused.includes(f))).toEqual([]);
    expect([...reused, ...redone].sort()).toEqual([...plan.good].sort());
    expect(redone.length).toBeGreaterThan(0);
    expect(second.events.at(-1)).toMatchObject({ event: 'end', total: plan.good.length, failed: 0, processed: redone.length, reused: reused.length });

    // No temp file, every JSON parses, the manifest accounts for every input and names existing results.
    const files = walk(out);
    expect(files.filter((f) => TEMP_FILE.test(basename(f)))).toEqual([]);
    expect(files).not.toContain('.chitieu.lock');
    const manifest = RunManifest.parse(readJson(join(out, 'manifest.json')));
    expect(manifest.entries.map((e) => e.input)).toEqual([...plan.good].sort());
    for (const f of files.filter((n) => n.endsWith('.json') && n !== 'manifest.json')) expect(() => DocumentResult.parse(readJson(join(out, f)))).not.toThrow();
    for (const e of manifest.entries) expect(existsSync(join(out, e.output!))).toBe(true);
    // The journal was compacted to one whole line per input.
    const journal = readFileSync(join(out, 'journal.ndjson'), 'utf8').trimEnd().split('\n');
    expect(journal.map((l) => JSON.parse(l).entry.input).sort()).toEqual([...plan.good].sort());
  });

  it('the resumed run writes the same bytes as an uninterrupted one', async () => {
    const { dir } = await batch({ count: 8, seed: 5 });
    const a = tmp('a');
    const b = tmp('b');
    await ingestChild([dir, '--out', a, '--no-ocr', '--concurrency', '2'], 3);
    await ingestChild([dir, '--out', a, '--no-ocr', '--concurrency', '2']);
    await ingestChild([dir, '--out', b, '--no-ocr', '--concurrency', '1']);
    const results = walk(b).filter((f) => f.endsWith('.json'));
    expect(walk(a).filter((f) => f.endsWith('.json'))).toEqual(results);
    for (const f of results) expect(readFileSync(join(a, f), 'utf8'), f).toBe(readFileSync(join(b, f), 'utf8'));
  });
});
