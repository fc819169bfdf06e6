/** Shared by the batch tests: generated batches, run folders, the CLI as a child process. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBatch, type BatchOptions, type BatchPlan } from '../../scripts/generate-batch.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `chitieu-${prefix}-`));

/** Generates a batch in a fresh temp folder. */
export async function batch(options: Partial<BatchOptions>): Promise<{ dir: string; plan: BatchPlan }> {
  const dir = tmp('batch');
  const plan = await generateBatch(dir, { count: 20, bad: 0, skipped: 0, seed: 7, largeBytes: 6 * 1024 * 1024, ...options });
  return { dir, plan };
}

/** Every file under `dir`, recursively, relative names. */
export function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
}

export const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Collects CLI output in memory. */
export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), isTTY: false } };
}

/** JSON events printed with `--json`. */
export const events = (lines: string[]) => lines.flatMap((l) => l.split('\n')).filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

/**
 * Runs `chitieu ingest … --json` as a child process; when `killAfter` documents
 * have been reported, kills it with SIGKILL. Resolves with the events seen and how it ended.
 */
export function ingestChild(args: string[], killAfter?: number): Promise<{ events: Array<Record<string, unknown>>; code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'chitieu.js'), 'ingest', ...args, '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const seen: Array<Record<string, unknown>> = [];
    let buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (!line.trim()) continue;
        const event = JSON.parse(line) as Record<string, unknown>;
        seen.push(event);
        if (killAfter !== undefined && seen.filter((e) => e.event === 'document').length === killAfter) child.kill('SIGKILL');
      }
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ events: seen, code, signal }));
  });
}
