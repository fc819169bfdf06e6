// `node --trace-opt --trace-deopt-verbose bench/jit-child.mjs <folder>`: runs the compiled pipeline
// (dist/, what `chitieu ingest` runs) over every file under the folder, in path order, on this one thread,
// as a pipeline thread of ingest does; V8 prints its compilations and bailouts to stdout (bench/jit.ts reads them).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const { processBytes } = await import('../dist/pipeline/index.js');
const { stableJson } = await import('../dist/output/write.js');
const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true })
  .map((f) => join(dir, String(f)))
  .filter((path) => statSync(path).isFile())
  .sort();
for (const path of files) stableJson(await processBytes(new Uint8Array(readFileSync(path)), path, { ocr: false }));
