/**
 * pdfjs-dist's worker module (legacy build), evaluated from its source with
 * small exact-text edits that make it faster and change nothing it computes.
 *
 * The main edit: `TextState.clone` builds each copy with
 * `Object.create(this)`, so every copy has the state it was copied from as
 * its prototype. Text content copies the state on every `q` and on every font
 * change; each copy then has a map of its own, the property reads of
 * `getTextContent`'s per-glyph code go megamorphic, and turning each state
 * into a prototype costs on its own. A text state's properties are all own
 * (class fields, copied by the `Object.assign` that follows), so the copy
 * reads the same values with `TextState.prototype` as its prototype: about a
 * quarter of `getTextContent`'s CPU time on LibreOffice PDFs (a `q`/`Q` and a
 * `Tf` per line) goes.
 *
 * The module is run as a script (`vm`), wrapped in a strict function: its two
 * module-only constructs are `import.meta.url` (emscripten's fallback to find
 * its wasm next to the script; the file's own URL is put in its place) and
 * the final `export`, dropped (the module sets `globalThis.pdfjsWorker`, which
 * is what the in-thread worker uses). Should any edit not find its text
 * exactly once (another pdfjs version), or the script not compile, the module
 * is imported as it is and nothing is lost but the speed:
 * `tests/extractors/pdf-worker-source.test.ts` fails in that case, and
 * compares the text content of the edited and the original worker.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { constants, Script } from 'node:vm';

/** One edit: `find` must occur exactly once in the source. */
interface Edit {
  why: string;
  find: string;
  replace: string;
}

export const WORKER_EDITS: readonly Edit[] = [
  {
    why: 'text state copies share one prototype (and so one map)',
    find: '  clone() {\n    const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();',
    replace: '  clone() {\n    const clone = Object.assign(Object.create(TextState.prototype), this);\n    clone.textMatrix = this.textMatrix.slice();',
  },
  // The lexer's hex strings (`<0A1B>`: the glyph codes of most embedded-font text) are concatenated rather than
  // pushed one character at a time onto a shared array and joined: the same string, without the array's churn.
  {
    why: 'hex string: start from an empty string',
    find: '  getHexString() {\n    const strBuf = this.strBuf;\n    strBuf.length = 0;\n    let ch = this.currentChar;',
    replace: '  getHexString() {\n    let str = "";\n    let ch = this.currentChar;',
  },
  {
    why: 'hex string: append each byte',
    find: [
      '          strBuf.push(String.fromCharCode(firstDigit << 4 | digit));',
      '          firstDigit = -1;',
      '        }',
      '        ch = this.nextChar();',
      '      }',
      '    }',
      '    if (firstDigit !== -1) {',
      '      strBuf.push(String.fromCharCode(firstDigit << 4));',
      '    }',
      '    return strBuf.join("");',
      '  }',
    ].join('\n'),
    replace: [
      '          str += String.fromCharCode(firstDigit << 4 | digit);',
      '          firstDigit = -1;',
      '        }',
      '        ch = this.nextChar();',
      '      }',
      '    }',
      '    if (firstDigit !== -1) {',
      '      str += String.fromCharCode(firstDigit << 4);',
      '    }',
      '    return str;',
      '  }',
    ].join('\n'),
  },
];

const MODULE_EXPORT = '\nexport { WorkerMessageHandler };\n';
const IMPORT_META_URL = /\bimport\.meta\.url\b/gu;

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/**
 * The worker source as a script body, every edit applied; or why it cannot
 * be (the caller then imports the module unchanged).
 */
export function editWorkerSource(source: string, fileUrl: string): { script: string } | { error: string } {
  let text = source;
  for (const edit of [...WORKER_EDITS, { why: 'module export', find: MODULE_EXPORT, replace: '\n' }]) {
    const n = occurrences(text, edit.find);
    if (n !== 1) return { error: `edit "${edit.why}": its text occurs ${n} times` };
    text = text.replace(edit.find, () => edit.replace);
  }
  text = text.replace(IMPORT_META_URL, () => JSON.stringify(fileUrl));
  // The source map comment stays last, as in the file; the function closes on a line of its own.
  return { script: `(function () {"use strict";${text}\n})();` };
}

export type WorkerLoad = { edited: true } | { edited: false; reason: string };

/** Path of the worker module pdfjs-dist ships. */
export function workerModulePath(): string {
  return createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
}

/**
 * Evaluates the edited worker (setting `globalThis.pdfjsWorker`); on any
 * failure loads the module as shipped instead. Synchronous (the shipped module
 * is required, as Node loads an ES module without top-level await), so the
 * module that calls it has no top-level await and can be bundled as a script
 * (the pool threads' code cache, see scripts/bundle-worker.ts).
 */
export function loadWorker(): WorkerLoad {
  let reason: string;
  const file = workerModulePath();
  try {
    const edited = editWorkerSource(readFileSync(file, 'utf8'), pathToFileURL(file).href);
    if ('script' in edited) {
      new Script(edited.script, { filename: file, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }).runInThisContext();
      if (typeof (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler === 'function') {
        return { edited: true };
      }
      reason = 'the edited worker set no globalThis.pdfjsWorker';
    } else {
      reason = edited.error;
    }
  } catch (error) {
    reason = (error as Error).message ?? String(error);
  }
  createRequire(import.meta.url)(file);
  return { edited: false, reason };
}
