/**
 * Run by `npm run build` after the build stamp: bundles what a pool thread runs
 * (dist/pipeline/pool/task.js and every module it reaches, packages that load
 * lazily or natively left out) into one script, dist/pipeline/worker-bundle.js,
 * then has a fresh process run sample documents through it and saves V8's code
 * cache of it (scripts/worker-code-cache.mjs). pipeline/pool/bundle-entry.ts
 * loads the two; the pool uses them only while worker-bundle.json names the
 * build stamp's sources, written last so a failed step leaves the plain modules.
 *
 * esbuild: it is already installed (tsx compiles with it) and does in one call
 * what a hand-written concatenation of ~150 ES modules could not do safely
 * (imports, re-exports, lazy dynamic imports, JSON).
 *
 * Measured by alternated `chitieu ingest --no-ocr` runs of 500 text documents on
 * the 2-core machines: 3.31 s from the modules, 3.10 s from the bundle and its
 * cache; one thread loads in 134 ms instead of 240 ms, and its first document
 * takes 66 ms instead of 85 ms.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { readBuildStamp } from '../pipeline/build-stamp.js';
import { BUNDLE_FILE, BUNDLE_STAMP_FILE, CODE_CACHE_FILE } from '../pipeline/pool/bundle-names.js';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const folder = join(dist, 'pipeline');

/**
 * Packages the bundle requires at run time rather than carries: loaded only for some
 * formats (PDF, OCR, legacy Word), native, or large enough that their own start-up,
 * not their compilation, is what they cost. Not ES-module-only packages imported by
 * default (rehype-parse): required from a script, their default export would be their
 * whole namespace; bundled, esbuild links them as the modules did.
 */
const EXTERNAL = ['pdfjs-dist', '@napi-rs/canvas', 'tesseract.js', 'jszip', 'mammoth', 'natural', 'word-extractor'];

rmSync(join(folder, BUNDLE_STAMP_FILE), { force: true });
rmSync(join(folder, CODE_CACHE_FILE), { force: true });
const stamp = readBuildStamp(dist);
if (!stamp) throw new Error('dist/ has no build stamp: run this after scripts/build-stamp.ts');

await build({
  entryPoints: [join(dist, 'pipeline', 'pool', 'task.js')],
  outfile: join(folder, BUNDLE_FILE),
  bundle: true,
  platform: 'node',
  target: 'node20',
  // A classic script: V8 caches those (Node 20 has no code cache for ES modules).
  format: 'cjs',
  external: EXTERNAL,
  // Dynamic imports of the external packages become require(), which a script run through vm can call.
  supported: { 'dynamic-import': false },
  // The loader passes the bundle's URL: bundled modules find dist/ and packages from it.
  define: { 'import.meta.url': '__bundleUrl' },
  logLevel: 'warning',
});

const cache = spawnSync(process.execPath, [join(root, 'scripts', 'worker-code-cache.mjs')], { cwd: root, encoding: 'utf8' });
if (cache.status !== 0) throw new Error(`the code cache could not be made (exit ${cache.status}): ${cache.stderr.slice(-1500)}`);
writeFileSync(join(folder, BUNDLE_STAMP_FILE), `${JSON.stringify({ sources: stamp.sources }, null, 2)}\n`);
console.log(`dist/pipeline/${BUNDLE_FILE}: ${cache.stdout.trim()}`);
