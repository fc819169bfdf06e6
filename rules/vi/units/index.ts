/** Responsible units → canonical commune roles (GUIDELINE.md "Units"). */
export { resolveUnit, resolveUnitByName, resolveUnits, splitUnits, fuzzyCandidate, FUZZY_THRESHOLD } from './resolve.js';
export type { ResolveMethod, UnitResolution } from './resolve.js';
export { UNIT_IDS, UNIT_VOCABULARY, FAMILY_NAMES } from './dictionary.js';
export type { UnitId, UnitVocabulary } from './dictionary.js';
