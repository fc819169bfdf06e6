/**
 * Removes table rulings from a rendered page before OCR. Cell borders make
 * tesseract read "|" and garbage glyphs and split rows into fragments; text
 * strokes are never as long as a ruling, so long straight runs of dark pixels
 * can be whitened safely.
 */

/** A run at least this long (in inches) counts as a ruling, not a glyph stroke. */
const MIN_RULE_INCHES = { horizontal: 0.5, vertical: 0.35 };
const DARK = 140;
/** Pixels either side of a ruling also cleared: blur leaves a grey halo. */
const HALO = 2;

/** A ruling found on the image, in pixels (y grows downwards). */
export interface PixelRule {
  dir: 'h' | 'v';
  /** Row (horizontal) or column (vertical) of the ruling's centre line. */
  at: number;
  from: number;
  to: number;
  /** Pixels the ruling drifts across per pixel along it (scan skew), from a fit of its runs. */
  slope: number;
}

/** Runs of one ruling are at most this many pixels apart across, and this far apart along it. */
const SAME_RULE_ACROSS = 4;
const SAME_RULE_ALONG = 6;

interface Run {
  at: number;
  from: number;
  to: number;
}

/**
 * Merges the per-row (or per-column) dark runs of rulings into segments: a
 * ruling several pixels thick, or skewed so it steps one row every few
 * hundred pixels, is many runs but one segment.
 */
function mergeRuns(runs: Run[], dir: 'h' | 'v'): PixelRule[] {
  const open: Array<{ sum: number; weight: number; last: number; from: number; to: number; runs: Run[] }> = [];
  for (const run of runs) {
    const length = run.to - run.from;
    const seg = open.find((o) => Math.abs(run.at - o.last) <= SAME_RULE_ACROSS && run.from <= o.to + SAME_RULE_ALONG && run.to >= o.from - SAME_RULE_ALONG);
    if (seg) {
      seg.sum += run.at * length;
      seg.weight += length;
      seg.last = run.at;
      seg.from = Math.min(seg.from, run.from);
      seg.to = Math.max(seg.to, run.to);
      seg.runs.push(run);
    } else {
      open.push({ sum: run.at * length, weight: length, last: run.at, from: run.from, to: run.to, runs: [run] });
    }
  }
  return open.map((o) => ({ dir, at: o.sum / o.weight, from: o.from, to: o.to, slope: fitSlope(o.runs) }));
}

/** Least-squares slope of `at` against the run midpoints, weighted by run length. */
function fitSlope(runs: readonly Run[]): number {
  let w = 0, mx = 0, my = 0;
  for (const r of runs) {
    const len = r.to - r.from;
    w += len;
    mx += len * (r.from + r.to) / 2;
    my += len * r.at;
  }
  if (w === 0) return 0;
  mx /= w;
  my /= w;
  let cov = 0, varX = 0;
  for (const r of runs) {
    const len = r.to - r.from;
    const dx = (r.from + r.to) / 2 - mx;
    cov += len * dx * (r.at - my);
    varX += len * dx * dx;
  }
  return varX > 0 ? cov / varX : 0;
}

/**
 * Whitens long horizontal and vertical dark runs in RGBA pixel data, in place.
 * When `found` is given, the rulings are also pushed onto it as segments, so a
 * table's grid can be rebuilt from the scan (see `extractors/pdf/ocr-page.ts`).
 * Works row by row and column by column, so slightly rotated rulings (the scans
 * are skewed under 1°) are still caught: their per-row runs stay long.
 * Returns how many pixels were cleared.
 */
export function removeRulings(data: Uint8ClampedArray, width: number, height: number, dpi: number, found?: PixelRule[]): number {
  const minH = Math.round(MIN_RULE_INCHES.horizontal * dpi);
  const minV = Math.round(MIN_RULE_INCHES.vertical * dpi);
  const mask = new Uint8Array(width * height);
  const dark = (i: number) => data[i * 4]! < DARK;
  const hRuns: Run[] = [];
  const vRuns: Run[] = [];
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const isDark = x < width && dark(y * width + x);
      if (isDark && start < 0) start = x;
      else if (!isDark && start >= 0) {
        if (x - start >= minH) {
          hRuns.push({ at: y, from: start, to: x });
          for (let yy = Math.max(0, y - HALO); yy <= Math.min(height - 1, y + HALO); yy++) {
            mask.fill(1, yy * width + start, yy * width + x);
          }
        }
        start = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const isDark = y < height && dark(y * width + x);
      if (isDark && start < 0) start = y;
      else if (!isDark && start >= 0) {
        if (y - start >= minV) {
          vRuns.push({ at: x, from: start, to: y });
          for (let yy = start; yy < y; yy++) {
            for (let xx = Math.max(0, x - HALO); xx <= Math.min(width - 1, x + HALO); xx++) mask[yy * width + xx] = 1;
          }
        }
        start = -1;
      }
    }
  }
  if (found) found.push(...mergeRuns(hRuns, 'h'), ...mergeRuns(vRuns, 'v'));
  let cleared = 0;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i]) {
      data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = 255;
      cleared++;
    }
  }
  return cleared;
}
