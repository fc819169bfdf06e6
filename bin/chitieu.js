#!/usr/bin/env node
// Entry point. Runs the compiled dist/ (built by `npm install`) while it matches the
// TypeScript sources, else the sources through tsx, so a fresh clone needs no build
// step and an edited source never runs as its stale compiled copy.
// CHITIEU_FROM_SOURCE=1 forces the sources.
import { fileURLToPath } from 'node:url';
import { applyV8Flags } from './v8-flags.js';

applyV8Flags();

const root = fileURLToPath(new URL('..', import.meta.url));

async function distIsCurrent() {
  if (process.env.CHITIEU_FROM_SOURCE === '1') return false;
  try {
    const { readBuildStamp, sourceFingerprint } = await import('../dist/pipeline/build-stamp.js');
    const stamp = readBuildStamp(fileURLToPath(new URL('../dist', import.meta.url)));
    return stamp !== null && stamp.sources === sourceFingerprint(root);
  } catch {
    return false;
  }
}

let run;
if (await distIsCurrent()) {
  ({ run } = await import('../dist/cli/run.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ run } = await import('../cli/run.ts'));
}
process.exitCode = await run(process.argv.slice(2));
