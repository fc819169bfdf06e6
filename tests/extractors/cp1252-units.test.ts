import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CP1252_C1, CP1252_SPECIAL_TO_BYTE, cp1252Units } from '../../extractors/encoding/cp1252-table.js';

describe('cp1252Units', () => {
  // The per-character Map lookup it replaced, as the reference.
  const reference = (text: string): number[] => [...text].map((ch) => CP1252_SPECIAL_TO_BYTE.get(ch) ?? ch.codePointAt(0)!);
  const specials = CP1252_C1.filter((c): c is string => c !== null);
  const unit = fc.oneof(
    fc.constantFrom(...specials, 'Õ', '¹', '\u00ad', 'a', '\u0000', '\ud83d\ude00', '\ud800', '\udc00', '\u2122', '\u2123', '\uffff'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  );
  it('gives what the per-character lookup gave, surrogates and specials included', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(cp1252Units(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
