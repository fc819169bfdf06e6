/**
 * `npm run bench` (never part of `npm test`): per-stage and end-to-end throughput by
 * format, the pipeline against `pdftotext -layout` on the same PDFs, ingest scaling
 * 100 → 1,000 → 10,000 documents with peak RSS, the OCR rate with its cache, and
 * what V8 compiles on one pipeline thread (bailouts and recompilations).
 * Prints tables and writes bench/results.json (bench/results.quick.json with --quick), atomically.
 * The pdftotext baseline's tools come from `scripts/setup-system.sh bench`; the full run refuses to
 * start without them.
 *
 * Flags: --quick (short run), --no-scaling, --no-ocr, --out <file>, --runs <n>, --steps <n,n,…>
 * (documents per scaling step), --generator mixed|text (scaling batches: every format from scripts/generate-batch.ts, or text variants from bench/generate.ts), --max-docs <n> (cap the steps), --docx <n> (DOCX documents ingested; 4× as many for the steady rate), --clock wall|cpu (default: wall, or cpu when the machine is already loaded:
 * CPU time is what the work costs whatever else runs, wall time is not).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GroupResult } from './child.js';
import { generateBatch } from './generate.js';
import { readJitTrace, type JitCounts } from './jit.js';
import { timelineRun, type IngestTimeline } from './timeline.js';
import { STAGES } from './stages.js';
import { exitUsage, machine, median, medianRun, round } from './stats.js';
import { cliMode, codeChange, codeState } from './code-state.js';
import { medianFloor } from './floor.js';
import { runChild as runChildProcess } from './child-run.js';
import { writeFileAtomic } from '../output/write.js';

const ROOT = join(import.meta.dirname, '..');
/** The code measured (checked again before writing), and what bin/chitieu.js runs of it: dist/ while it matches the sources (npm run bench builds it first). */
const CODE_AT_START = codeState(ROOT);
const CLI_MODE = cliMode(CODE_AT_START);
const CORPUS = join(ROOT, 'corpus');
const FORMATS = join(CORPUS, 'formats');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const flag = (name: string) => args.includes(name);
const outIndex = args.indexOf('--out');
const outFile = outIndex >= 0 ? args[outIndex + 1]! : join(ROOT, 'bench', quick ? 'results.quick.json' : 'results.json');
const valueOf = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(valueOf('--runs') ?? (quick ? 3 : 7));
const MAX_DOCS = Number(valueOf('--max-docs') ?? Number.POSITIVE_INFINITY);
const SCALING = (valueOf('--steps')?.split(',').map(Number) ?? (quick ? [20, 100] : [100, 1000, 10000])).filter((n) => n <= MAX_DOCS);
const CLOCK: 'wall' | 'cpu' = (valueOf('--clock') as 'wall' | 'cpu' | undefined) ?? ((loadavg()[0] ?? 0) > cpus().length ? 'cpu' : 'wall');
const DOCX_DOCS = Number(valueOf('--docx') ?? (quick ? 20 : 500));

const inFormats = (test: (f: string) => boolean) => readdirSync(FORMATS).filter(test).sort().map((f) => join(FORMATS, f));
const GROUPS: Record<string, string[]> = {
  txt: readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS, f)),
  'txt-legacy': inFormats((f) => f.endsWith('.txt')),
  docx: inFormats((f) => f.endsWith('.docx')),
  doc: inFormats((f) => f.endsWith('.doc')),
  html: inFormats((f) => f.endsWith('.html')),
  pdf: inFormats((f) => f.endsWith('.pdf') && !f.endsWith('.scanned.pdf')),
};

/** Children a signal ended before a later attempt measured (bench/child-run.ts), by what they measured. */
const childDeaths: Record<string, string[]> = {};

/** Runs a TypeScript file of bench/ in a fresh node (through tsx) and returns the JSON of its last stdout line; `what` names it in `childDeaths`. */
function runChild<T>(what: string, script: string, childArgs: string[]): T {
  const { stdout, deaths } = runChildProcess(ROOT, ['--import', 'tsx'], join(ROOT, 'bench', script), childArgs);
  if (deaths.length > 0) {
    const these = deaths.map((d) => d.slice(0, 600));
    childDeaths[what] = [...(childDeaths[what] ?? []), ...these];
    console.error(`${what}: ${script} was killed and ran again: ${these.join(' | ')}`);
  }
  return JSON.parse(stdout.trim().split('\n').pop()!) as T;
}

function pdfPages(file: string): number {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/mu.exec(r.stdout ?? '')?.[1] ?? 0);
}

/**
 * What the PDF baseline runs and is missing here: Debian's poppler-utils (pdftotext, pdfinfo)
 * and GNU time, which `scripts/setup-system.sh bench` installs (`npm run bench` runs it first).
 */
function missingBaselineTools(): string[] {
  const missing = ['pdftotext', 'pdfinfo'].filter((tool) => spawnSync(tool, ['-v']).error !== undefined);
  if (!existsSync('/usr/bin/time')) missing.push('/usr/bin/time');
  return missing;
}

/**
 * pdftotext -layout on each file, one process per file as a user would run it; median ms of `passes` passes after one
 * that warms the page cache. Run only when `missingBaselineTools()` found nothing missing.
 */
function pdftotextMs(files: string[], passes: number): number {
  const times: number[] = [];
  for (let r = 0; r <= passes; r++) {
    const start = performance.now();
    let cpuMs = 0;
    for (const f of files) {
      // GNU time reports the child's user and system seconds for the CPU clock.
      const p = spawnSync('/usr/bin/time', ['-f', 'BENCH_CPU %U %S', 'pdftotext', '-layout', f, '-'], { maxBuffer: 64 << 20, encoding: 'utf8' });
      if (p.status !== 0) throw new Error(`pdftotext failed on ${f}: ${p.stderr}`);
      const m = /BENCH_CPU ([\d.]+) ([\d.]+)/u.exec(p.stderr);
      cpuMs += m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN;
    }
    if (r > 0) times.push(CLOCK === 'cpu' ? cpuMs : performance.now() - start);
  }
  return median(times);
}

/** Pipeline / pdftotext pairs measured back to back (each side runs RUNS measured passes). */
const PDF_PAIRS = quick ? 3 : 7;
/**
 * Unmeasured pipeline passes over the PDFs before a pair is measured (8 × 50 pages): a fresh
 * process is still getting faster until about its 400th page (end to end per pass of the 50
 * pages here: ~1,450 ms, then ~290 ms up to the 8th pass, ~205 ms from the 10th on), and a batch
 * of thousands of pages runs at that speed. The warm-up's own speed is reported beside it.
 */
const PDF_WARM_PASSES = quick ? 3 : 8;

/**
 * The pipeline and pdftotext on the same PDFs, measured back to back in pairs, and the ratio
 * of each pair. This machine's speed drifts between minutes (pdftotext alone ran at 266 to 345
 * pages/s in full runs a few hours apart), so two measurements taken apart moved the ratio by up to
 * 0.2; within a pair both sides see the same machine. The headline is the median pair's ratio.
 */
function pdfPairs(files: string[], pairs: number) {
  const pages = files.reduce((n, f) => n + pdfPages(f), 0);
  const pagesPerSecond = (ms: number) => pages / (ms / 1000);
  const measured: { pipelinePagesPerSecond: number; pdftotextPagesPerSecond: number; ratio: number; warmUpPagesPerSecond: number }[] = [];
  for (let i = 0; i < pairs; i++) {
    const pipeline = runChild<GroupResult>('pdf vs pdftotext', 'child.ts', [CLOCK, String(RUNS), '--warm', String(PDF_WARM_PASSES), ...files]);
    const toolMs = pdftotextMs(files, RUNS);
    if (pipeline.failures.length > 0 || pipeline.pages !== pages) return null;
    const pipelinePagesPerSecond = pagesPerSecond(pipeline.endToEndMs);
    const pdftotextPagesPerSecond = pagesPerSecond(toolMs);
    measured.push({
      pipelinePagesPerSecond: round(pipelinePagesPerSecond),
      pdftotextPagesPerSecond: round(pdftotextPagesPerSecond),
      ratio: round(pipelinePagesPerSecond / pdftotextPagesPerSecond, 3),
      warmUpPagesPerSecond: round(pagesPerSecond(pipeline.warmUpMs.reduce((a, b) => a + b, 0) / pipeline.warmUpMs.length)),
    });
  }
  const ratios = measured.map((m) => m.ratio).sort((a, b) => a - b);
  const mid = (xs: number[]) => round(median(xs));
  const pdftotextPagesPerSecond = mid(measured.map((m) => m.pdftotextPagesPerSecond));
  const warmUpPagesPerSecond = mid(measured.map((m) => m.warmUpPagesPerSecond));
  return {
    files: files.length,
    pages,
    warmPasses: PDF_WARM_PASSES,
    pairs: measured,
    ratio: median(ratios),
    lowestRatio: ratios[0]!,
    highestRatio: ratios[ratios.length - 1]!,
    pipelinePagesPerSecond: mid(measured.map((m) => m.pipelinePagesPerSecond)),
    pdftotextPagesPerSecond,
    /** End to end over the unmeasured passes (each pass also times every file stage by stage first, so it is not a fresh process's first reading). */
    warmUpPagesPerSecond,
    warmUpRatio: round(warmUpPagesPerSecond / pdftotextPagesPerSecond, 3),
  };
}

/** Runs `chitieu ingest` on `dir` in a child process; wall time, peak RSS, statuses. */
function ingestRun(dir: string, count: number) {
  const out = mkdtempSync(join(tmpdir(), 'chitieu-bench-out-'));
  const start = performance.now();
  // --no-ocr: generated batches carry scanned PDFs; OCR is measured on its own below.
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'bench', 'rss-at-exit.mjs'), join(ROOT, 'bin', 'chitieu.js'), 'ingest', dir, '--out', out, '--quiet', '--no-ocr'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const wallSeconds = (performance.now() - start) / 1000;
  const { peakRssKb: rssKb, cpuSeconds } = exitUsage(r.stderr);
  const seconds = CLOCK === 'cpu' ? cpuSeconds : wallSeconds;
  let summary: unknown = null;
  try {
    summary = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { summary: unknown }).summary;
  } catch {
    summary = { error: `no manifest (exit ${r.status}): ${r.stderr.slice(-500)}` };
  }
  rmSync(out, { recursive: true, force: true });
  return { documents: count, clock: CLOCK, wallSeconds: round(wallSeconds), cpuSeconds: round(cpuSeconds), seconds: round(seconds), msPerDoc: round((seconds * 1000) / count, 3), docsPerSecond: round(count / seconds), peakRssMb: round(rssKb / 1024, 1), exitCode: r.status, summary };
}

/**
 * V8's compilations and bailouts on one thread running the compiled pipeline over `dir`, as a
 * pipeline thread of ingest does (each thread compiles for itself, on the same cores as the documents).
 */
function jitRun(dir: string): JitCounts | { error: string } {
  const r = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt-verbose', join(ROOT, 'bench', 'jit-child.mjs'), dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) return { error: `exit ${r.status}: ${r.stderr.slice(-300)}` };
  const dist = new URL('../dist/', import.meta.url).href;
  const counts = readJitTrace(r.stdout, (url) => url.startsWith(dist));
  // Sites relative to the repository, as the rest of results.json names files.
  return { ...counts, chitieuSites: counts.chitieuSites.map((x) => ({ ...x, site: `dist/${x.site.slice(dist.length)}` })) };
}

/** The larger batch of each documents/s target, as a multiple of the smaller (`--docx`). */
const STEADY_FACTOR = 4;

/** Documents per second of the documents alone: the extra documents of the larger batch over its extra time. */
function steadyDocsPerSecond(small: ReturnType<typeof medianIngest> | null, large: ReturnType<typeof medianIngest> | null): number | null {
  if (!small || !large || large.seconds <= small.seconds) return null;
  return round((large.documents - small.documents) / (large.seconds - small.seconds));
}

/** Runs on the same folder for the two documents/s targets: one run of a noisy shared machine is not a figure. */
const INGEST_RUNS = quick ? 1 : 3;

/** `ingestRun` INGEST_RUNS times; the run of median time, with every run's seconds. */
function medianIngest(dir: string, count: number) {
  return medianRun(INGEST_RUNS, () => ingestRun(dir, count));
}

/** Where batch documents come from: the batch generator script when it exists, else bench/generate.ts. */
function makeBatch(dir: string, count: number): string {
  const script = join(ROOT, 'scripts', 'generate-batch.ts');
  // --generator text: plain-text variants only (the mixed batch's PDFs dominate its time and memory).
  if (valueOf('--generator') !== 'text' && existsSync(script)) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', script, dir, '--count', String(count)], { cwd: ROOT, encoding: 'utf8' });
    if (r.status === 0) return 'scripts/generate-batch.ts';
    console.error(`generate-batch failed (exit ${r.status}), using bench/generate.ts: ${r.stderr.slice(-300)}`);
    rmSync(dir, { recursive: true, force: true });
  }
  generateBatch(CORPUS, dir, count);
  return 'bench/generate.ts';
}

function table(headers: string[], rows: (string | number | null)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null ? '–' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const missing = missingBaselineTools();
  if (missing.length > 0) {
    const why = `the pdftotext baseline needs ${missing.join(', ')}, missing here: run scripts/setup-system.sh bench (as root)`;
    // The committed results carry pdfVsPdftotext: a run without the baseline stops before its minutes
    // of measuring rather than replacing them with a file that lacks it. A quick run or one written
    // elsewhere goes on without it.
    if (outIndex < 0 && !quick) {
      console.error(`bench: ${why}; or give --quick or --out <file> to measure without it`);
      process.exitCode = 2;
      return;
    }
    console.error(`bench: WARNING: ${why}; pdfVsPdftotext will be null`);
  }
  const info = machine();
  console.log(`chitieu bench${quick ? ' (--quick)' : ''}: ${info.cpuModel}, ${info.cores} cores, ${info.memoryGiB} GiB, node ${info.node}, load ${info.loadAverage1m}; clock: ${CLOCK}`);

  // 1. Stages and end to end, per format, each format in its own process (own peak RSS).
  const formats: Record<string, ReturnType<typeof summarise>> = {};
  const brokenFormats: Record<string, string> = {};
  function summarise(g: GroupResult) {
    const perSecond = (n: number | null, ms: number) => (n === null ? null : round(n / (ms / 1000)));
    return {
      files: g.files,
      pages: g.pages,
      textMb: round(g.textBytes / 1e6, 3),
      stagesMs: Object.fromEntries(STAGES.map((s) => [s, round(g.stagesMs[s])])),
      stagesDocsPerSecond: Object.fromEntries(STAGES.map((s) => [s, perSecond(g.files, g.stagesMs[s])])),
      endToEndMs: round(g.endToEndMs),
      docsPerSecond: perSecond(g.files, g.endToEndMs),
      pagesPerSecond: perSecond(g.pages, g.endToEndMs),
      textMbPerSecond: perSecond(g.textBytes / 1e6, g.endToEndMs),
      peakRssMb: round(g.peakRssMb, 1),
      failures: g.failures,
    };
  }
  for (const [name, files] of Object.entries(GROUPS)) {
    if (files.length === 0) continue;
    process.stderr.write(`stages: ${name} (${files.length} files × ${RUNS} runs)…\n`);
    try {
      formats[name] = summarise(runChild<GroupResult>(`stages: ${name}`, 'child.ts', [CLOCK, String(RUNS), ...files]));
    } catch (error) {
      // A format whose code does not load is reported, not allowed to hide the other numbers.
      brokenFormats[name] = (error as Error).message.slice(0, 600);
      console.error(`stages: ${name} failed: ${brokenFormats[name]}`);
    }
  }
  console.log(`\nPer stage, median of ${RUNS} runs, one core (${CLOCK} ms summed over the group's files):`);
  console.log(
    table(
      ['format', 'docs', 'pages', 'text MB', ...STAGES, 'e2e ms', 'docs/s', 'pages/s', 'MB/s', 'RSS MB', 'failed'],
      Object.entries(formats).map(([name, f]) => [name, f.files, f.pages, f.textMb, ...STAGES.map((s) => f.stagesMs[s]!), f.endToEndMs, f.docsPerSecond, f.pagesPerSecond, f.textMbPerSecond, f.peakRssMb, f.failures.length]),
    ),
  );
  for (const [name, f] of Object.entries(formats)) for (const failure of f.failures) console.log(`  ${name} failure: ${failure}`);

  // 2. Same PDFs: pipeline end to end vs pdftotext -layout.
  process.stderr.write(`pdf vs pdftotext: ${PDF_PAIRS} pairs…\n`);
  // Without the baseline's tools the pairs are not run at all (their pipeline side would be measured for nothing).
  const baseline = missing.length === 0 && GROUPS['pdf']!.length > 0 ? pdfPairs(GROUPS['pdf']!, PDF_PAIRS) : null;
  const pdfVsPdftotext = baseline ? baseline.ratio : null;
  console.log(
    baseline
      ? `\nPDF, same ${baseline.files} files (${baseline.pages} pages), ${baseline.pairs.length} pairs back to back: pipeline ${baseline.pipelinePagesPerSecond} pages/s (warm: after ${baseline.warmPasses} passes) vs pdftotext -layout ${baseline.pdftotextPagesPerSecond} pages/s (medians) → ratio ${baseline.ratio} (pairs ${baseline.lowestRatio}–${baseline.highestRatio}; target ≥ 0.5)\n` +
          `  while warming up (the ${baseline.warmPasses} unmeasured passes): ${baseline.warmUpPagesPerSecond} pages/s → ratio ${baseline.warmUpRatio}`
      : '\nPDF vs pdftotext: n/a (pdftotext, pdfinfo or /usr/bin/time missing, or a PDF failed)',
  );

  // 3. Ingest through the CLI: scaling over generated documents, and DOCX and text variants.
  const work = mkdtempSync(join(tmpdir(), 'chitieu-bench-'));
  const scaling: (ReturnType<typeof ingestRun> & { generator: string })[] = [];
  let docxIngest: ReturnType<typeof medianIngest> | null = null;
  let txtIngest: ReturnType<typeof medianIngest> | null = null;
  let docxIngestLarge: ReturnType<typeof medianIngest> | null = null;
  let txtIngestLarge: ReturnType<typeof medianIngest> | null = null;
  let docxFloor: ReturnType<typeof medianFloor> | null = null;
  let txtFloor: ReturnType<typeof medianFloor> | null = null;
  const jit: { txt?: ReturnType<typeof jitRun>; docx?: ReturnType<typeof jitRun> } = {};
  const timeline: { txt?: IngestTimeline | { error: string }; docx?: IngestTimeline | { error: string } } = {};
  try {
    if (!flag('--no-scaling')) {
      for (const n of SCALING) {
        const dir = join(work, `batch-${n}`);
        const generator = makeBatch(dir, n);
        process.stderr.write(`ingest: ${n} documents…\n`);
        scaling.push({ ...ingestRun(dir, n), generator });
        rmSync(dir, { recursive: true, force: true });
      }
      // Each format at two batch sizes: the larger run less the smaller is the cost of documents alone,
      // without the process and thread start-up and the first, unoptimised documents.
      // DOCX variants of the corpus files (another commune, numbers and phrasing in each document.xml), as the
      // text batch has variants: copies would let the per-process memo tables serve every copy after the first.
      const docxBatch = (n: number) => {
        const dir = join(work, `docx-${n}`);
        const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'generate-batch.ts'), dir, '--count', String(n), '--skipped', '0', '--only', 'docx'], { cwd: ROOT, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`generate-batch --only docx failed (exit ${r.status}): ${r.stderr.slice(-300)}`);
        return dir;
      };
      const txtBatch = (n: number) => {
        const dir = join(work, `txt-${n}`);
        generateBatch(CORPUS, dir, n);
        return dir;
      };
      process.stderr.write(`ingest: ${DOCX_DOCS} and ${STEADY_FACTOR * DOCX_DOCS} docx…\n`);
      const docxSmall = docxBatch(DOCX_DOCS);
      docxIngest = medianIngest(docxSmall, DOCX_DOCS);
      docxFloor = medianFloor(ROOT, docxSmall, CLOCK, INGEST_RUNS);
      process.stderr.write(`compilations: ${DOCX_DOCS} docx on one thread…\n`);
      jit.docx = jitRun(docxSmall);
      timeline.docx = await timelineRun(join(ROOT, 'bin', 'chitieu.js'), docxSmall);
      docxIngestLarge = medianIngest(docxBatch(STEADY_FACTOR * DOCX_DOCS), STEADY_FACTOR * DOCX_DOCS);
      // Text only (the scaling batches mix formats when scripts/generate-batch.ts makes them).
      process.stderr.write(`ingest: ${DOCX_DOCS} and ${STEADY_FACTOR * DOCX_DOCS} txt…\n`);
      const txtSmall = txtBatch(DOCX_DOCS);
      txtIngest = medianIngest(txtSmall, DOCX_DOCS);
      txtFloor = medianFloor(ROOT, txtSmall, CLOCK, INGEST_RUNS);
      process.stderr.write(`compilations: ${DOCX_DOCS} txt on one thread…\n`);
      jit.txt = jitRun(txtSmall);
      timeline.txt = await timelineRun(join(ROOT, 'bin', 'chitieu.js'), txtSmall);
      txtIngestLarge = medianIngest(txtBatch(STEADY_FACTOR * DOCX_DOCS), STEADY_FACTOR * DOCX_DOCS);
      console.log(`\nchitieu ingest (CLI, default concurrency; ${CLOCK} time of the whole process, start included):`);
      console.log(
        table(
          ['input', 'docs', 'seconds', 'ms/doc', 'docs/s', 'peak RSS MB', 'summary'],
          [
            ...scaling.map((s) => [`generated txt`, s.documents, s.seconds, s.msPerDoc, s.docsPerSecond, s.peakRssMb, JSON.stringify(s.summary)]),
            ...[['docx variants', docxIngest], ['docx variants', docxIngestLarge], ['txt variants', txtIngest], ['txt variants', txtIngestLarge]].map(([name, r]) => {
              const x = r as NonNullable<typeof docxIngest>;
              return [name as string, x.documents, x.seconds, x.msPerDoc, x.docsPerSecond, x.peakRssMb, JSON.stringify(x.summary)];
            }),
          ],
        ),
      );
      for (const [name, floor, cli] of [['docx', docxFloor, docxIngest], ['txt', txtFloor, txtIngest]] as const) {
        if (!floor || !cli) continue;
        console.log(
          `${name} variants, the pipeline alone (bench/floor-child.mjs: the pool's thread code on the same cores, whole on each thread, no CLI, probe, messages or journal): ` +
            `${floor.seconds} s, ${floor.docsPerSecond}/s (runs ${floor.runsSeconds.join(', ')} s); chitieu ingest adds ${round(cli.seconds - floor.seconds)} s`,
        );
      }
    }
    for (const [format, counts] of Object.entries(jit)) {
      if (!('compilations' in counts)) {
        console.log(`\nV8 on one thread over the ${DOCX_DOCS} ${format} variants: ${counts.error}`);
        continue;
      }
      const sites = counts.chitieuSites.slice(0, 5).map((x) => `${x.site} (${x.reason}) ×${x.count}`);
      console.log(
        `\nV8 on one thread over the ${DOCX_DOCS} ${format} variants: ${counts.compilations} optimised compilations of ${counts.functions} functions (${counts.recompilations} recompilations, ${counts.osrCompilations} on-stack replacements), ${counts.compileMs} ms compiling; ` +
          `bailouts: ${counts.bailouts.chitieu} in chitieu, ${counts.bailouts.libraries} in libraries, ${counts.bailouts.node} in node${sites.length ? `\n  chitieu's most frequent: ${sites.join('; ')}` : ''}`,
      );
    }
    for (const [format, t] of Object.entries(timeline)) {
      if ('error' in t) {
        console.log(`\nTimeline of ${DOCX_DOCS} ${format} variants: ${t.error}`);
        continue;
      }
      const s = (ms: number) => (ms / 1000).toFixed(2);
      console.log(
        `\nTimeline of one ingest of the ${t.documents} ${format} variants: first document at ${s(t.firstDocumentMs)} s; 10 %, 20 % … 100 % at ${t.tenths.map(s).join(', ')} s; ` +
          `manifest at ${s(t.endMs)} s, exit at ${s(t.exitMs)} s; ${t.warmingDocsPerSecond} documents/s over the first 60 % (from the first document), ${t.warmDocsPerSecond}/s over the last 40 %`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // 4. OCR: rate on a scanned plan, and the same run again from the cache.
  let ocr: unknown = null;
  if (!quick && !flag('--no-ocr')) {
    const scanned = inFormats((f) => f.endsWith('.scanned.pdf'))[0];
    if (scanned) {
      const cacheDir = mkdtempSync(join(tmpdir(), 'chitieu-bench-ocr-'));
      try {
        process.stderr.write(`ocr: ${scanned}…\n`);
        const o = runChild<{ pages: number; firstMs: number; cachedMs: number; status: string; ocr: boolean }>('ocr', 'ocr-child.ts', [cacheDir, scanned]);
        ocr = { ...o, file: scanned.slice(ROOT.length + 1), secondsPerPage: round(o.firstMs / 1000 / o.pages), cachedSecondsPerPage: round(o.cachedMs / 1000 / o.pages, 4), cachedOverFirst: round(o.cachedMs / o.firstMs, 4) };
        console.log(`\nOCR ${scanned.slice(ROOT.length + 1)}: ${o.pages} pages, ${round(o.firstMs / 1000 / o.pages)} s/page; re-run from cache ${round(o.cachedMs)} ms (${round((100 * o.cachedMs) / o.firstMs, 2)} %)`);
      } catch (error) {
        ocr = { error: (error as Error).message.slice(0, 500) };
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    }
  }

  const step = (n: number) => scaling.find((s) => s.documents === n);
  const s1k = step(1000);
  const s10k = step(10000);
  // Headline numbers (targets: ≥ 0.5, ≥ 200, ≥ 200, < 1024, ≤ 1.10): the top of results.json, and the line printed last.
  const headline = {
    pdfVsPdftotext,
    textDocsPerSecond: txtIngest?.docsPerSecond ?? formats['txt']?.docsPerSecond ?? null,
    docxDocsPerSecond: docxIngest?.docsPerSecond ?? formats['docx']?.docsPerSecond ?? null,
    // The same two rates without the fixed start-up (process, threads, first documents): see steadyDocsPerSecond.
    textDocsPerSecondSteady: steadyDocsPerSecond(txtIngest, txtIngestLarge),
    docxDocsPerSecondSteady: steadyDocsPerSecond(docxIngest, docxIngestLarge),
    // The documents' own work on the same batches and cores, without the CLI, each input's probe, the messages and the journal: see bench/floor.ts.
    textDocsPerSecondFloor: txtFloor?.docsPerSecond ?? null,
    docxDocsPerSecondFloor: docxFloor?.docsPerSecond ?? null,
    peakRssMb10k: s10k?.peakRssMb ?? null,
    perDocTime10kOver1k: s1k && s10k ? round(s10k.msPerDoc / s1k.msPerDoc, 3) : null,
  };
  const results = {
    ...headline,
    quick,
    date: new Date().toISOString(),
    machine: info,
    runs: RUNS,
    clock: CLOCK,
    cli: CLI_MODE,
    notes: [
      'clock "cpu": times are the process CPU time (user + system), used when other work loads the machine; "wall": elapsed time',
      'stages: one process per format, one core, warm (a first unmeasured pass), medians over runs of the time summed over the files; OCR off',
      `textDocsPerSecond / docxDocsPerSecond: chitieu ingest --no-ocr through the CLI (text variants of the seeds by bench/generate.ts; DOCX variants of the corpus DOCX files by scripts/generate-batch.ts --only docx), whole process including start, the median of 3 runs; *Steady: the same at ${STEADY_FACTOR}× the documents, (extra documents) ÷ (extra seconds), i.e. without the fixed start-up; "cli" says whether the CLI ran the compiled dist/ (what users run after npm install) or the sources through tsx`,
      `*Floor: bench/floor-child.mjs on the same ${DOCX_DOCS} documents, the median of ${INGEST_RUNS} runs, timed as the CLI is (a fresh process, start included): the pool's thread code (the worker bundle) on as many threads as ingest uses, each thread taking the next file from a shared counter and reading it itself and running the whole pipeline on it, results written as ingest writes them (the same bytes); no CLI, no probe or hash of each input, no message to the main thread, no journal, no manifest. chitieu ingest's seconds less these are what chitieu adds around the documents' own work. Since ingest's threads work in pairs that hand DOCX and .doc extractions over (pipeline/pool/thread-loop.ts), which the floor's threads do not, ingest can be faster than the floor on DOCX: there the floor is the arrangement ingest had before pairs`,
      'jit: V8 --trace-opt --trace-deopt-verbose on one thread running dist/ over the 500 txt variants and over the 500 DOCX variants (bench/jit-child.mjs, read by bench/jit.ts): optimised compilations, recompilations (a function compiled again, mostly after a bailout), bailouts by whose code they happened in; compileMs as V8 reports it',
      'timeline: one more `chitieu ingest --json --no-ocr` of the 500 txt and of the 500 DOCX variants, each event line stamped as it arrived (bench/timeline.ts): the first document, each tenth of the documents, the manifest and the exit, in ms from the start of the process; the rate over the first 60 % (from the first document) and over the last 40 % (the warm rate)',
      `scaling: documents from ${valueOf('--generator') === 'text' ? 'bench/generate.ts (text variants of the seeds)' : 'scripts/generate-batch.ts (all formats)'}; ingest --no-ocr`,
      'childDeaths: measuring children (per-stage groups, the PDF pairs, OCR) that a signal ended and that were run once more (bench/child-run.ts); empty when none was; a child killed twice, or exiting non-zero by itself, fails its measurement as before (a per-stage group goes to brokenFormats)',
      `pdftotext: one \`pdftotext -layout\` process per file, as it is used; pipeline: processBytes + JSON in a warm process; the two measured back to back in ${PDF_PAIRS} pairs (${RUNS} passes each side, the pipeline after ${PDF_WARM_PASSES} unmeasured passes, whose speed is reported as warmUpPagesPerSecond), pdfVsPdftotext is the median pair's ratio`,
    ],
    formats,
    brokenFormats,
    childDeaths,
    pdftotext: baseline,
    scaling,
    docxIngest,
    docxIngestLarge,
    txtIngest,
    txtIngestLarge,
    docxFloor,
    txtFloor,
    jit,
    timeline,
    ocr,
  };
  const changed = codeChange(CODE_AT_START, codeState(ROOT));
  if (changed) {
    console.error(`bench: ${changed}: these measurements mix two programs, so ${outFile} is left as it was; run the bench again without touching the code`);
    process.exitCode = 2;
    return;
  }
  await writeFileAtomic(outFile, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nheadline: ${JSON.stringify(headline)}`);
  console.log(`wrote ${outFile}`);
}

await main();
