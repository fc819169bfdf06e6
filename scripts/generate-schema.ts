/** Writes output/schema/*.schema.json from the zod schemas (npm run schema). */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../output/json-schema.js';

const dir = join(import.meta.dirname, '..', 'output', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) writeFileSync(join(dir, name), text);
console.log(`wrote ${Object.keys(jsonSchemas()).join(', ')} to ${dir}`);
