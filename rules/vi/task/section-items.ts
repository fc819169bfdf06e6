/**
 * Items of the sections that list work to be done but are not arranged by unit:
 * - a report's forward-looking section ("Nhiệm vụ, giải pháp tiếp theo",
 *   "Phương hướng, nhiệm vụ trong thời gian tới"): every bullet is a task; its
 *   lead is the bullet's subject or, where the subject is left out, the body
 *   that reports (UBND xã); units it directs or mobilises support it;
 * - a plan's "Nhiệm vụ" / "Giải pháp" items: a task only where the text names
 *   who does the work (a unit subject, or "Chỉ đạo <unit> …").
 * Past narrative ("UBND xã đã ban hành …") and closings are not tasks.
 */
import type { RuleContext, TaskDraft } from '../../types.js';
import { alternation, WB_AFTER, WB_BEFORE } from '../../pattern.js';
import { keySlice, matchKey } from '../../../pipeline/text/match-key.js';
import { FORWARD_HEADING_WORDS, PAST_MARKERS, REPORTING_BODY, RESULT_HEADING_WORDS, TASK_SECTION_HEADINGS } from './dictionary.js';
import { closedBlocks } from './closing.js';
import { isReport } from './genre.js';
import { runningDeadline } from './running-deadline.js';
import { firstSentenceEnd } from './sentence.js';
import { directedUnit, isPast, subjectOf, supportingUnits, unitAt } from './subject.js';

export const id = 'vi/task-section-item';
export const description = 'Items of a forward-looking report section, and plan task items that name their doer.';
export const examples = [
  'II. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI\n- Tiếp tục tuyên truyền, vận động người dân sử dụng dịch vụ công trực tuyến.',
  '2. NHIỆM VỤ\n2.2. Thể chế số\nUBND xã ban hành các văn bản chỉ đạo về chuyển đổi số.',
];

const TASK_SECTION = new RegExp(`${WB_BEFORE}(?:${alternation(TASK_SECTION_HEADINGS)})${WB_AFTER}`, 'u');
const FORWARD = new RegExp(`${WB_BEFORE}(?:${alternation(FORWARD_HEADING_WORDS)})${WB_AFTER}`, 'u');
const RESULT = new RegExp(`${WB_BEFORE}(?:${alternation(RESULT_HEADING_WORDS)})${WB_AFTER}`, 'u');
const PAST_START = new RegExp(`^(?:${alternation(PAST_MARKERS)})${WB_AFTER}`, 'u');
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
// A long "heading" is a title folded with its body text; its words say nothing about the section.
const MAX_HEADING_CHARS = 90;

type Genre = 'forward' | 'plan' | null;

/** What a heading title says about its section, each answer read once per title, when first asked. */
class TitleWords {
  private readonly key: string;
  private readonly docYear: number | null;
  private isTask?: boolean;
  private isResult?: boolean;
  private isForward?: boolean;

  constructor(title: string, docYear: number | null) {
    this.key = matchKey(title);
    this.docYear = docYear;
  }

  get task(): boolean {
    return (this.isTask ??= TASK_SECTION.test(this.key));
  }

  get result(): boolean {
    return (this.isResult ??= RESULT.test(this.key));
  }

  /** In a report, a heading looks forward by its words or by naming a year after the one reported on. */
  get forward(): boolean {
    const year = this.docYear;
    return (this.isForward ??= FORWARD.test(this.key) || (year !== null && [...this.key.matchAll(YEAR)].some((m) => Number(m[0]) > year)));
  }
}

/** Which kind of task section headings `path` put a block in (outside an appendix); `words` reads a title. */
function genreOf(ctx: RuleContext, path: readonly string[], words: (title: string) => TitleWords): Genre {
  // Pushed, not filtered and mapped: see pipeline/packed.ts.
  const titles: TitleWords[] = [];
  for (const h of path) if (h.length <= MAX_HEADING_CHARS) titles.push(words(h));
  const taskAt = titles.findIndex((t) => t.task);
  if (taskAt < 0 || titles.slice(0, taskAt + 1).some((t) => t.result)) return null;
  if (isReport(ctx) && titles.slice(taskAt).some((t) => t.forward)) return 'forward';
  return 'plan';
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Extracts section items. */
export function extract(ctx: RuleContext): TaskDraft[] {
  const out: TaskDraft[] = [];
  const blocks = ctx.normalised.blocks;
  const closed = closedBlocks(ctx);
  const bulletedSections = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.kind === 'list-item' && !ctx.structure.headings.has(i)) bulletedSections.add(ctx.structure.context[i]!.heading);
  });
  // The blocks under one heading share its path: its genre is read once per heading.
  const genres = new Map<number, { path: readonly string[]; genre: Genre }>();
  // An outer heading is in the path of every block below it.
  const titles = new Map<string, TitleWords>();
  const words = (title: string): TitleWords => {
    let w = titles.get(title);
    if (w === undefined) titles.set(title, (w = new TitleWords(title, ctx.docYear)));
    return w;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const c = ctx.structure.context[i]!;
    if (b.kind === 'table-row' || ctx.structure.headings.has(i) || closed[i] || c.inAppendix) continue;
    let known = genres.get(c.heading);
    if (known === undefined || !samePath(known.path, c.headingPath)) {
      known = { path: c.headingPath, genre: genreOf(ctx, c.headingPath, words) };
      genres.set(c.heading, known);
    }
    const genre = known.genre;
    if (genre === null) continue;
    const from = b.contentStart;
    const end = firstSentenceEnd(ctx, from, b.end);
    const subject = subjectOf(ctx, from, end);
    let lead: string[];
    let support: string[];
    let start = from;
    if (genre === 'forward') {
      // Under bullets, an unbulleted paragraph goes on with the bullet above it.
      if (b.kind !== 'list-item' && bulletedSections.has(c.heading)) continue;
      const head = unitAt(ctx, from, end);
      if ((head && isPast(ctx, head)) || PAST_START.test(ctx.key.slice(from, from + 12))) continue;
      const directed = subject ? null : directedUnit(ctx, from, end);
      lead = [subject ? subject.unit.text : REPORTING_BODY];
      support = [...(directed ? [directed.text] : []), ...supportingUnits(ctx, from, end)].filter((u, k, all) => all.indexOf(u) === k);
    } else {
      const doer = subject?.unit ?? directedUnit(ctx, from, end);
      if (!doer) continue;
      if (subject) start = subject.clauseStart;
      lead = [doer.text];
      support = supportingUnits(ctx, from, end);
    }
    out.push({
      quote: { start, end, ruleId: id },
      lead,
      support,
      deadline: runningDeadline(ctx.text.slice(from, end), ctx.docYear, keySlice(ctx.text, ctx.key, from, end)),
      section: c.section,
      domain: c.domain,
    });
  }
  return out;
}
