/**
 * The bench's pipeline floor (bench/floor-child.mjs) is only a floor of `chitieu
 * ingest` if it does the same work: the same documents, the same results, byte
 * for byte, and the same failures.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tmp, walk } from '../batch/helpers.js';
import { distIsCurrent } from '../../pipeline/build-stamp.js';
import { readFloorTally } from '../../bench/floor.js';
import { JOURNAL_NAME } from '../../pipeline/ingest/journal.js';

const distCurrent = distIsCurrent(ROOT);
if (!distCurrent) console.warn('SKIPPED the floor-child run in tests/bench/floor.test.ts: dist/ is missing or older than the sources — run `npm run build`');

describe('readFloorTally', () => {
  it('reads the last line of a finished run', () => {
    expect(readFloorTally(0, 'noise\n{"documents":4,"ok":3,"failed":1}\n', '')).toEqual({ documents: 4, ok: 3, failed: 1 });
  });

  it('refuses a run that failed or printed no tally, quoting its stderr', () => {
    expect(() => readFloorTally(1, '{"documents":4,"ok":3,"failed":1}', 'Error: boom')).toThrow(/exit 1.*boom/su);
    expect(() => readFloorTally(0, 'not json', 'trace')).toThrow(/exit 0/u);
    expect(() => readFloorTally(0, '{"documents":4}', '')).toThrow(/floor-child failed/u);
  });

  it('refuses a run that did not account for every document', () => {
    expect(() => readFloorTally(0, '{"documents":4,"ok":2,"failed":1}', '')).toThrow(/finished 3 of 4/u);
  });
});

describe.skipIf(!distCurrent)('bench/floor-child.mjs', () => {
  it('writes what chitieu ingest writes for the same folder, and counts the same failures', () => {
    const input = tmp('floor-in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    copyFileSync(join(ROOT, 'corpus', '000_d7d9651ddd969956.txt'), join(input, '000.txt'));
    copyFileSync(join(ROOT, 'corpus', '003_13a95629cdd498d2.txt'), join(input, 'sub', '003.txt'));
    copyFileSync(join(ROOT, 'corpus', 'formats', '002_6f4458b79196ed4f.docx'), join(input, '002.docx'));
    // Not a ZIP: a typed docx-corrupt failure on both sides, and no result file.
    writeFileSync(join(input, 'broken.docx'), 'PK but not a package');

    const floorOut = tmp('floor-out');
    const floor = spawnSync(process.execPath, [join(ROOT, 'bench', 'floor-child.mjs'), input, floorOut], { cwd: ROOT, encoding: 'utf8' });
    expect(readFloorTally(floor.status, floor.stdout, floor.stderr)).toEqual({ documents: 4, ok: 3, failed: 1 });

    const cliOut = tmp('floor-cli');
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'chitieu.js'), 'ingest', input, '--out', cliOut, '--quiet', '--no-ocr'], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(1); // one file failed
    const manifest = JSON.parse(readFileSync(join(cliOut, 'manifest.json'), 'utf8')) as { summary: { ok: number; failed: number } };
    expect(manifest.summary).toMatchObject({ ok: 3, failed: 1 });

    const results = walk(floorOut).sort();
    expect(results).toHaveLength(3);
    expect(results).toEqual(walk(cliOut).filter((f) => f !== 'manifest.json' && f !== JOURNAL_NAME).sort());
    for (const f of results) expect(readFileSync(join(floorOut, f), 'utf8'), f).toBe(readFileSync(join(cliOut, f), 'utf8'));
  }, 120_000);
});
