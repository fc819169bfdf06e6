/**
 * A password-protected .docx is an OLE compound file (the .doc container)
 * holding `EncryptionInfo` and `EncryptedPackage` streams: it must be reported
 * as `docx-encrypted` whatever its name, not as a corrupt Word 97 file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat } from '../../extractors/detect.js';
import { extractBytes } from '../../extractors/index.js';
import { ExtractError } from '../../extractors/types.js';
import { encryptedDocx } from '../../scripts/generate-batch.js';
import { ROOT } from './helpers.js';

/** Names of the directory entries of a CFB v3 file (directory chain of one sector, as the header says). */
function cfbEntryNames(b: Buffer): string[] {
  expect(b.readUInt16LE(0x1e)).toBe(9);
  const dir = b.subarray(512 * (1 + b.readUInt32LE(0x30)), 512 * (2 + b.readUInt32LE(0x30)));
  const names: string[] = [];
  for (let i = 0; i < 4; i++) {
    const e = dir.subarray(128 * i, 128 * (i + 1));
    const len = e.readUInt16LE(0x40);
    if (len > 0) names.push(e.subarray(0, len - 2).toString('utf16le'));
  }
  return names;
}

async function failure(bytes: Uint8Array, name: string): Promise<ExtractError> {
  const error = await extractBytes(bytes, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractError);
  return error as ExtractError;
}

describe('password-protected .docx (OLE file with an EncryptedPackage stream)', () => {
  const bytes = new Uint8Array(encryptedDocx());

  it('the constructed file is a compound file with the streams Word writes', () => {
    expect(cfbEntryNames(Buffer.from(bytes))).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
  });

  it.each(['ke-hoach.docx', 'ke-hoach.doc', 'ke-hoach'])('%s → docx-encrypted naming the file', async (name) => {
    expect(detectFormat(bytes, name)).toEqual({ format: 'docx' });
    const e = await failure(bytes, name);
    expect(e.code).toBe('docx-encrypted');
    expect(e.message).toContain(name);
  });

  it('an encrypted workbook in the same container is still skipped as a spreadsheet', () => {
    expect(detectFormat(bytes, 'bang.xlsx')).toEqual({ skip: 'spreadsheet (xlsx)' });
  });

  it('a Word 97 .doc is still read as .doc; a truncated one is doc-corrupt', async () => {
    const doc = new Uint8Array(readFileSync(join(ROOT, 'corpus', 'formats', '001_61b19ee575358a63.doc')));
    expect(detectFormat(doc, 'a.doc')).toEqual({ format: 'doc' });
    expect((await extractBytes(doc, 'a.doc')).format).toBe('doc');
    expect((await failure(doc.subarray(0, 2000), 'a.doc')).code).toBe('doc-corrupt');
  });
});
