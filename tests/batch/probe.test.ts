/**
 * The ingest probe: what it decides before a document reaches a thread, and the
 * bytes it hands on. A small file's bytes travel to the worker, so they must be
 * exactly the file and hash like the streamed hash of a large one.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probe, sha256File, WHOLE_READ_BYTES } from '../../pipeline/ingest/probe.js';
import { ingest } from '../../pipeline/ingest.js';
import { CORPUS } from '../pipeline/helpers.js';

const dir = () => mkdtempSync(join(tmpdir(), 'chitieu-probe-'));

describe('probe', () => {
  it.each(['000_d7d9651ddd969956.txt', 'formats/001_61b19ee575358a63.docx', 'formats/002_6f4458b79196ed4f.pdf'])('hands on the whole of %s with its streamed hash', async (name) => {
    const file = join(CORPUS, name);
    const p = await probe(file, 100 << 20);
    expect(p.kind).toBe('process');
    if (p.kind !== 'process') return;
    expect(p.sha256).toBe(await sha256File(file));
    expect(Buffer.from(p.bytes!).equals(readFileSync(file))).toBe(true);
    // Transferable on its own: a view over the whole of its buffer, not a slice of a shared pool.
    expect(p.bytes!.byteOffset).toBe(0);
    expect(p.bytes!.byteLength).toBe(p.bytes!.buffer.byteLength);
    expect(Buffer.isBuffer(p.bytes)).toBe(false);
  });

  it('streams the hash of a file above the whole-read size and leaves reading it to the worker', async () => {
    const file = join(dir(), 'bao-cao-lon.txt');
    const line = 'Tỷ lệ hồ sơ giải quyết trực tuyến đạt 85%.\n';
    writeFileSync(file, line.repeat(Math.ceil((WHOLE_READ_BYTES + 1) / Buffer.byteLength(line))));
    const p = await probe(file, 100 << 20);
    expect(p).toEqual({ kind: 'process', sha256: await sha256File(file) });
  });

  it('fails an empty file and one over the limit, and skips what is not a document', async () => {
    const d = dir();
    writeFileSync(join(d, 'rong.txt'), '');
    writeFileSync(join(d, 'dai.txt'), 'Kế hoạch chuyển đổi số năm 2024\n'.repeat(100));
    writeFileSync(join(d, 'anh.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    expect(await probe(join(d, 'rong.txt'), 1000)).toMatchObject({ kind: 'fail', error: { code: 'empty-file' } });
    expect(await probe(join(d, 'dai.txt'), 1000)).toMatchObject({ kind: 'fail', error: { code: 'file-too-large' } });
    expect((await probe(join(d, 'anh.png'), 1000)).kind).toBe('skip');
    expect(await probe(join(d, 'khong-co.txt'), 1000)).toMatchObject({ kind: 'fail', error: { code: 'unreadable-file' } });
  });

  it('each result carries the hash of its own bytes: handed over with the probe\'s hash, or read again by the thread for a copy', { timeout: 120_000 }, async () => {
    const input = dir();
    copyFileSync(join(CORPUS, '000_d7d9651ddd969956.txt'), join(input, 'a.txt'));
    copyFileSync(join(CORPUS, '000_d7d9651ddd969956.txt'), join(input, 'a-ban-sao.txt'));
    copyFileSync(join(CORPUS, 'formats/001_61b19ee575358a63.docx'), join(input, 'b.docx'));
    const out = dir();
    const run = await ingest([input], { out, concurrency: 2, ocr: false });
    expect(run.manifest.entries.map((e) => e.status)).toEqual(['ok', 'ok', 'ok']);
    for (const entry of run.manifest.entries) {
      const hash = await sha256File(entry.input);
      expect(entry.sha256).toBe(hash);
      expect(JSON.parse(readFileSync(join(out, entry.output!), 'utf8')).source.sha256).toBe(hash);
    }
  });
});
