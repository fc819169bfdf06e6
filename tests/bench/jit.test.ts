import { describe, expect, it } from 'vitest';
import { readJitTrace } from '../../bench/jit.js';

// Lines as node 20 prints them under --trace-opt --trace-deopt-verbose (from a run over generated plans).
const TRACE = `[marking 0x108510110e89 <JSFunction writeFolded (sfi = 0x15830065e249)> for optimization to TURBOFAN, ConcurrencyMode::kConcurrent, reason: hot and stable]
[completed compiling 0x108510110e89 <JSFunction writeFolded (sfi = 0x15830065e249)> (target TURBOFAN) - took 0.009, 23.315, 0.047 ms]
[completed compiling 0x3ceca7478a59 <JSFunction scanText (sfi = 0x44f287e9d59)> (target TURBOFAN) OSR - took 0.007, 47.587, 0.080 ms]
[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x108510110e89 <JSFunction writeFolded (sfi = 0x15830065e249)>, 0x1bdc3e449d51 <Code TURBOFAN>, opt id 35, bytecode offset 2, deopt exit 11, FP to SP delta 168, caller SP 0x7ffe4c760970, pc 0x7f716f32b648]
            ;;; deoptimize at <file:///work/main/dist/pipeline/normalise/offset-map.js:78:50> inlined at <file:///work/main/dist/pipeline/normalise/index.js:208:11>
  reading input frame writeFolded => bytecode_offset=2, args=6, height=12, retval=0(#0); inputs:
[completed compiling 0x108510110e89 <JSFunction writeFolded (sfi = 0x15830065e249)> (target TURBOFAN) - took 0.008, 4.861, 0.052 ms]
[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x2f79809d8259 <JSFunction runChecks (sfi = 0x2f79809d98d9)>, 0x1bdc3e449d51 <Code TURBOFAN>, opt id 71, bytecode offset 13, deopt exit 22, FP to SP delta 72, caller SP 0x7ffe4c760970, pc 0x7f716f32b648]
            ;;; deoptimize at <file:///work/main/node_modules/zod/v4/core/util.js:523:43> inlined at <file:///work/main/node_modules/zod/v4/core/schemas.js:37:34>
[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x1cdca5856331 <JSFunction isURL (sfi = 0x2c4a4bf240a9)>, 0x223a83228519 <Code TURBOFAN>, opt id 6, bytecode offset 12, deopt exit 1, FP to SP delta 32, caller SP 0x7ffe4c760168, pc 0x7f716effd0b9]
            ;;; deoptimize at <node:internal/url:764:22>
[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x108510110e89 <JSFunction writeFolded (sfi = 0x15830065e249)>, 0x1bdc3e449d51 <Code TURBOFAN>, opt id 47, bytecode offset 2, deopt exit 11, FP to SP delta 168, caller SP 0x7ffe4c760970, pc 0x7f716f32b648]
            ;;; deoptimize at <file:///work/main/dist/pipeline/normalise/offset-map.js:78:50> inlined at <file:///work/main/dist/pipeline/normalise/index.js:208:11>
`;

const own = (url: string) => url.startsWith('file:///work/main/dist/');

describe('readJitTrace', () => {
  it('counts compilations, recompilations and on-stack replacements apart', () => {
    const c = readJitTrace(TRACE, own);
    expect({ compilations: c.compilations, functions: c.functions, recompilations: c.recompilations, osr: c.osrCompilations }).toEqual({ compilations: 2, functions: 1, recompilations: 1, osr: 1 });
    expect(c.compileMs).toBe(Math.round(0.009 + 23.315 + 0.047 + 0.007 + 47.587 + 0.08 + 0.008 + 4.861 + 0.052));
  });

  it("sorts bailouts by whose code they happened in, and lists chitieu's sites at the innermost place", () => {
    const c = readJitTrace(TRACE, own);
    expect(c.bailouts).toEqual({ chitieu: 2, libraries: 1, node: 1 });
    expect(c.chitieuSites).toEqual([{ site: 'file:///work/main/dist/pipeline/normalise/offset-map.js:78:50', reason: 'wrong map', count: 2 }]);
  });

  it('reads an empty trace (a run without the flags) as nothing compiled', () => {
    expect(readJitTrace('', own)).toMatchObject({ compilations: 0, functions: 0, recompilations: 0, bailouts: { chitieu: 0, libraries: 0, node: 0 } });
  });
});
