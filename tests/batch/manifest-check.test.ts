/**
 * The manifest check ingest runs before it writes a run's manifest: the function
 * compiled from the manifest's schema must answer as zod's `RunManifest.parse` does,
 * on a real run's manifest (every status a run gives) and on damaged copies of it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validRunManifest } from '../../pipeline/ingest/manifest.js';
import isRunManifest from '../../pipeline/ingest/run-manifest-validator.js';
import { ingest } from '../../pipeline/ingest.js';
import { RunManifest } from '../../output/schema.js';
import { stableJson } from '../../output/write.js';
import { CORPUS } from '../pipeline/helpers.js';

const fast = isRunManifest as (value: unknown) => boolean;

// A run with each outcome: results, a scanned PDF left for OCR, a broken DOCX, an empty file and a file that is no plan.
const work = await mkdtemp(join(tmpdir(), 'chitieu-manifest-'));
const inputs = join(work, 'in');
await mkdir(inputs);
for (const f of ['001_61b19ee575358a63.txt', 'formats/002_6f4458b79196ed4f.docx', 'formats/004_db43e2131bbb219b.scanned.pdf']) {
  await copyFile(join(CORPUS, f), join(inputs, f.split('/').pop()!));
}
await writeFile(join(inputs, 'hong.docx'), 'PK\u0003\u0004 this is not a zip archive');
await writeFile(join(inputs, 'trong.txt'), '');
await writeFile(join(inputs, 'anh.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
const { manifest, manifestPath } = await ingest([inputs], { out: join(work, 'out'), ocr: false, concurrency: 2 });

/** Every place in `value` (object member or array element) with its holder and key. */
function places(value: unknown, out: Array<{ holder: Record<string | number, unknown>; key: string | number }> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push({ holder: value as unknown as Record<number, unknown>, key: i }), places(v, out)));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) (out.push({ holder: value as Record<string, unknown>, key: k }), places(v, out));
  return out;
}

/** What `validRunManifest` gave against zod's verdict: both accept with the same bytes, or both refuse. */
async function agree(value: unknown): Promise<'fast' | 'zod' | 'rejected'> {
  const zod = RunManifest.safeParse(value);
  if (fast(value)) expect(zod.success).toBe(true);
  if (zod.success) {
    expect(stableJson(await validRunManifest(value))).toBe(stableJson(zod.data));
    return fast(value) ? 'fast' : 'zod';
  }
  const thrown = await validRunManifest(value).then(() => null, (error: unknown) => error as { issues?: Array<{ message: string }> });
  expect(thrown?.issues?.[0]?.message).toBe(zod.error.issues[0]!.message);
  return 'rejected';
}

const ODD: readonly unknown[] = [null, undefined, NaN, Infinity, -1, 0.5, 2, '', 'ok', 'done', [], {}, true, { code: 'x' }];

describe('the manifest check', () => {
  it('accepts the manifest of a run with every outcome as it is, which zod writes the same', async () => {
    const statuses = new Set(manifest.entries.map((e) => e.status));
    for (const s of ['ok', 'needs-ocr', 'failed', 'skipped'] as const) expect(statuses).toContain(s);
    expect(fast(manifest)).toBe(true);
    expect(await validRunManifest(manifest)).toBe(manifest);
    // The manifest ingest wrote is that one.
    expect(await readFile(manifestPath, 'utf8')).toBe(stableJson(RunManifest.parse(manifest)));
  });

  it('answers as zod does when any field is set to an odd value, removed, or joined by an unknown key', async () => {
    const seen = { fast: 0, zod: 0, rejected: 0 };
    const all = places(structuredClone(manifest)).length;
    for (let at = 0; at < all; at++) {
      for (const odd of [...ODD, 'delete', 'extra']) {
        const copy = structuredClone(manifest) as unknown;
        const { holder, key } = places(copy)[at]!;
        if (odd === 'delete') Array.isArray(holder) ? (holder as unknown as unknown[]).splice(key as number, 1) : delete holder[key];
        else if (odd === 'extra') (Array.isArray(holder) ? ((holder as unknown as unknown[])[0] as Record<string, unknown> | undefined) ?? {} : holder).unexpected = 1;
        else holder[key] = odd;
        seen[await agree(copy)]++;
      }
    }
    // Each way through the check was taken: accepted as it is, copied by zod (an unknown key stripped), refused.
    expect(seen.fast).toBeGreaterThan(0);
    expect(seen.zod).toBeGreaterThan(0);
    expect(seen.rejected).toBeGreaterThan(0);
  });

  it('never accepts what zod refuses, on random damage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...ODD), fc.jsonValue({ maxDepth: 2 }))), { minLength: 1, maxLength: 3 }), async (edits) => {
        const copy = structuredClone(manifest) as unknown;
        for (const [at, value] of edits) {
          const all = places(copy);
          const { holder, key } = all[at % all.length]!;
          holder[key] = value;
        }
        await agree(copy);
      }),
      { numRuns: 300 },
    );
  });
});
