// `crosscheck.config.json`: discovery, loading and mapping to core options. What a config may hold, its JSON
// Schema and the one-line errors live in config-schema.ts.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CheckOptions, Disagreement, DisagreementKind } from '../types.js';
import { DISAGREEMENT_KINDS, severityRank } from '../compare/registry.js';
import { ConfigError, defaultConfig, validateConfig, type FailOn, type KindSeverity, type ResolvedConfig } from './config-schema.js';
import { matchesGlob } from './glob.js';

export const CONFIG_FILE_NAME = 'crosscheck.config.json';

// The kinds come from the comparator registry: one list for the config, the report and SARIF.
export { DISAGREEMENT_KINDS };
export {
  ConfigError,
  DEFAULT_CACHE_LOCATION,
  FAIL_ON_VALUES,
  KIND_SEVERITIES,
  OUTPUT_FORMATS,
  SCHEMA_REFERENCE,
  configSchema,
  defaultConfig,
  validateConfig,
  type FailOn,
  type KindSeverity,
  type OutputFormat,
  type ResolvedConfig,
} from './config-schema.js';

// ───────────────────────────── discovery ─────────────────────────────

/**
 * Loads the config: `explicitPath` (the `-c` flag, relative to cwd) when given, else the nearest
 * `crosscheck.config.json` in cwd or a parent folder. No file found → defaults and `path: null`.
 * A relative `cacheLocation` is resolved against the config file's folder, the default against cwd.
 */
export async function loadConfig(options: {
  cwd: string;
  explicitPath?: string;
}): Promise<{ config: ResolvedConfig; path: string | null }> {
  const cwd = path.resolve(options.cwd);
  let configPath: string | null;
  if (options.explicitPath !== undefined) {
    configPath = path.resolve(cwd, options.explicitPath);
    if (!(await isFile(configPath))) {
      throw new ConfigError(`${displayPath(configPath, cwd)}: config file not found`);
    }
  } else {
    configPath = await findConfigUpward(cwd);
  }
  if (configPath === null) {
    const config = defaultConfig();
    config.cacheLocation = path.resolve(cwd, config.cacheLocation);
    return { config, path: null };
  }

  const source = displayPath(configPath, cwd);
  let text: string;
  try {
    text = await readFile(configPath, 'utf8');
  } catch (error) {
    throw new ConfigError(`${source}: cannot read config file (${errorMessage(error)})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${source}: invalid JSON (${oneLine(errorMessage(error))})`);
  }
  const config = validateConfig(raw, source);
  config.cacheLocation = path.resolve(path.dirname(configPath), config.cacheLocation);
  return { config, path: configPath };
}

/** The nearest config file in `startDir` or one of its parents, up to the filesystem root. */
export async function findConfigUpward(startDir: string): Promise<string | null> {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/** Paths under cwd are shown relative (as the user typed them), others absolute. */
function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ───────────────────────────── use ─────────────────────────────

/** The config as `--print-config` shows it: JSON, 2-space indent, no trailing newline (the caller adds it). */
export function printableConfig(config: ResolvedConfig): string {
  return JSON.stringify(config, null, 2);
}

/** The parts of the config the core check understands; `off` kinds travel too, and the core leaves them out. */
export function toCheckOptions(config: ResolvedConfig): CheckOptions {
  // 'off' travels to the core, which then leaves that kind out of the report.
  const severities: Partial<Record<DisagreementKind, KindSeverity>> = {};
  for (const kind of DISAGREEMENT_KINDS) {
    const severity = config.severity[kind];
    if (severity !== undefined) severities[kind] = severity;
  }
  const options: CheckOptions = { storyWindowDays: config.storyWindowDays, minConfidence: config.minConfidence };
  if (Object.keys(severities).length > 0) options.severities = severities;
  if (Object.keys(config.aliases).length > 0) options.aliases = structuredClone(config.aliases);
  return options;
}

/** True when some disagreement is at or above the `failOn` threshold (the CLI then exits 1). */
export function shouldFail(disagreements: readonly Disagreement[], failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return disagreements.some((disagreement) => severityRank(disagreement.severity) <= severityRank(failOn));
}

/** The outlet configured for a path: the first `outlets` pattern that matches it, or null. */
export function outletFor(filePath: string, config: Pick<ResolvedConfig, 'outlets'>): string | null {
  for (const [pattern, outlet] of Object.entries(config.outlets)) {
    if (matchesGlob(filePath, pattern)) return outlet;
  }
  return null;
}
