/**
 * When ingest starts pipeline threads: at once on a first run or a forced one (every input
 * that passes its probe needs them, and they load while the inputs are walked), never on a
 * re-run that reuses every result.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../pipeline/ingest.js';
import { InputNotFoundError } from '../../pipeline/discover.js';
import { ROOT, tmp } from './helpers.js';

describe('ingest threads', { timeout: 120_000 }, () => {
  it('a first run starts them, a re-run with nothing to redo starts none, --force starts them again', async () => {
    const input = tmp('threads-in');
    for (const f of ['000_d7d9651ddd969956.txt', '004_db43e2131bbb219b.txt']) copyFileSync(join(ROOT, 'corpus', f), join(input, f));
    const out = tmp('threads-out');
    const first = await ingest([input], { out, concurrency: 2, ocr: false });
    expect(first.stats).toMatchObject({ processed: 2, reused: 0, threads: 2 });
    const again = await ingest([input], { out, concurrency: 2, ocr: false });
    expect(again.stats).toMatchObject({ processed: 0, reused: 2, threads: 0 });
    const forced = await ingest([input], { out, concurrency: 1, ocr: false, force: true });
    expect(forced.stats).toMatchObject({ processed: 2, reused: 0, threads: 1 });
  });

  it('threads started before the inputs were walked are stopped when an input does not exist, and the folder stays usable', async () => {
    const out = tmp('threads-missing');
    await expect(ingest([join(ROOT, 'corpus', 'no-such-file.txt')], { out, concurrency: 2, ocr: false })).rejects.toBeInstanceOf(InputNotFoundError);
    const input = tmp('threads-in2');
    copyFileSync(join(ROOT, 'corpus', '000_d7d9651ddd969956.txt'), join(input, 'a.txt'));
    const run = await ingest([input], { out, concurrency: 1, ocr: false });
    expect(run.stats).toMatchObject({ processed: 1, threads: 1 });
  });
});
