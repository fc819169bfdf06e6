/** Ongoing work: "Thường xuyên", "Nhiệm vụ thường xuyên", "Thường xuyên trong năm", "thường xuyên, liên tục". */
import { VI, alt } from './dictionary.js';
import { yearBounds, yearOf } from './dates.js';
import { B, E, lastSyllables, re, yearOrThisYear } from './fragments.js';
import { deadlineOf, groupsOf } from './make.js';
import type { DeadlineRule } from './types.js';

/** vi/deadline-continuous */
export const continuousRule: DeadlineRule = {
  id: 'vi/deadline-continuous',
  description: 'Continuous work; start/end are the document year (or the year stated after "trong năm")',
  examples: ['Thường xuyên', 'Nhiệm vụ thường xuyên', 'Thường xuyên trong năm', 'thường xuyên, liên tục', 'Thực hiện thường xuyên trong năm 2025'],
  pattern: re(
    `${B}(?:${alt(VI.continuousLead)}\\s+)?${alt(VI.continuous)}(?:\\s*(?:,\\s*)?${alt(VI.continuousTail)})?(?:\\s+${alt(VI.within)}\\s+${alt(VI.year)}(?:\\s+${yearOrThisYear('y')})?)?${E}`,
  ),
  needs: [lastSyllables(VI.continuous)],
  extract(match, ctx) {
    const [start, end] = yearBounds(yearOf(groupsOf(match)['y'], ctx.docYear));
    return deadlineOf(match, 'continuous', start, end);
  },
};
