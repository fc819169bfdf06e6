/**
 * The pool threads run the worker bundle (dist/pipeline/worker-bundle.js, made by
 * `npm run build`, loaded by pipeline/pool/bundle-entry.ts from V8's code cache).
 * It must do exactly what the compiled modules do, for every format and for bad
 * input, and its cache must be one V8 takes under the CLI's flags.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tmp, walk } from '../batch/helpers.js';
import { distIsCurrent } from '../../pipeline/build-stamp.js';
import { bundleIsCurrent } from '../../pipeline/pool/index.js';

const dist = join(ROOT, 'dist');
const distCurrent = distIsCurrent(ROOT);
if (!distCurrent) console.warn('SKIPPED tests/pipeline/worker-bundle.test.ts: dist/ is missing or older than the sources — run `npm run build`');

interface Run {
  codeCacheRejected: boolean | null;
  modules: unknown[];
  bundle: unknown[];
}

function runEntries(files: string[], flags = true): { out: string; run: Run } {
  const out = tmp('bundle-entries');
  const r = spawnSync(process.execPath, [join(ROOT, 'tests', 'helpers', 'run-task-entries.mjs'), ...(flags ? [] : ['--no-flags']), out, ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  expect(r.status, r.stderr).toBe(0);
  return { out, run: JSON.parse(r.stdout.trim().split('\n').pop()!) as Run };
}

describe('bundleIsCurrent', () => {
  it('is false for a bundle made from another build, or none, so the pool runs the modules', () => {
    const fake = tmp('fake-dist');
    mkdirSync(join(fake, 'pipeline'), { recursive: true });
    writeFileSync(join(fake, 'build-stamp.json'), JSON.stringify({ sources: 'aaa', deciding: 'bbb' }));
    expect(bundleIsCurrent(fake)).toBe(false);
    writeFileSync(join(fake, 'pipeline', 'worker-bundle.json'), JSON.stringify({ sources: 'older' }));
    expect(bundleIsCurrent(fake)).toBe(false);
    writeFileSync(join(fake, 'pipeline', 'worker-bundle.json'), JSON.stringify({ sources: 'aaa' }));
    expect(bundleIsCurrent(fake)).toBe(true);
  });
});

describe.skipIf(!distCurrent)('worker bundle', () => {
  it('is built from the current dist/ (npm run build made it, or the pool would fall back to the modules)', () => {
    expect(bundleIsCurrent(dist)).toBe(true);
  });

  it('gives byte-identical results and the same replies as the compiled modules, for every format and for broken files', () => {
    const formats = join(ROOT, 'corpus', 'formats');
    const broken = tmp('bundle-broken');
    const pdf = readFileSync(join(formats, '002_6f4458b79196ed4f.pdf'));
    writeFileSync(join(broken, 'truncated.pdf'), pdf.subarray(0, pdf.length >> 1));
    writeFileSync(join(broken, 'empty.txt'), '');
    writeFileSync(join(broken, 'not-a-zip.docx'), 'PK\u0003\u0004 this is no zip archive');
    copyFileSync(join(formats, '000_d7d9651ddd969956.tcvn3.txt'), join(broken, 'tcvn3.txt'));
    const files = [
      join(ROOT, 'corpus', '001_61b19ee575358a63.txt'),
      join(formats, '002_6f4458b79196ed4f.nfd.txt'),
      join(broken, 'tcvn3.txt'),
      join(formats, '003_13a95629cdd498d2.docx'),
      join(formats, '000_d7d9651ddd969956.tcvn3.docx'),
      join(formats, '001_61b19ee575358a63.doc'),
      join(formats, '004_db43e2131bbb219b.html'),
      join(formats, '004_db43e2131bbb219b.pdf'),
      join(broken, 'truncated.pdf'),
      join(broken, 'empty.txt'),
      join(broken, 'not-a-zip.docx'),
    ];
    const { out, run } = runEntries(files);
    expect(run.bundle).toEqual(run.modules);
    const replies = run.modules as Array<{ ok: boolean; error?: { code: string } }>;
    // Good files succeed and bad ones fail with their typed errors, not internal-error: what the comparison covers.
    expect(replies.slice(0, 8).every((r) => r.ok)).toBe(true);
    expect(replies.slice(8).map((r) => r.error?.code)).toEqual(['pdf-corrupt', 'empty-file', 'docx-corrupt']);
    const written = walk(join(out, 'modules')).sort();
    expect(written.length).toBe(8);
    expect(walk(join(out, 'bundle')).sort()).toEqual(written);
    for (const f of written) expect(readFileSync(join(out, 'bundle', f), 'utf8'), f).toBe(readFileSync(join(out, 'modules', f), 'utf8'));
  }, 120_000);

  it('has a code cache V8 takes under the CLI flags, and refuses under others (why the cache is made with them)', () => {
    const one = [join(ROOT, 'corpus', '000_d7d9651ddd969956.txt')];
    expect(runEntries(one).run.codeCacheRejected).toBe(false);
    expect(runEntries(one, false).run.codeCacheRejected).toBe(true);
  }, 60_000);
});
