import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { markdownHints } from '../../pipeline/normalise/markdown.js';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** Heading lines by a full remark parse (inline constructs included): the reference. */
function fullParseHeadings(source: string): number[] {
  const lines: number[] = [];
  const walk = (n: { type: string; position?: { start: { line: number }; end: { line: number } }; children?: unknown[] }) => {
    if (n.type === 'heading' && n.position) for (let l = n.position.start.line; l <= n.position.end.line; l++) lines.push(l);
    (n.children as (typeof n)[] | undefined)?.forEach(walk);
  };
  walk(unified().use(remarkParse).parse(source) as never);
  return lines;
}

const hinted = (source: string): number[] => [...markdownHints(source).keys()];

describe('markdownHints', () => {
  it('reads ATX and setext headings, not look-alikes', () => {
    const source = '# Kế hoạch\nI. MỤC TIÊU\n===\n    # mã\n```\n# rào\n```\n\\# thoát\n> ## Trích\n- ### Mục';
    expect(hinted(source)).toEqual([1, 2, 3, 9, 10]);
  });

  it('finds the headings a full parse finds, on the seeds and tricky Markdown', () => {
    const sources = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(CORPUS + f, 'utf8'));
    sources.push(
      '[x]: /u\n===\nfoo *bar\n---\n**a\nb**\n===\n&#35; ref\n[link\n# h](x)\n`code\n# h`\n<span>\n# h\n</span>\n<div>\n# html\n</div>\n- a\n  ---\n> q\n===',
    );
    for (const s of sources) expect(hinted(s)).toEqual(fullParseHeadings(s));
  });

  const pieces = ['#', '##', ' ', 'Mục', '*', '**', '_', '`', '[', ']', '(', ')', '\\', '&#35;', '<b>', '</b>', '<div>', '>', '-', '1.', '===', '---', '\n', '\n\n', '    ', ':', '!'];
  it('agrees with a full parse on Markdown-like noise', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(hinted(s)).toEqual(fullParseHeadings(s));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('markdownHints on hostile nesting', () => {
  it('finds the heading inside blockquotes nested 20,000 deep without overflowing the stack', () => {
    const hints = markdownHints(`${'> '.repeat(20000)}# Kế hoạch chuyển đổi số\n\nNội dung.\n`);
    expect([...hints.keys()]).toEqual([1]);
  });
});
