/**
 * Renders PDF pages to PNG with pdfjs-dist (legacy build, for Node) onto
 * @napi-rs/canvas. pdfjs 5 creates its own NodeCanvasFactory backed by
 * @napi-rs/canvas when it runs on Node, so no factory is passed in.
 */
// Through ../pdf/pdfjs.js, never directly: that module loads pdfjs without its process-wide polyfills.
import { pdfjs } from '../pdf/pdfjs.js';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { removeRulings, type PixelRule } from './rules.js';

/** A rendered page; `rules` are the table rulings whitened before OCR (empty when kept). */
export interface RenderedPage {
  png: Buffer;
  width: number;
  height: number;
  rules: PixelRule[];
}

/** An open document whose pages can be rendered one by one. */
export interface PageRenderer {
  numPages: number;
  render(page: number, dpi: number, options?: { removeRulings?: boolean }): Promise<RenderedPage>;
  close(): Promise<void>;
}

interface NodeCanvas {
  width: number;
  height: number;
  toBuffer(mime: 'image/png'): Buffer;
}

/** Opens a PDF from bytes (copied: pdfjs detaches the buffer it is given). */
export async function openPdf(bytes: Uint8Array): Promise<PageRenderer> {
  const doc: PDFDocumentProxy = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  return {
    numPages: doc.numPages,
    async render(pageNumber, dpi, options = {}) {
      const page = await doc.getPage(pageNumber);
      try {
        const viewport = page.getViewport({ scale: dpi / 72 });
        const width = Math.ceil(viewport.width);
        const height = Math.ceil(viewport.height);
        const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: NodeCanvas; context: unknown }; destroy(c: unknown): void } }).canvasFactory;
        const entry = factory.create(width, height);
        try {
          // White first: the page images are opaque, but a transparent margin would OCR as black.
          const ctx = entry.context as CanvasRenderingContext2D;
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(0, 0, width, height);
          await page.render({ canvas: entry.canvas as unknown as HTMLCanvasElement, canvasContext: ctx, viewport }).promise;
          const rules: PixelRule[] = [];
          if (options.removeRulings) {
            const pixels = ctx.getImageData(0, 0, width, height);
            removeRulings(pixels.data, width, height, dpi, rules);
            ctx.putImageData(pixels, 0, 0);
          }
          return { png: entry.canvas.toBuffer('image/png'), width, height, rules };
        } finally {
          factory.destroy(entry);
        }
      } finally {
        page.cleanup();
      }
    },
    async close() {
      await doc.destroy();
    },
  };
}
