/**
 * Version of the extraction logic, part of the cache key of every result. A
 * hand-bumped number alone went stale: a rule changed, `ingest` re-used the old
 * results as "unchanged". So the version is the release number plus a
 * fingerprint of the code and data that decide the output (extractors, pipeline,
 * rules, output schema), read once at start-up from the files next to this one
 * (the sources under tsx, the compiled files under dist/).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const RELEASE = '0.2.0';
const DECIDING_FOLDERS = ['extractors', 'pipeline', 'rules', 'output'];
const CODE_FILE = /\.(?:ts|js|mjs|json)$/;

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(path));
    else if (e.isFile() && CODE_FILE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** sha256 over the (sorted) relative paths and contents of the files that decide the output; 12 hex digits. */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  const files = DECIDING_FOLDERS.flatMap((d) => filesUnder(join(root, d)))
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
  for (const f of files) {
    hash.update(f).update('\0').update(readFileSync(join(root, f))).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export const PIPELINE_VERSION = `${RELEASE}+${codeFingerprint(packageRoot)}`;
