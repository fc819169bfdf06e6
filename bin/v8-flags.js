// V8 settings for chitieu's own processes. bin/chitieu.js applies them before any pipeline code
// loads; V8 flags are process-wide, so the pool's threads run with them too. (The benchmark's
// in-process children apply the same list, so they measure what the command runs.)
//
// Why, measured on the 2-core machines by alternated runs of `chitieu ingest --no-ocr`:
// - A batch of a few hundred documents spends as much CPU optimising code as running it: each
//   pool thread compiles its ~300 hot functions itself, and TurboFan's time grows with what it
//   inlines. A cumulative inlining budget of 300 bytecodes (V8's default is 920) cut the
//   optimising threads' CPU by about a third; 500 text documents went from 3.59 s to 3.23 s,
//   500 DOCX from 4.32 s to 3.98 s, 2,000 text from 8.87 s to 8.07 s. Without any inlining the
//   small batches gained as much but 2,000 documents less, and warm PDF extraction (pdf.js
//   leans on inlining) lost 12 % against 3 % at 300.
// - Every pattern runs thousands of times per batch, so compiling it to bytecode for a first
//   interpreted run before compiling it to machine code is wasted: the first document of a
//   thread took 80 ms instead of 140 ms without that tier.
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=300', '--no-regexp-tier-up'];

/** Applies V8_FLAGS to this process; call before the code they concern is compiled. */
export function applyV8Flags() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
