/** structure: normalised blocks → section tree, block contexts and tables. */
import type { Normalised } from '../normalise/types.js';
import { buildSections } from './sections.js';
import { findTables } from './tables.js';
import type { Structure } from './types.js';

export type { Structure, Table, TableRow, BlockContext, ColumnRole } from './types.js';

/** Builds the structure of a normalised document. */
export function structure(n: Normalised): Structure {
  const { sections, context, headings } = buildSections(n);
  const tables = findTables(n, context);
  return { sections, context, headings, tables };
}
