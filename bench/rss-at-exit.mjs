// Preloaded with `node --import` into a benchmarked child: reports the process's peak RSS
// on stderr as it exits, so the parent measures memory without /usr/bin/time.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
