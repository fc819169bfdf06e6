/** chitieu's library API. */
export { extractFile, processBytes, processExtraction, PipelineError, PIPELINE_VERSION } from './pipeline/index.js';
export { ingest, type IngestOptions, type IngestResult, type IngestEvent } from './pipeline/ingest.js';
export { ExtractError, type Extraction, type ExtractOptions, type Format } from './extractors/types.js';
export { detectFormat } from './extractors/detect.js';
export { evaluate, formatEvaluation } from './review/evaluate.js';
export { toGold } from './review/export-gold.js';
export { diffRuns, diffGold, type RunDiff } from './review/diff.js';
export { buildReviewPage } from './review/render/review.js';
export { RunInputError } from './review/load.js';
export { compareRun } from './compare/index.js';
export * from './output/schema.js';
export { run } from './cli/run.js';
