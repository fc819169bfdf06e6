// Child of scripts/bundle-worker.ts: runs sample documents of each format through the freshly
// built worker bundle, as a pool thread would, then writes V8's code cache of the bundle
// (dist/pipeline/worker-bundle.cache). Made after running documents, the cache holds the
// functions they call, not only the top level. It is made under the CLI's V8 flags, which V8
// checks when it reads the cache (other flags, or another V8, and it compiles afresh).
// Prints what it ran and the cache's size.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyV8Flags } from '../bin/v8-flags.js';

applyV8Flags();
const root = join(import.meta.dirname, '..');
const { CODE_CACHE_FILE } = await import('../dist/pipeline/pool/bundle-names.js');
const entry = await import('../dist/pipeline/pool/bundle-entry.js');

// A copy without corpus/ still builds: its cache then holds what loading compiles, not what documents call.
const namesIn = (dir) => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};
const formats = join(root, 'corpus', 'formats');
const samples = [
  ...namesIn(join(root, 'corpus')).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/u.test(f)).map((f) => join(root, 'corpus', f)),
  // One file of each other format a batch holds (the first in name order); not scans: no OCR here.
  ...['.docx', '.doc', '.html', '.pdf'].map((ext) => namesIn(formats).find((f) => f.endsWith(ext) && !f.endsWith('.scanned.pdf'))).filter(Boolean).map((f) => join(formats, f)),
];
const out = mkdtempSync(join(tmpdir(), 'chitieu-code-cache-'));
try {
  for (const [i, file] of samples.entries()) {
    const reply = await entry.default({ file, output: join(out, `${i}.json`), ocr: false });
    if (!reply.ok) throw new Error(`${file}: ${reply.error.code}: ${reply.error.message}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
const cache = entry.createCodeCache();
writeFileSync(join(root, 'dist', 'pipeline', CODE_CACHE_FILE), cache);
console.log(`code cache of ${(cache.length / 1024).toFixed(0)} KB after ${samples.length} documents (${samples.map((f) => f.slice(f.lastIndexOf('.'))).join(' ')})`);
