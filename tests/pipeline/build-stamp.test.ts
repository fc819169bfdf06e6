import { describe, expect, it } from 'vitest';
import { fileTree } from '../helpers/file-tree.js';
import { BUILD_STAMP_FILE, readBuildStamp, sourceFingerprint } from '../../pipeline/build-stamp.js';

const tree = (files: Record<string, string>): string => fileTree(files, 'chitieu-stamp-');

describe('build stamp: does dist/ still match the sources?', () => {
  const files = {
    'index.ts': "export * from './pipeline/index.js';",
    'cli/run.ts': 'export const run = 1;',
    'rules/vi/units/data.json': '{"units":[]}',
    'review/diff.ts': 'export {}',
  };

  it('fingerprints the same sources the same way wherever they are', () => {
    expect(sourceFingerprint(tree(files))).toBe(sourceFingerprint(tree(files)));
  });

  it('changes when any compiled source or its data changes, CLI included', () => {
    const base = sourceFingerprint(tree(files));
    expect(sourceFingerprint(tree({ ...files, 'cli/run.ts': 'export const run = 2;' }))).not.toBe(base);
    expect(sourceFingerprint(tree({ ...files, 'rules/vi/units/data.json': '{"units":[1]}' }))).not.toBe(base);
    expect(sourceFingerprint(tree({ ...files, 'compare/new.ts': 'export {}' }))).not.toBe(base);
  });

  it('ignores what the build does not compile: tests, docs, run folders, dist itself', () => {
    const base = sourceFingerprint(tree(files));
    const extra = { 'tests/x.test.ts': 'x', 'README.md': 'y', 'output/run/a.json': '{}', 'dist/cli/run.js': 'z', 'dist/cli/run.d.ts': 'w' };
    expect(sourceFingerprint(tree({ ...files, ...extra }))).toBe(base);
  });

  it('reads a stamp, and answers null for a missing or malformed one (the CLI then runs the sources)', () => {
    const ok = tree({ [BUILD_STAMP_FILE]: JSON.stringify({ sources: 'abc', deciding: 'def' }) });
    expect(readBuildStamp(ok)).toEqual({ sources: 'abc', deciding: 'def' });
    expect(readBuildStamp(tree({}))).toBeNull();
    expect(readBuildStamp(tree({ [BUILD_STAMP_FILE]: '{"sources": 1}' }))).toBeNull();
    expect(readBuildStamp(tree({ [BUILD_STAMP_FILE]: 'not json' }))).toBeNull();
  });
});
