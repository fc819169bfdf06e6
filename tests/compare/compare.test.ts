import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { ingest } from '../../pipeline/ingest.js';
import { loadGold, loadRun } from '../../review/load.js';
import { compareRun } from '../../compare/index.js';
import { buildComparison, FAR_BEHIND_RATIO, quarterOf, type Comparison } from '../../compare/model.js';
import { compareToReference } from '../../rules/measures/reference.js';
import { measureById } from '../../rules/measures/match-api.js';
import { measureBarChart } from '../../compare/render/svg.js';
import type { DocumentResult } from '../../output/schema.js';
import { csvField } from '../../compare/render/csv.js';
import { viewTables } from '../../compare/tables.js';
import type { GoldDocument } from '../../review/gold-format.js';

const ROOT = join(import.meta.dirname, '..', '..');
const VIEWS = ['matrix', 'measures', 'coverage', 'achievement', 'contradictions', 'workload', 'deadlines', 'budget', 'unmatched'];

let work: string;
let runDir: string;
let reportDir: string;
let model: Comparison;
let written: string[];
let gold: GoldDocument[];
let results: DocumentResult[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'chitieu-compare-'));
  runDir = join(work, 'run');
  reportDir = join(work, 'report');
  const seeds = (await readdir(join(ROOT, 'corpus'))).filter((f) => /^\d{3}_.*\.txt$/u.test(f)).map((f) => join(ROOT, 'corpus', f));
  await ingest(seeds, { out: runDir });
  results = await loadRun(runDir);
  model = buildComparison(results);
  written = await compareRun(runDir, reportDir);
  gold = await loadGold(join(ROOT, 'corpus', 'gold'));
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** An RFC 4180 reader written independently of the renderer, to check the files round-trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

describe('comparison model on the five seeds', () => {
  it('has one matrix column per seed commune, named as in the answer keys', () => {
    expect(model.communes).toHaveLength(5);
    expect(new Set(model.communes.map((c) => c.commune))).toEqual(new Set(gold.map((g) => g.metadata.commune)));
    for (const row of model.matrix) for (const key of Object.keys(row.cells)) expect(model.communes.map((c) => c.key)).toContain(key);
  });

  it.each(['Hợp Thịnh', 'Ngọc Trạo', 'Tịnh Long', 'Thành Thọ', 'Hoằng Cát'])('keeps every contradiction the answer key lists for %s, with both quotes', (commune) => {
    const g = gold.find((x) => x.metadata.commune === commune)!;
    const rows = model.contradictions.filter((c) => c.commune === commune);
    expect(rows).toHaveLength(g.conflicts.length);
    for (const r of rows) {
      expect(r.quotes.length).toBeGreaterThanOrEqual(2);
      expect(r.links.map((l) => l.line)).toHaveLength(r.quotes.length);
    }
    // the same contradictions as the answer key: each one reported with two or more links, all on its indicators' lines
    for (const c of g.conflicts) {
      const want = new Set(c.indicatorIds.map((id) => g.indicators.find((i) => i.id === id)!.line));
      const found = rows.find((r) => {
        return r.links.length >= 2 && r.links.every((l) => want.has(l.line));
      });
      expect(found, c.note ?? [...want].join(',')).toBeDefined();
    }
  });

  it('flags a target/actual pair far behind where the answer key has actual/target < 0.5', () => {
    const expected = gold.flatMap((g) =>
      g.indicators.flatMap((t) => {
        if (t.kind !== 'target' || !t.canonical || !t.value) return [];
        const a = g.indicators.find((x) => x.kind === 'actual' && x.canonical === t.canonical && x.value !== null && x.unit === t.unit);
        return a && a.value! / t.value < FAR_BEHIND_RATIO ? [{ commune: g.metadata.commune, measure: t.canonical, actual: a.value, target: t.value }] : [];
      }),
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const e of expected) {
      const row = model.achievement.find((a) => a.commune === e.commune && a.measure === e.measure);
      expect(row, `${e.commune} ${e.measure}`).toMatchObject({ actual: e.actual, target: e.target, farBehind: true });
    }
  });

  it.each([
    { measure: 'adult_digital_signature', target: 40, actual: 1 },
  ])('flags $measure at $actual against $target (brief example)', ({ measure, target, actual }) => {
    const row = model.achievement.find((a) => a.measure === measure && a.actual === actual && a.target === target);
    expect(row?.farBehind).toBe(true);
    expect(row?.ratio).toBeCloseTo(actual / target, 6);
    expect(row?.gap).toBeCloseTo(target - actual, 6);
  });

  it('flags exactly the rows under the ratio threshold', () => {
    for (const a of model.achievement) expect(a.farBehind).toBe(a.ratio !== null && a.ratio < FAR_BEHIND_RATIO);
  });

  it('lists explicit "no target" cells only for measures set by two or more plans', () => {
    expect(model.coverage.length).toBeGreaterThan(0);
    for (const c of model.coverage) {
      expect(c.setBy.length).toBeGreaterThanOrEqual(2);
      for (const o of c.omittedBy) expect(model.matrix.find((r) => r.measure === c.measure)!.cells[o.key]?.targets ?? []).toHaveLength(0);
    }
  });

  it('gives ranking and spread consistent with the matrix cells', () => {
    for (const s of model.measures) {
      const values = s.ranking.map((r) => r.value);
      if (values.length === 0) continue;
      expect(s.min).toBe(Math.min(...values));
      expect(s.max).toBe(Math.max(...values));
      expect(s.median!).toBeGreaterThanOrEqual(s.min!);
      expect(s.median!).toBeLessThanOrEqual(s.max!);
    }
  });

  it('counts each dated task in exactly one quarter', async () => {
    const results = await loadRun(runDir);
    for (const doc of results) {
      const dated = doc.tasks.filter((t) => t.deadline?.end).length;
      const inQuarters = model.deadlines.reduce((s, q) => s + (q.counts[doc.document]?.count ?? 0), 0);
      expect(inQuarters).toBe(dated);
      expect(model.undatedTasks[doc.document]).toBe(doc.tasks.length - dated);
    }
  });

  it('labels unverified references in every view that shows them', () => {
    const refs = model.matrix.flatMap((r) => r.references);
    expect(refs.length).toBeGreaterThan(0);
    const md = viewTables(model).find((t) => t.name === 'matrix')!;
    const col = md.header.indexOf('reference_verified');
    for (const row of md.rows) if (row[col] === 'false') expect(String(row[md.header.indexOf('reference')])).toContain('unverified');
  });

  it('links every number to a document line and a quote that is in the source text', async () => {
    const texts = new Map<string, string>();
    const links = model.matrix.flatMap((r) => Object.values(r.cells).flatMap((c) => [...c.targets, ...c.actuals].map((l) => l.link)));
    expect(links.length).toBeGreaterThan(100);
    // quotes are normalised text (markup such as ** removed, spaces collapsed): compare letters and digits only
    const squash = (s: string): string => s.replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
    for (const l of links) {
      if (!texts.has(l.file)) texts.set(l.file, (await readFile(resolve(ROOT, l.file), 'utf8')).normalize('NFC'));
      // table quotes join cells from several lines, so each quoted piece is looked up in the whole text
      const text = texts.get(l.file)!;
      expect(l.line, l.document).toBeLessThanOrEqual(text.split(/\r?\n/u).length);
      const whole = squash(text);
      for (const piece of l.quote.split('\n')) expect(whole, `${l.document}:${l.line}`).toContain(squash(piece));
    }
  });
});

describe('canonical measures, references and budgets on the five seeds', () => {
  it('lists every indicator that matched no measure, and only those, with its link', () => {
    const expected = results.flatMap((d) => d.indicators.filter((i) => !i.canonical).map((i) => `${d.document}:${i.provenance.line}:${i.subject}`));
    expect(expected.length).toBeGreaterThan(0);
    expect(model.unmatched.map((u) => `${u.key}:${u.link.line}:${u.subject}`)).toEqual(expected);
    for (const u of model.unmatched) expect(u.link.quote.length).toBeGreaterThan(0);
  });

  it('carries the match confidence and evidence of every matrix number', () => {
    const byId = new Map(results.flatMap((d) => d.indicators.map((i) => [`${d.document}#${i.id}`, i] as const)));
    for (const r of model.matrix) {
      for (const [key, c] of Object.entries(r.cells)) {
        for (const l of [...c.targets, ...c.actuals]) {
          const i = byId.get(`${key}#${l.indicatorId}`)!;
          expect(i.canonical).toBe(r.measure);
          expect(l.match).toEqual({ confidence: i.canonicalMatch!.confidence, method: i.canonicalMatch!.method, evidence: i.canonicalMatch!.evidence });
          expect(l.match!.evidence.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('marks every target with a reference above/at/below it, at the target\'s own level and year', () => {
    let marked = 0;
    for (const r of model.matrix) {
      for (const c of Object.values(r.cells)) {
        for (const t of c.targets) {
          if (!t.reference) continue;
          marked++;
          expect(t.reference.level).toBe(t.level ?? 'xa');
          expect(t.year).toBeLessThanOrEqual(t.reference.year);
          expect(t.vsReference).toBe(compareToReference(t, t.reference));
        }
        expect(c.vsReference).toBe(c.primary?.vsReference ?? null);
      }
    }
    // Thanh Hóa communes are held to QĐ 1829's commune criteria; all communes to QĐ 749's 60% for xã
    expect(marked).toBeGreaterThanOrEqual(8);
    const eSig = model.matrix.find((r) => r.measure === 'adult_digital_signature')!;
    expect(eSig.references.map((x) => x.row)).toEqual(['43']);
    expect(Object.values(eSig.cells).filter((c) => c.reference).map((c) => c.commune).sort()).toEqual(['Hoằng Cát', 'Ngọc Trạo']);
  });

  it('shows the national aggregate beside a measure with no commune-level reference, for context only', () => {
    let shown = 0;
    for (const r of model.matrix) {
      for (const c of Object.values(r.cells)) {
        if (!c.nationalContext) continue;
        shown++;
        expect(c.nationalContext.level).toBe('quoc_gia');
        expect(c.reference).toBeNull();
        expect(c.vsReference).toBeNull();
      }
    }
    expect(shown).toBeGreaterThan(5);
    // Hợp Thịnh (Bắc Giang) has no provincial criterion: QĐ 411's national 50% is shown, not compared
    const eSig = model.matrix.find((r) => r.measure === 'adult_digital_signature')!;
    const hopThinh = Object.values(eSig.cells).find((c) => c.commune === 'Hợp Thịnh')!;
    expect([hopThinh.nationalContext?.row, hopThinh.nationalContext?.value, hopThinh.vsReference]).toEqual(['11', 50, null]);
  });

  it('shows every budget line of every document, and no count as a budget', () => {
    const lines = results.flatMap((d) => d.budget.map((b) => `${d.document}:${b.provenance.line}:${b.amount}`));
    expect(results.find((d) => d.document.startsWith('001_'))!.budget.length).toBeGreaterThanOrEqual(5);
    expect(model.budget.map((b) => `${b.key}:${b.link.line}:${b.amount}`)).toEqual(expect.arrayContaining(lines));
    const fromLines = new Set(lines);
    for (const b of model.budget) {
      if (fromLines.has(`${b.key}:${b.link.line}:${b.amount}`)) continue;
      const i = results.find((d) => d.document === b.key)!.indicators.find((x) => x.provenance.line === b.link.line && x.value === b.amount)!;
      expect(['vnd', 'vnd_million'].includes(i.unit) || measureById(i.canonical ?? '')?.domain === 'kinh_phi', `${b.key}:${b.link.line} ${b.item}`).toBe(true);
    }
  });

  it('draws percentage bars on a 0–100 scale (40% is not a full bar)', () => {
    const widths = (svg: string): Map<string, number> => {
      const out = new Map<string, number>();
      for (const m of svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="[^"]+"><title>([^:]+):/gu)) out.set(m[2]!, Number(m[1]));
      return out;
    };
    const eSig = widths(measureBarChart(model.matrix.find((r) => r.measure === 'adult_digital_signature')!, model.communes));
    const health = widths(measureBarChart(model.matrix.find((r) => r.measure === 'electronic_health_records')!, model.communes));
    // Hoằng Cát: 40% digital signatures and 100% health records
    expect(eSig.get('Hoằng Cát')! / health.get('Hoằng Cát')!).toBeCloseTo(0.4, 2);
  });
});

describe('rendered files', () => {
  it('writes HTML, Markdown, JSON, XLSX and one CSV per view', () => {
    const names = written.map((p) => p.slice(reportDir.length + 1));
    expect(names).toEqual(expect.arrayContaining(['report.html', 'report.md', 'comparison.json', 'comparison.xlsx', ...VIEWS.map((v) => join('csv', `${v}.csv`))]));
  });

  it('HTML is self-contained and shows every contradiction quote', async () => {
    const html = await readFile(join(reportDir, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link |src=|@import|url\(/u);
    // source URLs may be quoted in tooltips (text); nothing else may name one
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/gu, '').replace(/ title="[^"]*"/gu, '')).not.toMatch(/https?:\/\//u);
    expect(html).toMatch(/title="row 43:[^"]*https:\/\/truyenhinhthanhhoa\.vn\//u);
    expect((html.match(/<svg/gu) ?? []).length).toBeGreaterThanOrEqual(2);
    const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/\n/gu, '&#10;');
    expect(model.contradictions.length).toBeGreaterThanOrEqual(10);
    for (const c of model.contradictions) for (const q of c.quotes) expect(html).toContain(esc(q));
    expect((html.match(/<tr class="contradiction">/gu) ?? []).length).toBe(model.contradictions.length);
  });

  it('HTML gives every number span a tooltip with document:line and the quote', async () => {
    const html = await readFile(join(reportDir, 'report.html'), 'utf8');
    const spans = html.match(/<span class="(?:num|target|actual)"[^>]*>/gu) ?? [];
    expect(spans.length).toBeGreaterThan(100);
    for (const s of spans) expect(s).toMatch(/title="[^"]*\.txt:\d+[^"]*“[^"]+”/u);
  });

  it('HTML lists the unmatched indicators and labels unverified references in the matrix', async () => {
    const html = await readFile(join(reportDir, 'report.html'), 'utf8');
    expect((html.match(/<tr class="unmatched">/gu) ?? []).length).toBe(model.unmatched.length);
    const matrixHtml = html.slice(html.indexOf('<table id="matrix">'), html.indexOf('</table>', html.indexOf('<table id="matrix">')));
    const unverified = model.matrix.flatMap((r) => r.references).filter((r) => !r.verified);
    expect(unverified.length).toBeGreaterThan(0);
    for (const r of unverified) expect(matrixHtml).toMatch(new RegExp(`class="reference unverified" title="row ${r.row}:[^>]*>[^<]*unverified`, 'u'));
    // each target with a reference is marked against it next to the number
    const marks = model.matrix.flatMap((r) => Object.values(r.cells).flatMap((c) => c.targets.filter((t) => t.vsReference)));
    expect((matrixHtml.match(/<span class="vs vs-/gu) ?? []).length).toBe(marks.length);
    const context = model.matrix.flatMap((r) => r.nationalContext);
    expect((matrixHtml.match(/<span class="context" title="row [^"]*not compared">national aggregate [^<]*· national /gu) ?? []).length).toBe(context.length);
  });

  it.each(VIEWS)('%s.csv starts with the UTF-8 BOM and round-trips through an RFC 4180 reader', async (view) => {
    const bytes = await readFile(join(reportDir, 'csv', `${view}.csv`));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    const table = viewTables(model).find((t) => t.name === view)!;
    expect(rows[0]).toEqual(table.header);
    expect(rows).toHaveLength(table.rows.length + 1);
    table.rows.forEach((r, i) => expect(rows[i + 1]).toEqual(r.map((v) => (v === null ? '' : String(v)))));
  });

  it('CSV keeps Vietnamese quotes with commas, quotes and line breaks intact', async () => {
    const rows = parseCsv((await readFile(join(reportDir, 'csv', 'contradictions.csv'), 'utf8')).slice(1));
    const header = rows[0]!;
    const quotes = rows.slice(1).map((r) => r[header.indexOf('quote_a')]);
    expect(quotes).toEqual(model.contradictions.map((c) => c.quotes[0]));
    expect(quotes.some((q) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(q ?? ''))).toBe(true);
  });

  it.each([
    ['plain', 'plain'],
    ['Văn phòng, Thống kê', '"Văn phòng, Thống kê"'],
    ['nói "đạt 100%"', '"nói ""đạt 100%"""'],
    ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['a\r\nb', '"a\r\nb"'],
    [null, ''],
    [92.1, '92.1'],
  ])('csvField(%j) → %j', (input, out) => {
    expect(csvField(input)).toBe(out);
  });

  it('XLSX reopens with one sheet per view and the view header in row 1', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(reportDir, 'comparison.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(VIEWS);
    for (const t of viewTables(model)) {
      const ws = wb.getWorksheet(t.name)!;
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(t.header);
      expect(ws.rowCount).toBe(t.rows.length + 1);
    }
    // every cell round-trips: numbers stay numbers, text (Vietnamese, line breaks) stays text, nulls stay empty
    for (const t of viewTables(model)) {
      const ws = wb.getWorksheet(t.name)!;
      t.rows.forEach((r, i) => {
        const back = r.map((_, j) => ws.getRow(i + 2).getCell(j + 1).value ?? null);
        expect(back, `${t.name} row ${i + 2}`).toEqual(r);
      });
    }
    const matrix = wb.getWorksheet('matrix')!;
    const head = (matrix.getRow(1).values as unknown[]).slice(1);
    expect(head).toEqual(expect.arrayContaining(['measure', 'commune', 'value', 'document', 'line', 'quote']));
    const communes = new Set<string>();
    matrix.eachRow((r, i) => { if (i > 1) communes.add(String(r.getCell(head.indexOf('commune') + 1).value)); });
    expect(communes).toEqual(new Set(model.communes.map((c) => c.commune)));
  });

  it('writes the same bytes for the same run, whatever the clock says (XLSX included)', async () => {
    const again = async (iso: string): Promise<Map<string, string>> => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(iso));
      try {
        const dir = join(work, `again-${iso.slice(0, 4)}`);
        const files = await compareRun(runDir, dir);
        return new Map(await Promise.all(files.map(async (f) => [f.slice(dir.length), (await readFile(f)).toString('base64')] as const)));
      } finally {
        vi.useRealTimers();
      }
    };
    const a = await again('2024-03-01T08:00:00Z');
    const b = await again('2026-11-17T23:59:58Z');
    expect([...a.keys()]).toContain('/comparison.xlsx');
    for (const [name, bytes] of a) expect(b.get(name), name).toBe(bytes);
  });

  it('Markdown has the measure × commune matrix with every number linked, and "no target" cells', async () => {
    const md = await readFile(join(reportDir, 'report.md'), 'utf8');
    const pivot = md.split('## Measure × commune matrix')[1]!.split('\n## ')[0]!.trim().split('\n');
    expect(pivot[0]).toBe(`| measure | reference | ${model.communes.map((c) => c.commune).join(' | ')} |`);
    expect(pivot).toHaveLength(model.matrix.length + 2);
    model.matrix.forEach((r, i) => {
      const cells = pivot[i + 2]!.split(' | ').slice(2);
      model.communes.forEach((c, j) => {
        const cell = r.cells[c.key];
        if (!cell) expect(cells[j]).toMatch(/^no target/u);
        else for (const l of [...cell.targets, ...cell.actuals]) expect(cells[j]).toContain(`[${l.link.document}:${l.link.line}]`);
      });
    });
  });

  it('JSON is the model', async () => {
    expect(JSON.parse(await readFile(join(reportDir, 'comparison.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(model)));
  });
});

describe('quarterOf', () => {
  it.each([
    ['2024-01-01', '2024-Q1'],
    ['2024-03-31', '2024-Q1'],
    ['2024-04-01', '2024-Q2'],
    ['2024-09-30', '2024-Q3'],
    ['2025-12-31', '2025-Q4'],
  ])('%s → %s', (iso, q) => expect(quarterOf(iso)).toBe(q));
});
