/**
 * `chitieu diff <run-a> <run-b>` and `chitieu diff <run> --gold <dir>`.
 * Exit codes: 0, or 1 with `--exit-code` when anything differs; 2 for usage
 * errors and unreadable folders (thrown as `DiffUsageError` / `DiffInputError`).
 */
import { parseArgs } from 'node:util';
import { extname, join } from 'node:path';
import { writeFileAtomic } from '../output/write.js';
import { diffGold, diffRuns, DiffInputError } from '../review/diff.js';
import { renderJson } from '../review/render/json.js';
import { renderMarkdown } from '../review/render/markdown.js';
import { buildReviewPage } from '../review/render/review.js';
import { renderTerminal } from '../review/render/terminal.js';

export const DIFF_USAGE = 'chitieu diff <run-a> <run-b> | <run> --gold <dir> [--md <file>] [--json [file]] [--html <dir|file>] [--exit-code] [--no-color]';

/** A wrong command line. */
export class DiffUsageError extends Error {}

export interface DiffIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether `out` is a terminal (colour); default process.stdout.isTTY. */
  stdoutIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

/** `--json` takes a file only when a value follows that is not an option: bare `--json` writes to stdout. */
function splitJson(args: string[]): { rest: string[]; json: string | null | undefined } {
  const rest: string[] = [];
  let json: string | null | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--json=')) json = a.slice('--json='.length);
    else if (a === '--json') {
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith('-') && extname(next).toLowerCase() === '.json') {
        json = next;
        i++;
      } else json = null;
    } else rest.push(a);
  }
  return { rest, json };
}

/** Runs `chitieu diff`; returns the exit code. */
export async function cmdDiff(args: string[], io: DiffIo): Promise<number> {
  const { rest, json } = splitJson(args);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { gold: { type: 'string' }, md: { type: 'string' }, html: { type: 'string' }, 'exit-code': { type: 'boolean' }, 'no-color': { type: 'boolean' } },
  });
  const gold = values.gold;
  if (gold !== undefined ? positionals.length !== 1 : positionals.length !== 2) throw new DiffUsageError('diff needs two run folders, or one run folder and `--gold <dir>`');
  const { diff, a, b } = gold !== undefined ? await diffGold(positionals[0]!, gold) : await diffRuns(positionals[0]!, positionals[1]!);
  const env = io.env ?? process.env;
  const colour = !values['no-color'] && (io.stdoutIsTTY ?? process.stdout.isTTY === true) && !env.NO_COLOR;
  const written: string[] = [];
  if (values.md) {
    await writeFileAtomic(values.md, renderMarkdown(diff) + '\n');
    written.push(values.md);
  }
  if (typeof json === 'string') {
    await writeFileAtomic(json, renderJson(diff));
    written.push(json);
  }
  if (values.html) {
    const path = extname(values.html).toLowerCase() === '.html' ? values.html : join(values.html, 'review.html');
    await writeFileAtomic(path, await buildReviewPage(diff, a, b));
    written.push(path);
  }
  if (json === null) io.out(renderJson(diff).trimEnd());
  else io.out(renderTerminal(diff, { colour }));
  if (written.length) io.err(`written: ${written.join(', ')}`);
  return values['exit-code'] && diff.differs ? 1 : 0;
}

/** `cmdDiff` with its own errors turned into a message and exit code 2 (what `chitieu diff` runs). */
export async function runDiff(args: string[], io: DiffIo): Promise<number> {
  try {
    return await cmdDiff(args, io);
  } catch (error) {
    const e = error as Error & { code?: string };
    if (error instanceof DiffUsageError || e.code?.startsWith?.('ERR_PARSE_ARGS')) io.err(`chitieu diff: ${e.message}\n  ${DIFF_USAGE}`);
    else if (error instanceof DiffInputError) io.err(`chitieu diff: ${e.code}: ${e.message}`);
    else throw error;
    return 2;
  }
}
