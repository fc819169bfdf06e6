/**
 * pdfjs-dist (legacy build) loaded for in-thread use, without the process-wide
 * slowdowns its bundled polyfills bring (see `./native-builtins.ts`).
 *
 * The worker module is evaluated here (edited for speed, see
 * `./worker-source.ts`) rather than fetched by pdfjs on the first document: it
 * sets `globalThis.pdfjsWorker`, which the in-thread worker below is built on,
 * and it carries a second copy of the polyfills, so the builtins are restored
 * only once both are evaluated. Import order matters:
 * `native-builtins.js` and `base64.js` must come before pdfjs. FlateDecode
 * streams are inflated with one synchronous zlib call each (see
 * `./inflate-stream.ts`).
 */
import { restoreNativeBuiltins } from './native-builtins.js';
import { speedUpToBase64 } from './base64.js';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { syncInflateDecompressionStream } from './inflate-stream.js';
import { CopyingPort } from './message-port.js';
import { loadWorker, type WorkerLoad } from './worker-source.js';

/** Whether the worker runs with `./worker-source.ts`'s edits (or why not). */
export const workerLoad: WorkerLoad = loadWorker();
restoreNativeBuiltins();
speedUpToBase64();
// pdfjs looks `DecompressionStream` up on each FlateDecode stream; nothing else in the pipeline uses it.
if (typeof globalThis.DecompressionStream === 'function') {
  globalThis.DecompressionStream = syncInflateDecompressionStream(globalThis.DecompressionStream);
}

/**
 * The smallest document pdfjs's font loader can add @font-face rules to; the
 * rules go nowhere. With `disableFontFace: false` and this document, pdfjs
 * treats each embedded font as installed and stops compiling an outline of
 * every glyph drawn (for a canvas we never paint), the largest cost of
 * `getOperatorList` on text pages. Text content does not depend on it. Should
 * a later pdfjs want more of the document, loading the font fails and pdfjs
 * falls back to building the outlines, as with `disableFontFace: true`.
 */
const discardedStyle = { sheet: { cssRules: [] as unknown[], insertRule: (): number => 0 }, remove: (): void => undefined };
export const fontRuleSink = {
  createElement: () => discardedStyle,
  documentElement: { getElementsByTagName: () => [{ append: (): void => undefined }] },
} as unknown as Document;

let worker: pdfjs.PDFWorker | undefined;

/**
 * The in-thread worker every document is opened on: pdfjs's own worker code,
 * reached through a `CopyingPort` (see `./message-port.ts`). Created once;
 * documents come and go on it.
 */
export function inThreadWorker(): pdfjs.PDFWorker {
  if (!worker) {
    const port = new CopyingPort();
    const handler = (globalThis as unknown as { pdfjsWorker: { WorkerMessageHandler: { initializeFromPort(port: unknown): void } } }).pdfjsWorker
      .WorkerMessageHandler;
    handler.initializeFromPort(port);
    // Silent like the documents opened on it (`verbosity: 0`): the worker side logs warnings to stdout otherwise.
    worker = new pdfjs.PDFWorker({ port: port as never, verbosity: 0 });
  }
  return worker;
}

export { pdfjs };
