import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdfFromObjects } from '../../scripts/pdf-objects.js';
import { CopyingPort } from '../../extractors/pdf/message-port.js';
import { restoreNativeBuiltins } from '../../extractors/pdf/native-builtins.js';
import { editWorkerSource, WORKER_EDITS, workerModulePath } from '../../extractors/pdf/worker-source.js';
import { fontRuleSink, inThreadWorker, pdfjs, workerLoad } from '../../extractors/pdf/pdfjs.js';

const FORMATS = join(import.meta.dirname, '..', '..', 'corpus', 'formats');
const TEXT_PDFS = ['000_d7d9651ddd969956.pdf', '001_61b19ee575358a63.pdf', '002_6f4458b79196ed4f.pdf', '003_13a95629cdd498d2.pdf', '004_db43e2131bbb219b.pdf'];

/** A one-page PDF whose content nests `q`/`Q` around font, spacing, scale, rise and matrix changes, and writes hex strings of every shape. */
function nestedStatePdf(): Uint8Array {
  const stream = [
    'BT /F1 12 Tf 72 760 Td (Plain line) Tj ET',
    'q 0 0 1 rg BT /F2 14 Tf 2 Tc 72 740 Td (Bold spaced) Tj ET',
    'q 1 0 0 1 10 -20 cm BT /F1 10 Tf 1 Tw 80 Tz 72 720 Td (Scaled words here) Tj 3 Ts (raised) Tj ET Q',
    'BT 72 690 Td (Font kept from outer q) Tj /F1 12 Tf [(Kern) -250 (ed) 120 (TJ)] TJ ET Q',
    'BT 72 670 Td 14 TL (After Q) Tj T* (next line) Tj 0.5 0 0 0.5 72 640 Tm (matrix) Tj ET',
    'q BT /F2 9 Tf 72 620 Td (a) Tj Q BT (b) Tj ET',
    // Hex strings: spaced, odd-length (last digit padded), empty, with a non-hex character.
    'BT /F1 12 Tf 72 600 Td <48 65 6C6C\n6f> Tj [<576F72>-100<6C64>] TJ <414> Tj <> Tj <41zz42> Tj ET',
  ].join('\n');
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [5 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents 6 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ]);
}

/** Typed arrays as plain arrays; each worker numbers its documents (`g_d0_f1`), so the number goes. */
function comparable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (ArrayBuffer.isView(v) ? [...(v as Float32Array)] : v)).replace(/\bg_d\d+_/gu, 'g_d_');
}

/** Per page: the text content, then the operator list, as comparable JSON. */
async function textContents(worker: pdfjs.PDFWorker, bytes: Uint8Array): Promise<string[]> {
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: fontRuleSink,
    worker,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const out: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      out.push(comparable(await page.getTextContent()));
      const ops = await page.getOperatorList();
      out.push(comparable({ fnArray: ops.fnArray, argsArray: ops.argsArray }));
      page.cleanup();
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

describe('edited pdfjs worker', () => {
  it('applies every edit to the installed pdfjs-dist (a failure here means a pdfjs upgrade undid the speed-up)', () => {
    expect(workerLoad).toEqual({ edited: true });
    const source = readFileSync(workerModulePath(), 'utf8');
    for (const edit of WORKER_EDITS) expect(source.split(edit.find).length - 1, edit.why).toBe(1);
    expect(editWorkerSource(source, 'file:///x/pdf.worker.mjs')).toHaveProperty('script');
  });

  it('refuses a source where an edit does not find its text exactly once', () => {
    const edited = editWorkerSource('globalThis.pdfjsWorker = {};\nexport { WorkerMessageHandler };\n', 'file:///x/pdf.worker.mjs');
    expect(edited).toHaveProperty('error');
    const twice = WORKER_EDITS[0]!.find + '\n' + WORKER_EDITS[0]!.find + '\nexport { WorkerMessageHandler };\n';
    expect(editWorkerSource(twice, 'file:///x/pdf.worker.mjs')).toEqual({ error: expect.stringContaining('2 times') });
  });

  it('reads the same text content and operator lists as the worker as shipped', async () => {
    const edited = inThreadWorker();
    // The shipped module, imported on its own: it sets the global again, which the edited worker no longer reads.
    const shipped = (await import(pathToFileURL(workerModulePath()).href)) as {
      WorkerMessageHandler: { initializeFromPort(port: unknown): void };
    };
    restoreNativeBuiltins();
    const port = new CopyingPort();
    shipped.WorkerMessageHandler.initializeFromPort(port);
    const original = new pdfjs.PDFWorker({ port: port as never, verbosity: 0 });
    const inputs = [nestedStatePdf(), ...TEXT_PDFS.map((f) => new Uint8Array(readFileSync(join(FORMATS, f))))];
    for (const bytes of inputs) {
      const expected = await textContents(original, bytes);
      const actual = await textContents(edited, bytes);
      expect(actual.length).toBe(expected.length);
      // One page at a time: a whole document's operator lists make an unreadable diff.
      for (let i = 0; i < expected.length; i++) expect(actual[i] === expected[i], `page ${(i >> 1) + 1}, ${i % 2 ? 'operator list' : 'text'}`).toBe(true);
    }
    original.destroy();
  }, 60_000);
});
