/**
 * The review page: one static, self-contained HTML file (inline CSS and
 * script, no network). Per document, a side list of records and the
 * normalised text with every record highlighted by type; clicking a record
 * scrolls to its quote and flashes it; in diff mode, checkboxes filter by change.
 */
import type { ReviewDocument, ReviewPage, ReviewRecord } from './review-model.js';
import { esc } from './spans.js';
import { countsText, valueText } from './text.js';

const TYPES = ['indicator', 'task', 'deadline', 'reference', 'budget'] as const;
const CHANGES = ['added', 'removed', 'changed', 'unchanged'] as const;

const CSS = `
body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#222;font-size:14px}
header{position:sticky;top:0;z-index:2;background:#fafafa;border-bottom:1px solid #ccc;padding:8px 16px}
h1{font-size:18px;margin:0 0 4px}h2{font-size:16px;margin:0;padding:8px 16px;background:#eef}
.legend span,.filters label{margin-right:12px;white-space:nowrap}
.doc{border-bottom:2px solid #ccc}.cols{display:flex;align-items:flex-start}
aside{width:34%;max-height:80vh;overflow:auto;position:sticky;top:72px;border-right:1px solid #ddd}
aside ol{list-style:none;margin:0;padding:0}
.rec{border-bottom:1px solid #eee;padding:4px 8px;cursor:pointer;border-left:6px solid transparent}
.rec:hover{background:#f4f4f4}.rec.current{background:#fffbd6}
.rec .meta{color:#666;font-size:12px}.rec .q{display:block;font-style:italic;color:#333}
.rec .f{display:block;font-family:ui-monospace,monospace;font-size:12px}.rec .f del{color:#b00}.rec .f ins{color:#070;text-decoration:none}
.rec.ch-added{border-left-color:#2a2}.rec.ch-removed{border-left-color:#c22}.rec.ch-changed{border-left-color:#e90}
.rec.unplaced .meta::after{content:" · not placed in the text";color:#a00}
.panes{flex:1;min-width:0}.pane{padding:8px 16px}.pane h3{font-size:13px;color:#555;margin:4px 0}
.text{white-space:pre-wrap;line-height:1.6;font-family:"Noto Serif",Georgia,serif;font-size:15px}
.problem{color:#a00}
.hl{border-radius:2px}
.t-indicator,.k-indicator{background:#cfe3ff}.t-task,.k-task{background:#e3f5d8}.t-deadline,.k-deadline{background:#ffd9a8}
.t-reference,.k-reference{background:#ead7ff}.t-budget,.k-budget{background:#ffe9f1}
.hl.c-added{box-shadow:inset 0 -3px 0 #2a2}.hl.c-removed{box-shadow:inset 0 -3px 0 #c22;text-decoration:line-through #c22}
.hl.c-changed{box-shadow:inset 0 -3px 0 #e90}
.hl.off{background:none;box-shadow:none;text-decoration:none}
.hl.current{outline:2px solid #d40;background:#ffef5c}
.flash{animation:flash 1.2s ease-out 2}
@keyframes flash{0%{background:#ff9f1c}100%{background:#ffef5c}}
.hidden{display:none}
`;

/** Click → scroll and flash; checkboxes → hide list items and highlights of filtered changes and types. */
const SCRIPT = `
(function(){
  var current=[];
  function select(li){
    current.forEach(function(e){e.classList.remove('current','flash');});
    current=[li];li.classList.add('current');
    var segs=document.querySelectorAll('[data-recs~="'+li.dataset.rec+'"]');
    if(!segs.length)return;
    var det=segs[0].closest('details');if(det)det.open=true;
    segs.forEach(function(s){s.classList.remove('off');s.classList.add('current','flash');current.push(s);});
    segs[0].scrollIntoView({block:'center'});
  }
  document.querySelectorAll('.rec').forEach(function(li){
    li.addEventListener('click',function(){select(li);});
    li.addEventListener('keydown',function(e){if(e.key==='Enter')select(li);});
  });
  // A click in the text selects the shortest record there and shows it in the list.
  document.querySelectorAll('.hl').forEach(function(s){s.addEventListener('click',function(){
    var best=null;
    s.dataset.recs.split(' ').forEach(function(id){
      var li=document.querySelector('.rec[data-rec="'+id+'"]');
      var n=document.querySelectorAll('[data-recs~="'+id+'"]').length;
      if(li&&!li.classList.contains('hidden')&&(!best||n<best.n))best={li:li,n:n};
    });
    if(best){select(best.li);best.li.scrollIntoView({block:'nearest'});}
  });});
  function apply(){
    var off={};
    document.querySelectorAll('.filters input').forEach(function(i){if(!i.checked)off[i.value]=true;});
    var hidden={};
    document.querySelectorAll('.rec').forEach(function(li){
      var h=off[li.dataset.change]||off[li.dataset.kind];
      li.classList.toggle('hidden',!!h);if(h)hidden[li.dataset.rec]=true;
    });
    document.querySelectorAll('.hl').forEach(function(s){
      var ids=s.dataset.recs.split(' ');
      s.classList.toggle('off',ids.every(function(id){return hidden[id.replace(/-deadline$/,'')]||off.deadline&&/-deadline$/.test(id);}));
    });
  }
  document.querySelectorAll('.filters input').forEach(function(i){i.addEventListener('change',apply);});
})();
`;

function recordItem(r: ReviewRecord): string {
  const fields = r.fields.map((f) => `<span class="f">${esc(f.field)}: <del>${esc(valueText(f.old))}</del> → <ins>${esc(valueText(f.new))}</ins></span>`).join('');
  const cls = ['rec', `k-${r.kind}`, `ch-${r.change}`, r.pane === null ? 'unplaced' : ''].filter(Boolean).join(' ');
  return `<li class="${cls}" data-rec="${esc(r.uid)}" data-kind="${r.kind}" data-change="${r.change}" tabindex="0">` +
    `<span class="meta">${r.change === 'unchanged' ? '' : `${esc(r.change)} · `}${esc(r.kind)} ${esc(r.id)} · ${esc(r.place)}${r.approx ? ' (by line)' : ''}</span>` +
    `<span class="q">${esc(r.quote || r.label)}</span>${fields}</li>`;
}

function documentSection(d: ReviewDocument, i: number, diff: boolean): string {
  const meta = d.metadata.length ? `<p class="pane">metadata: ${d.metadata.map((m) => `${esc(m.field)}: <del>${esc(valueText(m.old))}</del> → <ins>${esc(valueText(m.new))}</ins>`).join('; ')}</p>` : '';
  const panes = d.panes
    .map((p, k) => {
      const body = p.html !== null ? `<div class="text">${p.html}</div>` : `<p class="problem">${esc(p.problem ?? 'text not available')}</p>`;
      // The old text of a changed source is folded away until a removed record is clicked.
      return k === 0 ? `<div class="pane" data-pane="${k}"><h3>${esc(p.label)}</h3>${body}</div>` : `<details class="pane" data-pane="${k}"><summary>${esc(p.label)}</summary>${body}</details>`;
    })
    .join('');
  return `<section class="doc" id="doc-${i}"><h2>${esc(d.name)}${diff ? ` — ${esc(countsText(d.counts))}` : ` — ${d.records.length} records`}</h2>${meta}` +
    `<div class="cols"><aside><ol>${d.records.map(recordItem).join('')}</ol></aside><div class="panes">${panes}</div></div></section>`;
}

/** Renders the page model to one HTML document. */
export function renderReviewPage(p: ReviewPage): string {
  const legend = TYPES.map((t) => `<span><span class="k-${t}">&nbsp;${t}&nbsp;</span></span>`).join('');
  const changeBoxes = p.diff ? CHANGES.map((c) => `<label><input type="checkbox" value="${c}" checked> ${c}</label>`).join('') : '';
  const typeBoxes = TYPES.map((t) => `<label><input type="checkbox" value="${t}" checked> ${t}</label>`).join('');
  const docsNote = [...p.documentsAdded.map((d) => `added: ${d}`), ...p.documentsRemoved.map((d) => `removed: ${d}`), ...p.documentsFailed];
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">` +
    `<title>${esc(p.title)}</title><style>${CSS}</style></head><body>` +
    `<header><h1>${esc(p.title)}</h1><div>${esc(p.subtitle)}</div><div class="legend">${legend}</div><div class="filters">${changeBoxes}${typeBoxes}</div>` +
    `${docsNote.length ? `<div>documents ${esc(docsNote.join(', '))}</div>` : ''}</header>` +
    `<main>${p.documents.map((d, i) => documentSection(d, i, p.diff)).join('')}</main><script>${SCRIPT}</script></body></html>\n`;
}
