/**
 * HTML renderer: one self-contained page (inline CSS and SVG, no scripts, no
 * network). Every number has a `title` tooltip with document:line and the quote.
 */
import { govLevelText, levelText, linkText, linkTooltip, matchText, num, referenceShort, referenceText, vsReferenceText } from '../format.js';
import type { Comparison, LevelCell, MatrixRow, ReferenceView, SourceLink, TaskCounts } from '../types.js';
import { communeColour, esc, measureBarChart, quarterTimeline } from './svg.js';

/** Measures charted as bars (those with a reference first, then the most widely set). */
const CHARTED_MEASURES = 3;

const CSS = `
body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:24px;color:#222;font-size:14px}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
th{background:#f2f2f2;position:sticky;top:0}th[scope=row]{text-align:left;font-weight:normal;max-width:340px}td.num{text-align:right;white-space:nowrap}
td.none{color:#999;font-style:italic}.conflict{background:#fff1c2}.below{background:#fde0dc}.behind{background:#fde0dc;font-weight:bold}
.actual{color:#555;font-size:12px}.unverified{color:#a60}.vs{font-size:11px;color:#555;white-space:nowrap}.vs-below{color:#b00;font-weight:bold}td.ref{max-width:240px;font-size:12px}.context{color:#777}.quote{font-style:italic;color:#333}
.charts{display:flex;flex-wrap:wrap;gap:24px}.chart{border:1px solid #ddd;background:#fff}
[title]{cursor:help}
`;

function n(text: string, l: SourceLink, cls = 'num'): string {
  return `<span class="${cls}" title="${esc(linkTooltip(l))}">${esc(text)}</span>`;
}

function levelSpan(l: LevelCell): string {
  const text = levelText(l) + (l.year !== null ? ` (${l.year})` : '') + (l.level ? ` ${govLevelText(l.level)} level` : '');
  const tip = `${linkTooltip(l.link)}\n${matchText(l.match)}${l.reference ? `\nreference: ${referenceText(l.reference)}` : ''}`;
  const vs = l.vsReference ? ` <span class="vs vs-${l.vsReference}">${esc(vsReferenceText(l.vsReference))}</span>` : '';
  return `<span class="${l.kind}" title="${esc(tip)}">${esc(text)}</span>${vs}`;
}

/** A reference in the matrix: compact label, full text (source, URL) in the tooltip. */
function referenceSpan(ref: ReferenceView, cls: string, prefix = '', note = ''): string {
  const tip = `row ${ref.row}: ${referenceText(ref)}${ref.url ? ` — ${ref.url}` : ''}${note}`;
  return `<span class="${cls}" title="${esc(tip)}">${esc(prefix + referenceShort(ref))}</span>`;
}

function matrixTable(m: Comparison): string {
  const head = `<tr><th>Measure</th><th>Reference (level, year, source)</th>${m.communes
    .map((c, i) => `<th class="commune" style="border-top:4px solid ${communeColour(i)}" title="${esc(`${c.key}: ${c.title ?? ''}`)}">${esc(c.commune)}<br><small>${esc(c.province ?? '')} ${c.year ?? ''}</small></th>`)
    .join('')}</tr>`;
  const rows = m.matrix.map((r) => {
    const refs = r.references.map((ref) => referenceSpan(ref, ref.verified ? 'reference' : 'reference unverified'));
    const context = r.nationalContext.map((ref) => referenceSpan(ref, 'context', 'national aggregate ', ' — a national aggregate, not a commune target: not compared'));
    const cells = m.communes.map((c) => {
      const cell = r.cells[c.key];
      if (!cell) return '<td class="none">no target</td>';
      const cls = [cell.conflicting ? 'conflict' : '', cell.vsReference === 'below' ? 'below' : ''].filter(Boolean).join(' ');
      const t = cell.targets.map(levelSpan).join('<br>');
      const a = cell.actuals.map((x) => `actual ${levelSpan(x)}`).join('<br>');
      return `<td class="${cls}">${t}${t && a ? '<br>' : ''}${a}</td>`;
    });
    return `<tr><th scope="row" title="${esc(r.measure)}">${esc(r.name)}</th><td class="ref">${[...refs, ...context].join('<br>')}</td>${cells.join('')}</tr>`;
  });
  return `<table id="matrix">${head}${rows.join('')}</table>`;
}

function chartedRows(m: Comparison): MatrixRow[] {
  const targets = (r: MatrixRow): number => Object.values(r.cells).filter((c) => c.primary?.value != null).length;
  return [...m.matrix]
    .filter((r) => targets(r) >= 2)
    .sort((a, b) => Number(b.references.length > 0) - Number(a.references.length > 0) || targets(b) - targets(a))
    .slice(0, CHARTED_MEASURES);
}

function measuresTable(m: Comparison): string {
  const rows = m.measures
    .filter((s) => s.ranking.length > 0)
    .map((s) => {
      const rank = s.ranking.map((e) => `${esc(e.commune)} ${n(num(e.value), e.link)}`).join(' › ');
      const spread = (v: number | null): string => `<td class="num">${esc(num(v))}</td>`;
      const below = s.belowReference.map((b) => `${esc(b.commune)} ${n(num(b.value), b.link)} &lt; ${esc(referenceText(b.reference))}`).join('<br>');
      return `<tr><th scope="row">${esc(s.name)}</th><td>${rank}</td>${spread(s.min)}${spread(s.median)}${spread(s.max)}<td class="${below ? 'below' : ''}">${below}</td></tr>`;
    });
  return `<table id="measures"><tr><th>Measure</th><th>Ranking (strongest first)</th><th>Min</th><th>Median</th><th>Max</th><th>Below reference</th></tr>${rows.join('')}</table>`;
}

function coverageTable(m: Comparison): string {
  const rows = m.coverage.map((r) => {
    const cells = m.communes.map((c) => {
      const s = r.setBy.find((x) => x.key === c.key);
      if (s) return `<td>${n('target', s.link, '')}</td>`;
      return r.omittedBy.some((o) => o.key === c.key) ? '<td class="none">no target</td>' : '<td class="none">states no targets at all</td>';
    });
    return `<tr><th scope="row">${esc(r.name)}</th>${cells.join('')}</tr>`;
  });
  return `<table id="coverage"><tr><th>Measure</th>${m.communes.map((c) => `<th>${esc(c.commune)}</th>`).join('')}</tr>${rows.join('')}</table>`;
}

function achievementTable(m: Comparison): string {
  const rows = m.achievement.map(
    (a) => `<tr class="${a.farBehind ? 'behind' : ''}"><td>${esc(a.commune)}</td><td>${esc(a.name)}</td><td class="num">${n(num(a.target), a.targetLink)}</td><td class="num">${n(num(a.actual), a.actualLink)}</td><td class="num">${a.ratio === null ? '' : esc(`${Math.round(a.ratio * 100)}%`)}</td><td class="num">${esc(num(a.gap))}</td><td>${a.farBehind ? 'far behind' : ''}</td></tr>`,
  );
  return `<table id="achievement"><tr><th>Commune</th><th>Measure</th><th>Target</th><th>Actual</th><th>Achieved</th><th>Gap</th><th></th></tr>${rows.join('')}</table>`;
}

function contradictionsTable(m: Comparison): string {
  const rows = m.contradictions.map((c) => {
    const quotes = c.quotes.map((q, i) => {
      const l = c.links[i];
      return `<div class="quote"${l ? ` title="${esc(linkText(l))}"` : ''}>${l ? esc(`line ${l.line}: `) : ''}“${esc(q)}”</div>`;
    });
    return `<tr class="contradiction"><td>${esc(c.commune)}</td><td>${esc(c.note)}</td><td>${quotes.join('')}</td></tr>`;
  });
  return `<table id="contradictions"><tr><th>Commune</th><th>Contradiction</th><th>Quotes</th></tr>${rows.join('')}</table>`;
}

function countsTable(id: string, first: string, rows: Array<{ label: string; counts: TaskCounts }>, m: Comparison): string {
  const body = rows.map((r) => {
    const cells = m.communes.map((c) => {
      const x = r.counts[c.key];
      if (!x) return '<td class="num"></td>';
      const tip = x.links.slice(0, 10).map(linkTooltip).join('\n') + (x.links.length > 10 ? `\n… ${x.links.length - 10} more` : '');
      return `<td class="num"><span title="${esc(tip)}">${x.count}</span></td>`;
    });
    return `<tr><th scope="row">${esc(r.label)}</th>${cells.join('')}</tr>`;
  });
  return `<table id="${id}"><tr><th>${esc(first)}</th>${m.communes.map((c) => `<th>${esc(c.commune)}</th>`).join('')}</tr>${body.join('')}</table>`;
}

function budgetTable(m: Comparison): string {
  if (m.budget.length === 0) return '<p class="none">No budget lines were extracted.</p>';
  const rows = m.budget.map(
    (b) => `<tr><td>${esc(b.commune)}</td><td>${esc(b.item)}</td><td class="num">${n(`${num(b.amount)} ${b.unit}`, b.link)}</td><td>${esc(b.source ?? '')}</td><td>${b.year ?? ''}</td></tr>`,
  );
  return `<table id="budget"><tr><th>Commune</th><th>Item</th><th>Amount</th><th>Source</th><th>Year</th></tr>${rows.join('')}</table>`;
}

function unmatchedTable(m: Comparison): string {
  if (m.unmatched.length === 0) return '<p class="none">Every indicator matched a canonical measure.</p>';
  const rows = m.unmatched.map(
    (u) => `<tr class="unmatched"><td>${esc(u.commune)}</td><td>${esc(u.kind)}</td><td>${esc(u.subject)}</td><td class="num">${n(levelText(u) + (u.year !== null ? ` (${u.year})` : ''), u.link)}</td></tr>`,
  );
  return `<table id="unmatched"><tr><th>Commune</th><th>Kind</th><th>Subject</th><th>Level</th></tr>${rows.join('')}</table>`;
}

/** The whole report as one HTML document. */
export function renderHtml(m: Comparison): string {
  const undated = m.communes.map((c) => `${esc(c.commune)}: ${m.undatedTasks[c.key] ?? 0}`).join(', ');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>So sánh chỉ tiêu chuyển đổi số cấp xã</title><style>${CSS}</style></head><body>
<h1>So sánh chỉ tiêu chuyển đổi số cấp xã — commune comparison</h1>
<p>${m.communes.length} documents: ${m.communes.map((c) => `<span title="${esc(c.key)}">${esc(c.commune)}</span> (${esc(c.docType ?? '?')}, ${c.year ?? '?'})`).join(' · ')}. Hover a number to see its document, line and quote.</p>
<h2>Charts</h2><div class="charts">${chartedRows(m).map((r) => measureBarChart(r, m.communes)).join('')}${quarterTimeline(m.deadlines, m.communes)}</div>
<h2>Targets by measure and commune</h2>${matrixTable(m)}
<h2>Per measure: ranking, spread, below reference</h2>${measuresTable(m)}
<h2>Coverage (measures set by at least two plans)</h2>${coverageTable(m)}
<h2>Target vs actual</h2>${achievementTable(m)}
<h2>Contradictions inside a document</h2>${contradictionsTable(m)}
<h2>Workload: tasks led per unit</h2>${countsTable('workload', 'Unit', m.workload, m)}
<h2>Deadlines per quarter</h2>${countsTable('deadlines', 'Quarter', m.deadlines.map((q) => ({ label: q.quarter, counts: q.counts })), m)}
<p>Tasks without a deadline: ${undated}.</p>
<h2>Budgets</h2>${budgetTable(m)}
<h2>Indicators matching no canonical measure (${m.unmatched.length}, not compared)</h2>${unmatchedTable(m)}
</body></html>
`;
}
