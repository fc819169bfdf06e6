/**
 * The CLI runs the compiled dist/ when it matches the sources (faster start, faster
 * code). Both must write the same bytes: results are cached and compared by content.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tmp, walk } from '../batch/helpers.js';
import { distIsCurrent } from '../../pipeline/build-stamp.js';

const distCurrent = distIsCurrent(ROOT);
if (!distCurrent) console.warn('SKIPPED tests/cli/dist.test.ts: dist/ is missing or older than the sources — run `npm run build`');

function ingest(input: string, env: Record<string, string>): { out: string; stderr: string } {
  const out = tmp('dist-out');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'chitieu.js'), 'ingest', input, '--out', out, '--quiet', '--no-ocr'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  return { out, stderr: r.stderr };
}

describe.skipIf(!distCurrent)('CLI from dist/ and from the sources', () => {
  it('writes byte-identical results and manifests for the same inputs', () => {
    const input = tmp('dist-in');
    mkdirSync(input, { recursive: true });
    for (const f of ['000_d7d9651ddd969956.txt', '004_db43e2131bbb219b.txt']) copyFileSync(join(ROOT, 'corpus', f), join(input, f));
    copyFileSync(join(ROOT, 'corpus', 'formats', '002_6f4458b79196ed4f.docx'), join(input, '002.docx'));
    const fromDist = ingest(input, {});
    const fromSource = ingest(input, { CHITIEU_FROM_SOURCE: '1' });
    const files = walk(fromDist.out).filter((f) => !f.startsWith('.')).sort();
    expect(files).toEqual(walk(fromSource.out).filter((f) => !f.startsWith('.')).sort());
    expect(files.filter((f) => f.endsWith('.json')).length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(readFileSync(join(fromDist.out, f), 'utf8'), f).toBe(readFileSync(join(fromSource.out, f), 'utf8'));
  }, 120_000);
});
