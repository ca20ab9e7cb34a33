#!/usr/bin/env node
// Measures the CLI with --cache on a synthetic corpus: cold (empty cache), warm (nothing changed),
// and checking one new article against the corpus. Prints medians as a markdown table.
//
//   npm run build && node bench/cache-bench.js [--articles 3000] [--runs 5] [--bin bin/crosscheck.js]
//                                              [--stories 12] [--seed 1] [--keep] [--rss-probe]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource, makeArticle, makeCorpus, parseFlags } from './make-corpus.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.join(benchDir, '..');

// ── The commands under test: change these if the CLI's flags change. ──
const COMMANDS = {
  /** Whole-folder run. */
  scan: ({ bin, corpusDir, cacheDir }) => [bin, corpusDir, '--format', 'json', '--cache', '--cache-location', cacheDir],
  /** Check mode: one new article against the folder. */
  check: ({ bin, newFile, corpusDir, cacheDir }) => [
    bin, 'check', newFile, '--against', corpusDir, '--format', 'json', '--cache', '--cache-location', cacheDir,
  ],
};
/** Exit codes that mean "ran fine" (1 = disagreements at or above failOn). */
const OK_EXIT_CODES = new Set([0, 1]);

const flags = parseFlags(process.argv.slice(2), {
  articles: 3000,
  runs: 5,
  stories: 12,
  seed: 1,
  bin: path.join(repoDir, 'bin', 'crosscheck.js'),
  keep: false,
  /** Measure peak RSS inside the child even when /usr/bin/time exists. */
  'rss-probe': false,
});
const bin = path.resolve(flags.bin);
if (!existsSync(bin)) fail(`${bin} not found`);
if (path.resolve(bin) === path.join(repoDir, 'bin', 'crosscheck.js') && !existsSync(path.join(repoDir, 'dist', 'cli', 'main.js'))) {
  fail('dist/cli/main.js is missing: run `npm run build` first');
}

const timeBinary = flags['rss-probe'] ? undefined : ['/usr/bin/time', '/bin/time'].find((candidate) => existsSync(candidate) && supportsVerbose(candidate));
const workDir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-'));
const corpusDir = path.join(workDir, 'corpus');

try {
  const started = process.hrtime.bigint();
  const { bytes } = makeCorpus({ outDir: corpusDir, articles: flags.articles, stories: flags.stories, seed: flags.seed });
  log(`corpus: ${flags.articles} articles, ${(bytes / 1e6).toFixed(1)} MB in ${seconds(process.hrtime.bigint() - started).toFixed(1)} s (${corpusDir})`);
  log(`peak RSS via ${timeBinary === undefined ? 'process.resourceUsage() in the child' : `${timeBinary} -v`}`);

  const source = loadSource();
  const samples = { cold: [], warm: [], check: [] };
  let cacheEntries = 0;
  for (let run = 1; run <= flags.runs; run++) {
    const cacheDir = path.join(workDir, `cache-${run}`);
    const newArticle = makeArticle(flags.articles + run, { seed: flags.seed, stories: flags.stories }, source);
    const newFile = path.join(workDir, `new-${run}-${newArticle.name}`);
    writeFileSync(newFile, newArticle.text);
    const context = { bin, corpusDir, cacheDir, newFile };

    samples.cold.push(measure('cold', COMMANDS.scan(context)));
    cacheEntries = countFiles(cacheDir);
    samples.warm.push(measure('warm', COMMANDS.scan(context)));
    samples.check.push(measure('check', COMMANDS.check(context)));
    log(`run ${run}/${flags.runs}: cold ${fmt(samples.cold.at(-1))}, warm ${fmt(samples.warm.at(-1))}, one new ${fmt(samples.check.at(-1))}; cache entries after cold: ${cacheEntries}`);
    rmSync(cacheDir, { recursive: true, force: true });
  }
  if (cacheEntries === 0) log('warning: the cold run wrote no cache entries — is --cache wired up?');

  const rows = [
    ['cold (empty cache)', samples.cold],
    ['warm (nothing changed)', samples.warm],
    ['check one new article', samples.check],
  ];
  const lines = [
    `Cache benchmark: ${flags.articles} articles (${(bytes / 1e6).toFixed(1)} MB), median of ${flags.runs} runs, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}`,
    '',
    '| Run | Wall time (s) | Peak RSS (MB) |',
    '|---|---:|---:|',
    ...rows.map(([label, list]) => `| ${label} | ${median(list.map((sample) => sample.wall)).toFixed(2)} | ${median(list.map((sample) => sample.rssMb)).toFixed(0)} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  process.stderr.write(`cache-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
} finally {
  if (flags.keep) log(`kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}

/** Runs `node ARGS`, returning wall seconds and peak RSS in MB; exits on an unexpected failure. */
function measure(label, args) {
  const rssFile = path.join(workDir, 'rss.txt');
  let command;
  let commandArgs;
  if (timeBinary !== undefined) {
    command = timeBinary;
    commandArgs = ['-v', process.execPath, ...args];
  } else {
    rmSync(rssFile, { force: true });
    command = process.execPath;
    commandArgs = ['--import', new URL('./rss-probe.js', import.meta.url).href, ...args];
  }
  const started = process.hrtime.bigint();
  // stdout (a big JSON report) is discarded so the harness does not hold it in memory.
  const result = spawnSync(command, commandArgs, {
    cwd: workDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, CROSSCHECK_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = seconds(process.hrtime.bigint() - started);
  const stderr = result.stderr?.toString('utf8') ?? '';
  const childStderr = stderr.split(/^(?:Command exited with non-zero status \d+\n)?\tCommand being timed:/m)[0];
  const exitCode = timeBinary !== undefined ? exitStatusFromTime(stderr, result.status) : result.status;
  if (result.error !== undefined || !OK_EXIT_CODES.has(exitCode)) {
    // Thrown rather than exiting so that the temp folder is still removed.
    throw new Error(`${label} run failed (exit ${exitCode}): node ${args.join(' ')}\n${childStderr.slice(-2000)}`);
  }
  let rssKb;
  if (timeBinary !== undefined) {
    rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
  } else {
    rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  }
  return { wall, rssMb: rssKb / 1024 };
}

/** GNU time exits with the child's status; it also prints it, which survives a signal. */
function exitStatusFromTime(stderr, status) {
  const reported = /Exit status: (\d+)/.exec(stderr)?.[1];
  return reported === undefined ? status : Number(reported);
}

function supportsVerbose(candidate) {
  const probe = spawnSync(candidate, ['-v', 'true'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr?.toString('utf8') ?? '');
}

function countFiles(directory) {
  if (!existsSync(directory)) return 0;
  let count = 0;
  for (const entry of readdirSync(directory)) {
    const full = path.join(directory, entry);
    count += statSync(full).isDirectory() ? countFiles(full) : 1;
  }
  return count;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function seconds(nanoseconds) {
  return Number(nanoseconds) / 1e9;
}

function fmt(sample) {
  return `${sample.wall.toFixed(2)} s / ${sample.rssMb.toFixed(0)} MB`;
}

function log(message) {
  process.stderr.write(`${message}\n`);
}

function fail(message) {
  process.stderr.write(`cache-bench: ${message}\n`);
  process.exit(2);
}
