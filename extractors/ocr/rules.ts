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

/**
 * Whitens long horizontal and vertical dark runs in RGBA pixel data, in place.
 * Works row by row and column by column, so slightly rotated rulings (the scans
 * are skewed under 1°) are still caught: their per-row runs stay long.
 * Returns how many pixels were cleared.
 */
export function removeRulings(data: Uint8ClampedArray, width: number, height: number, dpi: number): number {
  const minH = Math.round(MIN_RULE_INCHES.horizontal * dpi);
  const minV = Math.round(MIN_RULE_INCHES.vertical * dpi);
  const mask = new Uint8Array(width * height);
  const dark = (i: number) => data[i * 4]! < DARK;
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const isDark = x < width && dark(y * width + x);
      if (isDark && start < 0) start = x;
      else if (!isDark && start >= 0) {
        if (x - start >= minH) {
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
          for (let yy = start; yy < y; yy++) {
            for (let xx = Math.max(0, x - HALO); xx <= Math.min(width - 1, x + HALO); xx++) mask[yy * width + xx] = 1;
          }
        }
        start = -1;
      }
    }
  }
  let cleared = 0;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i]) {
      data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = 255;
      cleared++;
    }
  }
  return cleared;
}
