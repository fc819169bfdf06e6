import { describe, expect, it } from 'vitest';
import { fileTree } from '../helpers/file-tree.js';
import { codeFingerprint, PIPELINE_VERSION } from '../../pipeline/version.js';

const tree = (files: Record<string, string>): string => fileTree(files, 'chitieu-version-');

describe('pipeline version', () => {
  const files = {
    'rules/vi/indicator/values.ts': "export const PERCENT = /\\d+%/;",
    'rules/taxonomy.json': '{"measures":[]}',
    'extractors/pdf.ts': 'export {}',
  };

  it('is the release number plus a fingerprint of the code', () => {
    expect(PIPELINE_VERSION).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });

  it('gives the same fingerprint for the same files, wherever they are', () => {
    expect(codeFingerprint(tree(files))).toBe(codeFingerprint(tree(files)));
  });

  it('changes when a rule or its data changes, so re-runs do not reuse stale results', () => {
    const base = codeFingerprint(tree(files));
    expect(codeFingerprint(tree({ ...files, 'rules/vi/indicator/values.ts': "export const PERCENT = /\\d+ ?%/;" }))).not.toBe(base);
    expect(codeFingerprint(tree({ ...files, 'rules/taxonomy.json': '{"measures":[1]}' }))).not.toBe(base);
  });

  it('ignores files outside the folders that decide the output', () => {
    const base = codeFingerprint(tree(files));
    expect(codeFingerprint(tree({ ...files, 'README.md': 'changed', 'tests/x.test.ts': 'x' }))).toBe(base);
  });

  it('ignores run folders written under output/ and the batch scheduling code', () => {
    const withSchema = { ...files, 'output/schema.ts': 'export const A = 1;' };
    const base = codeFingerprint(tree(withSchema));
    expect(codeFingerprint(tree({ ...withSchema, 'output/run/000.txt.json': '{}', 'output/report/model.json': '{}' }))).toBe(base);
    expect(codeFingerprint(tree({ ...withSchema, 'pipeline/pool/task.ts': 'x', 'pipeline/ingest/journal.ts': 'y' }))).toBe(base);
    expect(codeFingerprint(tree({ ...withSchema, 'output/schema.ts': 'export const A = 2;' }))).not.toBe(base);
  });
});
