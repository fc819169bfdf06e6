/**
 * A pipeline thread's script: loads what runs documents (`workerData.entry`: the worker
 * bundle's loader, or task.js / task.ts) and hands the thread to its loop (./thread-loop.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { serve as Serve } from './thread-loop.js';
import type { TaskStages, WorkerReply, WorkerTask } from './task.js';

const { entry, board } = workerData as { entry: string; board: SharedArrayBuffer };
const loaded = (await import(pathToFileURL(entry).href)) as { default: (task: WorkerTask) => Promise<WorkerReply>; serve: typeof Serve; stages?: TaskStages };
await loaded.serve(loaded.default, parentPort!, board, loaded.stages);
