// `node --trace-opt --trace-deopt-verbose bench/jit-child.mjs <folder>`: runs the compiled pipeline
// (dist/'s modules: the code `chitieu ingest`'s threads run, which they load as one bundled script,
// dist/pipeline/worker-bundle.js, made from these modules) over the files ingest would find under the
// folder, in its order, on this one thread, as a pipeline thread of ingest does; V8 prints its
// compilations and bailouts to stdout (bench/jit.ts reads them). Function names and their sites are
// the modules', which is where a bailout is mended.
import { readFileSync } from 'node:fs';
import { applyV8Flags } from '../bin/v8-flags.js';

// As bin/chitieu.js does before any pipeline code loads.
applyV8Flags();

const { discover } = await import('../dist/pipeline/discover.js');
const { processBytes } = await import('../dist/pipeline/index.js');
const { stableJson } = await import('../dist/output/write.js');
for (const path of await discover([process.argv[2]])) {
  stableJson(await processBytes(new Uint8Array(readFileSync(path)), path, { ocr: false }));
}
