/**
 * The message channel between pdfjs's API and its in-thread worker.
 *
 * pdfjs's own in-thread port (`LoopbackPort`) runs every message through
 * `structuredClone`; on Node 20 that serialises and deserialises each one and
 * is a tenth of a text page's extraction, most of it on operator-list chunks
 * (every glyph of every `showText`). `structuredCopy` produces the same copy
 * for the data pdfjs sends — primitives, arrays, ordinary objects, Maps,
 * Sets, typed arrays and array buffers, shared and cyclic references kept — in one pass
 * of JavaScript, and hands anything else (Error, Date, …) back to
 * `structuredClone`. Operator-list and text-content chunks are copied one
 * level deep only (see `streamChunk`).
 */

import { isMap, isSet } from 'node:util/types';

/** Thrown inside `structuredCopy` when a value needs the platform's clone. */
class NeedsPlatformClone extends Error {}
const NEEDS_PLATFORM_CLONE = new NeedsPlatformClone('needs structuredClone');

const objectToString = Object.prototype.toString;

/**
 * What `structuredClone(value, { transfer })` returns, for every value whose
 * parts are primitives, arrays without holes or named properties, ordinary
 * objects, Maps, Sets, typed arrays, DataViews and ArrayBuffers; other values go to
 * `structuredClone` itself. A transferred buffer is handed over as it is
 * rather than moved: pdfjs never touches a buffer after transferring it (with
 * a real worker it would be detached).
 */
export function structuredCopy<T>(value: T, transfer?: readonly ArrayBuffer[]): T {
  const state: CopyState = { handedOver: new Set<ArrayBufferLike>(transfer ?? []), seen: new Map<object, unknown>() };
  try {
    return copy(value, state) as T;
  } catch (error) {
    if (error !== NEEDS_PLATFORM_CLONE) throw error;
    return structuredClone(value, transfer ? { transfer: transfer as ArrayBuffer[] } : undefined);
  }
}

/** One copy's memory: buffers handed over, and each object already copied (shared and cyclic references). */
interface CopyState {
  handedOver: Set<ArrayBufferLike>;
  seen: Map<object, unknown>;
}

type ViewClass = new (buffer: ArrayBuffer, offset: number, length: number) => ArrayBufferView;

function copyBuffer(buffer: ArrayBufferLike, state: CopyState): ArrayBufferLike {
  if (state.handedOver.has(buffer)) return buffer;
  const done = state.seen.get(buffer) as ArrayBuffer | undefined;
  if (done) return done;
  if (!(buffer instanceof ArrayBuffer) || (buffer as { resizable?: boolean }).resizable) throw NEEDS_PLATFORM_CLONE;
  const out = buffer.slice(0);
  state.seen.set(buffer, out);
  return out;
}

function copy(v: unknown, state: CopyState): unknown {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'function' || typeof v === 'symbol') throw NEEDS_PLATFORM_CLONE;
    return v;
  }
  const done = state.seen.get(v);
  if (done !== undefined) return done;
  if (Array.isArray(v)) {
    const length = v.length;
    const out: unknown[] = new Array(length);
    state.seen.set(v, out);
    for (let i = 0; i < length; i++) {
      const item = v[i];
      if (item === undefined && !(i in v)) throw NEEDS_PLATFORM_CLONE;
      out[i] = copy(item, state);
    }
    // Named properties on an array are kept by `structuredClone`; leave such arrays to it.
    if (Object.keys(v).length !== length) throw NEEDS_PLATFORM_CLONE;
    return out;
  }
  if (ArrayBuffer.isView(v)) {
    const buffer = copyBuffer(v.buffer, state) as ArrayBuffer;
    // The standard class of the view (a Node Buffer arrives as a Uint8Array, as with `structuredClone`).
    const kind = objectToString.call(v).slice(8, -1);
    const out =
      kind === 'DataView'
        ? new DataView(buffer, v.byteOffset, v.byteLength)
        : new (globalThis as unknown as Record<string, ViewClass>)[kind]!(buffer, v.byteOffset, (v as unknown as Uint8Array).length);
    state.seen.set(v, out);
    return out;
  }
  if (v instanceof ArrayBuffer) return copyBuffer(v, state);
  // pdfjs sends a Set with every operator-list request (`modifiedIds`).
  if (isSet(v)) {
    const out = new Set<unknown>();
    state.seen.set(v, out);
    for (const item of v) out.add(copy(item, state));
    return out;
  }
  if (isMap(v)) {
    const out = new Map<unknown, unknown>();
    state.seen.set(v, out);
    for (const [key, item] of v) out.set(copy(key, state), copy(item, state));
    return out;
  }
  if (objectToString.call(v) !== '[object Object]') throw NEEDS_PLATFORM_CLONE;
  const out: Record<string, unknown> = {};
  state.seen.set(v, out);
  for (const key of Object.keys(v)) {
    const item = copy((v as Record<string, unknown>)[key], state);
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, writable: true, enumerable: true, configurable: true });
    else out[key] = item;
  }
  return out;
}

/** pdfjs's `StreamKind.ENQUEUE`: one chunk of a streamed reply (operator list, text content). */
const STREAM_ENQUEUE = 4;

/**
 * A chunk of a streamed reply passed on one level deep, the parts the worker
 * lets go of shared rather than copied; anything else is `undefined`.
 *
 * - Operator list (`fnArray`, `argsArray`): the worker empties the two arrays
 *   right after sending, so they are copied, but never touches an operator's
 *   arguments again (each is built for its operator; the glyph arrays of text
 *   operators are cached but not changed; buffers are transferred). Copying
 *   the glyphs of every text operator was most of the cost of the port.
 * - Text content (`items`, `styles`): the worker replaces both with new ones
 *   after sending and builds a new object for each item.
 *
 * Nothing on this side changes what it receives.
 */
export function streamChunk(message: unknown, transfer: readonly ArrayBuffer[] | undefined): unknown {
  // Every message passes here: plain property reads first, no object rest (it is slow).
  if (message === null || typeof message !== 'object' || (message as { stream?: unknown }).stream !== STREAM_ENQUEUE) return undefined;
  const chunk = (message as { chunk?: unknown }).chunk;
  if (chunk === null || typeof chunk !== 'object') return undefined;
  const { fnArray, argsArray, items, styles } = chunk as Record<string, unknown>;
  let shared: Record<string, unknown>;
  if (Array.isArray(fnArray) && Array.isArray(argsArray) && items === undefined && styles === undefined) {
    shared = { fnArray: fnArray.slice(), argsArray: argsArray.slice() };
  } else if (Array.isArray(items) && styles !== null && typeof styles === 'object' && fnArray === undefined && argsArray === undefined) {
    shared = { items, styles };
  } else {
    return undefined;
  }
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(chunk)) {
    if (key !== 'fnArray' && key !== 'argsArray' && key !== 'items' && key !== 'styles') rest[key] = (chunk as Record<string, unknown>)[key];
  }
  const copied = structuredCopy({ ...message, chunk: rest }, transfer);
  return { ...copied, chunk: { ...copied.chunk, ...shared } };
}

type Listener = (this: CopyingPort, event: { data: unknown }) => void;

/**
 * pdfjs's `LoopbackPort` with `structuredCopy` in place of `structuredClone`:
 * one object both ends post to and listen on, messages delivered in order on
 * a later microtask, listeners removable through an AbortSignal.
 */
export class CopyingPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #deferred = Promise.resolve();

  postMessage(message: unknown, transfer?: ArrayBuffer[]): void {
    const event = { data: streamChunk(message, transfer) ?? structuredCopy(message, transfer) };
    void this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_name: string, listener: Listener, options: { signal?: AbortSignal } | null = null): void {
    let unhook: (() => void) | null = null;
    const signal = options?.signal;
    if (signal instanceof AbortSignal) {
      if (signal.aborted) return;
      const onAbort = (): void => this.removeEventListener(_name, listener);
      unhook = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, unhook);
  }

  removeEventListener(_name: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const [, unhook] of this.#listeners) unhook?.();
    this.#listeners.clear();
  }
}
