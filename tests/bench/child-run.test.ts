import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChildFailed, runChild } from '../../bench/child-run.js';

// Real child processes: each script appends a line to `attempts` when it starts, then does
// what a measuring child can end up doing.
let dir: string;
const attempts = () => readFileSync(join(dir, 'attempts'), 'utf8').split('\n').filter(Boolean).length;

function script(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `import { appendFileSync, existsSync, writeFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(join(dir, 'attempts'))}, 'x\\n');\n${body}\n`);
  return file;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-child-run-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('runChild', () => {
  it('returns what a child that exits 0 printed, with no deaths', () => {
    const r = runChild(dir, [], script('fine.mjs', `process.stdout.write('{"files":5}\\n');`), []);
    expect(r).toEqual({ stdout: '{"files":5}\n', deaths: [] });
    expect(attempts()).toBe(1);
  });

  it('runs a child a signal killed once more, and keeps how it died', () => {
    const marker = JSON.stringify(join(dir, 'seen'));
    const file = script('dies-once.mjs', `if (!existsSync(${marker})) { writeFileSync(${marker}, ''); process.stderr.write('half a line'); process.kill(process.pid, 'SIGKILL'); }\nprocess.stdout.write('measured ' + process.argv[2] + '\\n');`);
    const r = runChild(dir, [], file, ['txt']);
    expect(r.stdout).toBe('measured txt\n');
    expect(r.deaths).toHaveLength(1);
    expect(r.deaths[0]).toMatch(/^killed by SIGKILL; stderr: half a line$/u);
    expect(attempts()).toBe(2);
  });

  it('gives up after the retries, naming every death', () => {
    const file = script('always-killed.mjs', `process.kill(process.pid, 'SIGTERM');`);
    let error: unknown;
    try {
      runChild(dir, [], file, []);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChildFailed);
    expect((error as ChildFailed).script).toBe(file);
    expect((error as ChildFailed).message).toMatch(/killed by SIGTERM.*\(after: killed by SIGTERM/u);
    expect(attempts()).toBe(2);
  });

  it('does not run again a child that failed by itself', () => {
    const file = script('fails.mjs', `process.stderr.write('no such group'); process.exit(3);`);
    expect(() => runChild(dir, [], file, [], 5)).toThrow(/exited 3: no such group$/u);
    expect(attempts()).toBe(1);
  });

  it('says when the child could not be started at all', () => {
    expect(() => runChild(join(dir, 'no-such-folder'), [], script('fine2.mjs', ''), [])).toThrow(/could not run: spawnSync .* ENOENT/u);
  });
});
