/**
 * The pipeline threads (pipeline/pool) on real inputs, with threads that die: a
 * thread that dies running a document fails that document alone with a typed
 * `worker-crashed`, is replaced, and every other input still gets its outcome;
 * threads that cannot load the pipeline at all fail the run's inputs instead of
 * leaving the run waiting.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { getPriority } from 'node:os';
import { PipelineThreads, type Outcome, type RunInputs } from '../../pipeline/pool/index.js';
import { FEEDER_NICE } from '../../pipeline/pool/priority.js';
import { CORPUS, SEEDS } from '../pipeline/helpers.js';
import { tmp } from './helpers.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const fromSources = (entry: string) => ({ script: here('../../pipeline/pool/worker-entry.mjs'), entry: here(entry) });
const limits = { timeoutMs: 120_000, ocrPageTimeoutMs: 120_000 };

function inputs(names: string[]): RunInputs {
  const dir = tmp('threads-in');
  const out = tmp('threads-out');
  const files = names.map((name, i) => {
    const file = join(dir, name);
    copyFileSync(join(CORPUS, SEEDS[i % SEEDS.length]!), file);
    return file;
  });
  return { files, outputs: files.map((_, i) => join(out, `${i}.json`)), previous: null, ocr: false, maxBytes: 100 * 1024 * 1024 };
}

/** Inputs named `names`, copies of the corpus's DOCX and .doc files and of the seeds, in turn. */
function mixedInputs(names: string[]): RunInputs {
  const sources = [...FORMATS.filter((f) => /\.docx?$/u.test(f)).map((f) => join(CORPUS, 'formats', f)), ...SEEDS.map((s) => join(CORPUS, s))];
  const dir = tmp('pair-in');
  const out = tmp('pair-out');
  const files = names.map((name, i) => {
    const source = sources[i % sources.length]!;
    const file = join(dir, `${name}${source.slice(source.lastIndexOf('.'))}`);
    copyFileSync(source, file);
    return file;
  });
  return { files, outputs: files.map((_, i) => join(out, `${i}.json`)), previous: null, ocr: false, maxBytes: 100 * 1024 * 1024 };
}
const FORMATS = readdirSync(join(CORPUS, 'formats')).sort();

const summaryOf = (outcomes: Array<Outcome | undefined>) => outcomes.map((o) => (o?.kind === 'ran' ? (o.reply.ok ? 'ok' : o.reply.error.code) : o?.kind));

async function runAll(threads: PipelineThreads, run: RunInputs): Promise<Array<Outcome | undefined>> {
  const outcomes: Array<Outcome | undefined> = new Array(run.files.length);
  try {
    await threads.process(run, { outcome: (index, outcome) => {
      expect(outcomes[index], `input ${index} reported twice`).toBeUndefined();
      outcomes[index] = outcome;
    } });
  } finally {
    await threads.close();
  }
  return outcomes;
}

describe('PipelineThreads', { timeout: 120_000 }, () => {
  it('a thread that dies fails only the document it was running, and a new thread takes the rest', async () => {
    const run = inputs(['a.txt', 'chet-b.txt', 'c.txt', 'd.txt', 'chet-e.txt', 'f.txt', 'g.txt']);
    const outcomes = await runAll(new PipelineThreads(2, limits, fromSources('./fixtures/dying-task.ts')), run);
    const summary = outcomes.map((o) => (o?.kind === 'ran' ? (o.reply.ok ? 'ok' : o.reply.error.code) : o?.kind));
    expect(summary).toEqual(['ok', 'worker-crashed', 'ok', 'ok', 'worker-crashed', 'ok', 'ok']);
    const died = outcomes[1]!;
    expect(died.kind === 'ran' && !died.reply.ok && died.reply.error.message).toBe(`${run.files[1]}: the worker thread died: it exited with code 7`);
    // The thread had hashed the document before it died: the manifest entry keeps its hash.
    expect(died.kind === 'ran' && died.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('threads that cannot load the pipeline fail every input instead of leaving the run waiting', async () => {
    const run = inputs(['a.txt', 'b.txt', 'c.txt']);
    const outcomes = await runAll(new PipelineThreads(2, limits, fromSources('./fixtures/unloadable-task.ts')), run);
    for (const o of outcomes) {
      expect(o?.kind === 'ran' && !o.reply.ok && o.reply.error).toMatchObject({ code: 'worker-crashed', message: expect.stringContaining('no pipeline thread could start: the pipeline module failed to load') });
    }
  });

  it('an input whose outcome never arrived is handed out again once every thread is idle, and fails after two tries', async () => {
    const run = inputs(['a.txt', 'mat-b.txt', 'c.txt', 'mat-han-d.txt', 'e.txt']);
    const outcomes = await runAll(new PipelineThreads(2, limits, fromSources('./fixtures/losing-task.ts')), run);
    const summary = outcomes.map((o) => (o?.kind === 'ran' ? (o.reply.ok ? 'ok' : o.reply.error.code) : o?.kind));
    expect(summary).toEqual(['ok', 'ok', 'ok', 'worker-crashed', 'ok']);
    const gone = outcomes[3]!;
    expect(gone.kind === 'ran' && !gone.reply.ok && gone.reply.error.message).toBe(`${run.files[3]}: its pipeline thread ended without reporting it`);
  });

  it('a pair of threads hands DOCX and .doc extractions over, and every result is the one a single thread writes', async () => {
    const names = Array.from({ length: 14 }, (_, i) => `van-ban-${i}`);
    const paired = mixedInputs(names);
    const single = { ...paired, outputs: paired.outputs.map((o) => join(tmp('single-out'), o.slice(o.lastIndexOf('/') + 1))) };
    const code = fromSources('./fixtures/pair-stages.ts');
    const pairOutcomes = await runAll(new PipelineThreads(2, limits, code), paired);
    const singleOutcomes = await runAll(new PipelineThreads(1, limits, code), single);
    expect(summaryOf(pairOutcomes)).toEqual(names.map(() => 'ok'));
    expect(summaryOf(singleOutcomes)).toEqual(names.map(() => 'ok'));
    for (let i = 0; i < names.length; i++) expect(readFileSync(paired.outputs[i]!, 'utf8'), paired.files[i]).toBe(readFileSync(single.outputs[i]!, 'utf8'));
    // The pair finished DOCX or .doc extractions through the steps (handed over, or taken back); one thread alone never does.
    const stepped = readFileSync(join(dirname(paired.outputs[0]!), 'steps.log'), 'utf8').trim().split('\n');
    expect(stepped.filter((name) => /\.docx?$/u.test(name)).length).toBeGreaterThan(0);
    expect(existsSync(join(dirname(single.outputs[0]!), 'steps.log'))).toBe(false);
  });

  it.runIf(process.platform === 'linux')('a feeding thread runs a few nice levels below its home thread, which keeps the priority of the process (Linux)', async () => {
    const base = getPriority(0);
    const run = mixedInputs(Array.from({ length: 14 }, (_, i) => `van-ban-${i}`));
    const outcomes = await runAll(new PipelineThreads(2, limits, fromSources('./fixtures/pair-stages.ts')), run);
    expect(summaryOf(outcomes).every((s) => s === 'ok')).toBe(true);
    const steps = readFileSync(join(dirname(run.outputs[0]!), 'nice.log'), 'utf8').trim().split('\n').map((line) => line.split(' '));
    const niceOf = new Map<string, Set<number>>();
    for (const [thread, , nice] of steps) niceOf.set(thread!, (niceOf.get(thread!) ?? new Set()).add(Number(nice)));
    // The feeding thread extracts every input it takes; the home thread finishes what it hands over, and runs its own inputs whole.
    const feeders = new Set(steps.filter(([, step]) => step === 'extract').map(([thread]) => thread!));
    const homes = new Set([...niceOf.keys()].filter((thread) => !feeders.has(thread)));
    expect(feeders.size).toBe(1);
    expect(homes.size).toBe(1);
    for (const thread of feeders) expect([...niceOf.get(thread)!]).toEqual([Math.min(19, base + FEEDER_NICE)]);
    for (const thread of homes) expect([...niceOf.get(thread)!]).toEqual([base]);
    // The process's main thread is left as it was.
    expect(getPriority(0)).toBe(base);
  });

  it('three threads (a pair and one alone) report every input once, with the results one thread writes', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `van-ban-${i}`);
    const three = mixedInputs(names);
    const single = { ...three, outputs: three.outputs.map((o) => join(tmp('single-out'), o.slice(o.lastIndexOf('/') + 1))) };
    const threeOutcomes = await runAll(new PipelineThreads(3, limits), three);
    await runAll(new PipelineThreads(1, limits), single);
    expect(summaryOf(threeOutcomes)).toEqual(names.map(() => 'ok'));
    for (let i = 0; i < names.length; i++) expect(readFileSync(three.outputs[i]!, 'utf8'), three.files[i]).toBe(readFileSync(single.outputs[i]!, 'utf8'));
  });

  it('a thread that dies finishing a handed-over extraction fails that input alone; its partner hands the rest to the new thread', async () => {
    const names = Array.from({ length: 12 }, (_, i) => (i === 5 ? 'chet-van-ban' : `van-ban-${i}`));
    const run = mixedInputs(names);
    const outcomes = await runAll(new PipelineThreads(2, limits, fromSources('./fixtures/pair-stages.ts')), run);
    expect(summaryOf(outcomes)).toEqual(names.map((n) => (n.startsWith('chet-') ? 'worker-crashed' : 'ok')));
    const died = outcomes[5]!;
    expect(died.kind === 'ran' && !died.reply.ok && died.reply.error.message).toBe(`${run.files[5]}: the worker thread died: it exited with code 7`);
    expect(died.kind === 'ran' && died.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('an input that runs past its deadline while being finished for its partner times out alone', async () => {
    const names = Array.from({ length: 8 }, (_, i) => (i === 3 ? 'treo-van-ban' : `van-ban-${i}`));
    const run = mixedInputs(names);
    const outcomes = await runAll(new PipelineThreads(2, { timeoutMs: 10_000, ocrPageTimeoutMs: 10_000 }, fromSources('./fixtures/pair-stages.ts')), run);
    expect(summaryOf(outcomes)).toEqual(names.map((n) => (n.startsWith('treo-') ? 'timeout' : 'ok')));
  });

  it('identical inputs run once each, the copies after the first, each with its own result', async () => {
    const run = inputs(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt']);
    for (const f of run.files.slice(1)) copyFileSync(run.files[0]!, f);
    const outcomes = await runAll(new PipelineThreads(2, limits), run);
    expect(outcomes.map((o) => o?.kind === 'ran' && o.reply.ok)).toEqual(run.files.map(() => true));
    // One input claimed the content; the other five were handed back as copies and ran after it.
    expect(outcomes.filter((o) => o?.kind === 'ran' && o.first)).toHaveLength(1);
  });
});
