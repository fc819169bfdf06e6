/**
 * A `DecompressionStream` whose "deflate" format inflates in one synchronous
 * zlib call. pdfjs 5 inflates every FlateDecode stream (page contents, fonts)
 * through `DecompressionStream`; Node's implementation runs each one through
 * a web-stream ↔ zlib-Transform adapter, about six times the cost of the
 * inflate itself on a page's few-kilobyte content stream. The same zlib code
 * runs either way, so output and errors (truncated, corrupt, trailing bytes)
 * are the same; other formats go to Node's own class.
 *
 * The "deflate" object is not a pair of web streams but the part of one that
 * pdfjs uses (`writable.getWriter()` with `ready`/`write`/`close`, and
 * `for await` over `readable`): even with the inflate done in one call, the
 * stream objects, their reader and writer and the error Node builds (stack
 * trace included) when the reader lock is released cost about as much as the
 * inflate. pdfjs is the only user of the global in this process; anything
 * that pipes into it would fail loudly (no `pipeThrough`), not silently.
 */
import { inflateSync } from 'node:zlib';

type DecompressionStreamClass = typeof globalThis.DecompressionStream;

/**
 * The last few inflates: pdfjs inflates a page's content streams once for
 * its text and again for its operator list, when that is read. A repeat is recognised by equal
 * compressed bytes, and each caller gets its own copy of the output (pdfjs
 * may write into what it is given).
 */
const RECENT_INFLATES = 8;
/** Larger outputs (fonts, images; inflated once each) are not kept. */
const MAX_KEPT_OUTPUT = 1 << 18;
const recent: Array<{ input: Buffer; output: Uint8Array }> = [];

function inflateAll(chunks: Uint8Array[]): Uint8Array {
  const input = chunks.length === 1 ? Buffer.from(chunks[0]!.buffer, chunks[0]!.byteOffset, chunks[0]!.byteLength) : Buffer.concat(chunks);
  for (const kept of recent) {
    if (kept.input.byteLength === input.byteLength && kept.input.equals(input)) return kept.output.slice();
  }
  const out = inflateSync(input);
  const output = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (output.byteLength <= MAX_KEPT_OUTPUT) {
    if (recent.length === RECENT_INFLATES) recent.pop();
    recent.unshift({ input: Buffer.from(input), output: output.slice() });
  }
  return output;
}

function bytesOf(chunk: BufferSource): Uint8Array {
  return ArrayBuffer.isView(chunk) ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength) : new Uint8Array(chunk);
}

const settled = Promise.resolve();

/** Open watches: each collects what every "deflate" stream hands out meanwhile (null for one that failed). */
const watches = new Set<Array<Uint8Array | null>>();

/**
 * Starts collecting the output of every "deflate" stream until `stop()`. The
 * extractor reads a page's text under a watch to see the page's content
 * streams (see `./content-scan.ts`); whatever else is inflated meanwhile is
 * collected too.
 */
export function watchInflates(): { outputs: Array<Uint8Array | null>; stop(): void } {
  const outputs: Array<Uint8Array | null> = [];
  watches.add(outputs);
  return { outputs, stop: () => watches.delete(outputs) };
}

/** Builds the class on top of the platform's own (used for every format but "deflate"). */
export function syncInflateDecompressionStream(platform: DecompressionStreamClass): DecompressionStreamClass {
  class SyncInflateDecompressionStream {
    readonly readable!: AsyncIterable<Uint8Array>;
    readonly writable!: { getWriter(): unknown };

    constructor(format: CompressionFormat) {
      if (format !== 'deflate') return new platform(format) as unknown as SyncInflateDecompressionStream;
      const chunks: Uint8Array[] = [];
      let finish!: (result: { bytes: Uint8Array } | { error: unknown }) => void;
      const result = new Promise<{ bytes: Uint8Array } | { error: unknown }>((resolve) => {
        finish = resolve;
      });
      let open = true;
      const writer = {
        ready: settled,
        write(chunk: BufferSource): Promise<void> {
          if (!open) return Promise.reject(new TypeError('the stream is closed'));
          chunks.push(bytesOf(chunk));
          return settled;
        },
        close(): Promise<void> {
          if (!open) return Promise.reject(new TypeError('the stream is closed'));
          open = false;
          let outcome: { bytes: Uint8Array } | { error: unknown };
          try {
            outcome = { bytes: inflateAll(chunks) };
          } catch (error) {
            outcome = { error };
          }
          for (const outputs of watches) outputs.push('bytes' in outcome ? outcome.bytes : null);
          finish(outcome);
          return 'error' in outcome ? Promise.reject(outcome.error) : settled;
        },
        abort(reason: unknown): Promise<void> {
          open = false;
          finish({ error: reason });
          return settled;
        },
        releaseLock(): void {},
      };
      this.writable = { getWriter: () => writer };
      this.readable = {
        async *[Symbol.asyncIterator]() {
          const outcome = await result;
          if ('error' in outcome) throw outcome.error;
          // Node's stream hands an empty output over as no chunk at all.
          if (outcome.bytes.byteLength > 0) yield outcome.bytes;
        },
      };
    }
  }
  return SyncInflateDecompressionStream as unknown as DecompressionStreamClass;
}
