// What the single run (`main.ts`) and the map/reduce subcommands (`commands/`) do alike: report-option overrides,
// the warning summary on stderr, severity counts after a baseline, and never writing over a file the run reads.
import { realpath } from 'node:fs/promises';
import type { Report, Severity, Warning } from '../types.js';
import type { FailOn, ResolvedConfig } from './config-schema.js';

export interface ReportOverrides {
  storyWindow?: string;
  minConfidence?: string;
  failOn?: string;
}

/** The report options the single run and `compare` both take, as commander parses them. */
export interface ReportOptions extends ReportOverrides {
  format?: string;
  output?: string;
  color?: boolean;
  config?: string;
  printConfig?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** Applies --story-window, --min-confidence and --fail-on to `config`; a bad value throws `fail(message)`. */
export function applyReportOverrides(config: ResolvedConfig, options: ReportOverrides, fail: (message: string) => Error): void {
  if (options.storyWindow !== undefined) {
    const days = Number(options.storyWindow);
    if (!Number.isFinite(days) || days <= 0) throw fail(`--story-window must be a positive number of days (got "${options.storyWindow}")`);
    config.storyWindowDays = days;
  }
  if (options.minConfidence !== undefined) {
    const min = Number(options.minConfidence);
    if (options.minConfidence.trim() === '' || !Number.isFinite(min) || min < 0 || min > 1) throw fail(`--min-confidence must be a number from 0 to 1 (got "${options.minConfidence}")`);
    config.minConfidence = min;
  }
  // Commander has already checked the value against the choices.
  if (options.failOn) config.failOn = options.failOn as FailOn;
}

// More warnings of one kind than this collapse into one line with a count (all of them with --verbose).
const WARNINGS_SHOWN_PER_KIND = 3;

/** Per-article warnings on stderr: a few of each kind in full, the rest counted ("160 articles have …"). */
export function logDocumentWarnings(warnings: readonly Warning[], log: (text: string) => void, verbose: boolean): void {
  const byCode = new Map<string, Warning[]>();
  for (const w of warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w]);
  for (const [code, list] of byCode) {
    if (verbose || list.length <= WARNINGS_SHOWN_PER_KIND) {
      for (const w of list) log(`crosscheck: warning: ${w.message}\n`);
      continue;
    }
    log(`crosscheck: warning: ${list.length} articles: ${code.replace(/-/g, ' ')}; first: ${list[0]!.message} (--verbose lists them all)\n`);
  }
}

/** The summary's counts per severity, after a baseline took some disagreements out. */
export function recount(report: Report): void {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const d of report.disagreements) counts[d.severity]++;
  report.summary.disagreements = counts;
}

/** The file among `read` that `target` is (links followed on both sides), or undefined. */
export async function fileReadAt<T extends { path: string }>(target: string, read: readonly T[]): Promise<T | undefined> {
  const real = async (file: string): Promise<string> => {
    try {
      return await realpath(file);
    } catch {
      return file;
    }
  };
  const targets = new Set([target, await real(target)]);
  for (const file of read) if (targets.has(file.path) || targets.has(await real(file.path))) return file;
  return undefined;
}
