import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { highlight, type Anchor } from '../../review/render/spans.js';
import { diffRecords, fieldChanges, FREE_TEXT } from '../../review/diff/records.js';
import type { RecordView } from '../../review/diff/types.js';
import { seedResult, SEEDS } from '../pipeline/helpers.js';
import { resultSide } from '../../review/diff/views.js';

const strip = (html: string) => html.replace(/<[^>]+>/gu, '').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');

/** The text of the segments naming `id`, read back from the HTML. */
function segmentsOf(html: string, id: string): string {
  const out: string[] = [];
  for (const m of html.matchAll(/<span class="hl [^"]*" data-recs="([^"]*)">([^<]*)<\/span>/gu)) if (m[1]!.split(' ').includes(id)) out.push(strip(m[2]!));
  return out.join('');
}

describe('highlight', () => {
  it('keeps the text and gives every anchor exactly its own range, nested or overlapping', () => {
    const text = 'Phấn đấu 100% hồ sơ <TTHC> & “trực tuyến” trước ngày 31/12/2024.';
    const anchors: Anchor[] = [
      { id: 't1', type: 'task', change: 'unchanged', start: 0, end: text.length - 1 },
      { id: 'i1', type: 'indicator', change: 'changed', start: 9, end: 27 },
      { id: 'd1', type: 'deadline', change: 'unchanged', start: 44, end: 64 },
      { id: 'x', type: 'budget', change: 'added', start: 20, end: 50 },
    ];
    const html = highlight(text, anchors);
    expect(strip(html)).toBe(text);
    for (const a of anchors) expect(segmentsOf(html, a.id)).toBe(text.slice(a.start, a.end));
    expect(html).toContain('&lt;TTHC&gt;');
    expect(html).toContain('&amp; “trực');
    expect(html).not.toContain('<TTHC>');
    // the shortest covering record colours a segment
    expect(html).toMatch(/class="hl t-indicator c-changed c-unchanged" data-recs="t1 i1">100%/u);
  });

  it('property: any anchors, the text survives and each anchor reads back its slice', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(60), fc.nat(60)), { maxLength: 6 }),
        (text, pairs) => {
          const anchors = pairs
            .map(([x, y], i) => ({ id: `r${i}`, type: 'task', change: 'added', start: Math.min(x, y) % (text.length + 1), end: Math.max(x, y) % (text.length + 1) }))
            .filter((a) => a.start < a.end);
          const html = highlight(text, anchors);
          expect(strip(html)).toBe(text);
          for (const a of anchors) expect(segmentsOf(html, a.id)).toBe(text.slice(a.start, a.end));
        },
      ),
    );
  });
});

describe('record pairing', () => {
  const view = (id: string, line: number, fields: Record<string, unknown>): RecordView => ({
    kind: 'indicator', id, label: String(fields.subject), place: { line, page: null, quote: String(fields.quote), start: null, end: null }, fields,
  });
  const ind = (value: number, subject: string, quote = `${subject} đạt ${value}%`) => ({ kind: 'target', value, unit: '%', comparator: '=', subject, quote, year: 2025, domain: 'chinh_quyen_so', canonical: null });

  it('a record moved by an inserted line is unchanged; a changed number is one changed record, not removed + added', () => {
    const a = [view('i1', 10, ind(90, 'tỷ lệ hồ sơ trực tuyến')), view('i2', 11, ind(70, 'tỷ lệ hộ gia đình có cáp quang'))];
    const b = [view('i1', 11, ind(90, 'tỷ lệ hồ sơ trực tuyến')), view('i2', 12, ind(75, 'tỷ lệ hộ gia đình có cáp quang'))];
    const { changes, unchanged } = diffRecords('indicator', a, b);
    expect(unchanged).toBe(1);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ change: 'changed', match: 'loose', fields: [{ field: 'value', old: 70, new: 75 }, { field: 'quote' }] });
  });

  it('a line inserted above records with the same value does not pair them with their neighbours', () => {
    const a = [view('i1', 10, ind(100, 'tỷ lệ hồ sơ trực tuyến')), view('i2', 11, ind(100, 'tỷ lệ văn bản điện tử')), view('i3', 12, ind(100, 'tỷ lệ hồ sơ công việc'))];
    const b = a.map((v, k) => view(v.id, 11 + k, v.fields));
    expect(diffRecords('indicator', a, b)).toEqual({ changes: [], unchanged: 3 });
  });

  it('different measures stay removed and added', () => {
    const a = [view('i1', 10, ind(90, 'tỷ lệ hồ sơ trực tuyến'))];
    const b = [view('i1', 30, ind(50, 'doanh nghiệp sử dụng hóa đơn điện tử'))];
    expect(diffRecords('indicator', a, b).changes.map((c) => c.change).sort()).toEqual(['added', 'removed']);
  });

  it('fields one side does not state are not compared; ignored wording is skipped at any depth', () => {
    expect(fieldChanges({ a: 1, b: 2 }, { a: 1 })).toEqual([]);
    const dl = (text: string, end: string) => ({ deadline: { text, kind: 'date', end } });
    expect(fieldChanges(dl('trước 31/12', '2025-12-31'), dl('trước ngày 31/12/2025', '2025-12-31'), FREE_TEXT)).toEqual([]);
    expect(fieldChanges(dl('x', '2025-12-31'), dl('x', '2025-06-30'), FREE_TEXT)).toHaveLength(1);
  });

  it('every seed diffed with itself: all records unchanged', async () => {
    for (const seed of SEEDS) {
      const side = resultSide(await seedResult(seed));
      for (const kind of ['indicator', 'task', 'reference', 'budget'] as const) {
        const d = diffRecords(kind, side.records[kind], side.records[kind]);
        expect(d.changes, `${seed} ${kind}`).toEqual([]);
        expect(d.unchanged).toBe(side.records[kind].length);
      }
    }
  });
});
