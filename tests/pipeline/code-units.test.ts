import { describe, expect, it } from 'vitest';
import { codeUnitTable, compareCodeUnits, isWhiteSpaceUnit } from '../../pipeline/text/code-units.js';

describe('codeUnitTable', () => {
  it('answers what the classifier answers for every UTF-16 code unit, asking it once per unit', () => {
    const kind = (unit: string) => (/\p{Lu}/u.test(unit) ? 2 : /\p{L}/u.test(unit) ? 1 : 0);
    let calls = 0;
    const table = codeUnitTable((unit) => {
      calls++;
      return kind(unit);
    });
    for (let round = 0; round < 2; round++) {
      for (let c = 0; c < 0x10000; c++) expect(table(c)).toBe(kind(String.fromCharCode(c)));
    }
    expect(calls).toBe(0x10000);
  });

  it('refuses a class it cannot store', () => {
    expect(() => codeUnitTable(() => 255)(65)).toThrow(RangeError);
  });

  it('reads white space as \\s and trim() do', () => {
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      expect(isWhiteSpaceUnit(c), c.toString(16)).toBe(/\s/u.test(unit));
      expect(isWhiteSpaceUnit(c), c.toString(16)).toBe(unit.trim() === '');
    }
  });
});

describe('compareCodeUnits', () => {
  it.each([
    ['Xã', 'xã', -1], // capitals first, as UTF-16 orders them
    ['xa', 'xã', -1],
    ['xã', 'xa', 1],
    ['Đ', 'E', 1], // U+0110 after ASCII, where a Vietnamese collation puts Đ before E
    ['ke-hoach-2.txt', 'ke-hoach-10.txt', 1],
    ['bao cao', 'bao cao', 0],
  ])('%j against %j: %i', (a, b, sign) => {
    expect(Math.sign(compareCodeUnits(a, b))).toBe(sign);
  });

  it('sorts as sort() without a comparator does', () => {
    const names = ['ủy ban', 'Uỷ ban', 'UBND', 'ubnd', 'Đề án', 'đề án', 'Z', 'a', '10', '9'];
    expect([...names].sort(compareCodeUnits)).toEqual([...names].sort());
  });
});
