/** The typed error of unreadable run and answer-key folders, apart from the readers so the CLI can name it without loading them (and zod). */

/** Why a run or answer-key folder cannot be read. */
export class RunInputError extends Error {
  constructor(
    readonly code: 'missing-folder' | 'invalid-result' | 'no-results' | 'not-a-run' | 'no-answer-keys',
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'RunInputError';
  }
}
