/**
 * What V8's optimising compiler did on one pipeline thread, read from its trace
 * (`--trace-opt --trace-deopt-verbose`). Every pipeline thread compiles the hot
 * code for itself, on the same two cores as the documents; a bailout throws
 * optimised code away and it is compiled again, so bailouts and recompilations
 * in chitieu's own code are waste a change can add without any test noticing.
 */
export interface JitCounts {
  /** Optimised compilations finished (TurboFan), on-stack replacements excluded. */
  compilations: number;
  /** Functions compiled (distinct shared function infos). */
  functions: number;
  /** Compilations of a function compiled before: what bailouts and lost dependencies cost. */
  recompilations: number;
  /** On-stack-replacement compilations (a long loop optimised while it runs). */
  osrCompilations: number;
  /** Milliseconds the compilations took, as V8 reports them (on its background threads, mostly). */
  compileMs: number;
  /** Bailouts out of optimised code, by where they happened. */
  bailouts: { chitieu: number; libraries: number; node: number };
  /** chitieu's bailout sites (file:line:column → count), most frequent first. */
  chitieuSites: Array<{ site: string; reason: string; count: number }>;
}

const COMPILED = /^\[completed compiling 0x[0-9a-f]+ <JSFunction (\S*) \(sfi = (0x[0-9a-f]+)\)> \(target TURBOFAN\)( OSR)? - took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/u;
const BAILOUT = /^\[bailout \(kind: [\w-]+, reason: ([^)]*)\): begin\./u;
const AT = /;;; deoptimize at <([^>]*)>/u;

/** Counts in a trace; `ownCode` says whether a script URL is chitieu's (e.g. under its dist/). */
export function readJitTrace(trace: string, ownCode: (url: string) => boolean): JitCounts {
  const compiled = new Set<string>();
  const counts: JitCounts = { compilations: 0, functions: 0, recompilations: 0, osrCompilations: 0, compileMs: 0, bailouts: { chitieu: 0, libraries: 0, node: 0 }, chitieuSites: [] };
  const sites = new Map<string, { site: string; reason: string; count: number }>();
  const lines = trace.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c = COMPILED.exec(line);
    if (c) {
      counts.compileMs += Number(c[4]) + Number(c[5]) + Number(c[6]);
      if (c[3]) counts.osrCompilations++;
      else {
        counts.compilations++;
        if (compiled.has(c[2]!)) counts.recompilations++;
        compiled.add(c[2]!);
      }
      continue;
    }
    const b = BAILOUT.exec(line);
    if (!b) continue;
    // The place is on a line of its own just after: the innermost first, then "inlined at" the callers.
    let url = '';
    for (let j = i + 1; j < Math.min(lines.length, i + 8) && !url; j++) url = AT.exec(lines[j]!)?.[1] ?? '';
    if (url.startsWith('node:')) counts.bailouts.node++;
    else if (url && ownCode(url)) {
      counts.bailouts.chitieu++;
      const key = `${url}\u0000${b[1]}`;
      const s = sites.get(key) ?? { site: url, reason: b[1]!, count: 0 };
      s.count++;
      sites.set(key, s);
    } else counts.bailouts.libraries++;
  }
  counts.functions = compiled.size;
  counts.compileMs = Math.round(counts.compileMs);
  counts.chitieuSites = [...sites.values()].sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
  return counts;
}
