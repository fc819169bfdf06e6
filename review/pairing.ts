/** Greedy best-first one-to-one pairing, shared by evaluate and diff. */

/** A scored candidate pair of (left index, right index). */
export interface Candidate {
  a: number;
  b: number;
  score: number;
}

/** Pairs left and right items one to one, taking the best-scoring candidates first. */
export function pairGreedy(candidates: Candidate[]): Map<number, number> {
  const sorted = [...candidates].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs = new Map<number, number>();
  for (const c of sorted) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    pairs.set(c.a, c.b);
  }
  return pairs;
}
