/** The per-format scorer itself: variant kinds, seed-line alignment, bars. */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/index.js';
import { prf, type DocumentScore } from '../../review/evaluate.js';
import { loadGold } from '../../review/load.js';
import { toGold } from '../../review/export-gold.js';
import { alignedGold, foldSeed, goldFor, judge, listVariants, MAX_DROP, seedLineOf, variantKind } from '../../scripts/format-score.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));

describe('variants', () => {
  it.each([
    ['txt', 'seed'], ['tcvn3.txt', 'encoding'], ['nfd.txt', 'encoding'], ['docx', 'docx'], ['tcvn3.docx', 'docx'],
    ['doc', 'doc'], ['html', 'html'], ['pdf', 'pdf'], ['scanned.pdf', 'scanned'],
  ])('%s is a %s copy', (variant, kind) => expect(variantKind(variant)).toBe(kind));

  it('lists every corpus/formats file once, under its seed, seeds first', () => {
    const v = listVariants(corpus);
    expect(v.filter((x) => x.kind === 'seed').map((x) => x.seed)).toEqual(['000', '001', '002', '003', '004']);
    expect(v.filter((x) => x.kind !== 'seed')).toHaveLength(22);
    for (const seed of ['000', '001', '002', '003', '004']) expect(v.find((x) => x.seed === seed)!.kind).toBe('seed');
  });
});

describe('seed lines', () => {
  const seed = foldSeed('KẾ HOẠCH\n**Căn cứ** Kế hoạch số 77/KH-BCĐCĐS\nngày 12/03/2024 của Ban Chỉ đạo\n\n- Tỷ lệ hồ sơ đạt 90%.\n- Tỷ lệ hồ sơ đạt 90%.\n');

  it('finds a quote wrapped over seed lines and through Markdown marks', () => {
    expect(seedLineOf(seed, 'Căn cứ Kế hoạch số 77/KH-BCĐCĐS ngày 12/03/2024', 0)).toBe(2);
    expect(seedLineOf(seed, 'ngày 12/03/2024 của Ban', 0)).toBe(3);
  });

  it('takes the occurrence nearest the record\'s place in its own document', () => {
    expect(seedLineOf(seed, 'Tỷ lệ hồ sơ đạt 90%', 0.1)).toBe(5);
    expect(seedLineOf(seed, 'Tỷ lệ hồ sơ đạt 90%', 0.99)).toBe(6);
  });

  it('is null for a quote the seed does not have', () => expect(seedLineOf(seed, 'Quyết định 1829', 0.5)).toBeNull());

  it('a .docx\'s references land on the answer key\'s lines; a .txt seed keeps its own', async () => {
    const golds = await loadGold(`${corpus}/gold`);
    const gold = goldFor(golds, '001')!;
    const seedText = readFileSync(`${corpus}/${gold.document}`, 'utf8');
    const docx = await extractFile(`${corpus}/formats/001_61b19ee575358a63.docx`, { ocr: false });
    const aligned = alignedGold(docx, seedText);
    const near = (line: number, number: string | null) => gold.references.some((g) => g.number === number && Math.abs(g.line - line) <= 2);
    const found = aligned.references.filter((r) => near(r.line, r.number)).length;
    expect(found / aligned.references.length).toBeGreaterThan(0.8);
    expect(docx.references.filter((r) => near(r.line, r.number)).length).toBeLessThan(found);
    const txt = await extractFile(`${corpus}/${gold.document}`, { ocr: false });
    expect(alignedGold(txt, seedText)).toEqual(toGold(txt));
  });
});

describe('bars', () => {
  const score = (ind: number, task: number): DocumentScore => {
    const p = (f1: number) => prf(Math.round(f1 * 1000), 1000, 1000);
    const a = { agree: 1, of: 1, rate: 1 };
    return { document: 'x', indicators: { ...p(ind), comparator: a, year: a, domain: a, canonical: a }, tasks: { ...p(task), lead: a, deadline: a }, references: p(1), metadata: { fields: {}, rate: 1 }, conflicts: p(1) };
  };
  const seed = score(0.95, 0.9);

  it.each([
    ['docx', 0.93, 0.9, true], ['docx', 0.9, 0.9, false], ['docx', 0.95, 0.86, false],
    ['doc', 0.91, 0.9, true], ['doc', 0.89, 0.9, false],
    ['encoding', 0.95, 0.9, true], ['encoding', 0.949, 0.9, false],
    ['scanned', 0.86, 0.1, true], ['scanned', 0.84, 0.9, false],
  ] as const)('%s at indicators %d, tasks %d passes: %s', (kind, ind, task, pass) => {
    expect(judge(kind, score(ind, task), seed).pass).toBe(pass);
  });

  it('a copy that scores better than its seed passes', () => expect(judge('pdf', score(1, 1), seed).pass).toBe(true));
  it('a copy whose text is unreadable fails whatever it scores', () => expect(judge('docx', score(1, 1), seed, 'unreadable-text').pass).toBe(false));
  it('the .doc bar is looser than the docx bar', () => expect(MAX_DROP.doc).toBeGreaterThan(MAX_DROP.docx));
});
