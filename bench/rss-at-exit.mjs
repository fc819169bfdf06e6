// Preloaded with `node --import` into a benchmarked child: reports the process's peak RSS
// and CPU time on stderr as it exits, so the parent measures them without /usr/bin/time.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage(); // process-wide: worker threads included
  writeSync(2, `\nBENCH_MAX_RSS_KB=${u.maxRSS} BENCH_CPU_MS=${(u.userCPUTime + u.systemCPUTime) / 1000}\n`);
});
