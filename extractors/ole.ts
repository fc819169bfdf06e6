/**
 * OLE2 compound files (Word 97 .doc, and the wrapper Word puts around an
 * encrypted .docx), told apart by their first bytes. A module of its own so the
 * main thread's format detection does not load the extractors.
 */

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The name of the stream an encrypted OOXML package is kept in, as OLE directories write names (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** True when `bytes` are an OLE2 compound file (Word 97 .doc, or an encrypted OOXML package). */
export function isOleFile(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** True when an OLE file holds an encrypted OOXML package (its `EncryptedPackage` stream name, UTF-16LE). */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  if (!isOleFile(bytes)) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
}
