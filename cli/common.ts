/** What every command shares: where it prints, and the usage error that exits 2. */

/** A usage or configuration error: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** Where a command prints; `isTTY` says whether `err` is a terminal (live progress bar). */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY?: boolean;
}

export const defaultIo: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  isTTY: process.stderr.isTTY === true,
};
