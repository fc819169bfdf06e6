/**
 * `xs.map(f)` into an array pushed from a literal.
 *
 * Arrays that flow from stage to stage (heading paths, table cells and column
 * roles, resolved units) are read by code V8 optimises for the array shapes it
 * has seen. `Array.prototype.map` gives an empty array of another shape than a
 * filled one, so a reader optimised on one bailed out when the other came and
 * was compiled again. Over the first 500 documents of a pipeline thread that was
 * ~40 recompilations, late ones among them (the table and task rules), for about
 * a third of the thread's compile time. V8 remembers a literal's shape at its
 * allocation site once this function has run a few times, so from then on every
 * array made here has one shape, empty or not (tests/pipeline/packed.test.ts
 * asks V8).
 */
export function packedMap<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
