/**
 * The indicator rules' shortcuts against the plain way: literal checks before
 * the value patterns, the word check before the trailing-filler patterns, and
 * the scan that returns an already clean subject as it is. Inputs are every
 * clause and subject-sized slice of the corpus files and generated plan text.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../pipeline/text/match-key.js';
import { clauses } from '../../rules/vi/indicator/clauses.js';
import { cleanSubject, cleanSubjectByRegex, trailingFiller, trailingFillerByRegex } from '../../rules/vi/indicator/subject.js';
import { foldSpaces, foldSpacesByRegex } from '../../pipeline/text/spaces.js';
import { countMatches, countMatchesByRegex, findValues, findValuesUnfiltered, holdsMoneyUnit, holdsMoneyUnitByIncludes } from '../../rules/vi/indicator/values.js';
import { clauseWords, clauseWordsUnfiltered } from '../../rules/vi/indicator/wording.js';
import { hasDigit, hasDigitByLoop } from '../../rules/vi/indicator/body.js';
import { ctxOf } from './context.js';

const CORPUS = new URL('../../corpus/', import.meta.url);
const DOCS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => ctxOf(new URL(f, CORPUS).pathname, 2024));
const CLAUSES = DOCS.flatMap((ctx) => ctx.normalised.blocks.flatMap((b) => clauses(ctx.text, b.contentStart, b.end).map((c) => ({ key: ctx.key, ...c }))));

/** Pieces of plan wording, values, fillers and punctuation, joined at random. */
const PIECES = [
  '100%', '92,1%', '80 %', '60% đến 80%', '60-80%', '05 tin bài', '32 mắt camera', '1.250 hộ', '13/17 chỉ tiêu', 'nâng hạng (1/25)', 'xếp thứ 3/25',
  '500 triệu đồng', '2,5 tỷ đồng', '15.000.000 đồng', '120 trđ', 'kinh phí', 'dân số 12.450 người', 'năm 2025', 'tỷ lệ hồ sơ trực tuyến', 'người dân', 'đạt',
  'đạt tỷ lệ', 'đã có', 'được', 'lên', 'từ', 'khoảng', 'xấp xỉ', 'ở mức', 'cho', 'của', ' ', '  ', ', ', ': ', '; ', ' - ', '–', '(', ')', '.', '\t', '\u00a0', '\n',
];
const planKey = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((a) => matchKey(a.join('')));
/** Filler words next to astral letters, lone surrogates, marks and digits, for the word-boundary checks. */
const oddKey = fc.array(fc.constantFrom('đạt', 'được', 'có', 'là', 'cho', 'đã có', 'đạt tỷ lệ', '𝐀', '\ud835', '\udc00', '\u0301', '1', 'x', ' ', ',', '-', ':'), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));

describe('findValues', () => {
  it('finds in every corpus clause what running every pattern finds', () => {
    expect(CLAUSES.length).toBeGreaterThan(1000);
    for (const c of CLAUSES) expect(findValues(c.key, c.start, c.end)).toEqual(findValuesUnfiltered(c.key, c.start, c.end));
  });

  it('finds in generated text what running every pattern finds', () => {
    fc.assert(
      fc.property(planKey, (key) => {
        expect(findValues(key, 0, key.length)).toEqual(findValuesUnfiltered(key, 0, key.length));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('clauseWords', () => {
  it('reads corpus clauses and generated text as running every pattern does', () => {
    for (const c of CLAUSES) expect(clauseWords(c.key.slice(c.start, c.end))).toEqual(clauseWordsUnfiltered(c.key.slice(c.start, c.end)));
    fc.assert(
      fc.property(fc.oneof(planKey, fc.array(fc.constantFrom('phấn đấu', 'chỉ tiêu', 'đến năm', 'đến cuối năm 2025', 'năm 2024', '/2023', 'đã đạt', 'hướng tới', 'x', ' ', ', ', '20', '2019'), { maxLength: 10 }).map((a) => a.join(''))), (key) => {
        expect(clauseWords(key)).toEqual(clauseWordsUnfiltered(key));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('trailing fillers', () => {
  it('are found in corpus spans as the patterns alone find them', () => {
    for (const c of CLAUSES) {
      // every stretch of the clause from its start, and from after its first space
      for (const start of [c.start, c.key.indexOf(' ', c.start) + 1].filter((x) => x > 0 && x < c.end)) {
        // ends after each word and its separators, where subject spans end
        for (let e = start + 1; e <= c.end; e++) {
          if (e < c.end && !/[\s,:;-]/u.test(c.key[e]!)) continue;
          for (const counted of [false, true]) {
            expect(trailingFiller(c.key, start, e, counted)).toBe(trailingFillerByRegex(c.key, start, e, counted));
          }
        }
      }
    }
  });

  it('are found in generated text as the patterns alone find them', () => {
    fc.assert(
      fc.property(fc.oneof(planKey, oddKey), fc.boolean(), (key, counted) => {
        expect(trailingFiller(key, 0, key.length, counted)).toBe(trailingFillerByRegex(key, 0, key.length, counted));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('cleanSubject and foldSpaces', () => {
  it('cleans as folding whitespace and trimming punctuation does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), planKey, fc.array(fc.constantFrom(...PIECES)).map((a) => a.join(''))), (text) => {
        expect(cleanSubject(text)).toBe(cleanSubjectByRegex(text));
        expect(foldSpaces(text)).toBe(foldSpacesByRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('cleans the corpus clauses as the patterns do', () => {
    for (const ctx of DOCS) {
      for (const c of CLAUSES.filter((x) => x.key === ctx.key)) {
        const text = ctx.text.slice(c.start, c.end);
        expect(cleanSubject(text)).toBe(cleanSubjectByRegex(text));
        expect(foldSpaces(text)).toBe(foldSpacesByRegex(text));
      }
      for (const t of ctx.structure.tables) for (const r of t.rows) for (const c of r.cells) if (c.start >= 0) expect(foldSpaces(ctx.text.slice(c.start, c.end))).toBe(foldSpacesByRegex(ctx.text.slice(c.start, c.end)));
    }
  });
});

describe('hasDigit', () => {
  it('answers as the loop over the code units, for any span of any text', () => {
    fc.assert(
      fc.property(fc.oneof(planKey, oddKey, fc.string({ unit: 'binary', maxLength: 40 })), fc.nat(), fc.nat(), (key, a, b) => {
        const from = a % (key.length + 2);
        const to = b % (key.length + 2);
        expect(hasDigit(key, from, to)).toBe(hasDigitByLoop(key, from, to));
      }),
      { numRuns: 3000 },
    );
    for (const ctx of DOCS) for (const b of ctx.normalised.blocks) expect(hasDigit(ctx.key, b.contentStart, b.end)).toBe(hasDigitByLoop(ctx.key, b.contentStart, b.end));
  });
});

describe('holdsMoneyUnit', () => {
  it('answers as a search per unit key, on clauses and generated text', () => {
    for (const c of CLAUSES) {
      const text = c.key.slice(c.start, c.end);
      expect(holdsMoneyUnit(text)).toBe(holdsMoneyUnitByIncludes(text));
    }
    fc.assert(fc.property(fc.oneof(planKey, oddKey, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
      expect(holdsMoneyUnit(text)).toBe(holdsMoneyUnitByIncludes(text));
    }), { numRuns: 3000 });
  });
});

describe('countMatches', () => {
  const shape = (ms: readonly RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m.groups!['a'], m.groups!['of'], m.groups!['noun']]);
  const countText = fc.array(fc.constantFrom(...PIECES, '1.250', '-5 hộ', '/3 hộ', ',7 người', '.9 thôn', 'a12 tin', 'é4 bài', '𝐀3 lớp', '\ud8355 lần', '\u03016 cuộc', '12 ', 'hộ', ' người'), { minLength: 1, maxLength: 25 }).map((a) => matchKey(a.join('')));

  it('finds the matches the pattern as written finds, on clauses and generated text', () => {
    for (const c of CLAUSES) {
      const text = c.key.slice(c.start, c.end);
      expect(shape(countMatches(text))).toEqual(shape(countMatchesByRegex(text)));
    }
    fc.assert(fc.property(fc.oneof(countText, planKey, oddKey, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
      expect(shape(countMatches(text))).toEqual(shape(countMatchesByRegex(text)));
    }), { numRuns: 3000 });
  });

  it('runs without the lookbehind (the pattern opens with the one it checks)', () => {
    // A digit after a letter is no count: the checked scan must reject it where the lookbehind did.
    expect(countMatches('x12 hộ')).toEqual([]);
    expect(shape(countMatches('có 12 hộ'))).toEqual([[3, '12 hộ', '12', undefined, 'hộ']]);
  });
});
