/** Output file names: one per input, unique within the batch, the same for the same inputs. */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

/**
 * The result file name of each input: its base name + `.json`, plus a short hash
 * of its path when two inputs in different folders share a base name (or differ
 * only by case, which collides on case-insensitive file systems).
 */
export function outputNames(files: string[]): Map<string, string> {
  const counts = new Map<string, number>();
  const fold = (f: string) => basename(f).toLowerCase();
  for (const f of files) counts.set(fold(f), (counts.get(fold(f)) ?? 0) + 1);
  return new Map(
    files.map((f) => {
      const b = basename(f);
      const unique = counts.get(fold(f)) === 1 ? b : `${b}.${createHash('sha256').update(f).digest('hex').slice(0, 8)}`;
      return [f, `${unique}.json`];
    }),
  );
}
