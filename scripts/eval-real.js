#!/usr/bin/env node
// Runs one of the real-news scorers kept beside the project in ../shared/eval/ against the built CLI:
//   npm run eval:realnews -- [--set gva|gva-mixed|fnc] [--split dev|test] [--limit N] [--save DIR]
//   npm run eval:ecbplus -- [--split dev|test] [--save DIR]
// The scorers and their data are not part of this repository; without them this says so and exits 2.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorers = { realnews: 'realnews-dev-score.mjs', ecbplus: 'ecbplus-dev-score.mjs' };
const [which, ...args] = process.argv.slice(2);
const scorer = scorers[which];
if (!scorer) {
  console.error(`usage: eval-real.js ${Object.keys(scorers).join('|')} [scorer options]`);
  process.exitCode = 2;
} else {
  const path = join(root, '..', 'shared', 'eval', scorer);
  if (!existsSync(path)) {
    console.error(`crosscheck: no ${path}: the real-news scorers live in ../shared beside the project`);
    process.exitCode = 2;
  } else if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    console.error('crosscheck: not built yet: run npm run build first');
    process.exitCode = 2;
  } else {
    // The realnews scorer reads the assertion list, which the JSON report holds only with --assertions.
    const bin = which === 'realnews' && !args.includes('--bin') ? ['--bin', join(root, 'scripts', 'crosscheck-assertions.js')] : [];
    const run = spawnSync(process.execPath, [path, ...bin, ...args], { cwd: root, stdio: 'inherit' });
    process.exitCode = run.status ?? 2;
  }
}
