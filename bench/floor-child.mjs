// `node bench/floor-child.mjs <folder> <out> [threads]`: the pipeline alone on the two cores, as a floor for
// `chitieu ingest`. The threads run what the pool's threads run (the worker bundle when dist/ carries a
// current one, else dist/'s task module), on the files ingest would find under the folder, each taking the
// next file from a shared counter and reading it itself, as ingest's threads do, but with no probe or hash
// of the input, no message to the main thread, no journal and no manifest. `chitieu ingest` on the same folder less this is what the CLI
// and the pool cost on top of the documents' own work (bench/run.ts times both from outside the process).
// Each thread runs the whole pipeline on its files: ingest's threads work in pairs that hand DOCX and .doc
// extractions over (pipeline/pool/thread-loop.ts), so on DOCX ingest can beat this floor.
// Prints one JSON line: documents, ok, failed.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { applyV8Flags } from '../bin/v8-flags.js';

if (isMainThread) {
  // As bin/chitieu.js does before any pipeline code loads (V8 flags are process-wide).
  applyV8Flags();
  const [folder, out, threadsArg] = process.argv.slice(2);
  if (!folder || !out) {
    console.error('usage: node bench/floor-child.mjs <folder> <out> [threads]');
    process.exit(2);
  }
  const threads = Number(threadsArg ?? availableParallelism());
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const [{ discover }, { outputNames }, { bundleIsCurrent }] = await Promise.all([
    import('../dist/pipeline/discover.js'),
    import('../dist/pipeline/ingest/names.js'),
    import('../dist/pipeline/pool/index.js'),
  ]);
  const entry = join(dist, 'pipeline', 'pool', bundleIsCurrent(dist) ? 'bundle-entry.js' : 'task.js');
  const files = await discover([folder], [out]);
  const names = outputNames(files);
  const tasks = files.map((file) => ({ file, output: join(out, names.get(file)) }));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const tally = { documents: files.length, ok: 0, failed: 0 };
  await Promise.all(
    Array.from({ length: threads }, () => {
      const w = new Worker(new URL(import.meta.url), { workerData: { entry, tasks, next } });
      w.on('message', (m) => {
        tally.ok += m.ok;
        tally.failed += m.failed;
      });
      return new Promise((resolve, reject) => {
        w.on('error', reject);
        // A thread that dies without an error event (exit code) took its documents with it: not a floor.
        w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a floor thread exited with code ${code}`))));
      });
    }),
  );
  console.log(JSON.stringify(tally));
} else {
  const { entry, tasks, next } = workerData;
  const { default: processTask } = await import(entry);
  let ok = 0;
  let failed = 0;
  for (let i = Atomics.add(next, 0, 1); i < tasks.length; i = Atomics.add(next, 0, 1)) {
    const task = tasks[i];
    const reply = await processTask({ ...task, ocr: false, bytes: new Uint8Array(readFileSync(task.file)) });
    if (reply.ok) ok++;
    else failed++;
  }
  parentPort.postMessage({ ok, failed });
}
