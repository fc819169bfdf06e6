/** `chitieu ingest <files or folders…> --out <dir>`: the batch command. */
import { parseArgs } from 'node:util';
import { FolderLockedError, ingest } from '../pipeline/ingest.js';
import { InputNotFoundError } from '../pipeline/discover.js';
import type { ManifestEntry } from '../output/schema.js';
import { UsageError, type Io } from './common.js';
import { createProgress, type ProgressMode } from './ingest-progress.js';

export const INGEST_USAGE = [
  'chitieu ingest <files or folders…> --out <dir> [--concurrency N] [--timeout S] [--ocr-page-timeout S] [--max-size MB] [--force] [--no-ocr] [--quiet] [--json]',
  '    --timeout S            seconds one document may take, counted from when a worker starts it, not counting OCR (default 120)',
  '    --ocr-page-timeout S   seconds each scanned page may take in OCR, from the end of the previous page (default 120);',
  '                           identical files (same bytes) wait for the first copy and reuse its cached OCR',
].join('\n');

/** Failed inputs listed in the summary before "… and N more". */
const LISTED_FAILURES = 50;

function positive(name: string, raw: string | undefined, fallback: number, integer: boolean): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`Expected \`--${name}\` to be a ${integer ? 'whole number ≥ 1' : 'number > 0'}, got \`${raw}\``);
  }
  return n;
}

function failureLines(entries: ManifestEntry[]): string[] {
  const failed = entries.filter((e) => e.status === 'failed');
  const lines = failed.slice(0, LISTED_FAILURES).map((e) => `  ${e.error!.code.padEnd(16)} ${e.input} — ${e.error!.message}`);
  if (failed.length > LISTED_FAILURES) lines.push(`  … and ${failed.length - LISTED_FAILURES} more (see the manifest)`);
  return lines;
}

/** Runs `ingest`; returns 0 when every input is ok or skipped, 1 when some failed. */
export async function cmdIngest(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      'ocr-page-timeout': { type: 'string' },
      'max-size': { type: 'string' },
      force: { type: 'boolean' },
      'no-ocr': { type: 'boolean' },
      quiet: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  if (!values.out || positionals.length === 0) throw new UsageError('ingest needs input paths and `--out <dir>`');
  const concurrency = values.concurrency === undefined ? undefined : positive('concurrency', values.concurrency, 1, true);
  const timeoutSeconds = positive('timeout', values.timeout, 120, false);
  const ocrPageTimeoutSeconds = positive('ocr-page-timeout', values['ocr-page-timeout'], 120, false);
  const maxBytes = Math.round(positive('max-size', values['max-size'], 100, false) * 1024 * 1024);
  const mode: ProgressMode = values.json ? 'json' : values.quiet ? 'quiet' : io.isTTY ? 'bar' : 'lines';
  const progress = createProgress(mode, io);
  let result;
  try {
    result = await ingest(positionals, {
      out: values.out,
      ...(concurrency ? { concurrency } : {}),
      timeoutSeconds,
      ocrPageTimeoutSeconds,
      maxBytes,
      force: values.force === true,
      ocr: !values['no-ocr'],
      onEvent: progress.onEvent,
    });
  } catch (error) {
    if (error instanceof InputNotFoundError || error instanceof FolderLockedError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.stop();
  }
  const { manifest, manifestPath, stats } = result;
  const s = manifest.summary;
  if (!values.json) {
    io.out(
      `${s.total} inputs: ${s.ok} ok, ${s.failed} failed, ${s.skipped} skipped, ${s.other} other (processed ${stats.processed}, reused ${stats.reused}) — results in ${values.out}, manifest ${manifestPath}`,
    );
    if (s.failed > 0) io.out(['failed:', ...failureLines(manifest.entries)].join('\n'));
  }
  return s.failed > 0 ? 1 : 0;
}
