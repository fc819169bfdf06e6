/**
 * The pair protocol of pipeline/pool/thread-loop.ts, with both loops of a pair in this process
 * (each on its own MessageChannel to a stand-in for the main thread) and steps that only
 * pretend to read and finish: a feeding thread hands DOCX extractions to its home thread, gets
 * the JSON back, writes it and reports the input, exactly once; text it runs itself; and when
 * its partner is stuck on a long input it takes back what the partner has not started.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { ContentClaims, ThreadBoard } from '../../pipeline/pool/board.js';
import type { Finished, HandOff, TaskStages, WorkerReply, WorkerTask } from '../../pipeline/pool/task.js';
import { serve, type MainMessage, type Outcome, type PairRole, type RunSetup, type ThreadMessage } from '../../pipeline/pool/thread-loop.js';
import { tmp } from './helpers.js';

const reply = (file: string): WorkerReply => ({ ok: true, status: 'ok', sha256: file, counts: { indicators: 0, tasks: 0, references: 0 }, retry: false });

/** Steps that pretend: the extraction's format is the file's extension, finishing is the JSON of the file name. */
function pretendSteps(log: string[], who: string, finishHangsFor: (file: string) => boolean = () => false): TaskStages {
  return {
    extract: async (task: WorkerTask) => {
      log.push(`${who} extracts ${task.id}`);
      const format = task.file.endsWith('.docx') ? 'docx' : 'txt';
      const { bytes: _bytes, ...rest } = task;
      return { ok: true, handOff: { task: rest, sha256: 'x', extraction: { format, text: '', layout: 'paragraphs', pages: null, encoding: null, ocr: false, status: 'ok', messages: [] } } };
    },
    finish: async (handOff: HandOff): Promise<Finished> => {
      log.push(`${who} finishes ${handOff.task.id}`);
      if (finishHangsFor(handOff.task.file)) return new Promise<never>(() => undefined);
      return { ok: true, json: JSON.stringify(handOff.task.file), reply: reply(handOff.task.file) };
    },
    write: async (task: Pick<WorkerTask, 'output'>, finished: Finished) => {
      log.push(`writes ${task.output}`);
      return finished.reply;
    },
  } as unknown as TaskStages;
}

function startPair(names: string[], home: { run: (t: WorkerTask) => Promise<WorkerReply>; stages: TaskStages }, feeder: { run: (t: WorkerTask) => Promise<WorkerReply>; stages: TaskStages }) {
  const dir = tmp('pairs');
  const files = names.map((name) => {
    const file = join(dir, name);
    writeFileSync(file, `Kế hoạch ${name}\n`);
    return file;
  });
  const setup: RunSetup = {
    files,
    outputs: files.map((f) => `${f}.json`),
    previous: null,
    next: new Int32Array(new SharedArrayBuffer(4)),
    claims: ContentClaims.forInputs(files.length).table,
    handed: new Int32Array(new SharedArrayBuffer(4 * files.length)),
    ocr: false,
    maxBytes: 1 << 20,
  };
  const outcomes: Array<{ index: number; outcome: Outcome; from: PairRole }> = [];
  const pair = new MessageChannel();
  const ports: MessageChannel[] = [];
  for (const [role, thread, partnerPort] of [['home', home, pair.port1], ['feeder', feeder, pair.port2]] as const) {
    const main = new MessageChannel();
    ports.push(main);
    main.port1.on('message', (m: ThreadMessage) => {
      if (m.type === 'outcome') outcomes.push({ index: m.index, outcome: m.outcome, from: role });
    });
    void serve(thread.run, main.port2, new ThreadBoard().buffer, thread.stages);
    main.port1.postMessage({ type: 'partner', role, port: partnerPort, dropped: [] } satisfies MainMessage, [partnerPort]);
    main.port1.postMessage({ type: 'setup', setup } satisfies MainMessage);
  }
  const close = () => {
    for (const c of ports) {
      c.port1.close();
      c.port2.close();
    }
  };
  return { setup, outcomes, close };
}

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('pipeline thread pairs', { timeout: 30_000 }, () => {
  it('a feeding thread hands DOCX over and reports it once its partner sends the JSON back; text it runs itself', async () => {
    const log: string[] = [];
    const names = ['a.docx', 'b.txt', 'c.docx', 'd.docx', 'e.txt', 'f.docx', 'g.docx', 'h.docx'];
    const run = async (t: WorkerTask) => {
      log.push(`whole ${t.id}`);
      return reply(t.file);
    };
    const { outcomes, close } = startPair(names, { run, stages: pretendSteps(log, 'home') }, { run, stages: pretendSteps(log, 'feeder') });
    await until(() => outcomes.length === names.length);
    close();
    expect(outcomes.map((o) => o.index).sort((a, b) => a - b)).toEqual(names.map((_, i) => i));
    for (const o of outcomes) expect(o.outcome).toMatchObject({ kind: 'ran', reply: { ok: true }, first: true });
    // Every DOCX the feeding thread extracted was finished by its home thread and reported by the feeding thread.
    const extractedByFeeder = log.filter((l) => l.startsWith('feeder extracts')).map((l) => Number(l.split(' ')[2]));
    for (const index of extractedByFeeder) {
      const docx = names[index]!.endsWith('.docx');
      expect(log.includes(`home finishes ${index}`), `${names[index]}`).toBe(docx);
      expect(log.includes(`feeder finishes ${index}`), `${names[index]}`).toBe(!docx);
      expect(outcomes.find((o) => o.index === index)?.from).toBe('feeder');
    }
    expect(extractedByFeeder.some((i) => names[i]!.endsWith('.docx'))).toBe(true);
  });

  it('when the home thread is stuck on a long input, the feeding thread takes back what it has not started', async () => {
    const log: string[] = [];
    const names = ['a.docx', 'b.docx', 'c.docx', 'd.docx', 'e.docx', 'f.docx'];
    let stuckOn: number | undefined;
    // The home thread's own inputs never end; the feeding thread's whole inputs do.
    const stuck = (t: WorkerTask) => {
      stuckOn = t.id;
      return new Promise<never>(() => undefined);
    };
    const run = async (t: WorkerTask) => reply(t.file);
    const { setup, outcomes, close } = startPair(names, { run: stuck, stages: pretendSteps(log, 'home') }, { run, stages: pretendSteps(log, 'feeder') });
    await until(() => outcomes.length === names.length - 1);
    close();
    expect(stuckOn).toBeDefined();
    expect(outcomes.map((o) => o.index).sort((a, b) => a - b)).toEqual(names.map((_, i) => i).filter((i) => i !== stuckOn));
    expect(log.filter((l) => l.startsWith('home finishes'))).toEqual([]);
    // Four were handed over (the most it may have waiting), the fifth run whole after waiting for room, and the four taken back.
    const takenBack = [...setup.handed].filter((state) => state === 3);
    expect(takenBack).toHaveLength(4);
    for (const o of outcomes) expect(o.from).toBe('feeder');
  });
});
