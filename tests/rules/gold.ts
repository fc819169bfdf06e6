/** Test helper: the seed documents with their gold answer keys. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../corpus/', import.meta.url));

export interface GoldDoc {
  path: string;
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gold: any;
}

/** Every gold file of corpus/gold with the path of its document. */
export function goldDocs(): GoldDoc[] {
  return readdirSync(root + 'gold')
    .filter((f) => /^\d.*\.json$/u.test(f))
    .map((f) => {
      const gold = JSON.parse(readFileSync(root + 'gold/' + f, 'utf8'));
      return { path: root + gold.document, name: gold.document as string, gold };
    });
}
