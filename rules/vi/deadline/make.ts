/** Small builders shared by the rule files. */
import type { Deadline, DeadlineKind, Recurrence } from '../../../output/schema.js';

/** A Deadline whose `text` is the matched key slice (replaced by the original text in findDeadlines). */
export function deadlineOf(
  match: RegExpExecArray,
  kind: DeadlineKind,
  start: string | null,
  end: string | null,
  recurrence: Recurrence | null = null,
): Deadline {
  return { text: match[0], kind, start, end, recurrence };
}

/** The named groups of a match (empty when the pattern has none). */
export function groupsOf(match: RegExpExecArray): Record<string, string | undefined> {
  return match.groups ?? {};
}
