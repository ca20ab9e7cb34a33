#!/usr/bin/env node
// bin/crosscheck.js with --assertions added. The real-news scorer in ../shared/eval reads the extracted
// assertions (incident dates, figures), which `--format json` leaves out unless asked, and it takes no extra
// arguments for crosscheck, only `--bin`: `npm run eval:realnews` passes this launcher as its --bin.
import { main } from '../dist/cli/main.js';

main([...process.argv.slice(2), '--assertions']).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`crosscheck: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
