#!/usr/bin/env node
// Measures `check` of one new article against a large cached corpus, with the cache's story index (only the
// stories the article can join are loaded) and without it (the whole corpus is loaded from the cache).
// Prints medians as a markdown table.
//
//   npm run build && node bench/check-index.js [--articles 10000] [--stories 400] [--runs 3] [--seed 1]
//                                              [--bin bin/crosscheck.js] [--keep]
//
// The corpus is bench/make-corpus.js's (real sentences recombined, names, dates and figures varied per story);
// --stories sets how many stories it holds, so --articles / --stories articles per story.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource, makeArticle, makeCorpus, parseFlags } from './make-corpus.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.join(benchDir, '..');
const flags = parseFlags(process.argv.slice(2), { articles: 10000, stories: 400, runs: 3, seed: 1, bin: path.join(repoDir, 'bin', 'crosscheck.js'), keep: false });
const bin = path.resolve(flags.bin);
if (!existsSync(bin)) fail(`${bin} not found (npm run build first)`);
const timeBinary = ['/usr/bin/time', '/bin/time'].find((candidate) => existsSync(candidate));
const workDir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-check-index-'));
const corpusDir = path.join(workDir, 'corpus');
const cacheDir = path.join(workDir, 'cache');
const indexFile = path.join(cacheDir, 'story-index.json');

try {
  const { bytes } = makeCorpus({ outDir: corpusDir, articles: flags.articles, stories: flags.stories, seed: flags.seed });
  log(`corpus: ${flags.articles} articles in ${flags.stories} stories, ${(bytes / 1e6).toFixed(1)} MB (${corpusDir})`);
  const cold = measure('cold', [bin, corpusDir, '--format', 'json', '--fail-on', 'none', '-q', '--cache', '--cache-location', cacheDir]);
  log(`cold run (fills the cache, writes the index): ${fmt(cold)}`);
  if (!existsSync(indexFile)) throw new Error('the cold run wrote no story index');
  copyFileSync(indexFile, `${indexFile}.saved`);

  const source = loadSource();
  const samples = { start: [], indexed: [], whole: [] };
  for (let run = 1; run <= flags.runs; run++) {
    const article = makeArticle(flags.articles + run, { seed: flags.seed, stories: flags.stories }, source);
    const newFile = path.join(workDir, `new-${run}-${article.name}`);
    writeFileSync(newFile, article.text);
    const check = [bin, 'check', newFile, '--against', corpusDir, '--format', 'json', '--fail-on', 'none', '--cache', '--cache-location', cacheDir];
    samples.start.push(measure('start', [bin, '--version']));
    samples.indexed.push(measure('indexed', check));
    // Without the index: the same check loads every cached analysis.
    rmSync(indexFile);
    samples.whole.push(measure('whole', [...check, '-q']));
    copyFileSync(`${indexFile}.saved`, indexFile);
    log(`run ${run}/${flags.runs}: with the index ${fmt(samples.indexed.at(-1))} (${samples.indexed.at(-1).note}), without ${fmt(samples.whole.at(-1))}`);
  }
  const lines = [
    `check one new article against ${flags.articles} cached articles (${flags.stories} stories), median of ${flags.runs} runs, Node ${process.version}, ${os.cpus().length} cores`,
    '',
    '| run | wall time (s) | CPU time (s) | peak RSS (MB) |',
    '|---|---:|---:|---:|',
    `| \`crosscheck --version\` (starting the process, loading the libraries) | ${median(samples.start.map((s) => s.wall)).toFixed(2)} | ${median(samples.start.map((s) => s.cpu)).toFixed(2)} | ${median(samples.start.map((s) => s.rssMb)).toFixed(0)} |`,
    `| check with the story index | ${median(samples.indexed.map((s) => s.wall)).toFixed(2)} | ${median(samples.indexed.map((s) => s.cpu)).toFixed(2)} | ${median(samples.indexed.map((s) => s.rssMb)).toFixed(0)} |`,
    `| check without it (whole corpus from the cache) | ${median(samples.whole.map((s) => s.wall)).toFixed(2)} | ${median(samples.whole.map((s) => s.cpu)).toFixed(2)} | ${median(samples.whole.map((s) => s.rssMb)).toFixed(0)} |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  process.stderr.write(`check-index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
} finally {
  if (flags.keep) log(`kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}

/** Runs `node ARGS`: wall seconds, peak RSS in MB, and the run's story-index line. */
function measure(label, args) {
  const command = timeBinary ?? process.execPath;
  const commandArgs = timeBinary ? ['-v', process.execPath, ...args] : args;
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd: workDir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const stderr = result.stderr?.toString('utf8') ?? '';
  const status = timeBinary ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? result.status) : result.status;
  if (result.error || (status !== 0 && status !== 1)) throw new Error(`${label} run failed (exit ${status}): ${stderr.slice(-1500)}`);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
  // CPU time as well as wall time: on a busy machine wall time mostly measures the other processes.
  const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? NaN);
  const note = /story index: (checking against \d+ of \d+)/.exec(stderr)?.[1] ?? 'no index used';
  return { wall, cpu, rssMb: rssKb / 1024, note };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function fmt(sample) {
  return `${sample.wall.toFixed(2)} s wall, ${sample.cpu.toFixed(2)} s CPU, ${sample.rssMb.toFixed(0)} MB`;
}

function log(message) {
  process.stderr.write(`${message}\n`);
}

function fail(message) {
  process.stderr.write(`check-index: ${message}\n`);
  process.exit(2);
}
