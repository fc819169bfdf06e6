/**
 * How `chitieu ingest` shows a run: a live bar on a terminal, a plain line every
 * few seconds otherwise, one JSON object per line with `--json`, nothing with `--quiet`.
 */
import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';
import type { IngestEvent } from '../pipeline/ingest.js';
import type { Io } from './common.js';

export type ProgressMode = 'json' | 'quiet' | 'bar' | 'lines';

/**
 * cli-progress, loaded only for the live bar: its ~17 modules took ~9 ms of the start of every
 * scripted run (--quiet, --json, no terminal), before the pipeline threads were started.
 */
const loadCliProgress = (): typeof CliProgress => createRequire(import.meta.url)('cli-progress') as typeof CliProgress;

/** Seconds between plain progress lines when stderr is not a terminal. */
const LINE_INTERVAL_MS = 5000;

/** A progress sink: feed it ingest events, stop it when the run ends. */
export interface Progress {
  onEvent: (event: IngestEvent) => void;
  stop: () => void;
}

interface Tally {
  done: number;
  total: number;
  failed: number;
  reused: number;
  started: number;
  /** The OCR going on, e.g. "OCR a.pdf 3/7" (latest event of any worker); empty when none. */
  ocr: string;
}

const rate = (t: Tally) => t.done / Math.max((Date.now() - t.started) / 1000, 0.001);
const eta = (t: Tally) => (t.done === 0 ? '?' : `${Math.round((t.total - t.done) / rate(t))} s`);

function line(t: Tally): string {
  return `[${t.done}/${t.total}] failed ${t.failed}, reused ${t.reused} — ${rate(t).toFixed(1)} docs/s, ETA ${eta(t)}${t.ocr ? ` — ${t.ocr}` : ''}`;
}

const baseName = (file: string) => file.split(/[\\/]/u).pop() ?? file;

/** The progress sink for `mode`. */
export function createProgress(mode: ProgressMode, io: Io): Progress {
  const tally: Tally = { done: 0, total: 0, failed: 0, reused: 0, started: Date.now(), ocr: '' };
  let ocrFile = '';
  const count = (e: IngestEvent) => {
    if (e.event === 'start') tally.total = e.total;
    if (e.event === 'ocr') {
      ocrFile = e.file;
      tally.ocr = e.page < e.pages ? `OCR ${baseName(e.file)} ${e.page}/${e.pages}` : '';
    }
    if (e.event === 'document' && e.entry.input === ocrFile) tally.ocr = '';
    if (e.event !== 'document') return;
    tally.done = e.done;
    if (e.entry.status === 'failed') tally.failed++;
    if (e.reused) tally.reused++;
  };
  switch (mode) {
    case 'json':
      return {
        onEvent: (e) => {
          if (e.event === 'document') io.out(JSON.stringify({ event: 'document', done: e.done, total: e.total, reused: e.reused, ...e.entry }));
          else if (e.event === 'end') io.out(JSON.stringify({ event: 'end', manifest: e.manifest, ...e.summary, ...e.stats }));
          else io.out(JSON.stringify(e));
        },
        stop: () => {},
      };
    case 'quiet':
      return { onEvent: () => {}, stop: () => {} };
    case 'bar': {
      const cliProgress = loadCliProgress();
      const bar = new cliProgress.SingleBar(
        { format: '{bar} {value}/{total} | failed {failed} | reused {reused} | {rate} docs/s | ETA {eta_formatted} {ocr}', etaBuffer: 50, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      return {
        onEvent: (e) => {
          count(e);
          const payload = { failed: tally.failed, reused: tally.reused, rate: rate(tally).toFixed(1), ocr: tally.ocr };
          if (e.event === 'start') bar.start(e.total, 0, payload);
          else if (e.event === 'document') bar.update(e.done, payload);
          else if (e.event === 'ocr') bar.update(payload);
        },
        stop: () => bar.stop(),
      };
    }
    case 'lines': {
      const timer = setInterval(() => tally.total > 0 && io.err(line(tally)), LINE_INTERVAL_MS);
      timer.unref();
      return {
        onEvent: (e) => {
          count(e);
          if (e.event === 'end') io.err(line(tally));
        },
        stop: () => clearInterval(timer),
      };
    }
  }
}
