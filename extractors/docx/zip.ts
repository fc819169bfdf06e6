/**
 * Guarded ZIP reading for Office Open XML packages.
 *
 * The central directory is read and checked *before* anything is inflated, and
 * every inflation is capped at the size the directory declares, so a zip bomb
 * (a small entry that inflates to gigabytes, or a directory that lies about the
 * size) is rejected without allocating its output.
 */
import { inflateRawSync } from 'node:zlib';

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  flags: number;
}

/** Limits applied to a package before it is inflated. */
export interface ZipLimits {
  /** Total uncompressed bytes of all entries (default 200 MB). */
  maxTotalBytes: number;
  /** Uncompressed/compressed ratio allowed for an entry above `ratioFloorBytes` (default 200). */
  maxRatio: number;
  /** Entries smaller than this are never ratio-checked: tiny XML compresses very well (default 1 MB). */
  ratioFloorBytes: number;
  /** Number of entries (default 5000). */
  maxEntries: number;
}

/** Defaults for {@link ZipLimits}. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 5000,
};

/** Why a package was refused: `corrupt` (unreadable) or `too-large` (limits). */
export class ZipProblem extends Error {
  constructor(readonly kind: 'corrupt' | 'too-large', message: string) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8');

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

/** True when `bytes` start with a ZIP local-file or empty-archive signature. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/**
 * Reads the central directory of `bytes` and applies `limits`.
 * @throws ZipProblem when the directory is missing/corrupt or the limits are exceeded.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipProblem('corrupt', 'no ZIP end-of-directory record (truncated or not a ZIP package)');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipProblem('too-large', 'ZIP64 package: larger than an office document can be');
  if (count > limits.maxEntries) throw new ZipProblem('too-large', `${count} ZIP entries (limit ${limits.maxEntries})`);
  if (cdOffset + cdSize > eocd) throw new ZipProblem('corrupt', 'ZIP central directory lies outside the file (truncated?)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CEN_SIG) throw new ZipProblem('corrupt', 'damaged ZIP central directory');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      throw new ZipProblem('too-large', `ZIP64 entry ${name}: larger than an office document can be`);
    }
    total += uncompressedSize;
    if (total > limits.maxTotalBytes) {
      throw new ZipProblem('too-large', `entries inflate to more than ${limits.maxTotalBytes} bytes (at ${name})`);
    }
    if (uncompressedSize > limits.ratioFloorBytes && uncompressedSize > limits.maxRatio * Math.max(1, compressedSize)) {
      throw new ZipProblem('too-large', `entry ${name} inflates ${uncompressedSize} bytes from ${compressedSize} (ratio limit ${limits.maxRatio})`);
    }
    if (localHeaderOffset + 30 + compressedSize > bytes.length) throw new ZipProblem('corrupt', `entry ${name} lies outside the file (truncated?)`);
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset, flags });
  }
  return entries;
}

/**
 * Inflates one entry, never producing more than its declared size.
 * @throws ZipProblem when the entry is encrypted, uses an unknown method, or its data is damaged.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (view.getUint32(at, true) !== LOC_SIG) throw new ZipProblem('corrupt', `damaged local header of ${entry.name}`);
  if (entry.flags & 1) throw new ZipProblem('corrupt', `entry ${entry.name} is ZIP-encrypted`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipProblem('corrupt', `entry ${entry.name} is truncated`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipProblem('corrupt', `entry ${entry.name} uses compression method ${entry.method}`);
  let out: Buffer;
  try {
    // +1 so that an entry larger than declared is detected rather than silently cut.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new ZipProblem('too-large', `entry ${entry.name} inflates beyond its declared ${entry.uncompressedSize} bytes`);
    throw new ZipProblem('corrupt', `entry ${entry.name} does not inflate: ${(err as Error).message}`);
  }
  if (out.length !== entry.uncompressedSize) {
    throw new ZipProblem(out.length > entry.uncompressedSize ? 'too-large' : 'corrupt', `entry ${entry.name} inflates to ${out.length} bytes, directory says ${entry.uncompressedSize}`);
  }
  return out;
}

/**
 * Checks every entry of a package by inflating it under its declared size, and
 * returns the inflated entries whose names pass `keep`.
 * @throws ZipProblem as {@link readZipDirectory} and {@link inflateEntry}.
 */
export function readZip(bytes: Uint8Array, keep: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> {
  const entries = readZipDirectory(bytes, limits);
  const out = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const data = inflateEntry(bytes, e);
    if (keep(e.name)) out.set(e.name, data);
  }
  return out;
}
