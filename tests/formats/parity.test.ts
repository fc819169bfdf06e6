/**
 * The same plan as text, HTML and Word gives the same records: the header and
 * signature layout tables of the office formats read as the lines a page shows.
 */
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../pipeline/index.js';
import type { DocumentResult } from '../../output/schema.js';
import { asDocx, asHtml, asText, SIGNATURE } from './plan-fixture.js';

const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();
const records = (r: DocumentResult) => ({
  metadata: r.metadata,
  indicators: r.indicators.map((i) => `${i.kind} ${i.value}${i.unit} ${fold(i.subject)}`).sort(),
  tasks: r.tasks.map((t) => `${fold(t.quote)} | ${t.leadCanonical.join('+')} | ${t.deadline?.kind ?? '-'}`).sort(),
  references: r.references.map((x) => `${x.type} ${x.number}`).sort(),
});

describe('one plan, three formats', async () => {
  const text = await processBytes(new TextEncoder().encode(asText()), 'dong-tam.txt', { ocr: false });

  it('the text version reads (the baseline the others are held to)', () => {
    expect(text.status).toBe('ok');
    expect(text.metadata.commune).toBe('Đồng Tâm');
    expect(text.metadata.year).toBe(2024);
    expect(text.metadata.signer).toEqual({ name: SIGNATURE[2], title: 'Chủ tịch' });
    expect(text.indicators.map((i) => i.value).sort()).toEqual([100, 80, 85, 90]);
  });

  it.each<[string, () => Promise<Uint8Array>]>([
    ['dong-tam.html', async () => new TextEncoder().encode(asHtml())],
    ['dong-tam.docx', asDocx],
  ])('%s gives the records of the text version', async (file, make) => {
    const r = await processBytes(await make(), file, { ocr: false });
    expect(r.status).toBe('ok');
    expect(records(r)).toEqual(records(text));
  });
});
