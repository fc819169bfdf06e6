import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syncInflateDecompressionStream } from '../../extractors/pdf/inflate-stream.js';

const Platform = globalThis.DecompressionStream;
const SyncInflate = syncInflateDecompressionStream(Platform);

/** Reads bytes through a DecompressionStream the way pdfjs 5 does; the outcome is the bytes or the error code. */
async function decompress(Stream: typeof DecompressionStream, format: CompressionFormat, bytes: Uint8Array): Promise<string> {
  try {
    const { readable, writable } = new Stream(format);
    const writer = writable.getWriter();
    await writer.ready;
    writer
      .write(bytes as Uint8Array<ArrayBuffer>)
      .then(async () => {
        await writer.ready;
        await writer.close();
      })
      .catch(() => {});
    const chunks: Uint8Array[] = [];
    for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    return `ok ${Buffer.concat(chunks).toString('hex')}`;
  } catch (error) {
    return `error ${(error as { code?: string }).code ?? (error as Error).name}`;
  }
}

describe('syncInflateDecompressionStream agrees with the platform DecompressionStream', () => {
  const body = Buffer.from('BT /F1 12 Tf 72 700 Td (Vi\u1ec7t Nam) Tj ET\n'.repeat(40));
  const full = deflateSync(body);
  const cases: Record<string, Uint8Array> = {
    full,
    truncated: full.subarray(0, full.length - 10),
    'without checksum': full.subarray(0, full.length - 4),
    'trailing bytes': Buffer.concat([full, Buffer.from('\r\nendstream')]),
    empty: new Uint8Array(0),
    'bad header': Buffer.concat([Buffer.from([0x78, 0x00]), full.subarray(2)]),
  };
  it.each(Object.entries(cases))('%s', async (_, bytes) => {
    expect(await decompress(SyncInflate, 'deflate', bytes)).toBe(await decompress(Platform, 'deflate', bytes));
  });

  it('on deflated random data, cut anywhere or with a flipped byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.nat(), fc.nat(255), async (data, cut, flip) => {
        const packed = new Uint8Array(deflateSync(data));
        const damaged = packed.slice(0, cut % (packed.length + 1));
        if (damaged.length > 0) damaged[flip % damaged.length]! ^= 0x55;
        for (const bytes of [packed, damaged]) {
          expect(await decompress(SyncInflate, 'deflate', bytes)).toBe(await decompress(Platform, 'deflate', bytes));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('inflating the same bytes again gives the same output, each a copy of its own', async () => {
    const packed = deflateSync(Buffer.from('q 1 0 0 1 72 700 cm BT (a) Tj ET Q\n'.repeat(30)));
    const outputs: Uint8Array[] = [];
    for (let i = 0; i < 3; i++) {
      const { readable, writable } = new SyncInflate('deflate');
      const writer = writable.getWriter();
      void writer.write(packed.slice() as Uint8Array<ArrayBuffer>).then(() => writer.close());
      for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) outputs.push(chunk);
      outputs[outputs.length - 1]!.fill(0);
    }
    expect(outputs).toHaveLength(3);
    expect(outputs[0]).not.toBe(outputs[1]);
    expect(await decompress(SyncInflate, 'deflate', packed)).toBe(await decompress(Platform, 'deflate', packed));
  });

  it('leaves other formats to the platform class', async () => {
    const gz = new Uint8Array(await new Response(new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
    expect(await decompress(SyncInflate, 'gzip', gz)).toBe(`ok ${body.toString('hex')}`);
  });
});
