/** The measure-matching API the pipeline uses (one import point). */
export { matchMeasure } from './match.js';
export { measureById, listMeasures } from './taxonomy.js';
