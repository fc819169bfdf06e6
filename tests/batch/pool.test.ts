/**
 * The pool returns each result as soon as the worker's last signal is in: a task
 * that waited out the drain bound instead (DRAIN_MS, once per document) made a
 * 40-document batch take 23 s instead of 5.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PipelinePool } from '../../pipeline/pool/index.js';
import { CORPUS, SEEDS } from '../pipeline/helpers.js';

describe('PipelinePool', () => {
  it('hands back every result without waiting out the drain bound', async () => {
    const out = mkdtempSync(join(tmpdir(), 'chitieu-pool-'));
    const pool = new PipelinePool(2);
    try {
      const replies = await Promise.all(
        SEEDS.map((seed, i) => pool.run({ file: join(CORPUS, seed), output: join(out, `${i}.json`), ocr: false }, { timeoutMs: 120_000, ocrPageTimeoutMs: 120_000 })),
      );
      expect(replies.map((r) => r.ok)).toEqual(SEEDS.map(() => true));
      expect(pool.drainsCut).toBe(0);
    } finally {
      await pool.close();
    }
  });
});
