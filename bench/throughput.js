#!/usr/bin/env node
// Times the core pipeline in-process (no CLI, no cache): per-document analysis over the seed corpus
// repeated K times, then the cross-document check. Prints documents/s and MB/s as a markdown table.
//
//   npm run build && node bench/throughput.js [--repeat 20] [--rounds 3] [--source corpus] [--core dist/index.js]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFlags } from './make-corpus.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));

// ── What is measured: change these if the core's exports are renamed. ──
const CORE_MODULE = '../dist/index.js';
const ANALYZE_EXPORT = 'analyzeDocument'; // (input: RawInput) => DocumentAnalysis | Promise<DocumentAnalysis>
const CROSS_CHECK_EXPORT = 'crossCheck'; // (analyses: DocumentAnalysis[], options: CheckOptions) => Report-like
const CHECK_OPTIONS = {};

const FORMAT_BY_EXTENSION = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };

const flags = parseFlags(process.argv.slice(2), {
  repeat: 20,
  rounds: 3,
  source: path.join(benchDir, '..', 'corpus'),
  /** Another build of the core to measure (a path), instead of CORE_MODULE. */
  core: '',
});
const coreUrl = flags.core === '' ? new URL(CORE_MODULE, import.meta.url).href : pathToFileURL(path.resolve(flags.core)).href;

let core;
try {
  core = await import(coreUrl);
} catch (error) {
  fail(`cannot load ${CORE_MODULE} (run \`npm run build\` first): ${error instanceof Error ? error.message : String(error)}`);
}
const analyzeDocument = core[ANALYZE_EXPORT];
const crossCheck = core[CROSS_CHECK_EXPORT];
if (typeof analyzeDocument !== 'function') fail(`${CORE_MODULE} does not export a function ${ANALYZE_EXPORT}`);
if (typeof crossCheck !== 'function') fail(`${CORE_MODULE} does not export a function ${CROSS_CHECK_EXPORT}`);

const seed = readdirSync(flags.source)
  .filter((name) => FORMAT_BY_EXTENSION[path.extname(name).toLowerCase()] !== undefined)
  .sort()
  .map((name) => ({
    name,
    content: readFileSync(path.join(flags.source, name), 'utf8'),
    format: FORMAT_BY_EXTENSION[path.extname(name).toLowerCase()],
  }));
if (seed.length === 0) fail(`no articles in ${flags.source}`);

// Each copy gets its own path, so document ids differ as they would for distinct files.
const inputs = [];
for (let copy = 0; copy < flags.repeat; copy++) {
  for (const file of seed) inputs.push({ path: `copy-${copy}/${file.name}`, content: file.content, format: file.format });
}
const megabytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.content), 0) / 1e6;

// One untimed pass so lazy loading and JIT warm-up do not count against the first round.
await analyzeDocument(inputs[0]);

const analyzeTimes = [];
const checkTimes = [];
let disagreements = 0;
for (let round = 0; round < flags.rounds; round++) {
  let started = process.hrtime.bigint();
  const analyses = [];
  for (const input of inputs) analyses.push(await analyzeDocument(input));
  analyzeTimes.push(Number(process.hrtime.bigint() - started) / 1e9);

  started = process.hrtime.bigint();
  const report = await crossCheck(analyses, CHECK_OPTIONS);
  checkTimes.push(Number(process.hrtime.bigint() - started) / 1e9);
  disagreements = Array.isArray(report?.disagreements) ? report.disagreements.length : Number.NaN;
}

const analyzeSeconds = median(analyzeTimes);
const checkSeconds = median(checkTimes);
const lines = [
  `Core throughput: ${seed.length} seed articles × ${flags.repeat} = ${inputs.length} documents (${megabytes.toFixed(2)} MB), median of ${flags.rounds} rounds, Node ${process.version}`,
  '',
  '| Stage | Time (s) | Documents/s | MB/s |',
  '|---|---:|---:|---:|',
  `| ${ANALYZE_EXPORT} (per document) | ${analyzeSeconds.toFixed(3)} | ${(inputs.length / analyzeSeconds).toFixed(1)} | ${(megabytes / analyzeSeconds).toFixed(2)} |`,
  `| ${CROSS_CHECK_EXPORT} (all documents) | ${checkSeconds.toFixed(3)} | ${(inputs.length / checkSeconds).toFixed(1)} | ${(megabytes / checkSeconds).toFixed(2)} |`,
  `| total | ${(analyzeSeconds + checkSeconds).toFixed(3)} | ${(inputs.length / (analyzeSeconds + checkSeconds)).toFixed(1)} | ${(megabytes / (analyzeSeconds + checkSeconds)).toFixed(2)} |`,
  '',
  `Disagreements reported: ${disagreements}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`,
];
process.stdout.write(`${lines.join('\n')}\n`);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function fail(message) {
  process.stderr.write(`throughput: ${message}\n`);
  process.exit(2);
}
