import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { independentPieces, markdownHints, parsedHeadings, scanHeadings } from '../../pipeline/normalise/markdown.js';
import { CORPUS, SEEDS } from './helpers.js';

/** A seed as written (not NFC-normalised: the scanner and remark read the same bytes). */
const seedSource = (name: string) => readFileSync(join(CORPUS, name), 'utf8');

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

const pieces = ['#', '##', ' ', 'Mục', '*', '**', '_', '`', '[', ']', '(', ')', '\\', '&#35;', '<b>', '</b>', '<div>', '>', '-', '1.', '===', '---', '\n', '\n\n', '    ', ':', '!'];

describe('markdownHints', () => {
  it('reads ATX and setext headings, not look-alikes', () => {
    const source = '# Kế hoạch\nI. MỤC TIÊU\n===\n    # mã\n```\n# rào\n```\n\\# thoát\n> ## Trích\n- ### Mục';
    expect(hinted(source)).toEqual([1, 2, 3, 9, 10]);
  });

  it('finds the headings a full parse finds, on the seeds and tricky Markdown', () => {
    const sources = SEEDS.map(seedSource);
    sources.push(
      '[x]: /u\n===\nfoo *bar\n---\n**a\nb**\n===\n&#35; ref\n[link\n# h](x)\n`code\n# h`\n<span>\n# h\n</span>\n<div>\n# html\n</div>\n- a\n  ---\n> q\n===',
    );
    for (const s of sources) expect(hinted(s)).toEqual(fullParseHeadings(s));
  });

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

describe('parsedHeadings in independent pieces', () => {
  const block = fc.oneof(
    fc.constantFrom('Mục tiêu', '**Mục**', '# Kế hoạch', 'MỤC TIÊU\n===', 'Tiêu đề\n---', '- Tỷ lệ 90%', '- mục\ntiếp', '1. Mục\n\n    # mã', '- a\n\n  # trong mục'),
    fc.constantFrom('> trích\ntiếp', '>', '    mã', '\tmã', '<div>\n# h', '* * *', '---', '==='),
    fc.constantFrom('```\n\n# rào', '~~~\n\n# rào\n~~~', '<!--\n\n# h\n-->', '<pre>\n\n# h', 'a\rb', '[x]: /u\n==='),
  );
  const doc = fc
    .tuple(fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\n \n', '\n\t\n')), { maxLength: 25 }), fc.boolean())
    .map(([parts, crlf]) => {
      const s = parts.map(([b, sep]) => b + sep).join('');
      return crlf ? s.replace(/\n/gu, '\r\n') : s;
    });

  it('cut at every point they may be cut, find the headings a whole parse finds', () => {
    fc.assert(
      fc.property(doc, (s) => {
        expect([...parsedHeadings(s, 1).keys()]).toEqual(fullParseHeadings(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('cut a long document of plans, find what the whole parse finds', () => {
    const seeds = SEEDS.map(seedSource);
    const long = [...seeds, ...seeds].join('\n');
    expect(independentPieces(long, 4096).length).toBeGreaterThan(20);
    expect([...parsedHeadings(long).keys()]).toEqual([...parsedHeadings(long, Infinity).keys()]);
  });

  it('do not cut a document holding fenced code or an HTML block that outlives a blank line', () => {
    const body = 'Mục tiêu\n\nNội dung\n\n'.repeat(2000);
    expect(independentPieces(body, 4096).length).toBeGreaterThan(1);
    for (const open of ['```', '~~~', '<!--', '<pre>', '<SCRIPT>', '<?php', '<!DOCTYPE html>']) expect(independentPieces(open + '\n' + body, 4096), open).toHaveLength(1);
  });
});

describe('markdownHints on hostile nesting', () => {
  it('finds the heading inside blockquotes nested 20,000 deep without overflowing the stack', () => {
    const hints = markdownHints(`${'> '.repeat(20000)}# Kế hoạch chuyển đổi số\n\nNội dung.\n`);
    expect([...hints.keys()]).toEqual([1]);
  });
});

describe('scanHeadings (the line scanner used before remark)', () => {
  const words = ['Kế hoạch', 'chuyển đổi số', 'MỤC TIÊU', '100% cán bộ', 'Tỷ lệ 90%', '(*) ghi chú', 'a', '1.1. Phát triển', '#hashtag', '2 * 3', 'UBND xã'];
  const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
  const indent = fc.constantFrom('', ' ', '  ', '   ');
  const listMarker = fc.constantFrom('-', '+', '*', '1.', '2)', '10.', '•', '–');
  const inlineText = fc.oneof(
    text,
    text.map((t) => `**${t}**`),
    text.map((t) => `**${t}**  `),
    text.map((t) => `<b>${t}</b>`),
    text.map((t) => `<b>${t}</b>\t<b>${t}</b>\t`),
    text.map((t) => `${t}\t${t}`),
  );
  // Lines of the kinds the plans hold: scanHeadings must read every document made of them.
  const simpleLine = fc.oneof(
    fc.constant(''),
    fc.constantFrom('  ', '\t', ' \t '),
    fc.tuple(indent, inlineText).map(([i, t]) => i + t),
    fc.tuple(indent, fc.constantFrom('#', '##', '###', '######', '#######'), fc.constantFrom(' ', '\t', ''), fc.oneof(inlineText, fc.constant(''))).map((p) => p.join('')),
    fc.tuple(indent, listMarker, fc.constantFrom(' ', '  ', '    '), inlineText).map((p) => p.join('')),
    fc.tuple(indent, listMarker, fc.constantFrom(' ', '  '), listMarker, fc.constant(' '), inlineText).map((p) => p.join('')),
    fc.tuple(indent, fc.constantFrom('***', '___', '* * *', '- - -', '1.')).map((p) => p.join('')),
    // Quoted lines (an excerpt of a decision, a reply), nested or not, holding any of the lines above.
    fc.tuple(fc.constantFrom('>', '> ', ' > ', '> > ', '>> ', '   > '), fc.oneof(inlineText, fc.constant(''), fc.constant('# Mục'), fc.tuple(listMarker, fc.constant(' '), inlineText).map((p) => p.join('')))).map((p) => p.join('')),
    // Wrapped text indented under its item, or a signature block pushed right with spaces or tabs.
    fc.tuple(fc.constantFrom('    ', '\t', '  \t', '      ', '         '), text.filter((t) => !/^(?:[#=*_+>[`~<-]|\d+[.)](?: |$))/u.test(t))).map((p) => p.join('')),
    // Bullets pushed right under their paragraph ("         * Hạn chế tồn tại").
    fc.tuple(fc.constantFrom('    ', '\t', '      ', '         '), listMarker, fc.constantFrom(' ', '  '), text.filter((t) => !/^(?:[#=*_+>[`~<-]|\d+[.)](?: |$))/u.test(t))).map((p) => p.join('')),
  );
  // Constructs that make heading lines depend on context, mixed in: scanHeadings may decline, never disagree.
  // Mostly plain lines, so that some documents hold a construct only after a blank line, where the scanner still reads them.
  const anyLine = fc.oneof(
    { arbitrary: simpleLine, weight: 12 },
    { arbitrary: fc.tuple(indent, fc.constantFrom('===', '---', '-', '=', '- ', '--')).map((p) => p.join('')), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom('    ', '\t', '  \t', '      '), fc.oneof(inlineText, fc.constant('# Mục'))).map((p) => p.join('')), weight: 1 },
    {
      arbitrary: fc
        .tuple(indent, fc.constantFrom('```', '~~~', '> ', '>', '<div>', '<b>', '<!-- x -->', '[a]: /u', '[a]:', '`x`'), fc.oneof(inlineText, fc.constant('# Mục'), fc.constant('')))
        .map((p) => p.join('')),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(listMarker, fc.constantFrom(' ', '\t', '      '), fc.constantFrom('# Mục', '> Mục', '```', '---', '***', '[a]: /u', '<div>', '    mã', '- # Mục'))
        .map((p) => p.join('')),
      weight: 1,
    },
  );
  const doc = (line: fc.Arbitrary<string>) =>
    fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

  it('reads every document of paragraphs, list items, bold and <b> lines, breaks and ATX headings, as remark does', () => {
    fc.assert(
      fc.property(doc(simpleLine), (s) => {
        const scanned = scanHeadings(s);
        expect(scanned).not.toBeNull();
        expect([...scanned!.keys()]).toEqual(fullParseHeadings(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads documents of setext headings (underlined paragraphs) with no blank line between blocks, as remark does', () => {
    const firstLine = fc.tuple(fc.constantFrom('', ' '), inlineText).map(([i, t]) => i + t);
    const nextLine = fc.tuple(fc.constantFrom('', ' ', '   ', '      '), text.filter((t) => /^\p{L}/u.test(t))).map(([i, t]) => i + t);
    const underline = fc.constantFrom('===', '---', '=', '-', '  ---', '--- ', '=========', '   =');
    const block = fc.oneof(
      fc.tuple(firstLine, fc.array(nextLine, { maxLength: 2 }), fc.option(underline)).map(([f, rest, u]) => [f, ...rest, ...(u === null ? [] : [u])].join('\n')),
      fc.tuple(fc.constantFrom('#', '##', '###'), text).map(([h, t]) => `${h} ${t}`),
      fc.constantFrom('***', '* * *', '___'),
      fc.tuple(listMarker, text).map(([m, t]) => `${m} ${t}\n`),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n')), { maxLength: 20 }), (blocks) => {
        const s = blocks.map(([b, sep]) => b + sep).join('');
        const scanned = scanHeadings(s);
        expect(scanned).not.toBeNull();
        expect([...scanned!.keys()]).toEqual(fullParseHeadings(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('never disagrees with remark when other constructs are mixed in', () => {
    fc.assert(
      fc.property(doc(anyLine), (s) => {
        const scanned = scanHeadings(s);
        if (scanned) expect([...scanned.keys()]).toEqual(fullParseHeadings(s));
        expect(hinted(s)).toEqual(fullParseHeadings(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('never disagrees with remark on Markdown-like noise', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, '\r', '\t', '\r\n', '<b>x</b>', '***', '+', '1)'), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        const scanned = scanHeadings(s);
        if (scanned) expect([...scanned.keys()]).toEqual(fullParseHeadings(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a Markdown-ish plan whose wrapped lines sit indented under their items and whose signature block is pushed right', () => {
    const lines = seedSource(SEEDS.find((f) => f.startsWith('002_'))!).split('\n');
    // Every third line of text is wrapped onto an indented next line, as Word's hanging indents come out in text.
    const wrapped = lines.flatMap((l, k) => (k % 3 === 0 && /^\p{L}.{30,}/u.test(l) ? [l.slice(0, 20), '        ' + l.slice(20)] : [l]));
    const source = [...wrapped, '', '                                        TM. ỦY BAN NHÂN DÂN', '\t\t\t\t\tCHỦ TỊCH', '', '                                        Nguyễn Văn A'].join('\n');
    expect(wrapped.length).toBeGreaterThan(lines.length);
    expect(scanHeadings(source)).not.toBeNull();
    expect([...scanHeadings(source)!.keys()]).toEqual(fullParseHeadings(source));
  });

  it('reads every seed without remark, as remark does (wrapped lines and bullets indented under their items, signature blocks)', () => {
    for (const f of SEEDS) {
      const source = seedSource(f);
      expect(scanHeadings(source), f).not.toBeNull();
      expect([...scanHeadings(source)!.keys()], f).toEqual(fullParseHeadings(source));
    }
  });

  it('leaves each context-dependent construct to remark', () => {
    const base = '# Kế hoạch\n\nMục tiêu chung.\n- Tỷ lệ 90%\n';
    const constructs = {
      'underline after a list item (a lazy line)': 'MỤC TIÊU\n===',
      'dash underline after a list item': 'MỤC TIÊU\n---',
      'underline after an indented line': '\n  MỤC TIÊU\n---',
      'underline after a possible list item': '2. Mục\n---',
      'fenced code': '```\n# rào\n```',
      'tilde fence': '~~~\n# rào\n~~~',
      'indented code': '    # mã',
      'tab-indented line': '\t# mã',
      'indented item number': '    1. # Mục',
      'indented item opening a block': '      - > Mục',
      'indented empty item': '    -',
      'tab-indented marker': '\t- # Mục',
      'tab after a quote marker': '>\t# Trích',
      'underline inside a quote': '> MỤC TIÊU\n> ---',
      'HTML block': '<div>\n# html\n</div>',
      'HTML comment': '<!--\n# html\n-->',
      'tag alone on a line': '<b>\n# h',
      'link definition': '[x]:\n# h',
      'heading in a list item': '- ### Mục',
      'heading in a nested list item': '- 1. # Mục',
      'quote in a list item': '1. > Mục',
      'code in a list item': '-      mã',
      'tab after a list marker': '-\tMục',
      'byte-order mark': '\ufeff# Mục',
      'lone carriage return': 'Mục\r# h',
    };
    for (const [name, construct] of Object.entries(constructs)) {
      const s = name === 'byte-order mark' ? construct + '\n' + base : base + construct + '\n';
      expect(scanHeadings(s), name).toBeNull();
      expect(hinted(s), name).toEqual(fullParseHeadings(s));
    }
    expect(scanHeadings(base)).not.toBeNull();
  });
});
