/** Types of the structure stage: sections, and tables as rows of cells. */
import type { Domain, SectionNodeT } from '../../output/schema.js';
import type { Span } from '../normalise/types.js';

/** A table recovered from the text: rows of cell spans into the normalised text. */
export interface Table {
  /** Index of the first block of the table. */
  firstBlock: number;
  lastBlock: number;
  line: number;
  section: string;
  /** Column headers as written, when recognised. */
  header: string[];
  /** What each column holds, from its header words. */
  roles: ColumnRole[];
  rows: TableRow[];
}

export type ColumnRole = 'index' | 'measure' | 'unit' | 'target' | 'actual' | 'deadline' | 'status' | 'monitor' | 'lead' | 'support' | 'year' | 'amount' | 'source' | 'note' | 'other';

export interface TableRow {
  cells: Span[];
  line: number;
  /** Row label such as `1.2` or `I`, when present. */
  label: string | null;
  /** True for a group header row ("I Phát triển chính quyền số"). */
  group: boolean;
}

/** Section context of one block. */
export interface BlockContext {
  /** Heading numbers from the top joined by `>`, or `appendix`. */
  section: string;
  domain: Domain | null;
  /** Index of the block of the nearest heading, or -1. */
  heading: number;
  /** Titles of the ancestor headings, outermost first. */
  headingPath: string[];
  inAppendix: boolean;
}

/** Output of the structure stage. */
export interface Structure {
  sections: SectionNodeT[];
  /** One entry per normalised block. */
  context: BlockContext[];
  /** Indexes of blocks that are headings. */
  headings: Set<number>;
  tables: Table[];
}
