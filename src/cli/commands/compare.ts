// `crosscheck compare analyses.ndjson…`: the reduce step. Reads the analyses `crosscheck extract` wrote (one or many
// shards, duplicates allowed), groups them by story and compares them: the report is the one `crosscheck PATH…`
// gives on the same articles.
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Option, type Command } from 'commander';
import type { DocumentAnalysis, SkippedFile, Warning } from '../../types.js';
import { crossCheck } from '../../pipeline/check.js';
import { FORMAT_NAMES, FORMATTERS, isFormatName, type FormatName } from '../../report/index.js';
import { CACHE_SCHEMA_VERSION, decodeEntry } from '../cache.js';
import { FAIL_ON_VALUES, loadConfig, printableConfig, shouldFail, toCheckOptions, type ResolvedConfig } from '../config.js';
import { applyBaseline, readBaseline, writeBaseline } from '../baseline.js';
import { applyReportOverrides, recount, type ReportOptions } from '../run-common.js';
import { CommandError, EXIT_DISAGREEMENTS, EXIT_OK, errorMessage, refuseToOverwrite, runCommand, type CommandContext } from './shared.js';

type CompareOptions = ReportOptions;

export function registerCompare(program: Command, context: CommandContext): void {
  program
    .command('compare')
    .description('report on the analyses `crosscheck extract` wrote (the reduce step): the same report as `crosscheck PATH…`')
    .argument('<analyses...>', 'NDJSON files written by `crosscheck extract` (any number of shards); - for stdin')
    .addOption(new Option('-f, --format <name>', `report format: ${FORMAT_NAMES.join(', ')}`))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a disagreement has this severity or higher').choices([...FAIL_ON_VALUES]))
    .option('--color', 'force colour in the table')
    .option('--no-color', 'no colour in the table (also NO_COLOR=1, and whenever stdout is not a terminal)')
    .option('-c, --config <file>', 'use this config file instead of the nearest crosscheck.config.json')
    .option('--print-config', 'print the resolved configuration and exit')
    .option('--baseline <file>', 'accept the disagreements listed in this file; fail only on new ones')
    .option('--update-baseline', 'write the current disagreements to the --baseline file')
    .option('--story-window <days>', 'articles published further apart are different stories (default 30)')
    .option('--min-confidence <n>', 'report only disagreements at least this sure, 0 to 1 (default 0.6; 0 shows all)')
    .option('-q, --quiet', 'no warnings on stderr')
    .option('--debug', 'show stack traces for internal errors')
    .addHelpText(
      'after',
      '\nThe same article in several shards counts once. Shards must come from this version of crosscheck;\n' +
        'the config\'s outlets and ignore apply when extracting, its severities, aliases and windows here.',
    )
    .exitOverride()
    .action((files: string[], options: CompareOptions) => context.defer(() => runCommand(context.io, () => compare(files, options, context))));
}

async function compare(files: string[], options: CompareOptions, context: CommandContext): Promise<number> {
  const { io, toolVersion } = context;
  const log = (text: string): void => {
    if (!options.quiet) io.stderr(text);
  };
  const { config, path: configPath } = await loadConfig({ cwd: io.cwd, ...(options.config ? { explicitPath: options.config } : {}) });
  applyOverrides(config, options);
  if (options.printConfig) {
    io.stdout(`${printableConfig(config)}\n`);
    return EXIT_OK;
  }
  const format = config.format;
  if (options.updateBaseline && !options.baseline) throw new CommandError('--update-baseline needs --baseline FILE');
  if (options.output) {
    const read = files.filter((f) => f !== '-').map((f) => ({ path: path.resolve(io.cwd, f), what: 'an analyses file' }));
    if (configPath) read.push({ path: configPath, what: 'the config file' });
    if (options.baseline) read.push({ path: path.resolve(io.cwd, options.baseline), what: 'the baseline' });
    await refuseToOverwrite(path.resolve(io.cwd, options.output), options.output, read);
  }

  const shards = new Shards(toolVersion);
  for (const file of files) await shards.read(file, io);
  const analyses = shards.analyses();
  if (analyses.length === 0) throw new CommandError(`no analyses in ${files.join(', ')}: extract some articles first (crosscheck extract PATH… --out FILE)`);

  const report = crossCheck(analyses, toCheckOptions(config), { skipped: shards.skipped, warnings: shards.warnings, toolVersion });
  let failing = report.disagreements;
  if (options.baseline) {
    const baselinePath = path.resolve(io.cwd, options.baseline);
    if (options.updateBaseline) {
      const previous = await readBaseline(baselinePath, { allowMissing: true });
      await writeBaseline(baselinePath, report.disagreements, { previous });
      log(`crosscheck: baseline written to ${options.baseline} (${report.disagreements.length} accepted)\n`);
      failing = [];
    } else {
      const result = applyBaseline(report.disagreements, await readBaseline(baselinePath));
      failing = result.fresh;
      report.disagreements = result.fresh;
      if (result.accepted.length) log(`crosscheck: ${result.accepted.length} disagreement(s) accepted by the baseline\n`);
      for (const entry of result.stale) {
        const message = `baseline entry ${entry.id} (${entry.topic}) no longer matches; prune it with --update-baseline`;
        report.warnings.push({ code: 'stale-baseline-entry', message, path: options.baseline });
        log(`crosscheck: warning: ${message}\n`);
      }
    }
  }
  recount(report);

  const color = useColor(options, io, format, Boolean(options.output));
  const text = FORMATTERS[format](report, { color, cwd: io.cwd, toolVersion });
  if (options.output) {
    const target = path.resolve(io.cwd, options.output);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text, 'utf8');
    log(`crosscheck: report written to ${options.output}\n`);
  } else {
    io.stdout(text);
  }
  return shouldFail(failing, config.failOn) ? EXIT_DISAGREEMENTS : EXIT_OK;
}

/**
 * The analyses of all shards, each article once (by its content key), in the order the single run has them
 * (by path), with the files skipped and the input warnings of every shard.
 */
class Shards {
  private readonly byKey = new Map<string, DocumentAnalysis>();
  private readonly keyByPath = new Map<string, { key: string; where: string }>();
  private readonly sideSeen = new Set<string>();
  readonly skipped: SkippedFile[] = [];
  readonly warnings: Warning[] = [];

  constructor(private readonly toolVersion: string) {}

  async read(file: string, io: CommandContext['io']): Promise<void> {
    let count = 0;
    const onLine = (line: string, number: number): void => {
      if (line.trim() === '') return;
      count++;
      this.take(line, `${file}:${number}`);
    };
    if (file === '-') {
      const text = await io.readStdin();
      text.split('\n').forEach((line, index) => onLine(line, index + 1));
    } else {
      const absolute = path.resolve(io.cwd, file);
      let info;
      try {
        info = await stat(absolute);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CommandError(`${file}: ${code === 'ENOENT' ? 'not found' : `cannot read (${code ?? errorMessage(error)})`}`);
      }
      if (!info.isFile()) throw new CommandError(`${file}: not a regular file; name the NDJSON files crosscheck extract wrote`);
      const lines = createInterface({ input: createReadStream(absolute, { encoding: 'utf8' }), crlfDelay: Infinity });
      let number = 0;
      try {
        for await (const line of lines) onLine(line, ++number);
      } catch (error) {
        if (error instanceof CommandError) throw error;
        throw new CommandError(`${file}: cannot read (${errorMessage(error)})`);
      } finally {
        lines.close();
      }
    }
    if (count === 0) throw new CommandError(`${file}: empty; expected the NDJSON crosscheck extract writes`);
  }

  private take(line: string, where: string): void {
    const decoded = decodeEntry(line, this.toolVersion);
    if (decoded.ok) {
      const { key, analysis } = decoded.entry;
      const known = this.keyByPath.get(analysis.document.path);
      if (known && known.key !== key) {
        throw new CommandError(`${where}: another analysis of ${analysis.document.path} is at ${known.where} (different text, metadata or version); extract each article once`);
      }
      if (!known) {
        this.keyByPath.set(analysis.document.path, { key, where });
        this.byKey.set(key, analysis);
      }
      return;
    }
    if (decoded.problem === 'not-json') throw new CommandError(`${where}: not NDJSON (a line is not JSON); expected the output of crosscheck extract`);
    if (decoded.problem === 'version') throw new CommandError(versionMessage(where, decoded.schema, decoded.toolVersion, this.toolVersion));
    this.takeSideRecord(line, where);
  }

  private takeSideRecord(line: string, where: string): void {
    const raw = JSON.parse(line) as unknown;
    const record = isRecord(raw) ? raw : {};
    if ('skipped' in record || 'warning' in record) {
      if (record.schema !== CACHE_SCHEMA_VERSION || record.toolVersion !== this.toolVersion) {
        throw new CommandError(versionMessage(where, record.schema, record.toolVersion, this.toolVersion));
      }
      const skipped = record.skipped;
      const warning = record.warning;
      if (isRecord(skipped) && typeof skipped.path === 'string' && typeof skipped.reason === 'string') {
        if (this.firstTime(JSON.stringify(['skipped', skipped.path, skipped.reason]))) this.skipped.push({ path: skipped.path, reason: skipped.reason });
        return;
      }
      if (isRecord(warning) && typeof warning.code === 'string' && typeof warning.message === 'string') {
        if (this.firstTime(JSON.stringify(['warning', warning]))) this.warnings.push(warning as unknown as Warning);
        return;
      }
    }
    throw new CommandError(`${where}: not a line crosscheck extract writes (no analysis in it)`);
  }

  private firstTime(id: string): boolean {
    if (this.sideSeen.has(id)) return false;
    this.sideSeen.add(id);
    return true;
  }

  analyses(): DocumentAnalysis[] {
    return [...this.byKey.values()].sort((a, b) => (a.document.path < b.document.path ? -1 : a.document.path > b.document.path ? 1 : 0));
  }
}

function versionMessage(where: string, schema: unknown, written: unknown, current: string): string {
  const by = typeof written === 'string' ? `crosscheck ${written}` : 'an unknown version';
  const layout = schema === CACHE_SCHEMA_VERSION ? '' : ` (analysis layout ${String(schema)}, this one reads ${CACHE_SCHEMA_VERSION})`;
  return `${where}: written by ${by}${layout}; this is crosscheck ${current}: extract again with this version`;
}

function applyOverrides(config: ResolvedConfig, options: CompareOptions): void {
  applyReportOverrides(config, options, (message) => new CommandError(message));
  const format = options.format ?? config.format;
  if (!isFormatName(format)) throw new CommandError(`unknown format "${format}"; use one of ${FORMAT_NAMES.join(', ')}`);
  config.format = format;
}

/** As the single run decides it: the table only, never with NO_COLOR; --color/--no-color (the last wins) over the terminal. */
function useColor(options: CompareOptions, io: CommandContext['io'], format: FormatName, toFile: boolean): boolean {
  if (format !== 'table') return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (options.color !== undefined) return options.color;
  return io.stdoutIsTTY && !toFile;
}


function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
