/**
 * Page furniture: page numbers and running headers/footers printed on every
 * page. They interrupt sentences that continue across a page break, so they
 * are removed before the normaliser folds lines.
 */
import furniture from './page-furniture.json' with { type: 'json' };
import type { PageEntry } from './layout.js';

/** A page's entries with the page size they were laid out on. */
export interface PageLines {
  page: number;
  height: number;
  entries: PageEntry[];
}

/** Share of the page height at the top and at the bottom where headers/footers live. */
const MARGIN_ZONE = 0.15;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

const pageWords = furniture.pageWords.map(escapeRegex).join('|');
const ofWords = furniture.ofWords.map(escapeRegex).join('|');
/** "3", "- 3 -", "Trang 3", "Trang 3/12", "Page 3 of 12". */
const PAGE_NUMBER = new RegExp(
  `^[-–—]?[ ]?(?:(?:${pageWords})[ ]?)?\\p{N}{1,4}(?:[ ]?(?:${ofWords})[ ]?\\p{N}{1,4})?[ ]?[-–—]?$`,
  'iu',
);

/**
 * Whether a line is only a page number (possibly with "Trang" or dashes).
 * With `pageCount`, a number far above it ("2024" wrapped from a title) is not one.
 */
export function isPageNumberLine(text: string, pageCount?: number): boolean {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (!PAGE_NUMBER.test(clean)) return false;
  if (pageCount === undefined) return true;
  const first = Number(/\p{N}+/u.exec(clean)?.[0] ?? 'NaN');
  // Numbering may start after a cover or continue from an earlier volume, but not by thousands.
  return first <= pageCount + 50;
}

function inMarginZone(entry: PageEntry, height: number): boolean {
  return entry.y > (1 - MARGIN_ZONE) * height || entry.y < MARGIN_ZONE * height;
}

function furnitureKey(entry: PageEntry): string {
  return `${Math.round(entry.y / 6)}|${entry.text.replace(/\p{N}+/gu, '#').replace(/\s+/gu, ' ').trim().toLowerCase()}`;
}

/**
 * Removes, in place, page-number lines at the top or bottom edge of a page
 * and lines repeated at the same position in the margin zone of most pages.
 * Returns how many lines were removed.
 */
export function removePageFurniture(pages: PageLines[]): number {
  let removed = 0;
  for (const page of pages) {
    const n = page.entries.length;
    const edge = new Set([0, 1, n - 2, n - 1].filter((k) => k >= 0 && k < n));
    const before = page.entries.length;
    page.entries = page.entries.filter(
      (entry, k) =>
        !(entry.kind === 'text' && edge.has(k) && inMarginZone(entry, page.height) && isPageNumberLine(entry.text, pages.length)),
    );
    removed += before - page.entries.length;
  }
  const withText = pages.filter((p) => p.entries.length > 0);
  if (withText.length < 3) return removed;
  const counts = new Map<string, number>();
  for (const page of withText) {
    const keys = new Set(page.entries.filter((e) => e.kind === 'text' && inMarginZone(e, page.height)).map(furnitureKey));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(3, Math.ceil(0.5 * withText.length));
  const repeated = new Set([...counts].filter(([, c]) => c >= threshold).map(([k]) => k));
  if (repeated.size === 0) return removed;
  for (const page of withText) {
    const before = page.entries.length;
    page.entries = page.entries.filter(
      (e) => !(e.kind === 'text' && inMarginZone(e, page.height) && repeated.has(furnitureKey(e))),
    );
    removed += before - page.entries.length;
  }
  return removed;
}
