/**
 * The engine's own `Array.prototype.push`, `JSON.parse` and `JSON.stringify`,
 * captured before pdfjs-dist's legacy build is evaluated.
 *
 * That build bundles core-js, which on Node 20 replaces these three for the
 * whole process with JavaScript polyfills (for edge cases pdfjs never hits:
 * pushing past 2^32 - 1 elements, `JSON.rawJSON`, the `JSON.parse` reviver's
 * source text). Every later `push` and every JSON output of the pipeline then
 * runs through the polyfill, several times slower. `./pdfjs.ts` imports this
 * module first and puts the captured functions back once pdfjs is loaded.
 */
const captured = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
};

/** Puts back the builtins captured when this module was first evaluated. */
export function restoreNativeBuiltins(): void {
  if (Array.prototype.push !== captured.push) {
    Object.defineProperty(Array.prototype, 'push', { value: captured.push, writable: true, configurable: true, enumerable: false });
  }
  if (JSON.parse !== captured.parse) {
    Object.defineProperty(JSON, 'parse', { value: captured.parse, writable: true, configurable: true, enumerable: false });
  }
  if (JSON.stringify !== captured.stringify) {
    Object.defineProperty(JSON, 'stringify', { value: captured.stringify, writable: true, configurable: true, enumerable: false });
  }
}
