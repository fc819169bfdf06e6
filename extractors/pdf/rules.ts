/**
 * Ruling lines of a page (table borders) read from the pdfjs operator list.
 *
 * Word/LibreOffice draw cell borders as stroked line segments or as thin
 * filled rectangles; both become horizontal/vertical segments here, in page
 * user space (the current transformation matrix is applied).
 */

/** A horizontal (`y` fixed) or vertical (`x` fixed) ruling segment. */
export interface Rule {
  dir: 'h' | 'v';
  /** The fixed coordinate (y for horizontal, x for vertical). */
  at: number;
  /** Extent along the other axis, `from < to`. */
  from: number;
  to: number;
}

/** The operator ids this module needs (pdfjs `OPS`). */
export interface OpsTable {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke?: number;
  closeFillStroke?: number;
  closeEOFillStroke?: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat?: number;
  paintInlineImageXObjectGroup?: number;
  paintImageMaskXObjectGroup?: number;
  paintImageMaskXObjectRepeat?: number;
  paintSolidColorImageMask?: number;
}

type Matrix = [number, number, number, number, number, number];

/** Segments shorter than this are glyph-like marks, not borders. */
const MIN_RULE = 3;
/** A filled rectangle thinner than this is drawn as a line. */
const MAX_RULE_THICKNESS = 2.5;
/** Path drawing codes of pdfjs 5 (`DrawOPS`). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function pushSegment(out: Rule[], a: [number, number], b: [number, number], tolerance: number): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= tolerance && dx >= MIN_RULE) {
    out.push({ dir: 'h', at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
  } else if (dx <= tolerance && dy >= MIN_RULE) {
    out.push({ dir: 'v', at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
  }
}

/** Points of one path, split into subpaths; curves are skipped (they are not borders). */
function subpaths(data: ArrayLike<number>, ctm: Matrix): Array<{ points: Array<[number, number]>; closed: boolean; curved: boolean }> {
  const out: Array<{ points: Array<[number, number]>; closed: boolean; curved: boolean }> = [];
  let current: { points: Array<[number, number]>; closed: boolean; curved: boolean } | undefined;
  let i = 0;
  while (i < data.length) {
    const code = data[i]!;
    if (code === MOVE_TO) {
      current = { points: [apply(ctm, data[i + 1]!, data[i + 2]!)], closed: false, curved: false };
      out.push(current);
      i += 3;
    } else if (code === LINE_TO) {
      current?.points.push(apply(ctm, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (code === CURVE_TO) {
      if (current) current.curved = true;
      i += 7;
    } else if (code === QUAD_TO) {
      if (current) current.curved = true;
      i += 5;
    } else if (code === CLOSE) {
      if (current) current.closed = true;
      i += 1;
    } else {
      break;
    }
  }
  return out;
}

/** Flattens pdfjs 5's `constructPath` path argument (an array holding Float32Arrays, or one array). */
function pathData(arg: unknown): ArrayLike<number>[] {
  if (arg instanceof Float32Array || arg instanceof Float64Array) return [arg];
  if (Array.isArray(arg)) {
    if (arg.every((v) => typeof v === 'number')) return [arg as number[]];
    return arg.flatMap((v) => pathData(v));
  }
  return [];
}

/**
 * Reads ruling segments and whether the page paints any image from an
 * operator list. Segments as long as the page (clip boxes, page frames) are
 * dropped.
 */
export function readRules(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: OpsTable,
  pageWidth: number,
  pageHeight: number,
): { rules: Rule[]; hasImages: boolean } {
  const rules: Rule[] = [];
  const imageOps = new Set(
    [
      ops.paintImageXObject,
      ops.paintInlineImageXObject,
      ops.paintImageMaskXObject,
      ops.paintImageXObjectRepeat,
      ops.paintInlineImageXObjectGroup,
      ops.paintImageMaskXObjectGroup,
      ops.paintImageMaskXObjectRepeat,
      ops.paintSolidColorImageMask,
    ].filter((v): v is number => typeof v === 'number'),
  );
  const strokeOps = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fillOps = new Set([ops.fill, ops.eoFill]);
  let hasImages = false;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i];
    if (fn === ops.save) {
      stack.push(ctm);
    } else if (fn === ops.restore) {
      ctm = stack.pop() ?? ctm;
    } else if (fn === ops.transform && Array.isArray(args) && args.length === 6) {
      ctm = multiply(ctm, args as Matrix);
    } else if (imageOps.has(fn)) {
      hasImages = true;
    } else if (fn === ops.constructPath && Array.isArray(args)) {
      const paintOp = args[0];
      const stroked = typeof paintOp === 'number' && strokeOps.has(paintOp);
      const filled = typeof paintOp === 'number' && fillOps.has(paintOp);
      if (!stroked && !filled) continue;
      for (const data of pathData(args[1])) {
        for (const sub of subpaths(data, ctm)) {
          if (sub.curved || sub.points.length < 2) continue;
          const pts = sub.closed ? [...sub.points, sub.points[0]!] : sub.points;
          if (stroked) {
            for (let k = 1; k < pts.length; k++) pushSegment(rules, pts[k - 1]!, pts[k]!, 1);
          } else {
            // A thin filled rectangle is a border line; a large one (cell shading) has borders elsewhere.
            const xs = pts.map((p) => p[0]);
            const ys = pts.map((p) => p[1]);
            const x0 = Math.min(...xs);
            const x1 = Math.max(...xs);
            const y0 = Math.min(...ys);
            const y1 = Math.max(...ys);
            if (y1 - y0 <= MAX_RULE_THICKNESS && x1 - x0 >= MIN_RULE) {
              rules.push({ dir: 'h', at: (y0 + y1) / 2, from: x0, to: x1 });
            } else if (x1 - x0 <= MAX_RULE_THICKNESS && y1 - y0 >= MIN_RULE) {
              rules.push({ dir: 'v', at: (x0 + x1) / 2, from: y0, to: y1 });
            }
          }
        }
      }
    }
  }
  return {
    rules: rules.filter((r) => (r.dir === 'h' ? r.to - r.from < 0.97 * pageWidth : r.to - r.from < 0.97 * pageHeight)),
    hasImages,
  };
}
