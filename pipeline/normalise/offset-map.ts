/**
 * Maps offsets of a derived text back to the source it was built from.
 * The builder appends either copied source ranges or replacement strings that
 * stand for a source range (a folded line break, a removed markup token).
 */

interface Segment {
  /** Start in the derived text. */
  at: number;
  length: number;
  srcStart: number;
  srcEnd: number;
  copied: boolean;
}

/** Offset map from derived text to source text (immutable once built). */
export class OffsetMap {
  private readonly segments: Segment[];
  constructor(segments: Segment[]) {
    this.segments = segments;
  }
  private find(offset: number): Segment | undefined {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid]!;
      if (offset < s.at) hi = mid - 1;
      else if (offset >= s.at + s.length) lo = mid + 1;
      else return s;
    }
    return undefined;
  }
  /** Source offset of the derived character at `offset` (a start boundary). */
  toSourceStart(offset: number): number {
    const s = this.find(offset);
    if (!s) return this.segments.length ? this.segments[this.segments.length - 1]!.srcEnd : 0;
    return s.copied ? s.srcStart + (offset - s.at) : s.srcStart;
  }
  /** Source offset just after the derived character at `offset - 1` (an end boundary). */
  toSourceEnd(offset: number): number {
    if (offset <= 0) return 0;
    const s = this.find(offset - 1);
    if (!s) return 0;
    return s.copied ? s.srcStart + (offset - s.at) : s.srcEnd;
  }
}

/**
 * Builds a derived string and its OffsetMap together. The text is kept as a
 * list of pieces: reading the last character of a string grown by `+=` makes
 * V8 flatten it, which made normalising one long line quadratic.
 */
export class OffsetMapBuilder {
  private readonly pieces: string[] = [];
  private written = 0;
  private readonly segments: Segment[] = [];
  constructor(private readonly source: string) {}
  get length(): number {
    return this.written;
  }
  /** The last character written, or ''. */
  get last(): string {
    const piece = this.pieces[this.pieces.length - 1];
    return piece ? piece[piece.length - 1]! : '';
  }
  /** Code unit of the last character written, or -1. */
  get lastCode(): number {
    const piece = this.pieces[this.pieces.length - 1];
    return piece ? piece.charCodeAt(piece.length - 1) : -1;
  }
  private append(text: string): void {
    this.pieces.push(text);
    this.written += text.length;
  }
  /** Copies `source[start, end)` verbatim. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const prev = this.segments[this.segments.length - 1];
    if (prev && prev.copied && prev.srcEnd === start && prev.at + prev.length === this.written) {
      prev.length += end - start;
      prev.srcEnd = end;
    } else {
      this.segments.push({ at: this.written, length: end - start, srcStart: start, srcEnd: end, copied: true });
    }
    this.append(this.source.slice(start, end));
  }
  /** Writes `text` standing for `source[srcStart, srcEnd)`. */
  replace(text: string, srcStart: number, srcEnd: number): void {
    if (!text) return;
    this.segments.push({ at: this.written, length: text.length, srcStart, srcEnd, copied: false });
    this.append(text);
  }
  /** Removes trailing spaces written so far (they stay unmapped). */
  trimEnd(): void {
    while (this.lastCode === 32) {
      const piece = this.pieces.pop()!;
      if (piece.length > 1) this.pieces.push(piece.slice(0, -1));
      this.written -= 1;
      const last = this.segments[this.segments.length - 1]!;
      last.length -= 1;
      if (last.copied) last.srcEnd -= 1;
      if (last.length === 0) this.segments.pop();
    }
  }
  build(): { text: string; map: OffsetMap } {
    const segments = this.segments.map((s) => ({ at: s.at, length: s.length, srcStart: s.srcStart, srcEnd: s.srcEnd, copied: s.copied }));
    return { text: this.pieces.join(''), map: new OffsetMap(segments) };
  }
}
