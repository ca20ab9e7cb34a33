#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built from src/cli by `npm run build`, which runs on install).
import { main } from '../dist/cli/main.js';

// A reader that stops early (`crosscheck corpus | head`) closes the pipe: stop writing, quietly, as other Unix
// tools do. The launcher is the process's owner, so it may end it here.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Last resort: main() reports its own errors; this only guards against a bug in it.
    process.stderr.write(`crosscheck: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
