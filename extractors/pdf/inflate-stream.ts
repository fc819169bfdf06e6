/**
 * A `DecompressionStream` whose "deflate" format inflates in one synchronous
 * zlib call. pdfjs 5 inflates every FlateDecode stream (page contents, fonts)
 * through `DecompressionStream`; Node's implementation runs each one through
 * a web-stream ↔ zlib-Transform adapter, about six times the cost of the
 * inflate itself on a page's few-kilobyte content stream. The same zlib code
 * runs either way, so output and errors (truncated, corrupt, trailing bytes)
 * are the same; other formats go to Node's own class.
 */
import { inflateSync } from 'node:zlib';

type DecompressionStreamClass = typeof globalThis.DecompressionStream;

function inflateAll(chunks: Uint8Array[]): Uint8Array {
  const input = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  const out = inflateSync(input);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** Builds the class on top of the platform's own (used for every format but "deflate"). */
export function syncInflateDecompressionStream(platform: DecompressionStreamClass): DecompressionStreamClass {
  class SyncInflateDecompressionStream {
    readonly readable!: ReadableStream<Uint8Array>;
    readonly writable!: WritableStream<BufferSource>;

    constructor(format: CompressionFormat) {
      if (format !== 'deflate') return new platform(format) as unknown as SyncInflateDecompressionStream;
      const chunks: Uint8Array[] = [];
      let output!: ReadableStreamDefaultController<Uint8Array>;
      this.readable = new ReadableStream<Uint8Array>({
        start(controller) {
          output = controller;
        },
      });
      this.writable = new WritableStream<BufferSource>({
        write(chunk) {
          chunks.push(ArrayBuffer.isView(chunk) ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength) : new Uint8Array(chunk));
        },
        close() {
          try {
            output.enqueue(inflateAll(chunks));
            output.close();
          } catch (error) {
            output.error(error);
          }
        },
        abort(reason) {
          output.error(reason);
        },
      });
    }
  }
  return SyncInflateDecompressionStream as unknown as DecompressionStreamClass;
}
