/**
 * Seeded mutations of real files for the robustness suite: the same seed gives the
 * same broken bytes, so a failure names a case that can be reproduced exactly.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export { prng } from '../../scripts/prng.js';

const int = (rand: () => number, max: number) => Math.floor(rand() * max);

/** Cut the file at a random point (downloads and e-mail attachments break this way). */
export function truncate(bytes: Uint8Array, rand: () => number): Uint8Array {
  return bytes.slice(0, int(rand, bytes.length));
}

/** Flip `count` random bits (storage and transfer corruption). */
export function flipBits(bytes: Uint8Array, rand: () => number, count = 8): Uint8Array {
  const out = bytes.slice();
  for (let i = 0; i < count; i++) out[int(rand, out.length)]! ^= 1 << int(rand, 8);
  return out;
}

/** Zero a random range of up to `max` bytes (a lost disk sector, a half-written file). */
export function zeroRange(bytes: Uint8Array, rand: () => number, max = 4096): Uint8Array {
  const out = bytes.slice();
  const start = int(rand, out.length);
  out.fill(0, start, Math.min(out.length, start + 1 + int(rand, max)));
  return out;
}

/** One ZIP entry as stored: the compressed bytes are kept as they are. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  data: Uint8Array;
}

/** Reads the entries of a ZIP through its central directory (no ZIP64: test inputs are small). */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, crc, compressedSize, uncompressedSize, data: bytes.slice(dataStart, dataStart + compressedSize) });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Writes entries as a ZIP (local headers, central directory, end record), in the order given. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, e.method, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.compressedSize, true);
    local.setUint32(22, e.uncompressedSize, true);
    local.setUint16(26, name.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, e.method, true);
    dir.setUint32(16, e.crc, true);
    dir.setUint32(20, e.compressedSize, true);
    dir.setUint32(24, e.uncompressedSize, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, e.data);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...parts, ...central, new Uint8Array(end.buffer)]);
}

/** A deflated entry made from `content`. */
export function deflatedEntry(name: string, content: Uint8Array): ZipEntry {
  const data = deflateRawSync(content, { level: 9 });
  return { name, method: 8, crc: crc32(content), compressedSize: data.length, uncompressedSize: content.length, data };
}

/** The package with its entries in a random order (a valid ZIP; Word does not depend on order). */
export function shuffleZip(bytes: Uint8Array, rand: () => number): Uint8Array {
  const entries = readZip(bytes);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = int(rand, i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return writeZip(entries);
}

/** The PDF with its `startxref` offset pointed at a random place (a broken cross-reference). */
export function breakXref(bytes: Uint8Array, rand: () => number): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const at = text.lastIndexOf('startxref');
  if (at < 0) return flipBits(bytes, rand);
  const replaced = text.slice(0, at) + text.slice(at).replace(/startxref\s+\d+/u, `startxref\n${int(rand, bytes.length)}`);
  // Also garble one xref table row when there is one, so recovery has to rebuild the table.
  const row = /\d{10} \d{5} n/gu;
  const rows = [...replaced.matchAll(row)];
  let out = replaced;
  if (rows.length > 0) {
    const r = rows[int(rand, rows.length)]!;
    out = out.slice(0, r.index) + String(int(rand, 1e10)).padStart(10, '9') + out.slice(r.index + 10);
  }
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
