/** Markdown structure hints from remark-parse: which source lines are headings. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';

interface MdNode {
  type: string;
  position?: { start: { line: number }; end: { line: number } };
  children?: MdNode[];
}

/** Maps 1-based source lines that remark reads as headings to `'heading'`. */
export function markdownHints(source: string): Map<number, 'heading'> {
  const hints = new Map<number, 'heading'>();
  const tree = unified().use(remarkParse).parse(source) as MdNode;
  const walk = (node: MdNode) => {
    if (node.type === 'heading' && node.position) {
      for (let l = node.position.start.line; l <= node.position.end.line; l++) hints.set(l, 'heading');
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return hints;
}
