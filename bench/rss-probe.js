// Preloaded into the measured CLI (node --import) when /usr/bin/time is unavailable:
// records the process's own peak RSS (kB) on exit, in the file named by CROSSCHECK_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const target = process.env.CROSSCHECK_BENCH_RSS_FILE;
if (target !== undefined) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
