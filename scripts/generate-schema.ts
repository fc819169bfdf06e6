/** Writes output/schema/*.schema.json from the zod schemas, and the validators compiled from the document result's and the run manifest's (npm run schema). */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../output/json-schema.js';
import { documentValidatorSource, manifestValidatorSource } from './document-validator.js';

const output = join(import.meta.dirname, '..', 'output');
const dir = join(output, 'schema');
mkdirSync(dir, { recursive: true });
const schemas = jsonSchemas();
for (const [name, text] of Object.entries(schemas)) writeFileSync(join(dir, name), text);
console.log(`wrote ${Object.keys(schemas).join(', ')} to ${dir}`);
for (const [path, source] of [
  [join(output, 'document-result-validator.ts'), documentValidatorSource()],
  [join(output, '..', 'pipeline', 'ingest', 'run-manifest-validator.ts'), manifestValidatorSource()],
] as const) {
  writeFileSync(path, source);
  console.log(`wrote ${path}`);
}
