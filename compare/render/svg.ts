/** Inline SVG charts for the HTML report (no scripts, no external resources). */
import { levelText, linkTooltip, num } from '../format.js';
import { esc as escHtml } from '../../review/render/spans.js';
import type { CommuneColumn, MatrixRow, QuarterRow } from '../types.js';

/** HTML/XML text escaping, safe inside attribute values, with line breaks kept as `&#10;` for multi-line tooltips. */
export function esc(s: string): string {
  return escHtml(s).replace(/\n/gu, '&#10;');
}

/** Colour of the i-th commune (colour-blind-friendly palette). */
export function communeColour(i: number): string {
  const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  return palette[i % palette.length]!;
}

/**
 * Horizontal bars of one measure's primary targets across communes, with each
 * commune's reference as a dashed red tick (dotted when the reference is unverified).
 */
export function measureBarChart(row: MatrixRow, communes: CommuneColumn[]): string {
  const bars = communes.flatMap((c, i) => {
    const cell = row.cells[c.key];
    return cell?.primary && cell.primary.value !== null ? [{ c, i, cell, p: cell.primary, v: cell.primary.value }] : [];
  });
  const refs = bars.flatMap((b) => (b.cell.reference?.value != null ? [b.cell.reference.value] : []));
  // a percentage is drawn on its full 0–100 scale, so 40% never looks like a full bar
  const maxV = Math.max(row.unit === '%' ? 100 : 1, ...bars.map((b) => b.v), ...refs);
  const W = 640, label = 150, barH = 24, gap = 8, top = 28;
  const H = top + communes.length * (barH + gap) + 24;
  const x = (v: number): number => label + ((W - label - 60) * v) / maxV;
  const parts: string[] = [
    `<svg class="chart" role="img" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${esc(`${row.name} — target by commune`)}</title>`,
    `<text x="6" y="16" font-size="13" font-weight="bold">${esc(row.name)} (${esc(row.unit)})</text>`,
  ];
  communes.forEach((c, i) => {
    const y = top + i * (barH + gap);
    parts.push(`<text x="${label - 6}" y="${y + barH * 0.7}" font-size="12" text-anchor="end">${esc(c.commune)}</text>`);
    const b = bars.find((bb) => bb.c.key === c.key);
    if (!b) {
      parts.push(`<text x="${label + 4}" y="${y + barH * 0.7}" font-size="11" fill="#888">no target</text>`);
      return;
    }
    const tip = esc(`${c.commune}: ${levelText(b.p)} — ${linkTooltip(b.p.link)}`);
    parts.push(
      `<rect x="${label}" y="${y}" width="${Math.max(1, x(b.v) - label)}" height="${barH}" fill="${communeColour(i)}"><title>${tip}</title></rect>`,
      `<text x="${x(b.v) + 4}" y="${y + barH * 0.7}" font-size="12"><title>${tip}</title>${esc(levelText(b.p))}</text>`,
    );
    const ref = b.cell.reference;
    if (ref?.value != null) {
      const rx = x(ref.value);
      const tipRef = esc(`reference ${levelText(ref)} (${ref.year}) — ${ref.source}${ref.verified ? '' : ' — unverified'}`);
      parts.push(
        `<line class="ref" x1="${rx}" x2="${rx}" y1="${y - 3}" y2="${y + barH + 3}" stroke="#C00" stroke-width="2" stroke-dasharray="${ref.verified ? '5 3' : '2 2'}"><title>${tipRef}</title></line>`,
      );
    }
  });
  parts.push(
    `<text x="${label}" y="${H - 6}" font-size="11" fill="#555">bars: commune target · red dashes: reference target (dotted = unverified)</text>`,
    '</svg>',
  );
  return parts.join('');
}

/** Stacked columns: tasks whose deadline ends in each quarter, coloured by commune. */
export function quarterTimeline(rows: QuarterRow[], communes: CommuneColumn[]): string {
  const W = 640, H = 240, left = 36, bottom = 40, top = 24;
  const n = Math.max(1, rows.length);
  const maxT = Math.max(1, ...rows.map((r) => r.total));
  const colW = (W - left - 10) / n;
  const y = (v: number): number => top + (H - top - bottom) * (1 - v / maxT);
  const parts: string[] = [
    `<svg class="chart" role="img" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">`,
    '<title>Task deadlines per quarter</title>',
    `<text x="6" y="14" font-size="13" font-weight="bold">Task deadlines per quarter</text>`,
    `<line x1="${left}" x2="${W - 6}" y1="${y(0)}" y2="${y(0)}" stroke="#444"/>`,
    `<text x="${left - 4}" y="${y(maxT) + 4}" font-size="11" text-anchor="end">${maxT}</text>`,
    `<text x="${left - 4}" y="${y(0) + 4}" font-size="11" text-anchor="end">0</text>`,
  ];
  rows.forEach((r, qi) => {
    const x0 = left + qi * colW + colW * 0.15;
    const w = colW * 0.7;
    let acc = 0;
    communes.forEach((c, ci) => {
      const cnt = r.counts[c.key];
      if (!cnt) return;
      const tip = esc(`${c.commune}, ${r.quarter}: ${cnt.count} task(s)\n${cnt.links.slice(0, 8).map(linkTooltip).join('\n')}${cnt.links.length > 8 ? '\n…' : ''}`);
      parts.push(`<rect x="${x0}" y="${y(acc + cnt.count)}" width="${w}" height="${y(acc) - y(acc + cnt.count)}" fill="${communeColour(ci)}"><title>${tip}</title></rect>`);
      acc += cnt.count;
    });
    parts.push(
      `<text x="${x0 + w / 2}" y="${y(acc) - 4}" font-size="11" text-anchor="middle">${num(r.total)}</text>`,
      `<text x="${x0 + w / 2}" y="${H - bottom + 16}" font-size="11" text-anchor="middle">${esc(r.quarter)}</text>`,
    );
  });
  let lx = left;
  communes.forEach((c, ci) => {
    parts.push(`<rect x="${lx}" y="${H - 14}" width="10" height="10" fill="${communeColour(ci)}"/><text x="${lx + 14}" y="${H - 5}" font-size="11">${esc(c.commune)}</text>`);
    lx += 24 + c.commune.length * 7;
  });
  parts.push('</svg>');
  return parts.join('');
}
