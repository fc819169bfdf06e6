/**
 * `npm start` ingests the bundled seeds and writes the comparison report. The
 * test runs the start script's own command line with its --out and --report
 * pointed at a temporary folder, so it does not touch output/.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
let work: string | undefined;

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm start', () => {
  it('writes the run and the report (HTML, Markdown, JSON, XLSX, CSV per view) for the five seeds', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const argv = pkg.scripts.start!.split(/\s+/u);
    expect(argv.slice(0, 3)).toEqual(['node', 'bin/chitieu.js', 'run']);
    const reportAt = argv.indexOf('--report');
    const outAt = argv.indexOf('--out');
    expect(reportAt, 'the start script writes a report').toBeGreaterThan(0);
    work = await mkdtemp(join(tmpdir(), 'chitieu-start-'));
    argv[outAt + 1] = join(work, 'run');
    argv[reportAt + 1] = join(work, 'report');
    const { stdout } = await promisify(execFile)(process.execPath, argv.slice(1), { cwd: ROOT, maxBuffer: 16 << 20 });
    expect(stdout).toContain('report written');

    const report = join(work, 'report');
    expect((await readdir(report)).sort()).toEqual(['comparison.json', 'comparison.xlsx', 'csv', 'report.html', 'report.md']);
    expect((await readdir(join(report, 'csv'))).length).toBeGreaterThanOrEqual(9);
    const html = await readFile(join(report, 'report.html'), 'utf8');
    expect((html.match(/<th class="commune"/gu) ?? []).length).toBe(5);
    const results = (await readdir(join(work, 'run'))).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
    expect(results).toHaveLength(5);
  }, 180_000);
});
