/**
 * The batch generator's `only` option, which the benchmark's DOCX batch uses:
 * documents of the asked kinds only, each rewritten for another commune rather
 * than copied.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { batch } from './helpers.js';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('generate-batch only', () => {
  it('writes DOCX variants only, rewritten for other communes', async () => {
    const { plan } = await batch({ count: 24, only: ['docx'] });
    expect(plan.good).toHaveLength(24);
    expect(plan.good.every((p) => p.endsWith('.docx'))).toBe(true);
    // Unicode DOCX variants name another commune, so they differ from every corpus file and from each other
    // (the TCVN3 one gets numeric changes only, and may come out unchanged).
    const unicode = plan.good.filter((p) => !p.endsWith('.tcvn3.docx'));
    expect(new Set(unicode.map(sha)).size).toBe(unicode.length);
    const first = unicode[0]!;
    const xml = await (await JSZip.loadAsync(readFileSync(first))).file('word/document.xml')!.async('string');
    const commune = /ke-hoach-cds-xa-([a-z-]+?)(?:-\d+)?\.docx$/u.exec(first)![1]!;
    // The file is named for the commune its text now names (slugged: "yen-lac" for "Yên Lạc").
    const slug = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase().replace(/\s+/gu, '-');
    const named = [...xml.matchAll(/xã\s+(\p{Lu}\p{Ll}*\s\p{Lu}\p{Ll}*)/gu)].map((m) => slug(m[1]!));
    expect(named).toContain(commune);
  });

  it('refuses kinds with no corpus document', async () => {
    await expect(batch({ count: 1, only: [] })).rejects.toThrow(/no corpus document/u);
  });
});
