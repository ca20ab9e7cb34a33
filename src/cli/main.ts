// The command line: files, options, progress and exit codes. Everything else lives in the I/O-free core.
import { readFileSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import type { CheckOptions, DocumentAnalysis, RawInput, SkippedFile, Warning } from '../types.js';
import { crossCheck } from '../pipeline/check.js';
import { FORMAT_NAMES, FORMATTERS, formatTimeline, formatTimelineHtml, isFormatName, type FormatName } from '../report/index.js';
import { formatJsonChunks } from '../report/json.js';
import { collectInputs, type CollectedInputs, type ReadFile as InputFile } from './inputs.js';
import { ConfigError, shouldFail, loadConfig, outletFor, printableConfig, toCheckOptions, type ResolvedConfig } from './config.js';
import { applyBaseline, BaselineError, readBaseline, writeBaseline } from './baseline.js';
import { corpusForCheck, createCache, storyIndexRecords, storyIndexSettings, type AnalysisCache } from './cache.js';
import { FAIL_ON_VALUES } from './config-schema.js';
import { applyReportOverrides, fileReadAt, logDocumentWarnings, recount, type ReportOptions } from './run-common.js';
import { analyzeInputs, parseJobs } from './parallel.js';
import { registerExtract } from './commands/extract.js';
import { registerCompare } from './commands/compare.js';

export const EXIT_OK = 0;
export const EXIT_DISAGREEMENTS = 1;
export const EXIT_USAGE = 2;

type ReadFile = { path: string; what: InputFile['what'] | 'config' | 'baseline' };


/** A problem the user can fix: printed as one line, exit code 2. */
class UsageError extends Error {}

interface RunOptions extends ReportOptions {
  cache?: boolean;
  cacheLocation?: string;
  verbose?: boolean;
  maxSize?: string;
  jobs?: string;
  against?: string[];
  assertions?: boolean;
}

type Mode = 'report' | 'timeline' | 'check';

export function toolVersion(): string {
  try {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const pkg = JSON.parse(readFileSync(path.join(here, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Runs the CLI and returns the exit code; it never calls process.exit(). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed help/version or the usage message.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof BaselineError) {
      io.stderr(`crosscheck: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`crosscheck: ${message.split('\n')[0]}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_USAGE;
  }
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  /** The terminal's width when stdout is one; the table is fitted to it (80 columns otherwise). */
  stdoutColumns?: number;
  stderrIsTTY: boolean;
  /** Standard input is a terminal: `-` then says it is waiting for an article. */
  stdinIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  readStdin(): Promise<string>;
}

function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdoutColumns: process.stdout.columns,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

function buildProgram(io: CliIo, onRun: (mode: Mode, paths: string[], options: RunOptions) => void, defer: (task: () => Promise<number>) => void = () => undefined): Command {
  const program = new Command('crosscheck');
  const common = (cmd: Command): Command =>
    cmd
      .addOption(new Option('-f, --format <name>', `report format: ${FORMAT_NAMES.join(', ')}`))
      .option('-o, --output <file>', 'write the report to a file instead of stdout')
      .addOption(new Option('--fail-on <severity>', 'exit 1 when a disagreement has this severity or higher').choices([...FAIL_ON_VALUES]))
      .option('--no-color', 'no colour in the table (also NO_COLOR=1, and whenever stdout is not a terminal)')
      .option('--color', 'force colour in the table')
      .option('-c, --config <file>', 'use this config file instead of the nearest crosscheck.config.json')
      .option('--print-config', 'print the resolved configuration and exit')
      .option('--baseline <file>', 'accept the disagreements listed in this file; fail only on new ones')
      .option('--update-baseline', 'write the current disagreements to the --baseline file')
      .option('--cache', 'reuse extraction results of unchanged files')
      .option('--cache-location <dir>', 'where the cache lives (default .crosscheck-cache)')
      .option('--story-window <days>', 'articles published further apart are different stories (default 30)')
      .option('--min-confidence <n>', 'report only disagreements at least this sure, 0 to 1 (default 0.6; 0 shows all)')
      .option('--max-size <bytes>', 'skip files larger than this (default 10 MiB)')
      .option('-j, --jobs <n>', 'analyse with this many threads (default: the number of cores)')
      .option('--assertions', 'with --format json: include every extracted assertion (the default)')
      .option('--no-assertions', 'with --format json: leave the list of extracted assertions out (a report about a tenth the size)')
      .option('-q, --quiet', 'no warnings or progress on stderr')
      .option('--verbose', 'list every warning, also when many articles share one')
      .option('--debug', 'show stack traces for internal errors');
  program
    .name('crosscheck')
    .description('Cross-check dated assertions across news articles and report where outlets disagree.')
    .version(toolVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(`crosscheck: ${s.replace(/^error: /, '').trim()}\n`),
    })
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    // `crosscheck help [command]`, commander's convention; forced because the root command also takes paths.
    .helpCommand('help [command]', 'show help for a command');
  common(program.argument('[paths...]', 'files, folders or globs of articles (.txt, .md, .html); - for stdin'))
    .action((paths: string[], options: RunOptions) => onRun('report', paths, options));
  common(program.command('timeline').description('print the dated events of the corpus in order').argument('<paths...>', 'articles'))
    .exitOverride()
    .action((paths: string[], options: RunOptions) => onRun('timeline', paths, options));
  common(
    program
      .command('check')
      .description('check new articles against a corpus; report only disagreements that involve a new article')
      .argument('<new...>', 'the new articles')
      .requiredOption('--against <paths...>', 'the corpus to check them against'),
  )
    .exitOverride()
    .action((paths: string[], options: RunOptions) => onRun('check', paths, options));
  // Map/reduce (src/cli/commands): `extract` writes per-article analyses, `compare` reports on them.
  registerExtract(program, { io, toolVersion: toolVersion(), defer });
  registerCompare(program, { io, toolVersion: toolVersion(), defer });
  return program;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let invocation: { mode: Mode; paths: string[]; options: RunOptions } | undefined;
  let task: (() => Promise<number>) | undefined;
  const program = buildProgram(io, (mode, paths, options) => {
    invocation = { mode, paths, options };
  }, (command) => {
    task = command;
  });
  await program.parseAsync(argv, { from: 'user' });
  if (task) return task();
  if (!invocation) return EXIT_OK;
  const { mode, paths, options } = invocation;
  const log = (text: string) => {
    if (!options.quiet) io.stderr(text);
  };

  const { config, path: configPath } = await loadConfig({ cwd: io.cwd, ...(options.config ? { explicitPath: options.config } : {}) });
  applyCliOverrides(config, options, io.cwd);
  if (options.printConfig) {
    io.stdout(`${printableConfig(config)}\n`);
    return EXIT_OK;
  }
  const format = resolveFormat(config.format);
  const failOn = config.failOn;
  if (paths.length === 0) throw new UsageError('no articles given: crosscheck PATH... (a folder, files, globs, or - for stdin); see --help');
  if (options.updateBaseline && !options.baseline) throw new UsageError('--update-baseline needs --baseline FILE');
  if (options.baseline) await requireRegularFile(path.resolve(io.cwd, options.baseline), `--baseline ${options.baseline}`);

  const jobs = options.jobs === undefined ? undefined : parseJobs(options.jobs);
  if (options.jobs !== undefined && jobs === undefined) throw new UsageError(`--jobs must be a positive whole number (got "${options.jobs}")`);
  const maxBytes = options.maxSize ? Number(options.maxSize) : undefined;
  if (maxBytes !== undefined && (!Number.isFinite(maxBytes) || maxBytes <= 0)) throw new UsageError(`--max-size must be a positive number of bytes (got "${options.maxSize}")`);
  const readStdin = async (): Promise<string> => {
    // On a terminal, say what the silence is: crosscheck waits for an article typed or pasted in.
    if (io.stdinIsTTY) io.stderr('crosscheck: reading an article from standard input (Ctrl-D to end)\n');
    return io.readStdin();
  };
  const collect = (list: string[]) =>
    collectInputs(list, { cwd: io.cwd, ignore: config.ignore, readStdin, ...(maxBytes ? { maxBytes } : {}) });
  const primary = await collect(paths);
  const against = mode === 'check' ? await collect(options.against ?? []) : undefined;
  const inputs = dedupeInputs([...primary.inputs, ...(against?.inputs ?? [])]);
  const skipped: SkippedFile[] = [...primary.skipped, ...(against?.skipped ?? [])];
  const warnings: Warning[] = [...primary.warnings, ...(against?.warnings ?? [])];
  // Input collection already words each skipped file as a warning that says what to do; errors are fatal per path.
  const pathErrors = [...primary.errors, ...(against?.errors ?? [])];
  for (const w of warnings) log(`crosscheck: warning: ${w.message}\n`);
  // Nothing checked must never pass: no readable new article, or nothing to check it against, is a usage error.
  const nothing = nothingToCheck(mode, primary, against);
  if (nothing) throw new UsageError(nothing);
  if (options.output) {
    const read: ReadFile[] = [...primary.readFiles, ...(against?.readFiles ?? [])];
    if (configPath) read.push({ path: configPath, what: 'config' });
    if (options.baseline) read.push({ path: path.resolve(io.cwd, options.baseline), what: 'baseline' });
    await refuseToOverwriteInputs(path.resolve(io.cwd, options.output), options.output, read);
  }
  for (const input of inputs) {
    const outlet = outletFor(input.path, config);
    if (outlet && !input.userMetadata?.outlet) input.userMetadata = { ...input.userMetadata, outlet };
  }

  const cache = options.cache || config.cache ? createCache({ location: config.cacheLocation, toolVersion: toolVersion(), onWarning: (m) => log(`crosscheck: warning: ${m}\n`) }) : undefined;
  const analysisStarted = performance.now();
  // With the cache, `check` reads the story index of the last full run and analyses (loads) only the corpus
  // stories the new articles can join; without a usable index it checks against the whole corpus.
  const indexSettings = storyIndexSettings(config.storyWindowDays, config.aliases);
  const fromIndex = mode === 'check' && cache !== undefined && !options.updateBaseline;
  const newPaths = new Set(primary.inputs.map((i) => i.path));
  const freshInputs = fromIndex ? inputs.filter((i) => newPaths.has(i.path)) : [];
  const fresh = fromIndex ? await analyzeAll(freshInputs, cache, io, { ...options, quiet: true }, jobs) : [];
  const corpusInputs = fromIndex ? inputs.filter((i) => !newPaths.has(i.path)) : inputs;
  const needed = fromIndex ? corpusForCheck(cache, indexSettings, fresh, freshInputs, corpusInputs, config.storyWindowDays, config.aliases) : undefined;
  if (needed) log(`crosscheck: story index: checking against ${needed.length} of ${corpusInputs.length} corpus articles (the stories the new articles can join)\n`);
  const analysed = [...freshInputs, ...(needed ?? corpusInputs)];
  const analyses = [...fresh, ...(await analyzeAll(needed ?? corpusInputs, cache, io, options, jobs))];
  logDocumentWarnings(analyses.flatMap((a) => a.document.warnings), log, Boolean(options.verbose));

  const checkOptions: CheckOptions = toCheckOptions(config);
  // The cross-document phase has no per-article progress; say it started when the run is already long.
  if (!options.quiet && performance.now() - analysisStarted > progressAfterMs(io)) log(`crosscheck: comparing ${analyses.length} articles across stories…\n`);
  let storyOf: ReadonlyMap<string, string> | undefined;
  const report = crossCheck(analyses, checkOptions, { skipped, warnings, toolVersion: toolVersion(), onStories: (stories) => (storyOf = stories) });
  // A run over a whole set of articles (not one narrowed by the index) leaves the story index for the next check.
  if (cache && !needed && storyOf) cache.writeStoryIndex(indexSettings, storyIndexRecords(cache, analysed, analyses, storyOf, config.aliases));
  // Check mode reports what involves the new articles; the whole set still decides what a baseline holds.
  const everything = report.disagreements;
  if (mode === 'check') {
    const newPaths = new Set(primary.inputs.map((i) => i.path));
    report.disagreements = everything.filter((d) => d.positions.some((p) => p.documents.some((doc) => newPaths.has(doc))));
  }

  let failing = report.disagreements;
  if (options.baseline) {
    const baselinePath = path.resolve(io.cwd, options.baseline);
    if (options.updateBaseline) {
      const previous = await readBaseline(baselinePath, { allowMissing: true });
      // Entries for disagreements that still exist stay accepted, even those outside the new articles.
      const previousIds = new Set(previous.accepted.map((e) => e.id));
      const kept = everything.filter((d) => previousIds.has(d.id) && !report.disagreements.includes(d));
      const accepted = [...report.disagreements, ...kept];
      await writeBaseline(baselinePath, accepted, { previous });
      log(`crosscheck: baseline written to ${options.baseline} (${accepted.length} accepted)\n`);
      failing = [];
    } else {
      const baseline = await readBaseline(baselinePath);
      const result = applyBaseline(report.disagreements, baseline);
      // Narrowed by the story index, the run does not see the other stories' disagreements: none is called stale.
      const stale = needed ? [] : applyBaseline(everything, baseline).stale;
      failing = result.fresh;
      report.disagreements = result.fresh;
      if (result.accepted.length) log(`crosscheck: ${result.accepted.length} disagreement(s) accepted by the baseline\n`);
      for (const entry of stale) {
        const message = `baseline entry ${entry.id} (${entry.topic}) no longer matches; prune it with --update-baseline`;
        report.warnings.push({ code: 'stale-baseline-entry', message, path: options.baseline });
        log(`crosscheck: warning: ${message}\n`);
      }
    }
  }
  recount(report);

  const color = useColor(argv, io, format, Boolean(options.output));
  const focusPaths = mode === 'check' ? primary.inputs.map((i) => i.path) : undefined;
  // A report written to a file or a pipe keeps the default width.
  const columns = io.stdoutIsTTY && !options.output ? io.stdoutColumns : undefined;
  // JSON is written piece by piece: with its assertions it is many megabytes, never needed as one string.
  const chunks =
    format === 'json' ? formatJsonChunks(report, { assertions: options.assertions !== false }) : undefined;
  const text = chunks
    ? ''
    : mode === 'timeline' && format === 'table'
      ? formatTimeline(report, { color })
      : mode === 'timeline' && format === 'html'
        ? formatTimelineHtml(report, { color, cwd: io.cwd })
        : FORMATTERS[format](report, { color, cwd: io.cwd, toolVersion: toolVersion(), ...(focusPaths ? { focusPaths } : {}), ...(columns ? { columns } : {}) });
  if (options.output) {
    const target = path.resolve(io.cwd, options.output);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, chunks ?? text, 'utf8');
    log(`crosscheck: report written to ${options.output}\n`);
  } else if (chunks) {
    for (const chunk of chunks) io.stdout(chunk);
  } else {
    io.stdout(text);
  }
  // A path the user named that could not be read fails the run, after the report of the rest.
  if (pathErrors.length > 0) {
    for (const message of pathErrors) io.stderr(`crosscheck: error: ${message}\n`);
    return EXIT_USAGE;
  }
  return shouldFail(failing, failOn) ? EXIT_DISAGREEMENTS : EXIT_OK;
}

function applyCliOverrides(config: ResolvedConfig, options: RunOptions, cwd: string): void {
  applyReportOverrides(config, options, (message) => new UsageError(message));
  if (options.cache) config.cache = true;
  if (options.cacheLocation) config.cacheLocation = path.resolve(cwd, options.cacheLocation);
  if (options.format) config.format = resolveFormat(options.format);
}

function resolveFormat(name: string): FormatName {
  if (!isFormatName(name)) throw new UsageError(`unknown format "${name}"; use one of ${FORMAT_NAMES.join(', ')}`);
  return name;
}

/** Colour only for the table on a terminal, never with NO_COLOR or --no-color; the last of --color/--no-color wins. */
function useColor(argv: string[], io: CliIo, format: FormatName, toFile: boolean): boolean {
  if (format !== 'table') return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const forced = argv.lastIndexOf('--color');
  const disabled = argv.lastIndexOf('--no-color');
  if (disabled > forced) return false;
  if (forced >= 0) return true;
  return io.stdoutIsTTY && !toFile;
}

/** A pipe or device named where a file is read would hang the run; a missing file is left to its reader. */
async function requireRegularFile(file: string, shown: string): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return;
  }
  if (!info.isFile()) throw new UsageError(`${shown}: not a regular file; name a file`);
}

const WHAT_READ: Record<ReadFile['what'], string> = {
  article: 'an article this run reads',
  manifest: 'the sources manifest this run reads',
  config: 'the config file this run reads',
  baseline: 'the baseline this run reads',
};

/** -o never writes over a file the run reads; links are followed on both sides. */
async function refuseToOverwriteInputs(target: string, shown: string, read: ReadFile[]): Promise<void> {
  const file = await fileReadAt(target, read);
  if (file) throw new UsageError(`refusing to write the report over ${shown}: it is ${WHAT_READ[file.what]}; choose another -o file`);
}

/** Why a run would check nothing, as one line; undefined when there is something to check. */
function nothingToCheck(mode: Mode, primary: CollectedInputs, against: CollectedInputs | undefined): string | undefined {
  const firstProblem = (collected: CollectedInputs): string => {
    const problems = [...collected.errors, ...collected.skipped.filter((s) => s.reason !== 'not found' && s.reason !== 'no match').map((s) => `${s.path}: ${s.reason}`)];
    if (problems.length === 0) return 'no article was given';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return `${problems[0].replace(/[.;]\s*$/, '')}${more}`;
  };
  if (mode !== 'check') {
    return primary.inputs.length === 0 ? `nothing could be checked: no readable article among the given paths: ${firstProblem(primary)}` : undefined;
  }
  if (primary.inputs.length === 0) return `nothing to check: no new article could be read: ${firstProblem(primary)}`;
  const newPaths = new Set(primary.inputs.map((i) => i.path));
  if (!against || against.inputs.every((i) => newPaths.has(i.path))) {
    const why = against && against.inputs.length > 0 ? 'it holds only the new articles' : firstProblem(against ?? { inputs: [], skipped: [], warnings: [], errors: [], readFiles: [] });
    return `nothing to check against: no corpus article could be read from --against: ${why}`;
  }
  return undefined;
}

function dedupeInputs(inputs: RawInput[]): RawInput[] {
  const seen = new Set<string>();
  return inputs.filter((i) => {
    if (seen.has(i.path)) return false;
    seen.add(i.path);
    return true;
  });
}

/** Per-document analysis over all cores, cached when asked; progress on stderr for runs long enough to wonder about. */
async function analyzeAll(inputs: RawInput[], cache: AnalysisCache | undefined, io: CliIo, options: RunOptions, jobs: number | undefined): Promise<DocumentAnalysis[]> {
  const started = performance.now();
  let lastProgress = started;
  let shown = false;
  // On a terminal one line rewritten in place; in a CI log a new line every few seconds.
  const interval = io.stderrIsTTY ? 200 : 5000;
  const after = progressAfterMs(io);
  const analyses = await analyzeInputs(inputs, {
    ...(cache ? { cache } : {}),
    ...(jobs ? { jobs } : {}),
    onProgress: (done, total) => {
      // Measured time, not dates: the clock only decides whether to show progress and estimates what is left.
      const now = performance.now();
      if (options.quiet || now - started < after || (shown && now - lastProgress < interval) || done === 0) return;
      lastProgress = now;
      shown = true;
      const left = ((now - started) / done) * (total - done);
      const line = `crosscheck: analysed ${done}/${total} articles (${Math.floor((100 * done) / total)}%)${done < total ? `, about ${formatSeconds(left)} left` : ''}`;
      io.stderr(io.stderrIsTTY ? `\r${line}\u001b[K` : `${line}\n`);
    },
  });
  if (shown && io.stderrIsTTY) io.stderr('\n');
  if (cache && !options.quiet) io.stderr(`crosscheck: cache ${cache.hits} hit(s), ${cache.misses} miss(es)\n`);
  return analyses;
}

/** After how long a run shows progress (CROSSCHECK_PROGRESS_AFTER_MS, default 2 s; tests set it to 0). */
function progressAfterMs(io: CliIo): number {
  const value = Number(io.env.CROSSCHECK_PROGRESS_AFTER_MS);
  return Number.isFinite(value) && value >= 0 && io.env.CROSSCHECK_PROGRESS_AFTER_MS !== '' && io.env.CROSSCHECK_PROGRESS_AFTER_MS !== undefined ? value : 2000;
}

function formatSeconds(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
