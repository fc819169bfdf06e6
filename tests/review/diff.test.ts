import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../../cli/run.js';
import { runDiff } from '../../cli/diff.js';
import { diffGold, diffRuns, type RunDiff } from '../../review/diff.js';
import { evaluate } from '../../review/evaluate.js';
import { toGold } from '../../review/export-gold.js';
import { loadGold, loadRun } from '../../review/load.js';
import { renderMarkdown } from '../../review/render/markdown.js';
import { CORPUS, SEEDS, ingestTo, oneChange, workDir, type OneChange } from './fixtures.js';

const GOLD = join(CORPUS, 'gold');
const capture = (extra: Record<string, unknown> = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), stdoutIsTTY: false, env: {}, ...extra } };
};

let work: string;
let all1: string;
let all2: string;
let change: OneChange;
let before: string;
let after: string;

beforeAll(async () => {
  work = await workDir();
  const seeds = SEEDS.map((s) => join(CORPUS, s));
  change = await oneChange(work, '002_6f4458b79196ed4f.txt', 90);
  [all1, all2, before, after] = await Promise.all([
    ingestTo(seeds, join(work, 'all1')),
    ingestTo(seeds, join(work, 'all2')),
    ingestTo([change.original], join(work, 'before')),
    ingestTo([change.changed], join(work, 'after')),
  ]);
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('chitieu diff of runs', () => {
  it('two runs of the same inputs: no differences, exit 0 with --exit-code, every record unchanged', async () => {
    const { diff } = await diffRuns(all1, all2);
    expect(diff.differs).toBe(false);
    expect(diff.documents).toHaveLength(SEEDS.length);
    const results = await loadRun(all1);
    const total = results.reduce((s, r) => s + r.indicators.length + r.tasks.length + r.references.length + r.budget.length, 0);
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0, unchanged: total });
    const c = capture();
    expect(await run(['diff', all1, all2, '--exit-code'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('no differences');
  });

  it('one target changed in one file: exactly one changed record with its old and new value', async () => {
    expect(change.after).not.toBe(change.before);
    const { diff } = await diffRuns(before, after);
    expect(diff.differs).toBe(true);
    expect(diff.counts).toMatchObject({ added: 0, removed: 0, changed: 1 });
    const [doc] = diff.documents;
    expect(doc!.records).toHaveLength(1);
    const rec = doc!.records[0]!;
    if (rec.change !== 'changed') throw new Error(`expected a changed record, got ${rec.change}`);
    expect(rec.kind).toBe('indicator');
    expect(rec.fields.find((f) => f.field === 'value')).toEqual({ field: 'value', old: change.oldValue, new: change.newValue });
    expect(rec.fields.map((f) => f.field).sort()).toEqual(['quote', 'value']);
    expect(rec.a.place.line).toBe(change.indicator.line);
    expect(rec.a.place.quote).toBe(change.indicator.provenance.quote);
    expect(rec.b.place.quote).toContain(`${change.newValue}%`);

    const c = capture();
    expect(await run(['diff', before, after, '--exit-code'], c.io)).toBe(1);
    const text = c.out.join('\n');
    expect(text).toContain(`value: ${change.oldValue} → ${change.newValue}`);
    expect(text).toContain(`line ${change.indicator.line}`);
    expect(text).toContain('1 changed, 0 added, 0 removed');
    expect(text).not.toMatch(/\u001b\[/u);
    // without --exit-code a difference is not an error
    expect(await run(['diff', before, after], capture().io)).toBe(0);
  });

  it('writes Markdown, JSON (file or stdout, byte-identical across runs) and the HTML page', async () => {
    const c = capture();
    const md = join(work, 'out', 'diff.md');
    const json = join(work, 'out', 'diff.json');
    expect(await runDiff([before, after, '--md', md, '--json', json, '--html', join(work, 'out', 'html')], c.io)).toBe(0);
    const model = JSON.parse(await readFile(json, 'utf8')) as RunDiff;
    expect(model.counts.changed).toBe(1);
    const mdText = await readFile(md, 'utf8');
    expect(mdText).toContain(`| changed | indicator ${change.indicator.id} | line ${change.indicator.line} |`);
    expect(mdText).toContain(`value: ${change.oldValue} → ${change.newValue}`);
    expect(mdText.trimEnd()).toBe(renderMarkdown(model).trimEnd());
    const html = await readFile(join(work, 'out', 'html', 'review.html'), 'utf8');
    expect(html).toContain('data-change="changed"');
    const stdout = capture();
    expect(await runDiff([before, after, '--json'], stdout.io)).toBe(0);
    expect(JSON.parse(stdout.out.join('\n'))).toEqual(model);
    const again = join(work, 'out', 'again.json');
    await runDiff([before, after, '--json', again], capture().io);
    expect(await readFile(again, 'utf8')).toBe(await readFile(json, 'utf8'));
  });

  it('colours only a terminal without NO_COLOR', async () => {
    const tty = capture({ stdoutIsTTY: true });
    await runDiff([before, after], tty.io);
    expect(tty.out.join('\n')).toMatch(/\u001b\[3[123]m/u);
    const noColor = capture({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await runDiff([before, after], noColor.io);
    expect(noColor.out.join('\n')).not.toMatch(/\u001b\[/u);
    const flag = capture({ stdoutIsTTY: true });
    await runDiff([before, after, '--no-color'], flag.io);
    expect(flag.out.join('\n')).not.toMatch(/\u001b\[/u);
  });

  it('documents added, removed and failed, from the results and the manifests', async () => {
    const bad = join(work, 'bad');
    await mkdir(bad, { recursive: true });
    await writeFile(join(bad, 'broken.pdf'), '%PDF-1.7\n garbage without xref');
    const a = await ingestTo([join(CORPUS, SEEDS[0]!), join(CORPUS, SEEDS[1]!)], join(work, 'docs-a'));
    const b = await ingestTo([join(CORPUS, SEEDS[1]!), join(CORPUS, SEEDS[2]!), join(bad, 'broken.pdf')], join(work, 'docs-b'));
    const { diff } = await diffRuns(a, b);
    expect(diff.documentsAdded).toEqual([SEEDS[2]]);
    expect(diff.documentsRemoved).toEqual([SEEDS[0]]);
    expect(diff.documentsFailed).toHaveLength(1);
    expect(diff.documentsFailed[0]).toMatchObject({ side: 'b', status: 'failed', new: true });
    expect(diff.documentsFailed[0]!.input).toMatch(/broken\.pdf$/u);
    expect(diff.documents.map((d) => d.key)).toEqual([SEEDS[1]]);
    expect(diff.documents[0]!.records).toEqual([]);
    const c = capture();
    const page = join(work, 'docs.html');
    expect(await runDiff([a, b, '--exit-code', '--html', page], c.io)).toBe(1);
    const html = await readFile(page, 'utf8');
    expect(html).toMatch(/broken\.pdf: failed in B \(pdf-/u);
    expect(html).toContain(`removed: ${SEEDS[0]}`);
    const text = c.out.join('\n');
    expect(text).toContain(`+ document ${SEEDS[2]}`);
    expect(text).toContain(`- document ${SEEDS[0]}`);
    expect(text).toMatch(/! \S*broken\.pdf failed in B \(pdf-/u);
    // the same failure on both sides is not a difference
    const { diff: same } = await diffRuns(b, b);
    expect(same.documentsFailed.every((f) => !f.new)).toBe(true);
    expect(same.differs).toBe(false);
  });
});

describe('chitieu diff across formats', () => {
  it('a .txt run and a .pdf run of the same plan pair by file stem; places carry the PDF page', async () => {
    const pdf = await ingestTo([join(CORPUS, 'formats', '002_6f4458b79196ed4f.pdf')], join(work, 'pdf'));
    const { diff } = await diffRuns(before, pdf);
    expect(diff.documentsAdded).toEqual([]);
    expect(diff.documentsRemoved).toEqual([]);
    expect(diff.documents.map((d) => [d.documentA, d.documentB])).toEqual([['002_6f4458b79196ed4f.txt', '002_6f4458b79196ed4f.pdf']]);
    const doc = diff.documents[0]!;
    // most records are the same whatever the format; those that differ name their page
    expect(doc.counts.unchanged).toBeGreaterThan(doc.counts.changed + doc.counts.added + doc.counts.removed);
    for (const c of doc.records) if (c.change !== 'removed') expect(c.b.place.page).toBeGreaterThan(0);
    const out = capture();
    await runDiff([before, pdf], out.io);
    if (doc.records.length > 0) expect(out.out.join('\n')).toMatch(/line \d+ \(p\. \d+\)/u);
  });
});

describe('chitieu diff against answer keys', () => {
  it('pairs like evaluate: strict pairs are exactly the records evaluate counts as found', async () => {
    const { diff } = await diffGold(all1, GOLD);
    const golds = await loadGold(GOLD);
    const e = evaluate(golds, (await loadRun(all1)).map(toGold));
    expect(diff.mode).toBe('gold');
    expect(diff.documents).toHaveLength(golds.length);
    for (const score of e.documents) {
      const doc = diff.documents.find((d) => d.documentA === score.document)!;
      for (const [kind, prf] of [['indicator', score.indicators], ['task', score.tasks]] as const) {
        const recs = doc.records.filter((r) => r.kind === kind);
        const missed = recs.filter((r) => r.change === 'removed').length;
        const loose = recs.filter((r) => r.change === 'changed' && r.match === 'loose').length;
        const extra = recs.filter((r) => r.change === 'added').length;
        // gold = strict pairs + loose pairs + missed; predicted = strict + loose + extra
        expect(prf.gold - missed - loose, `${score.document} ${kind}`).toBe(prf.tp);
        expect(prf.predicted - extra - loose, `${score.document} ${kind}`).toBe(prf.tp);
      }
    }
  });

  it('a field the answer key disagrees on is a change; free wording (quotes, subjects) is not', async () => {
    const { diff } = await diffGold(all1, GOLD);
    const fields = diff.documents.flatMap((d) => d.records.flatMap((r) => (r.change === 'changed' ? r.fields.map((f) => f.field) : [])));
    expect(fields).not.toContain('quote');
    expect(fields).not.toContain('subject');
    const c = capture();
    expect(await run(['diff', all1, '--gold', GOLD, '--exit-code'], c.io)).toBe(diff.differs ? 1 : 0);
    expect(c.out.join('\n')).toContain(`diff answer keys ${GOLD} → run ${all1}`);
  });

  it('a run compared with its own gold export has no differences', async () => {
    const exported = join(work, 'exported');
    expect(await run(['export', all1, '--format', 'gold', '--to', exported], capture().io)).toBe(0);
    const { diff } = await diffGold(all1, exported);
    expect(diff.differs).toBe(false);
    expect(diff.counts.changed + diff.counts.added + diff.counts.removed).toBe(0);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['diff']],
    [['diff', 'only-one-run']],
    [['diff', 'a', 'b', 'c']],
    [['diff', 'a', '--gold']],
    [['diff', 'a', 'b', '--bogus']],
  ])('%j', async (argv) => {
    const c = capture();
    expect(await run(argv, c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('chitieu diff');
  });

  it('a folder that is not a run', async () => {
    const c = capture();
    expect(await run(['diff', join(work, 'nope'), all1], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('missing-folder');
    const empty = join(work, 'empty');
    await mkdir(empty, { recursive: true });
    const d = capture();
    expect(await run(['diff', empty, all1], d.io)).toBe(2);
    expect(d.err.join('\n')).toContain('not-a-run');
    const badManifest = join(work, 'bad-manifest');
    await mkdir(badManifest, { recursive: true });
    await writeFile(join(badManifest, 'manifest.json'), '{ not json');
    const m = capture();
    expect(await run(['diff', badManifest, all1], m.io)).toBe(2);
    expect(m.err.join('\n')).toMatch(/not-a-run: \S*bad-manifest\/manifest\.json: manifest is not JSON/u);
  });
});
