/** JSON Schema of the output files, generated from the zod schemas (never written by hand). */
import { z } from 'zod';
import { DocumentResult, RunManifest } from './schema.js';

/** The JSON Schema documents chitieu publishes, by file name. */
export function jsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType) => JSON.stringify(jsonSchemaOf(schema), null, 2) + '\n';
  return {
    'document-result.schema.json': render(DocumentResult),
    'run-manifest.schema.json': render(RunManifest),
  };
}

/**
 * The JSON Schema of `schema` as chitieu publishes it (shared parts as `$defs`). `strict` throws on a
 * part JSON Schema cannot say, instead of allowing anything there (what the validator compiled from it needs).
 */
export function jsonSchemaOf(schema: z.ZodType, strict = false) {
  return z.toJSONSchema(schema, { reused: 'ref', unrepresentable: strict ? 'throw' : 'any' });
}
