/** The ingest command's options, discovery rules and progress output, on small real inputs. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../cli/run.js';
import { discover } from '../../pipeline/discover.js';
import { RunManifest } from '../../output/schema.js';
import { SEEDS, CORPUS } from '../pipeline/helpers.js';
import { capture, events, readJson, tmp } from './helpers.js';

const seed = (i: number) => readFileSync(join(CORPUS, SEEDS[i]!));

describe('ingest usage and configuration errors exit 2', () => {
  it.each([
    [['--concurrency', '0']],
    [['--concurrency', '1.5']],
    [['--timeout', 'soon']],
    [['--max-size', '0']],
  ])('%j', async (extra) => {
    const c = capture();
    expect(await run(['ingest', join(CORPUS, SEEDS[0]!), '--out', tmp('u'), ...extra], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/Expected `--/u);
  });

  it('a missing input path is named', async () => {
    const c = capture();
    expect(await run(['ingest', join(tmp('m'), 'khong-co'), '--out', tmp('u')], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('input not found');
  });

  it('an output folder held by another live process is refused', async () => {
    const out = tmp('locked');
    writeFileSync(join(out, '.chitieu.lock'), String(process.ppid));
    const c = capture();
    expect(await run(['ingest', join(CORPUS, SEEDS[0]!), '--out', out, '--quiet'], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain(`pid ${process.ppid}`);
  });
});

describe('discovery', () => {
  it('recurses into folders, skips hidden entries, the output folder and folder symlinks (no cycles)', async () => {
    const dir = tmp('disc');
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'a', 'b', 'ke-hoach.txt'), 'x');
    writeFileSync(join(dir, 'a', 'bao-cao.txt'), 'x');
    writeFileSync(join(dir, '.git', 'HEAD'), 'x');
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'journal.ndjson'), '{}');
    symlinkSync(dir, join(dir, 'a', 'vong-lap'));
    expect(await discover([dir], [join(dir, 'out')])).toEqual([join(dir, 'a', 'b', 'ke-hoach.txt'), join(dir, 'a', 'bao-cao.txt')].sort());
  });

  it('follows a link inside a folder to a file, passes over a dangling link and node_modules, enters a linked folder given by name', async () => {
    const dir = tmp('disc-links');
    mkdirSync(join(dir, 'xa', 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'xa', 'ke-hoach.txt'), 'x');
    writeFileSync(join(dir, 'xa', 'node_modules', 'goi.txt'), 'x');
    symlinkSync(join(dir, 'xa', 'ke-hoach.txt'), join(dir, 'xa', 'ban-sao.txt'));
    symlinkSync(join(dir, 'xa', 'khong-co.txt'), join(dir, 'xa', 'hong.txt'));
    symlinkSync(join(dir, 'xa'), join(dir, 'lien-ket-xa'));
    expect(await discover([dir])).toEqual([join(dir, 'xa', 'ban-sao.txt'), join(dir, 'xa', 'ke-hoach.txt')]);
    expect(await discover([join(dir, 'lien-ket-xa')])).toEqual([join(dir, 'lien-ket-xa', 'ban-sao.txt'), join(dir, 'lien-ket-xa', 'ke-hoach.txt')]);
  });
});

describe('results of inputs sharing a base name', () => {
  it('get distinct names, stable across runs and concurrency', async () => {
    const dir = tmp('names');
    for (const [i, folder] of ['xa-yen-lac', 'xa-tan-phu', 'XA-TAN-PHU-2'].entries()) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, i === 2 ? 'KE-HOACH.txt' : 'ke-hoach.txt'), seed(i));
    }
    const a = tmp('na');
    const b = tmp('nb');
    expect(await run(['ingest', dir, '--out', a, '--quiet', '--concurrency', '2'], capture().io)).toBe(0);
    expect(await run(['ingest', dir, '--out', b, '--quiet', '--concurrency', '1'], capture().io)).toBe(0);
    const manifest = RunManifest.parse(readJson(join(a, 'manifest.json')));
    const names = manifest.entries.map((e) => e.output!);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    for (const n of [...names, 'manifest.json']) expect(readFileSync(join(a, n), 'utf8')).toBe(readFileSync(join(b, n), 'utf8'));
    // Each result describes its own input.
    for (const e of manifest.entries) expect(readJson(join(a, e.output!)).source.path).toBe(e.input);
  });
});

describe('progress output', () => {
  const inputs = [join(CORPUS, SEEDS[0]!), join(CORPUS, SEEDS[1]!)];

  it('--json prints one event object per line: start, a document per input, end', async () => {
    const c = capture();
    expect(await run(['ingest', ...inputs, '--out', tmp('j'), '--json'], c.io)).toBe(0);
    const ev = events(c.out);
    expect(ev.map((e) => e.event)).toEqual(['start', 'document', 'document', 'end']);
    expect(ev[0]).toMatchObject({ total: 2 });
    expect(ev.filter((e) => e.event === 'document').map((e) => e.input).sort()).toEqual(inputs);
    expect(ev[3]).toMatchObject({ total: 2, ok: 2, failed: 0, processed: 2, reused: 0 });
    expect(c.err).toEqual([]);
  });

  it('without a terminal: plain progress lines on stderr and a summary; --quiet: the summary only', async () => {
    const plain = capture();
    expect(await run(['ingest', ...inputs, '--out', tmp('p')], plain.io)).toBe(0);
    expect(plain.err.at(-1)).toMatch(/^\[2\/2\] failed 0, reused 0 — [\d.]+ docs\/s, ETA 0 s$/u);
    expect(plain.out.join('\n')).toMatch(/^2 inputs: 2 ok, 0 failed/u);
    const quiet = capture();
    expect(await run(['ingest', ...inputs, '--out', tmp('q'), '--quiet'], quiet.io)).toBe(0);
    expect(quiet.err).toEqual([]);
    expect(quiet.out).toHaveLength(1);
  });

  it('on a terminal: the live bar (cli-progress, loaded for it alone) takes the run and the summary follows', async () => {
    const c = capture();
    expect(await run(['ingest', ...inputs, '--out', tmp('b')], { ...c.io, isTTY: true })).toBe(0);
    expect(c.out.join('\n')).toMatch(/^2 inputs: 2 ok, 0 failed/u);
  });

  it('a failure is listed in the summary with its code', async () => {
    const dir = tmp('f');
    writeFileSync(join(dir, 'hong.pdf'), '%PDF-1.7\n garbage');
    writeFileSync(join(dir, 'ke-hoach.txt'), seed(2));
    const c = capture();
    expect(await run(['ingest', dir, '--out', tmp('fo'), '--quiet'], c.io)).toBe(1);
    expect(c.out.join('\n')).toMatch(/failed:\n\s+pdf-corrupt\s+\S*hong\.pdf — /u);
  });
});
