// `npm run screenshot [-- FILE]`: runs the browser test of the HTML report and keeps its screenshot of the
// seed corpus's report as FILE (default docs/report.png), the picture the README shows.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = process.argv[2] ?? 'docs/report.png';
const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', 'test/report-html/browser.test.ts', '-t', 'takes a screenshot'], {
  cwd: root,
  stdio: 'inherit',
  // CI=1: a missing Chromium is an error here, not a reason to skip.
  env: { ...process.env, CI: '1', CROSSCHECK_SCREENSHOT: target },
});
process.exitCode = result.status ?? 1;
