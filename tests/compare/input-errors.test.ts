/** `chitieu compare` on bad run folders: a typed error naming the file and the reason, and nothing written. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../pipeline/ingest.js';
import { compareRun, CompareInputError } from '../../compare/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
let work: string;
let run: string;
let resultName: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'chitieu-compare-bad-'));
  run = join(work, 'run');
  await ingest([join(ROOT, 'corpus', '001_61b19ee575358a63.txt'), join(ROOT, 'corpus', '004_db43e2131bbb219b.txt')], { out: run });
  resultName = (await readdir(run)).filter((f) => f.endsWith('.json') && f !== 'manifest.json').sort()[1]!;
}, 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

let reports = 0;

async function failure(dir: string): Promise<CompareInputError> {
  const report = join(work, `report-${++reports}`);
  const error = await compareRun(dir, report).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CompareInputError);
  expect(existsSync(report)).toBe(false);
  return error as CompareInputError;
}

describe('compare input errors', () => {
  it('names a missing run folder', async () => {
    const e = await failure(join(work, 'no-such-run'));
    expect([e.code, e.file]).toEqual(['missing-folder', join(work, 'no-such-run')]);
  });

  it('refuses a folder with no results instead of writing an empty report', async () => {
    const empty = join(work, 'empty');
    await mkdir(empty);
    await writeFile(join(empty, 'notes.txt'), 'not a run');
    expect((await failure(empty)).code).toBe('no-results');
  });

  it('names the result file that is cut off, and the one that breaks the schema, with the field', async () => {
    const text = await readFile(join(run, resultName), 'utf8');
    const cut = join(work, 'cut');
    await mkdir(cut);
    await writeFile(join(cut, resultName), text.slice(0, text.length / 2));
    const e1 = await failure(cut);
    expect([e1.code, e1.file]).toEqual(['invalid-result', join(cut, resultName)]);
    expect(e1.message).toMatch(/not JSON/u);

    const broken = join(work, 'broken');
    await mkdir(broken);
    const json = JSON.parse(text) as Record<string, unknown>;
    delete json.indicators;
    await writeFile(join(broken, resultName), JSON.stringify(json));
    const e2 = await failure(broken);
    expect([e2.code, e2.file]).toEqual(['invalid-result', join(broken, resultName)]);
    expect(e2.message).toMatch(/indicators/u);
  });

  it('compares the same folder once it is whole', async () => {
    const written = await compareRun(run, join(work, 'report-ok'));
    expect(written.some((f) => f.endsWith('report.html'))).toBe(true);
  });
});
