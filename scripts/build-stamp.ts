/**
 * Run after `tsc -p tsconfig.build.json`: writes dist/build-stamp.json, the
 * fingerprint of the sources just compiled, which bin/chitieu.js checks before it
 * runs dist/ (see pipeline/build-stamp.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_STAMP_FILE, sourceFingerprint, type BuildStamp } from '../pipeline/build-stamp.js';
import { codeFingerprint } from '../pipeline/version.js';

const root = join(import.meta.dirname, '..');
const stamp: BuildStamp = { sources: sourceFingerprint(root), deciding: codeFingerprint(root) };
writeFileSync(join(root, 'dist', BUILD_STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
console.log(`dist/${BUILD_STAMP_FILE}: sources ${stamp.sources.slice(0, 12)}, deciding ${stamp.deciding}`);
