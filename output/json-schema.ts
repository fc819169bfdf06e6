/** JSON Schema of the output files, generated from the zod schemas (never written by hand). */
import { z } from 'zod';
import { DocumentResult, RunManifest } from './schema.js';

/** The JSON Schema documents chitieu publishes, by file name. */
export function jsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType) => JSON.stringify(z.toJSONSchema(schema, { reused: 'ref', unrepresentable: 'any' }), null, 2) + '\n';
  return {
    'document-result.schema.json': render(DocumentResult),
    'run-manifest.schema.json': render(RunManifest),
  };
}
