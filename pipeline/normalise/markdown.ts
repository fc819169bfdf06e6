/** Markdown structure hints from remark-parse: which source lines are headings. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';

interface MdNode {
  type: string;
  position?: { start: { line: number }; end: { line: number } };
  children?: MdNode[];
}

/**
 * Inline (text) constructs of CommonMark. Block structure, and so which lines
 * are headings, is settled before inline content is read, so parsing without
 * them finds the same headings at a quarter less cost (tests/pipeline/markdown.test.ts
 * compares with the full parse).
 */
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
];

const parser = unified().use(remarkParse).data('micromarkExtensions', [{ disable: { null: INLINE_CONSTRUCTS } }]);

/** Maps 1-based source lines that remark reads as headings to `'heading'`. */
export function markdownHints(source: string): Map<number, 'heading'> {
  const hints = new Map<number, 'heading'>();
  const tree = parser.parse(source) as MdNode;
  // An explicit stack, not recursion: a hostile file nests blockquotes thousands deep.
  const stack: MdNode[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'heading' && node.position) {
      for (let l = node.position.start.line; l <= node.position.end.line; l++) hints.set(l, 'heading');
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!); // first child on top: document order
  }
  return hints;
}
