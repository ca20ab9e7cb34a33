// `crosscheck extract PATH… --out analyses.ndjson`: the map step. Analyses each article on its own and writes one
// line per article: the analysis as the cache stores it (content-addressed by path, text, metadata and tool
// version). Shards of a corpus can be extracted in parallel anywhere; `crosscheck compare` reduces them.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { DocumentAnalysis, RawInput, SkippedFile, Warning } from '../../types.js';
import { CACHE_SCHEMA_VERSION, analysisKey, createCache, encodeEntry } from '../cache.js';
import { loadConfig, outletFor } from '../config.js';
import { collectInputs } from '../inputs.js';
import { analyzeInputs, parseJobs } from '../parallel.js';
import { logDocumentWarnings } from '../run-common.js';
import { CommandError, EXIT_OK, EXIT_USAGE, errorMessage, refuseToOverwrite, runCommand, type CommandContext, type SideRecord } from './shared.js';

interface ExtractOptions {
  out?: string;
  config?: string;
  cache?: boolean;
  cacheLocation?: string;
  maxSize?: string;
  jobs?: string;
  quiet?: boolean;
  verbose?: boolean;
  debug?: boolean;
}

export function registerExtract(program: Command, context: CommandContext): void {
  program
    .command('extract')
    .description('analyse articles one by one and write the analyses as NDJSON, for `crosscheck compare` (the map step)')
    .argument('<paths...>', 'files, folders or globs of articles (.txt, .md, .html); - for stdin')
    .option('--out <file>', 'write the analyses here (default: stdout); one JSON line per article')
    .option('-c, --config <file>', 'use this config file instead of the nearest crosscheck.config.json (outlets, ignore)')
    .option('--cache', 'reuse extraction results of unchanged files')
    .option('--cache-location <dir>', 'where the cache lives (default .crosscheck-cache)')
    .option('--max-size <bytes>', 'skip files larger than this (default 10 MiB)')
    .option('-j, --jobs <n>', 'analyse with this many threads (default: the number of cores)')
    .option('-q, --quiet', 'no warnings or progress on stderr')
    .option('--verbose', 'list every warning, also when many articles share one')
    .option('--debug', 'show stack traces for internal errors')
    .addHelpText(
      'after',
      '\nEach line holds one article\'s analysis, keyed by a hash of its path, text, metadata and the tool version;\n' +
        'files skipped and input warnings are kept as lines of their own. Extract shards anywhere, then run\n' +
        '`crosscheck compare SHARD.ndjson…` for the report `crosscheck PATH…` gives. Run both from the same folder:\n' +
        'paths in the report are as extract saw them.',
    )
    .exitOverride()
    .action((paths: string[], options: ExtractOptions) => context.defer(() => runCommand(context.io, () => extract(paths, options, context))));
}

async function extract(paths: string[], options: ExtractOptions, context: CommandContext): Promise<number> {
  const { io, toolVersion } = context;
  const log = (text: string): void => {
    if (!options.quiet) io.stderr(text);
  };
  const { config, path: configPath } = await loadConfig({ cwd: io.cwd, ...(options.config ? { explicitPath: options.config } : {}) });
  if (options.cacheLocation) config.cacheLocation = path.resolve(io.cwd, options.cacheLocation);
  const jobs = options.jobs === undefined ? undefined : parseJobs(options.jobs);
  if (options.jobs !== undefined && jobs === undefined) throw new CommandError(`--jobs must be a positive whole number (got "${options.jobs}")`);
  const maxBytes = options.maxSize ? Number(options.maxSize) : undefined;
  if (maxBytes !== undefined && (!Number.isFinite(maxBytes) || maxBytes <= 0)) throw new CommandError(`--max-size must be a positive number of bytes (got "${options.maxSize}")`);

  const collected = await collectInputs(paths, {
    cwd: io.cwd,
    ignore: config.ignore,
    readStdin: async () => {
      if (io.stdinIsTTY) io.stderr('crosscheck: reading an article from standard input (Ctrl-D to end)\n');
      return io.readStdin();
    },
    ...(maxBytes ? { maxBytes } : {}),
  });
  for (const w of collected.warnings) log(`crosscheck: warning: ${w.message}\n`);
  if (collected.inputs.length === 0) {
    const problems = [...collected.errors, ...collected.skipped.map((s) => `${s.path}: ${s.reason}`)];
    const first = problems[0]?.replace(/[.;]\s*$/, '') ?? 'no article was given';
    throw new CommandError(`nothing to extract: no readable article among the given paths: ${first}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
  }
  const target = options.out === undefined || options.out === '-' ? undefined : path.resolve(io.cwd, options.out);
  if (target && options.out) {
    const read = [...collected.readFiles.map((f) => ({ path: f.path, what: `${f.what === 'manifest' ? 'the sources manifest' : 'an article'}` }))];
    if (configPath) read.push({ path: configPath, what: 'the config file' });
    await refuseToOverwrite(target, options.out, read);
  }
  for (const input of collected.inputs) {
    const outlet = outletFor(input.path, config);
    if (outlet && !input.userMetadata?.outlet) input.userMetadata = { ...input.userMetadata, outlet };
  }

  const cache = options.cache || config.cache ? createCache({ location: config.cacheLocation, toolVersion, onWarning: (m) => log(`crosscheck: warning: ${m}\n`) }) : undefined;
  const started = performance.now();
  let lastProgress = started;
  const analyses = await analyzeInputs(collected.inputs, {
    ...(cache ? { cache } : {}),
    ...(jobs ? { jobs } : {}),
    onProgress: (done, total) => {
      const now = performance.now();
      if (options.quiet || now - lastProgress < 5000) return;
      lastProgress = now;
      io.stderr(`crosscheck: analysed ${done}/${total} articles (${Math.floor((100 * done) / total)}%)\n`);
    },
  });
  if (cache) log(`crosscheck: cache ${cache.hits} hit(s), ${cache.misses} miss(es)\n`);
  logDocumentWarnings(analyses.flatMap((a) => a.document.warnings), log, Boolean(options.verbose));

  const lines = analysisLines(collected.inputs, analyses, collected, toolVersion);
  if (target && options.out) {
    await writeLines(target, lines);
    log(`crosscheck: ${analyses.length} analyses written to ${options.out}\n`);
  } else {
    for (const line of lines) io.stdout(`${line}\n`);
  }
  if (collected.errors.length > 0) {
    for (const message of collected.errors) io.stderr(`crosscheck: error: ${message}\n`);
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

/** The output lines, lazily: one cache entry per article in input order, then the side records. */
function* analysisLines(
  inputs: readonly RawInput[],
  analyses: readonly DocumentAnalysis[],
  collected: { skipped: readonly SkippedFile[]; warnings: readonly Warning[] },
  toolVersion: string,
): Generator<string> {
  for (let index = 0; index < inputs.length; index++) {
    yield encodeEntry(analysisKey(inputs[index]!, toolVersion), analyses[index]!, toolVersion);
  }
  const side = (record: SideRecord): string => JSON.stringify({ schema: CACHE_SCHEMA_VERSION, toolVersion, ...record });
  for (const skipped of collected.skipped) yield side({ skipped });
  for (const warning of collected.warnings) yield side({ warning });
}

/** Writes through a temporary file renamed into place, so a shard is never read half-written. */
async function writeLines(target: string, lines: Iterable<string>): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const handle = await open(temporary, 'w');
    try {
      let batch: string[] = [];
      let size = 0;
      for (const line of lines) {
        batch.push(line);
        size += line.length;
        if (size > 1 << 22) {
          await handle.write(`${batch.join('\n')}\n`);
          batch = [];
          size = 0;
        }
      }
      if (batch.length > 0) await handle.write(`${batch.join('\n')}\n`);
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new CommandError(`cannot write ${target} (${errorMessage(error)})`);
  }
}

