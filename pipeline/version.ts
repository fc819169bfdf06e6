/** Version of the extraction logic; part of the cache key of every result. Bump when rules change output. */
export const PIPELINE_VERSION = '0.1.0';
