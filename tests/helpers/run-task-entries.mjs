// `node tests/helpers/run-task-entries.mjs <out> <file>…`: runs each file through the pool's task
// function twice, from the compiled modules (dist/pipeline/pool/task.js) and from the worker bundle
// (dist/pipeline/pool/bundle-entry.js), writing results under <out>/modules and <out>/bundle; prints
// one JSON line: the two entries' replies in file order, and whether V8 took the bundle's code cache.
// With --no-flags it runs without the CLI's V8 flags (the cache, made under them, is then refused).
import { join } from 'node:path';
import { applyV8Flags } from '../../bin/v8-flags.js';

const args = process.argv.slice(2);
const noFlags = args[0] === '--no-flags';
if (noFlags) args.shift();
if (!noFlags) applyV8Flags();
const [out, ...files] = args;
const modules = await import('../../dist/pipeline/pool/task.js');
const bundle = await import('../../dist/pipeline/pool/bundle-entry.js');
const run = async (entry, dir) => {
  const replies = [];
  for (const [i, file] of files.entries()) replies.push(await entry.default({ file, output: join(out, dir, `${i}.json`), ocr: false }));
  return replies;
};
console.log(JSON.stringify({ codeCacheRejected: bundle.codeCacheRejected, modules: await run(modules, 'modules'), bundle: await run(bundle, 'bundle') }));
