/**
 * A bare "theo định kỳ" with no stated rhythm. The gold annotates it as monthly
 * (a commune's routine reports are monthly), so that is the default; any stated
 * rhythm ("định kỳ hằng quý") is a longer match of another rule and wins.
 */
import { VI, alt } from './dictionary.js';
import { yearBounds } from './dates.js';
import { B, E, lastSyllables, re } from './fragments.js';
import { deadlineOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-periodic */
export const periodicRule: DeadlineRule = {
  id: 'vi/deadline-periodic',
  description: 'Periodic reporting with no stated rhythm: recurring monthly, no day',
  examples: ['theo định kỳ', 'định kỳ', 'Định kỳ'],
  pattern: re(`${B}(?:${alt(VI.periodicLead)}\\s+)?${alt(VI.periodic)}${E}`),
  needs: [lastSyllables(VI.periodic)],
  extract(match, ctx) {
    const [start, end] = yearBounds(ctx.docYear);
    return deadlineOf(match, 'recurring', start, end, { freq: 'monthly', day: null, month: null });
  },
};
