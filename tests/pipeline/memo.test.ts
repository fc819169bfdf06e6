import { describe, expect, it } from 'vitest';
import { memoByString } from '../../pipeline/text/memo.js';
import { resolveUnit } from '../../rules/vi/units/index.js';

describe('memoByString', () => {
  it('answers a repeated question from its table, and starts afresh when full', () => {
    let calls = 0;
    const length = memoByString((s) => (calls++, s.length), 2);
    expect([length('xã'), length('xã'), length('thôn')]).toEqual([2, 2, 4]);
    expect(calls).toBe(2);
    length('huyện'); // the table was full: it starts again with this one
    length('xã');
    expect(calls).toBe(4);
  });

  it('remembers undefined and null answers too', () => {
    let calls = 0;
    const none = memoByString(() => (calls++, undefined));
    none('a');
    none('a');
    expect(calls).toBe(1);
  });
});

describe('memoised unit resolution', () => {
  it('hands each caller its own copy', () => {
    const a = resolveUnit('Công chức Văn hóa - Xã hội');
    a.canonical = null;
    expect(resolveUnit('Công chức Văn hóa - Xã hội').canonical).not.toBeNull();
  });
});
