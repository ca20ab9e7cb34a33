#!/usr/bin/env node
// Speed and scale on real news (`npm run bench`). Builds a corpus from the ECB+ texts in ../shared/data/ecbplus-dev
// ×1 and ×10 (each replica published a year after the previous one, so each is its own story window) in a temp
// folder, then times whole processes side by side, interleaved, several runs each:
//   crosscheck CORPUS --format json > /dev/null
//   node bench/tag-corpus.js CORPUS          (compromise's own nlp(text) tagging of the same articles)
// and prints medians of wall and CPU time (user + sys, all threads), crosscheck's peak RSS, the ratio
// tagging/crosscheck, and how time grows with the corpus: log(t×10 / t×1) / log(10) (1 = linear).
//
//   npm run build && node bench/scale-bench.js [--scale 1,10] [--runs 3] [--quick] [--data DIR] [--keep]
//
// Needs only Node and the project's dependencies. The tagging runs at the smallest scale only: it is the yardstick.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlags } from './make-corpus.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.join(benchDir, '..');
const DEFAULT_DATA = path.join(repoDir, '..', 'shared', 'data', 'ecbplus-dev');
/** Publication year of the first replica; replica r is published in FIRST_YEAR + r. */
const FIRST_YEAR = 2010;
/** Exit codes of a run that went fine (1 = disagreements found). */
const OK_EXIT_CODES = new Set([0, 1]);

// ── The commands under test: change these if the CLI's flags change. ──
const COMMANDS = {
  crosscheck: (corpus) => [path.join(repoDir, 'bin', 'crosscheck.js'), corpus, '--format', 'json'],
  tagging: (corpus) => [path.join(benchDir, 'tag-corpus.js'), corpus],
};

let flags;
try {
  flags = parseFlags(process.argv.slice(2), { scale: '1,10', runs: 3, quick: false, data: DEFAULT_DATA, keep: false });
} catch (error) {
  fail(`${error.message}\nusage: node bench/scale-bench.js [--scale 1,10] [--runs 3] [--quick] [--data DIR] [--keep]`);
}
const scales = flags.quick ? [1] : [...new Set(flags.scale.split(',').map((s) => Number(s.trim())))].sort((a, b) => a - b);
if (scales.some((s) => !Number.isInteger(s) || s < 1)) fail(`--scale takes whole numbers ≥ 1, comma-separated (got "${flags.scale}")`);
const runs = Math.floor(flags.runs);
const dataDir = path.resolve(flags.data);
if (!existsSync(dataDir)) {
  fail(
    `${dataDir} not found: this benchmark reads the ECB+ news texts kept beside the project in ../shared/data/ecbplus-dev ` +
      '(one folder per topic of .txt articles; see ../shared/data/README.md). Get that folder, or pass --data DIR.',
  );
}
if (!existsSync(path.join(repoDir, 'dist', 'cli', 'main.js'))) fail('dist/cli/main.js is missing: run `npm run build` first');

const workDir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-scale-'));
try {
  const topics = readTopics(dataDir);
  const articleCount = topics.reduce((n, t) => n + t.files.length, 0);
  if (articleCount === 0) throw new Error(`no .txt articles in the topic folders of ${dataDir}`);
  const corpora = scales.map((scale) => ({ scale, ...buildCorpus(path.join(workDir, `x${scale}`), topics, scale) }));
  for (const c of corpora) log(`corpus ×${c.scale}: ${c.articles} articles, ${(c.bytes / 1e6).toFixed(2)} MB, ${c.scale} publication year(s) (${c.dir})`);

  // Interleaved: every round runs each measurement once, so a busy spell on the machine hits all of them alike.
  const samples = new Map();
  const record = (label, sample) => samples.set(label, [...(samples.get(label) ?? []), sample]);
  for (let run = 1; run <= runs; run++) {
    for (const corpus of corpora) {
      const cc = measure(`crosscheck ×${corpus.scale}`, COMMANDS.crosscheck(path.relative(workDir, corpus.dir)));
      record(`crosscheck ×${corpus.scale}`, cc);
      log(`run ${run}/${runs}: crosscheck ×${corpus.scale}: ${describe(cc)}`);
      if (corpus === corpora[0]) {
        const tag = measure(`tagging ×${corpus.scale}`, COMMANDS.tagging(path.relative(workDir, corpus.dir)));
        record(`tagging ×${corpus.scale}`, tag);
        log(`run ${run}/${runs}: compromise nlp(text) ×${corpus.scale}: ${describe(tag)}`);
      }
    }
  }

  const med = (label, field) => median(samples.get(label).map((s) => s[field]));
  const first = corpora[0];
  const last = corpora.at(-1);
  const rows = [];
  for (const corpus of corpora) {
    const label = `crosscheck ×${corpus.scale}`;
    rows.push(row(`crosscheck, ${corpus.articles} articles (×${corpus.scale})`, corpus, label));
    if (corpus === first) rows.push(row(`compromise \`nlp(text)\`, ${corpus.articles} articles (×${corpus.scale})`, corpus, `tagging ×${corpus.scale}`));
  }
  const ratio = (field) => med(`tagging ×${first.scale}`, field) / med(`crosscheck ×${first.scale}`, field);
  const lines = [
    `Scale benchmark: ECB+ news (${articleCount} articles, ${(first.bytes / first.scale / 1e6).toFixed(2)} MB per replica), whole processes, median of ${runs} interleaved run(s); Node ${process.version}, ${os.availableParallelism()} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}`,
    '',
    '| run | wall (s) | CPU user+sys (s) | peak RSS (MiB) | articles/s (wall) |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
    `compromise tagging / crosscheck (×${first.scale}): wall ${ratio('wall').toFixed(2)}, CPU ${ratio('cpu').toFixed(2)} (above 1: crosscheck is faster than the tagging alone)`,
  ];
  if (last !== first) {
    const growth = (field) => Math.log(med(`crosscheck ×${last.scale}`, field) / med(`crosscheck ×${first.scale}`, field)) / Math.log(last.scale / first.scale);
    const times = (field) => med(`crosscheck ×${last.scale}`, field) / med(`crosscheck ×${first.scale}`, field);
    lines.push(
      `crosscheck ×${last.scale}: ${med(`crosscheck ×${last.scale}`, 'wall').toFixed(1)} s wall, ${med(`crosscheck ×${last.scale}`, 'rssMib').toFixed(0)} MiB peak RSS; ` +
        `${times('wall').toFixed(2)}× the ×${first.scale} wall time for ${last.scale / first.scale}× the articles`,
      `growth exponent log(t×${last.scale}/t×${first.scale})/log(${last.scale / first.scale}): wall ${growth('wall').toFixed(2)}, CPU ${growth('cpu').toFixed(2)} (1 = linear)`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);

  function row(label, corpus, key) {
    const wall = med(key, 'wall');
    return `| ${label} | ${wall.toFixed(2)} | ${med(key, 'cpu').toFixed(2)} | ${med(key, 'rssMib').toFixed(0)} | ${(corpus.articles / wall).toFixed(0)} |`;
  }
} catch (error) {
  process.stderr.write(`scale-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
} finally {
  if (flags.keep) log(`kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}

/** The topic folders of the data set, each with its articles, sorted. */
function readTopics(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({
      name,
      files: readdirSync(path.join(dir, name))
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((file) => ({ name: file, content: readFileSync(path.join(dir, name, file), 'utf8') })),
    }));
}

/**
 * `scale` replicas of the data set under `dir`: replica r is `yr/<topic>/<file>`, with a crosscheck.sources.json per
 * topic folder giving each article a publication date in year FIRST_YEAR + r. Within a year each topic gets its own
 * days, its two events (files *ecb.txt and *ecbplus.txt) half a year apart, so they are not one story.
 */
function buildCorpus(dir, topics, scale) {
  let articles = 0;
  let bytes = 0;
  for (let replica = 0; replica < scale; replica++) {
    topics.forEach((topic, topicIndex) => {
      const folder = path.join(dir, `y${replica}`, topic.name);
      mkdirSync(folder, { recursive: true });
      const manifest = { files: {} };
      for (const file of topic.files) {
        const secondEvent = /ecbplus\.txt$/.test(file.name);
        const day = (secondEvent ? 182 : 0) + topicIndex * 5 + (hash(file.name) % 3);
        const published = new Date(Date.UTC(FIRST_YEAR + replica, 0, 1 + day)).toISOString().slice(0, 10);
        manifest.files[file.name] = { published };
        writeFileSync(path.join(folder, file.name), file.content);
        articles++;
        bytes += Buffer.byteLength(file.content);
      }
      writeFileSync(path.join(folder, 'crosscheck.sources.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    });
  }
  return { dir, articles, bytes };
}

/**
 * Runs `node ARGS` in the work folder with stdout discarded; returns wall seconds (from the parent), CPU seconds
 * (user + system, every thread) and peak RSS in MiB (both from the child's own process.resourceUsage() on exit).
 */
function measure(label, args) {
  const usageFile = path.join(workDir, 'usage.json');
  rmSync(usageFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', new URL('./usage-probe.js', import.meta.url).href, ...args], {
    cwd: workDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, CROSSCHECK_BENCH_USAGE_FILE: usageFile, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const stderr = result.stderr?.toString('utf8') ?? '';
  if (result.error !== undefined || !OK_EXIT_CODES.has(result.status)) {
    throw new Error(`${label} failed (exit ${result.status ?? result.signal}): node ${args.join(' ')}\n${stderr.slice(-2000)}`);
  }
  if (!existsSync(usageFile)) throw new Error(`${label}: the child wrote no resource usage`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { wall, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rssMib: usage.maxRSS / 1024 };
}

function describe(sample) {
  return `${sample.wall.toFixed(2)} s wall, ${sample.cpu.toFixed(2)} s CPU, ${sample.rssMib.toFixed(0)} MiB`;
}

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function log(message) {
  process.stderr.write(`${message}\n`);
}

function fail(message) {
  process.stderr.write(`scale-bench: ${message}\n`);
  process.exit(2);
}
