import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStaleTemps, TEMP_FILE, writeFileAtomic, writeFileAtomicSync } from '../../output/write.js';

const dir = () => mkdtempSync(join(tmpdir(), 'chitieu-write-'));

// The worker threads write results with the synchronous variant; both must keep the same promises.
const writers: ReadonlyArray<readonly [string, (path: string, data: string) => Promise<void>]> = [
  ['writeFileAtomic', writeFileAtomic],
  ['writeFileAtomicSync', async (path, data) => writeFileAtomicSync(path, data)],
];

describe.each(writers)('%s', (_name, writeAtomic) => {
  it('makes the missing folders of a result path, and leaves no temp file behind', async () => {
    const root = dir();
    const path = join(root, 'run', 'nested', '000.txt.json');
    await writeAtomic(path, '{"a":1}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(join(root, 'run', 'nested'))).toEqual(['000.txt.json']);
  });

  it('replaces an existing file whole', async () => {
    const root = dir();
    const path = join(root, 'r.json');
    writeFileSync(path, 'old content that is longer than the new one');
    await writeAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['r.json']);
  });

  it('fails with the file system error, removing its temp file, when the target cannot be replaced', async () => {
    const root = dir();
    const path = join(root, 'taken');
    mkdirSync(join(path, 'inside'), { recursive: true }); // a non-empty folder: rename onto it fails
    await expect(writeAtomic(path, 'x')).rejects.toMatchObject({ code: expect.stringMatching(/^E/) });
    expect(readdirSync(root).filter((n) => TEMP_FILE.test(n))).toEqual([]);
  });

  it('writes text as UTF-8, the same bytes as Buffer.from, whatever the writes before it left in a reused buffer', async () => {
    const root = dir();
    const line = 'Tỷ lệ hồ sơ giải quyết trực tuyến đạt trên 90% — 𝐕 “Quý I” ';
    const texts = [
      line.repeat(40_000), // 2.4 M units: more than the first reused buffer holds, so it grows
      line.repeat(100_000), // 6 M units: too large to keep, written from a buffer of its own
      'Đạt',
      '{"a":1}\n',
      line.repeat(3),
      'lone \ud800 surrogate, and a pair \ud83d\ude00',
      '',
    ];
    for (const [i, text] of texts.entries()) {
      const path = join(root, `${i}.json`);
      await writeAtomic(path, text);
      expect(readFileSync(path).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  it('fails when a parent of the path is a file, not a folder', async () => {
    const root = dir();
    writeFileSync(join(root, 'file'), 'x');
    await expect(writeAtomic(join(root, 'file', 'r.json'), 'x')).rejects.toMatchObject({ code: expect.stringMatching(/^E/) });
  });
});

describe('removeStaleTemps', () => {
  it('cleans temp files a killed writer left, and nothing else', async () => {
    const root = dir();
    writeFileSync(join(root, '.000.txt.json.123.0a1b2c3d.tmp'), 'partial');
    writeFileSync(join(root, '000.txt.json'), '{}');
    expect(await removeStaleTemps(root)).toEqual(['.000.txt.json.123.0a1b2c3d.tmp']);
    expect(readdirSync(root)).toEqual(['000.txt.json']);
  });
});
