/** What the robustness suite accepts from the pipeline: a valid result or a typed error naming the file. */
import { expect } from 'vitest';
import { ExtractError } from '../../extractors/types.js';
import { DocumentResult } from '../../output/schema.js';
import { PipelineError, processBytes, type ProcessOptions } from '../../pipeline/index.js';

export type Outcome = { kind: 'result'; result: DocumentResult } | { kind: 'error'; code: string; message: string };

/**
 * Runs the pipeline on `bytes` named `file`. Anything other than a schema-valid result
 * or an `ExtractError`/`PipelineError` with a code and this file's name fails the test.
 */
export async function outcomeOf(bytes: Uint8Array, file: string, options: ProcessOptions = {}): Promise<Outcome> {
  try {
    const result = await processBytes(bytes, file, { ocr: false, ...options });
    const parsed = DocumentResult.safeParse(result);
    expect(parsed.success, `${file}: result does not match the schema`).toBe(true);
    return { kind: 'result', result };
  } catch (error) {
    if (error instanceof ExtractError || error instanceof PipelineError) {
      expect(error.code).toMatch(/^[a-z][a-z0-9-]*$/u);
      expect(error.file).toBe(file);
      expect(error.message).toContain(file);
      return { kind: 'error', code: error.code, message: error.message };
    }
    throw new Error(`${file}: untyped failure ${(error as Error)?.stack ?? String(error)}`);
  }
}
