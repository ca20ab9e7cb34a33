// Preloaded into a measured process (node --import): on exit, writes the process's own resource use as JSON —
// peak RSS (kB) and user and system CPU time (µs) of all its threads — to the file named by
// CROSSCHECK_BENCH_USAGE_FILE. Node gives no child's rusage to its parent; this does without /usr/bin/time.
import { writeFileSync } from 'node:fs';

const target = process.env.CROSSCHECK_BENCH_USAGE_FILE;
if (target !== undefined) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRSS: usage.maxRSS, userCPUTime: usage.userCPUTime, systemCPUTime: usage.systemCPUTime }));
  });
}
