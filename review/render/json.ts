/** The JSON form of a diff: the model itself, in stable key order with a final newline. */
import { stableJson } from '../../output/write.js';
import type { RunDiff } from '../diff/types.js';

export const renderJson = (d: RunDiff): string => stableJson(d);
