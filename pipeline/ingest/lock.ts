/**
 * One ingest per output folder at a time: a second run would race on the
 * journal and sweep the first one's temp files. A lock left by a killed run
 * (its process is gone) is taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const LOCK_NAME = '.chitieu.lock';

/** Raised when another live process holds the folder. */
export class FolderLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders locked by this process (the pid in the lock file cannot tell two runs of one process apart). */
const held = new Set<string>();

/** Takes the lock of `out`; returns its release function. */
export async function lockFolder(out: string): Promise<() => Promise<void>> {
  const path = join(out, LOCK_NAME);
  const key = resolve(out);
  if (held.has(key)) throw new FolderLockedError(`${out} is in use by another ingest of this process`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, 'wx');
      await fh.writeFile(String(process.pid));
      await fh.close();
      held.add(key);
      return async () => {
        held.delete(key);
        await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new FolderLockedError(`${out} is in use by another chitieu process (pid ${pid})`);
      }
      await rm(path, { force: true });
    }
  }
  throw new FolderLockedError(`${out}: cannot take the folder lock`);
}
