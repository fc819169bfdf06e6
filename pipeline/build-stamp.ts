/**
 * Whether the compiled dist/ still matches the TypeScript sources. `npm install`
 * builds dist/ (prepare) and the CLI runs it: compiled modules start faster and run
 * faster than the same sources through tsx. A source edited after the build must
 * never run as its stale compiled copy, so the build records a fingerprint of every
 * source it compiled, and the CLI uses dist/ only while the sources still hash to it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `tsc -p tsconfig.build.json` compiles (its `include`); `deep: false` reads only the folder's own files. */
const BUILT: ReadonlyArray<{ dir: string; deep: boolean }> = [
  { dir: 'pipeline', deep: true },
  { dir: 'extractors', deep: true },
  { dir: 'rules', deep: true },
  { dir: 'output', deep: false },
  { dir: 'cli', deep: true },
  { dir: 'review', deep: true },
  { dir: 'compare', deep: true },
];
const SOURCE_FILE = /\.(?:ts|mts|mjs|json)$/;

/** Name of the stamp file inside dist/. */
export const BUILD_STAMP_FILE = 'build-stamp.json';

/** The stamp the build writes: the sources' fingerprint, and the deciding code's (see version.ts). */
export interface BuildStamp {
  sources: string;
  deciding: string;
}

/**
 * The files under `dir` (relative to `root`, as `dir/…`) whose name `accept`s, without
 * declaration files; `deep: false` reads only the folder's own files; paths in `skip`
 * (files or folders) are passed over. A missing folder has none.
 */
export function filesUnder(root: string, dir: string, deep: boolean, accept: RegExp, skip: ReadonlySet<string> = new Set()): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const path = `${dir}/${e.name}`;
    if (skip.has(path)) continue;
    if (e.isDirectory()) {
      if (deep) out.push(...filesUnder(root, path, deep, accept, skip));
    } else if (e.isFile() && accept.test(e.name) && !e.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** sha256 over the sorted relative paths and contents of every source the build compiles. */
export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  const files = ['index.ts', ...BUILT.flatMap(({ dir, deep }) => filesUnder(root, dir, deep, SOURCE_FILE))].sort();
  for (const f of files) {
    let body: Buffer;
    try {
      body = readFileSync(join(root, f));
    } catch {
      continue;
    }
    hash.update(f).update('\0').update(body).update('\0');
  }
  return hash.digest('hex');
}

/** The stamp in `distDir`, or null when there is none or it is unreadable. */
export function readBuildStamp(distDir: string): BuildStamp | null {
  try {
    const stamp = JSON.parse(readFileSync(join(distDir, BUILD_STAMP_FILE), 'utf8')) as Partial<BuildStamp>;
    return typeof stamp.sources === 'string' && typeof stamp.deciding === 'string' ? { sources: stamp.sources, deciding: stamp.deciding } : null;
  } catch {
    return null;
  }
}

/** Whether `root`/dist was built from the sources now in `root` (what bin/chitieu.js checks before running dist/). */
export function distIsCurrent(root: string): boolean {
  return readBuildStamp(join(root, 'dist'))?.sources === sourceFingerprint(root);
}
