/**
 * The `chitieu` command line: a thin layer over the library. `run(argv)`
 * returns the exit code (0 ok, 1 findings/failures, 2 usage error); only
 * bin/chitieu.js sets the process exit code.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { defaultIo, UsageError, type Io } from './common.js';
import { cmdIngest, INGEST_USAGE } from './ingest.js';
import { RunInputError } from '../review/run-input-error.js';
import { stableJson, writeFileAtomic } from '../output/write.js';

const USAGE = `chitieu — Vietnamese commune digital-transformation plans → grounded records

Usage:
  ${INGEST_USAGE}
  chitieu export <out-dir> --format gold --to <dir>
  chitieu evaluate <out-dir> [--gold corpus/gold] [--json]
  chitieu compare <out-dir> --report <dir>
  chitieu diff <run-a> <run-b> | <run> --gold <dir> [--md <file>] [--json [file]] [--html <dir|file>] [--exit-code] [--no-color]
  chitieu run <folder> --out <dir> [--report <dir>]     ingest, then compare (what npm start does)

Exit codes: 0 ok, 1 some files failed or differences found, 2 usage or configuration error.`;

export { UsageError, type Io } from './common.js';

// The readers of runs and answer keys load when their command runs: `ingest` starts its threads
// sooner without them (and without zod on the main thread until the manifest is written).

async function cmdExport(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, to: { type: 'string' } } });
  if (positionals.length !== 1 || !values.to) throw new UsageError('export needs `<out-dir> --format gold --to <dir>`');
  if ((values.format ?? 'gold') !== 'gold') throw new UsageError(`Expected \`--format\` to be \`gold\`, got \`${values.format}\``);
  const [{ loadRun }, { toGold }] = await Promise.all([import('../review/load.js'), import('../review/export-gold.js')]);
  const results = await loadRun(positionals[0]!);
  for (const r of results) await writeFileAtomic(join(values.to, r.document.replace(/\.[^.]+$/u, '') + '.json'), stableJson(toGold(r)));
  io.out(`exported ${results.length} documents to ${values.to}`);
  return 0;
}

async function cmdEvaluate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { gold: { type: 'string' }, json: { type: 'boolean' } } });
  if (positionals.length !== 1) throw new UsageError('evaluate needs `<out-dir>`');
  const [{ loadGold, loadRun }, { evaluate, formatEvaluation }, { toGold }] = await Promise.all([import('../review/load.js'), import('../review/evaluate.js'), import('../review/export-gold.js')]);
  const golds = await loadGold(values.gold ?? 'corpus/gold');
  const preds = (await loadRun(positionals[0]!)).map(toGold);
  const e = evaluate(golds, preds);
  io.out(values.json ? JSON.stringify(e, null, 2) : formatEvaluation(e));
  return 0;
}

async function cmdCompare(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { report: { type: 'string' } } });
  if (positionals.length !== 1 || !values.report) throw new UsageError('compare needs `<out-dir> --report <dir>`');
  const compareModule: string = '../compare/index.js';
  const mod = (await import(compareModule).catch(() => null)) as { compareRun?: (dir: string, report: string) => Promise<string[]> } | null;
  if (!mod?.compareRun) {
    io.err('compare: the comparison report is not available in this build');
    return 2;
  }
  const written = await mod.compareRun(positionals[0]!, values.report);
  io.out(`report written: ${written.join(', ')}`);
  return 0;
}

async function cmdRun(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, report: { type: 'string' }, 'no-ocr': { type: 'boolean' } } });
  if (positionals.length === 0 || !values.out) throw new UsageError('run needs `<folder> --out <dir>`');
  const code = await cmdIngest([...positionals, '--out', values.out, ...(values['no-ocr'] ? ['--no-ocr'] : [])], io);
  if (values.report) {
    const c = await cmdCompare([values.out, '--report', values.report], io);
    if (c === 2) io.err('compare skipped');
  }
  io.out(`results: ${values.out}${values.report ? `, report: ${values.report}` : ''}`);
  return code;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'ingest':
        return await cmdIngest(rest, io);
      case 'export':
        return await cmdExport(rest, io);
      case 'evaluate':
        return await cmdEvaluate(rest, io);
      case 'compare':
        return await cmdCompare(rest, io);
      case 'run':
        return await cmdRun(rest, io);
      case 'diff': return await (await import('./diff.js')).runDiff(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command \`${command}\``);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.err(`chitieu: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof RunInputError) {
      io.err(`chitieu: ${error.code}: ${error.message}`);
      return 2;
    }
    io.err(`chitieu: ${(error as Error).stack ?? String(error)}`);
    return 2;
  }
}
