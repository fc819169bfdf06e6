/**
 * The pool threads' entry when dist/ carries the worker bundle: the whole of
 * `./task.js` with its imports in one script (dist/pipeline/worker-bundle.js),
 * compiled from V8's code cache of it (dist/pipeline/worker-bundle.cache), both
 * made by `npm run build` (scripts/bundle-worker.ts).
 *
 * Why: every thread loads the pipeline for itself. As ES modules that is ~250
 * module files to resolve, read and compile, then the first documents compile
 * each function they call; from the bundle and its cache a thread starts in
 * about half the time and its first document runs a quarter faster (see
 * scripts/bundle-worker.ts for the figures). Node 20 has no code cache for ES
 * modules, hence a classic script run through `vm`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { BUNDLE_FILE, CODE_CACHE_FILE } from './bundle-names.js';
import type { TaskStages, WorkerReply, WorkerTask } from './task.js';
import type { serve as Serve } from './thread-loop.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(folder, BUNDLE_FILE);

function readCache(): Buffer | undefined {
  try {
    return readFileSync(join(folder, CODE_CACHE_FILE));
  } catch {
    return undefined;
  }
}

const cachedData = readCache();
// The wrapper gives the script what Node gives a CommonJS module, and the URL the bundled modules' `import.meta.url` became.
const script = new Script(`(function (exports, require, module, __filename, __dirname, __bundleUrl) {${readFileSync(file, 'utf8')}\n})`, {
  filename: file,
  ...(cachedData ? { cachedData } : {}),
});

/**
 * Whether V8 refused the code cache (null: there is none). It refuses one made by
 * another V8 or under other V8 flags; the script is then compiled as usual.
 */
export const codeCacheRejected: boolean | null = cachedData ? script.cachedDataRejected === true : null;

const bundled = { exports: {} as { default: (task: WorkerTask) => Promise<WorkerReply>; serve: typeof Serve; stages: TaskStages } };
(script.runInThisContext() as (...args: unknown[]) => void)(bundled.exports, createRequire(file), bundled, file, folder, pathToFileURL(file).href);

/**
 * V8's code cache of the bundle as this thread has compiled it so far: made after
 * running documents, it holds the functions they called, not only the top level.
 */
export function createCodeCache(): Buffer {
  return script.createCachedData();
}

export default bundled.exports.default;
/** The thread's loop (./thread-loop.ts), from the bundle. */
export const serve = bundled.exports.serve;
/** The task in steps (./task.ts), from the bundle. */
export const stages = bundled.exports.stages;
