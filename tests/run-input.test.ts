/** Run and answer-key folders that cannot be read: a typed error naming the file and the reason, a one-line CLI message, exit 2. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../cli/run.js';
import { loadGold, loadRun, RunInputError } from '../review/load.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'chitieu-input-'));

async function failure(p: Promise<unknown>): Promise<RunInputError> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(RunInputError);
  return error as RunInputError;
}

describe('reading run folders', () => {
  it('names a result file that is not JSON', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'xa-tan-phu.pdf.json'), '{"schemaVersion": 1, "document": "xa-tan');
    const e = await failure(loadRun(dir));
    expect(e.code).toBe('invalid-result');
    expect(e.file).toBe(join(dir, 'xa-tan-phu.pdf.json'));
    expect(e.message).toMatch(/not JSON/);
  });

  it('names a result file that breaks the schema, and the field', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'xa-an-binh.docx.json'), JSON.stringify({ schemaVersion: 1, document: 'xa-an-binh.docx' }));
    const e = await failure(loadRun(dir));
    expect(e.file).toBe(join(dir, 'xa-an-binh.docx.json'));
    expect(e.message).toMatch(/not a document result: \S+/);
  });

  it('reports a missing folder and a folder without answer keys', async () => {
    expect((await failure(loadRun(join(tmp(), 'nope')))).code).toBe('missing-folder');
    const dir = tmp();
    writeFileSync(join(dir, 'taxonomy.json'), '{"measures": []}');
    expect((await failure(loadGold(dir))).code).toBe('no-answer-keys');
  });

  it('makes the CLI print one line with the code and the file, no stack, exit 2', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'xa-tan-phu.pdf.json'), 'not json');
    const err: string[] = [];
    const code = await run(['evaluate', dir, '--gold', 'corpus/gold'], { out: () => {}, err: (s) => err.push(s) });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/^chitieu: invalid-result: .*xa-tan-phu\.pdf\.json: not JSON/);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });
});
