/** JSON renderer: the model itself, stable bytes. */
import { stableJson } from '../../output/write.js';
import type { Comparison } from '../types.js';

/** The model as stable JSON text. */
export function renderJson(m: Comparison): string {
  return stableJson(m);
}
