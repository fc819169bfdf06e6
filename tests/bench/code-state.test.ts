/**
 * The bench's check that it measured one program: a source saved or dist/ rebuilt
 * during a run is told apart from a run of unchanged code (a throwaway project folder
 * with the layout build-stamp.ts fingerprints).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliMode, codeChange, codeState } from '../../bench/code-state.js';
import { BUILD_STAMP_FILE, sourceFingerprint } from '../../pipeline/build-stamp.js';
import { tmp } from '../batch/helpers.js';

function project(): string {
  const root = tmp('code-state');
  mkdirSync(join(root, 'pipeline'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'pipeline', 'stage.ts'), 'export const stage = 1;\n');
  return root;
}

const build = (root: string) => writeFileSync(join(root, 'dist', BUILD_STAMP_FILE), JSON.stringify({ sources: sourceFingerprint(root), deciding: 'x' }));

describe('bench code state', () => {
  it('unchanged code between start and end is no change; the CLI runs dist/ while it matches the sources', () => {
    const root = project();
    build(root);
    const start = codeState(root);
    expect(cliMode(start)).toBe('dist');
    expect(codeChange(start, codeState(root))).toBeNull();
  });

  it('a source saved mid-run is a change, and the CLI has switched to the sources', () => {
    const root = project();
    build(root);
    const start = codeState(root);
    writeFileSync(join(root, 'pipeline', 'stage.ts'), 'export const stage = 2;\n');
    const end = codeState(root);
    expect(cliMode(end)).toBe('source');
    expect(codeChange(start, end)).toMatch(/sources changed/u);
  });

  it('a rebuild mid-run is a change though the sources are the same at both ends', () => {
    const root = project();
    writeFileSync(join(root, 'pipeline', 'stage.ts'), 'export const stage = 2;\n');
    build(root);
    writeFileSync(join(root, 'pipeline', 'stage.ts'), 'export const stage = 1;\n');
    const start = codeState(root);
    expect(cliMode(start)).toBe('source');
    build(root);
    const end = codeState(root);
    expect(cliMode(end)).toBe('dist');
    expect(codeChange(start, end)).toBe('dist/ was rebuilt while the bench ran');
  });
});
