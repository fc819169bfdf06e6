/**
 * What code a bench run measures. The CLI runs dist/ only while it matches the
 * sources (pipeline/build-stamp.ts), so a source saved during the ten minutes of a
 * run switches the remaining measurements to the sources through tsx, two to three
 * times slower to start, without a word; a rebuild mid-run switches them to other
 * code. Either way the results would mix two programs under one headline, so the
 * bench compares the state at its start and at its end and writes nothing when they differ.
 */
import { join } from 'node:path';
import { readBuildStamp, sourceFingerprint } from '../pipeline/build-stamp.js';

/** The sources' fingerprint and the one dist/ was built from (null: no usable build). */
export interface CodeState {
  sources: string;
  built: string | null;
}

export function codeState(root: string): CodeState {
  return { sources: sourceFingerprint(root), built: readBuildStamp(join(root, 'dist'))?.sources ?? null };
}

/** What bin/chitieu.js runs in this state: the compiled dist/, or the sources through tsx. */
export function cliMode(state: CodeState): 'dist' | 'source' {
  return state.built === state.sources ? 'dist' : 'source';
}

/** Why the code measured at the end is not the code measured at the start, or null when it is the same. */
export function codeChange(start: CodeState, end: CodeState): string | null {
  if (start.sources !== end.sources) return `the sources changed while the bench ran (the CLI ran ${cliMode(start) === 'dist' ? 'dist/ before and the sources through tsx after' : 'other sources before'})`;
  if (start.built !== end.built) return 'dist/ was rebuilt while the bench ran';
  return null;
}
