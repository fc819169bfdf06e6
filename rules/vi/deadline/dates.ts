/** Calendar helpers for deadline bounds (UTC, ISO yyyy-mm-dd). */

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Days in month `m` (1-12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when y-m-d is a real calendar date in a plausible plan range. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO date string of y-m-d. */
export function iso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The day before y-m-d, as ISO ("trước ngày 1/6" ends on 31/5). */
export function dayBefore(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d - 1));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** First and last day of year `y`. */
export function yearBounds(y: number): [string, string] {
  return [iso(y, 1, 1), iso(y, 12, 31)];
}

/** First and last day of month `m` of year `y`. */
export function monthBounds(y: number, m: number): [string, string] {
  return [iso(y, m, 1), iso(y, m, daysInMonth(y, m))];
}

/** Last day of the month before month `m` of year `y` ("trước tháng 6/2024" → 2024-05-31). */
export function endOfMonthBefore(y: number, m: number): string {
  return m === 1 ? iso(y - 1, 12, 31) : iso(y, m - 1, daysInMonth(y, m - 1));
}

/** First day of quarter `q1` to last day of quarter `q2` of year `y`. */
export function quarterBounds(y: number, q1: number, q2: number): [string, string] {
  const lastMonth = q2 * 3;
  return [iso(y, (q1 - 1) * 3 + 1, 1), iso(y, lastMonth, daysInMonth(y, lastMonth))];
}

/** Parses a 4-digit year or "nay" (this year); undefined → the document year. */
export function yearOf(captured: string | undefined, docYear: number): number {
  return captured !== undefined && /^\d{4}$/u.test(captured) ? Number(captured) : docYear;
}
