/** V8 flags bin/chitieu.js applies to its process (see v8-flags.js for why). */
export declare const V8_FLAGS: readonly string[];
/** Applies V8_FLAGS to this process. */
export declare function applyV8Flags(): void;
