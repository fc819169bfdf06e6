/**
 * A fast `Uint8Array.prototype.toBase64` for the call pdfjs makes.
 *
 * Node 20 has no `toBase64`; pdfjs-dist's legacy build installs core-js's
 * polyfill, which builds the string four characters at a time. pdfjs calls it
 * on every embedded font's bytes (for an @font-face rule the pipeline
 * discards, see `./pdfjs.ts`), about as costly as parsing the font. The plain
 * call (`bytes.toBase64()` on a Uint8Array) is answered by Buffer's encoder,
 * the same standard alphabet with padding; any other call (options, another
 * receiver, an empty or detached array) goes to the polyfill, errors included.
 */
import { isUint8Array } from 'node:util/types';

type ToBase64 = (this: Uint8Array, ...options: unknown[]) => string;

/**
 * The engine's own method if it has one, looked up before pdfjs is evaluated
 * (`./pdfjs.ts` imports this module first): core-js makes its polyfills print
 * as native code, so it cannot be told apart afterwards.
 */
const engineToBase64 = (Uint8Array.prototype as unknown as { toBase64?: ToBase64 }).toBase64;

/** Wraps the polyfill in place unless the engine has its own `toBase64` (or there is none). */
export function speedUpToBase64(): void {
  const proto = Uint8Array.prototype as unknown as { toBase64?: ToBase64 };
  const polyfill = proto.toBase64;
  if (typeof polyfill !== 'function' || polyfill === engineToBase64) return;
  const descriptor = Object.getOwnPropertyDescriptor(proto, 'toBase64');
  Object.defineProperty(proto, 'toBase64', {
    ...descriptor,
    value: function toBase64(this: Uint8Array, ...options: unknown[]): string {
      // A detached buffer's views are empty: those, and empty arrays, are the polyfill's.
      if (options.length === 0 && isUint8Array(this) && this.byteLength > 0) {
        return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
      }
      return polyfill.apply(this, options);
    },
  });
}
