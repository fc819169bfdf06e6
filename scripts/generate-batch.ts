/**
 * Generates a batch of plan documents for load and failure-isolation runs:
 *
 *   tsx scripts/generate-batch.ts <dir> --count 1000 [--bad 20] [--skipped 4] [--seed 1] [--large-mb 101] [--only docx]
 *
 * Every good document is a seed of corpus/ (the .txt seeds and every format in
 * corpus/formats/) rewritten for another commune: the commune, district and
 * signer named in the seed's answer key are replaced, years shifted, target
 * percentages changed and a few phrasings varied. Text, HTML and DOCX (its
 * word/document.xml, inside the zip) are rewritten; legacy-encoded text
 * (TCVN3, VNI) gets the numeric changes only; PDF and .doc bytes cannot be
 * re-typeset here, so they are copied with a distinct trailer comment (PDF) or
 * verbatim (.doc, scanned PDF: the OCR cache then serves the copies).
 *
 * `--bad` adds files that must each fail with a typed error (corrupt,
 * encrypted, empty, truncated, over-large, zip bomb…);
 * `--skipped` adds files that are not plan documents (images, spreadsheets,
 * Office temp files). Base names repeat across folders on purpose. The same
 * arguments give the same files.
 */
import { mkdir, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { prng } from './prng.js';
import { pdfFromObjects } from './pdf-objects.js';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'corpus');

/** Other communes, districts and people the seeds are rewritten for. */
const COMMUNES = ['Yên Lạc', 'Tân Phú', 'Phú Mỹ', 'Hòa Bình', 'Đông Sơn', 'Quảng Phú', 'Nghĩa Trung', 'Thanh Xuân', 'Hải An', 'Bình Minh', 'Vĩnh Thịnh', 'Cẩm Tú', 'Lộc Hưng', 'Xuân Lâm', 'Kim Tân', 'Đức Phong', 'Hưng Đạo', 'Minh Khai', 'Tam Hiệp', 'Sơn Thủy'];
const DISTRICTS = ['Yên Định', 'Nông Cống', 'Tư Nghĩa', 'Lạng Giang', 'Quế Võ', 'Thọ Xuân', 'Vĩnh Lộc', 'Đức Phổ', 'Gia Viễn', 'Kim Sơn'];
const PEOPLE = ['Lê Văn Hùng', 'Trần Thị Mai', 'Phạm Quốc Bảo', 'Hoàng Minh Tâm', 'Đỗ Thị Lan', 'Vũ Đình Khoa', 'Bùi Thanh Hải', 'Đặng Văn Lực'];
/** Phrasings swapped for an equivalent one (both forms occur in real plans). */
const REPHRASE: Array<[RegExp, string]> = [
  [/nâng cao nhận thức/gu, 'tăng cường nhận thức'],
  [/Tổ chức triển khai/gu, 'Triển khai thực hiện'],
  [/đẩy mạnh/gu, 'tích cực đẩy mạnh'],
];

interface Seed {
  id: string;
  commune: string;
  district: string;
  signer: string | null;
}


const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** How one document varies from its seed. */
interface Variant {
  commune: string;
  district: string;
  signer: string;
  yearShift: number;
  percentDelta: number;
  rephrase: boolean;
}

/** Numeric changes only: safe on any ASCII-compatible encoding. */
function varyNumbers(text: string, v: Variant): string {
  return text
    .replace(/\b(20[12]\d)\b/gu, (y) => String(Number(y) + v.yearShift))
    .replace(/\b(\d{1,2})(?=\s?%)/gu, (p) => String(Math.min(99, Math.max(1, Number(p) + v.percentDelta))));
}

/** Names, numbers and phrasing (Unicode text in NFC). */
function varyText(text: string, seed: Seed, v: Variant): string {
  let out = text.replaceAll(seed.commune, v.commune).replace(new RegExp(`(huyện|thị xã|thành phố)(\\s+)${escapeRe(seed.district)}`, 'gu'), `$1$2${v.district}`);
  if (seed.signer) out = out.replaceAll(seed.signer, v.signer);
  if (v.rephrase) for (const [re, to] of REPHRASE) out = out.replace(re, to);
  return varyNumbers(out, v);
}

export const KINDS = ['utf8', 'nfd', 'legacy', 'docx', 'pdf', 'copy'] as const;
export type Kind = (typeof KINDS)[number];

function kindOf(name: string): Kind {
  if (name.endsWith('.nfd.txt')) return 'nfd';
  if (name.endsWith('.tcvn3.txt') || name.endsWith('.vni.txt')) return 'legacy';
  if (name.endsWith('.docx')) return 'docx';
  if (name.endsWith('.scanned.pdf') || name.endsWith('.doc')) return 'copy';
  if (name.endsWith('.pdf')) return 'pdf';
  return 'utf8';
}

async function vary(bytes: Buffer, name: string, seed: Seed, v: Variant, n: number): Promise<Uint8Array> {
  switch (kindOf(name)) {
    case 'utf8':
      return Buffer.from(varyText(bytes.toString('utf8').normalize('NFC'), seed, v), 'utf8');
    case 'nfd':
      return Buffer.from(varyText(bytes.toString('utf8').normalize('NFC'), seed, v).normalize('NFD'), 'utf8');
    case 'legacy':
      return Buffer.from(varyNumbers(bytes.toString('latin1'), v), 'latin1');
    case 'docx': {
      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file('word/document.xml')!.async('string');
      zip.file('word/document.xml', varyText(xml.normalize('NFC'), seed, v), { date: new Date(0) });
      return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    }
    case 'pdf':
      // A comment after %%EOF, then %%EOF again: the same PDF, other bytes.
      return Buffer.concat([bytes, Buffer.from(`\n% chitieu batch document ${n}\n%%EOF\n`, 'latin1')]);
    case 'copy':
      return bytes;
  }
}

/** Sources with a weight (how many of every 100 documents use that format). */
async function sources(): Promise<Array<{ path: string; seed: Seed; weight: number }>> {
  const seeds = new Map<string, Seed>();
  for (const f of (await readdir(join(CORPUS, 'gold'))).filter((f) => /^\d{3}_.*\.json$/u.test(f))) {
    const m = JSON.parse(await readFile(join(CORPUS, 'gold', f), 'utf8')).metadata;
    seeds.set(f.slice(0, 3), { id: f.slice(0, 3), commune: m.commune, district: m.district, signer: m.signer?.name ?? null });
  }
  const files = [
    ...(await readdir(CORPUS)).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, f)),
    ...(await readdir(join(CORPUS, 'formats'))).filter((f) => /^\d{3}_/u.test(f)).map((f) => join(CORPUS, 'formats', f)),
  ].sort();
  const weight = (name: string) => ({ utf8: 6, nfd: 3, legacy: 2, docx: 5, pdf: 4, copy: name.endsWith('.doc') ? 2 : 1 })[kindOf(name)];
  return files.flatMap((path) => {
    const seed = seeds.get(basename(path).slice(0, 3));
    return seed ? [{ path, seed, weight: weight(basename(path)) }] : [];
  });
}

/** A minimal PDF whose trailer names a Standard security handler: readers ask for a password. */
function encryptedPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  return Buffer.from(
    pdfFromObjects(objects, `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >> /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] `),
  );
}

/**
 * What Word saves for a .docx with a password: an OLE compound file (CFB v3,
 * 512-byte sectors) whose directory holds an `EncryptionInfo` stream (agile
 * encryption descriptor) and an `EncryptedPackage` stream (the encrypted zip).
 * Both streams are 4096 bytes, the mini-stream cutoff, so they live in ordinary
 * sectors and the file needs no mini FAT.
 */
export function encryptedDocx(): Buffer {
  const SECTOR = 512;
  const ENDOFCHAIN = 0xfffffffe;
  const FREESECT = 0xffffffff;
  const NOSTREAM = 0xffffffff;
  const STREAM = 4096;
  const perStream = STREAM / SECTOR;
  // Sector 0: FAT; 1: directory; then EncryptionInfo, then EncryptedPackage.
  const infoStart = 2;
  const packageStart = infoStart + perStream;
  const sectors = packageStart + perStream;
  const out = Buffer.alloc(SECTOR * (1 + sectors));
  const header = out.subarray(0, SECTOR);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // 2^9 = 512-byte sectors
  header.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(STREAM, 0x38); // mini-stream cutoff
  header.writeUInt32LE(ENDOFCHAIN, 0x3c); // no mini FAT
  header.writeUInt32LE(ENDOFCHAIN, 0x44); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREESECT, 0x4c + 4 * i);
  const sector = (n: number) => out.subarray(SECTOR * (1 + n), SECTOR * (2 + n));

  const fat = sector(0);
  for (let i = 0; i < SECTOR / 4; i++) fat.writeUInt32LE(FREESECT, 4 * i);
  fat.writeUInt32LE(0xfffffffd, 0); // FATSECT
  fat.writeUInt32LE(ENDOFCHAIN, 4); // the directory is one sector
  for (const start of [infoStart, packageStart]) {
    for (let i = 0; i < perStream; i++) fat.writeUInt32LE(i === perStream - 1 ? ENDOFCHAIN : start + i + 1, 4 * (start + i));
  }

  const dir = sector(1);
  const entry = (i: number, name: string, type: number, right: number, child: number, start: number, size: number) => {
    const e = dir.subarray(128 * i, 128 * (i + 1));
    e.write(name, 0, 'utf16le');
    e.writeUInt16LE(2 * (name.length + 1), 0x40);
    e.writeUInt8(type, 0x42);
    e.writeUInt8(1, 0x43); // black
    e.writeUInt32LE(NOSTREAM, 0x44);
    e.writeUInt32LE(right, 0x48);
    e.writeUInt32LE(child, 0x4c);
    e.writeUInt32LE(start, 0x74);
    e.writeUInt32LE(size, 0x78);
  };
  // CFB orders siblings by name length first: EncryptionInfo < EncryptedPackage.
  entry(0, 'Root Entry', 5, NOSTREAM, 1, ENDOFCHAIN, 0);
  entry(1, 'EncryptionInfo', 2, 2, NOSTREAM, infoStart, STREAM);
  entry(2, 'EncryptedPackage', 2, NOSTREAM, NOSTREAM, packageStart, STREAM);
  for (const i of [3]) {
    const e = dir.subarray(128 * i, 128 * (i + 1));
    e.writeUInt32LE(NOSTREAM, 0x44);
    e.writeUInt32LE(NOSTREAM, 0x48);
    e.writeUInt32LE(NOSTREAM, 0x4c);
  }

  // EncryptionInfo: version 4.4 (agile), reserved 0x40, then the XML descriptor.
  const info = out.subarray(SECTOR * (1 + infoStart), SECTOR * (1 + infoStart) + STREAM);
  info.set([4, 0, 4, 0, 0x40, 0, 0, 0]);
  info.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>',
    8,
    'latin1',
  );
  // EncryptedPackage: the plain package size, then ciphertext (deterministic noise here).
  const pkg = out.subarray(SECTOR * (1 + packageStart), SECTOR * (1 + packageStart) + STREAM);
  pkg.writeUInt32LE(STREAM - 8, 0);
  const noise = prng(0x0ff1ce);
  for (let i = 8; i < STREAM; i++) pkg[i] = Math.floor(noise() * 256);
  return out;
}

/** Bad files, each of which must fail with a typed error. Written in this order, cycling. */
const BAD: Array<{ name: string; make: (largeBytes: number) => Promise<Uint8Array | { sparse: number }> }> = [
  { name: 'hong.pdf', make: async () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref or trailer') },
  { name: 'co-mat-khau.pdf', make: async () => encryptedPdf() },
  { name: 'rong.txt', make: async () => Buffer.alloc(0) },
  { name: 'cat-cut.pdf', make: async () => (await readFile(join(CORPUS, 'formats', '001_61b19ee575358a63.pdf'))).subarray(0, 30_000) },
  { name: 'cat-cut.docx', make: async () => (await readFile(join(CORPUS, 'formats', '002_6f4458b79196ed4f.docx'))).subarray(0, 5_000) },
  { name: 'qua-lon.txt', make: async (large) => ({ sparse: large }) },
  {
    name: 'bom-nen.docx',
    make: async () => {
      const zip = await JSZip.loadAsync(await readFile(join(CORPUS, 'formats', '003_13a95629cdd498d2.docx')));
      zip.file('word/media/image1.bin', new Uint8Array(64 * 1024 * 1024), { date: new Date(0) });
      return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    },
  },
  { name: 'co-mat-khau.docx', make: async () => encryptedDocx() },
  {
    // A valid zip whose document.xml stops in the middle of an element (a copy cut short inside the archive).
    name: 'xml-cut.docx',
    make: async () => {
      const zip = await JSZip.loadAsync(await readFile(join(CORPUS, 'formats', '004_db43e2131bbb219b.docx')));
      const xml = await zip.file('word/document.xml')!.async('string');
      zip.file('word/document.xml', xml.slice(0, Math.floor(xml.length / 2)), { date: new Date(0) });
      return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    },
  },
  { name: 'hong.docx', make: async () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml but the rest is garbage'.repeat(20))]) },
  { name: 'nhi-phan.html', make: async () => Buffer.from('<html><body>Kế hoạch\u0000\u0000\u0001 binary</body></html>') },
  { name: 'cat-cut.doc', make: async () => (await readFile(join(CORPUS, 'formats', '001_61b19ee575358a63.doc'))).subarray(0, 2_000) },
];

/**
 * A very long compiled plan: every .txt seed `repeats` times over. Not a bad
 * file (it reads fine, about 8 s of pipeline for 6 repeats on an idle core),
 * but one that runs past a short `--timeout`.
 */
export async function longPlan(repeats = 6): Promise<Buffer> {
  const seeds = (await readdir(CORPUS)).filter((f) => f.endsWith('.txt')).sort();
  const parts = await Promise.all(seeds.map((f) => readFile(join(CORPUS, f))));
  return Buffer.concat(Array.from({ length: repeats }, () => parts).flat());
}

/** Files that are not plan documents: listed as skipped with a reason. */
const SKIPPED: Array<{ name: string; bytes: () => Promise<Uint8Array> }> = [
  { name: 'anh-chup.png', bytes: async () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) },
  { name: 'anh.jpg', bytes: async () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]) },
  {
    name: 'bang-tinh.xlsx',
    bytes: async () => {
      const zip = new JSZip();
      zip.file('xl/workbook.xml', '<workbook/>', { date: new Date(0) });
      return zip.generateAsync({ type: 'uint8array' });
    },
  },
  { name: '~$ke-hoach.docx', bytes: async () => Buffer.from('owner file of an open Word document') },
];

export interface BatchOptions {
  count: number;
  bad: number;
  skipped: number;
  seed: number;
  /** Size of the over-large file (sparse: costs no disk). */
  largeBytes: number;
  /** Only documents of these kinds (e.g. `['docx']` for a DOCX batch); every kind when absent. */
  only?: readonly Kind[];
}

/** What was written, for the caller to check a run against. */
export interface BatchPlan {
  good: string[];
  bad: string[];
  skipped: string[];
}

/** Writes the batch under `dir`. */
export async function generateBatch(dir: string, o: BatchOptions): Promise<BatchPlan> {
  const random = prng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const srcs = (await sources()).filter((s) => !o.only || o.only.includes(kindOf(basename(s.path))));
  if (srcs.length === 0) throw new Error(`no corpus document of the kinds ${o.only?.join(', ')}`);
  // Round-robin by weight: every source once before any twice, so small batches still hold every format.
  const wheel = Array.from({ length: Math.max(...srcs.map((s) => s.weight)) }, (_, round) => srcs.filter((s) => s.weight > round)).flat();
  const cache = new Map<string, Buffer>();
  const used = new Set<string>();
  const plan: BatchPlan = { good: [], bad: [], skipped: [] };
  const write = async (path: string, data: Uint8Array) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  };
  for (let n = 0; n < o.count; n++) {
    const src = wheel[n % wheel.length]!;
    const v: Variant = { commune: pick(COMMUNES), district: pick(DISTRICTS), signer: pick(PEOPLE), yearShift: Math.floor(random() * 3), percentDelta: Math.floor(random() * 11) - 5, rephrase: random() < 0.5 };
    if (!cache.has(src.path)) cache.set(src.path, await readFile(src.path));
    const name = basename(src.path);
    const ext = name.slice(name.indexOf('.'));
    // Folders per district, names per commune: the same base name recurs in other folders.
    let path = join(dir, slug(v.district), `ke-hoach-cds-xa-${slug(v.commune)}${ext}`);
    for (let k = 2; used.has(path); k++) path = join(dir, slug(v.district), `ke-hoach-cds-xa-${slug(v.commune)}-${k}${ext}`);
    used.add(path);
    await write(path, await vary(cache.get(src.path)!, name, src.seed, v, n));
    plan.good.push(path);
  }
  for (let n = 0; n < o.bad; n++) {
    const bad = BAD[n % BAD.length]!;
    const path = join(dir, 'loi', `${Math.floor(n / BAD.length) + 1}`, bad.name);
    const made = await bad.make(o.largeBytes);
    if ('sparse' in made) {
      await write(path, Buffer.from('KẾ HOẠCH chuyển đổi số\n'));
      await truncate(path, made.sparse);
    } else await write(path, made);
    plan.bad.push(path);
  }
  for (let n = 0; n < o.skipped; n++) {
    const s = SKIPPED[n % SKIPPED.length]!;
    const path = join(dir, 'khac', `${Math.floor(n / SKIPPED.length) + 1}`, s.name);
    await write(path, await s.bytes());
    plan.skipped.push(path);
  }
  return plan;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { count: { type: 'string' }, bad: { type: 'string' }, skipped: { type: 'string' }, seed: { type: 'string' }, 'large-mb': { type: 'string' }, only: { type: 'string' } },
  });
  const num = (raw: string | undefined, fallback: number) => (raw === undefined ? fallback : Number(raw));
  const o: BatchOptions = {
    count: num(values.count, 1000),
    bad: num(values.bad, 0),
    skipped: num(values.skipped, 4),
    seed: num(values.seed, 1),
    largeBytes: Math.round(num(values['large-mb'], 101) * 1024 * 1024),
    ...(values.only ? { only: values.only.split(',') as Kind[] } : {}),
  };
  if (o.only?.some((k) => !(KINDS as readonly string[]).includes(k))) {
    process.stderr.write(`--only takes kinds among ${KINDS.join(', ')}\n`);
    return 2;
  }
  if (positionals.length !== 1 || ![o.count, o.bad, o.skipped, o.seed].every((n) => Number.isInteger(n) && n >= 0) || !(o.largeBytes > 0)) {
    process.stderr.write('usage: tsx scripts/generate-batch.ts <dir> --count N [--bad N] [--skipped N] [--seed N] [--large-mb MB] [--only docx,utf8,…]\n');
    return 2;
  }
  const plan = await generateBatch(positionals[0]!, o);
  process.stdout.write(`${plan.good.length} documents, ${plan.bad.length} bad files, ${plan.skipped.length} non-documents in ${positionals[0]}\n`);
  return 0;
}

if (process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])) process.exitCode = await main(process.argv.slice(2));
