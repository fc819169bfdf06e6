/**
 * Linear work, measured without a clock. Every regex operation (exec, test,
 * search, replace, matchAll, split) goes through RegExp.prototype.exec once it
 * is replaced, so counting there sees all of them. The work of a call is the
 * stretch the engine must pass over: from where the search starts to the end of
 * the match, or to the end of the string when there is none. A rule that
 * rescans the text once per match scores quadratically on this measure.
 */
export function regexWork(fn: () => void): number {
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = RegExp.prototype.exec;
  let work = 0;
  RegExp.prototype.exec = function counted(this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = original.call(this, s);
    // A sticky search only looks at its own position (split makes one per character).
    if (this.sticky) {
      work += (m ? m[0].length : 0) + 1;
      return m;
    }
    work += (m ? m.index + m[0].length : String(s).length) - from + 1;
    return m;
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = original;
  }
  return work;
}

/** Work on twice the input over work on the input: about 2 for a linear rule, 4 for a quadratic one. */
export function doublingRatio<T>(make: (n: number) => T, run: (input: T) => void, n = 4): number {
  const small = make(n);
  const large = make(2 * n);
  const w1 = regexWork(() => run(small));
  const w2 = regexWork(() => run(large));
  if (w1 === 0) throw new Error('the rule did no regex work on the input: the measure says nothing');
  return w2 / w1;
}
