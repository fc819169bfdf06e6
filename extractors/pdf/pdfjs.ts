/**
 * pdfjs-dist (legacy build) loaded for in-thread use, without the process-wide
 * slowdowns its bundled polyfills bring (see `./native-builtins.ts`).
 *
 * The worker module is imported here rather than fetched by pdfjs on the first
 * document: it sets `globalThis.pdfjsWorker`, which pdfjs uses for its
 * in-thread ("fake") worker, and it carries a second copy of the polyfills, so
 * the builtins are restored only once both are evaluated. Import order matters:
 * `native-builtins.js` must stay first.
 */
import { restoreNativeBuiltins } from './native-builtins.js';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';

restoreNativeBuiltins();

export { pdfjs };
