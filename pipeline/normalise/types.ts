/** Types of the normalise stage: paragraphs with exact offsets back to the source text. */
import type { OffsetMap } from './offset-map.js';

export type BlockKind = 'paragraph' | 'list-item' | 'table-row';

/** A span of the normalised text. */
export interface Span {
  start: number;
  end: number;
}

/** One paragraph, list item or table row of the normalised text. */
export interface Block extends Span {
  kind: BlockKind;
  /** 1-based source line of the block's first character, and of its last. */
  line: number;
  endLine: number;
  page: number | null;
  /** List marker as written (`-`, `+`, `*`, `•`), or null. */
  marker: string | null;
  /** Numbering label without its trailing punctuation: `I`, `1`, `1.1`, `a`; or null. */
  numbering: string | null;
  /** Offset where the content starts, after marker and numbering. */
  contentStart: number;
  /** Whole block set off as a heading by the source (Markdown `#`, or all-bold line). */
  headingHint: boolean;
  /** Cells of a table row. */
  cells: Span[] | null;
  /** Spacer lines seen before this block in the source ('space' = a line holding only spaces). */
  gapBefore: 'none' | 'blank' | 'space';
}

/** Output of the normalise stage. */
export interface Normalised {
  /** NFC text: blocks joined by "\n", a block's wrapped lines folded to single spaces. */
  text: string;
  blocks: Block[];
  map: OffsetMap;
  /** The source text records ground into (the extractor's text). */
  sourceText: string;
  /** Offsets where each source line starts (index 0 = line 1). */
  sourceLineStarts: number[];
  /** Page of each source line, when the format has pages. */
  sourcePages: number[] | null;
}
