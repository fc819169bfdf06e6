/**
 * Where the worker bundle lives (see ./bundle-entry.ts), apart from the loader so
 * that naming the files does not load the bundle. Inside dist/pipeline/: the
 * bundled modules locate dist/ from their own URL (as version.js does), which
 * becomes the bundle's URL.
 */
export const BUNDLE_FILE = 'worker-bundle.js';
/** V8's code cache of the bundle. */
export const CODE_CACHE_FILE = 'worker-bundle.cache';
/** What the build recorded of the bundle: the build stamp's source fingerprint it was made from. */
export const BUNDLE_STAMP_FILE = 'worker-bundle.json';
