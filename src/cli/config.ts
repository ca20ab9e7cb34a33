// `crosscheck.config.json`: discovery, validation with one-line errors, and mapping to core options.
import { readFile, stat } from 'node:fs/promises';
import { trailingGlobToRegExp } from './glob.js';
import path from 'node:path';
import { FORMAT_NAMES, type FormatName } from '../report/index.js';
import type { CheckOptions, Disagreement, DisagreementKind, Severity } from '../types.js';
import { DEFAULT_MIN_CONFIDENCE } from '../compare/confidence.js';
import { DISAGREEMENT_KINDS, severityRank } from '../compare/registry.js';

export const CONFIG_FILE_NAME = 'crosscheck.config.json';

// The kinds come from the comparator registry: one list for the config, the report and SARIF.
export { DISAGREEMENT_KINDS };

/** A kind's severity in the config; `off` drops that kind from the report. */
export type KindSeverity = Severity | 'off';
export const KIND_SEVERITIES: readonly KindSeverity[] = ['high', 'medium', 'low', 'off'];

/** Lowest severity that makes the run fail (exit code 1); `none` never fails. */
export type FailOn = Severity | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = ['high', 'medium', 'low', 'none'];

/** Output formats the config accepts for `format`: exactly the report formatters that exist. */
export const OUTPUT_FORMATS: readonly FormatName[] = FORMAT_NAMES;
export type OutputFormat = FormatName;

export interface ResolvedConfig {
  /** Per-kind severity overrides; kinds not listed keep the core's default severity. Default: `{}`. */
  severity: Partial<Record<DisagreementKind, KindSeverity>>;
  /** Default: `low` — any reported disagreement fails a CI run. */
  failOn: FailOn;
  /** Default: 30 days. */
  storyWindowDays: number;
  /** Disagreements less sure than this (0 to 1) are left out of the report and counted. Default: 0.6. */
  minConfidence: number;
  /** Glob pattern → outlet name, first matching pattern wins. Default: `{}`. */
  outlets: Record<string, string>;
  /** Canonical name → other names. Default: `{}`. */
  aliases: Record<string, string[]>;
  /** Glob patterns of paths to skip. Default: `[]`. */
  ignore: string[];
  /** Default: `table`. */
  format: OutputFormat;
  /** Default: false. */
  cache: boolean;
  /** Default: `.crosscheck-cache` (resolved by `loadConfig` against the config file's folder, or cwd). */
  cacheLocation: string;
}

export const DEFAULT_CACHE_LOCATION = '.crosscheck-cache';

export function defaultConfig(): ResolvedConfig {
  return {
    severity: {},
    failOn: 'low',
    storyWindowDays: 30,
    minConfidence: DEFAULT_MIN_CONFIDENCE,
    outlets: {},
    aliases: {},
    ignore: [],
    format: 'table',
    cache: false,
    cacheLocation: DEFAULT_CACHE_LOCATION,
  };
}

/** A config problem; `message` is a single line naming the file and the key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const KNOWN_KEYS = [
  '$schema',
  'severity',
  'failOn',
  'storyWindowDays',
  'minConfidence',
  'outlets',
  'aliases',
  'ignore',
  'format',
  'cache',
  'cacheLocation',
] as const;

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

// ───────────────────────────── validation ─────────────────────────────

/** Validates parsed JSON and fills defaults. `source` names the file in error messages. */
export function validateConfig(raw: unknown, source: string): ResolvedConfig {
  const fail = (message: string): never => {
    throw new ConfigError(`${source}: ${message}`);
  };
  if (!isPlainObject(raw)) fail(`the config must be a JSON object (got ${describe(raw)})`);
  const input = raw as Record<string, unknown>;
  const config = defaultConfig();

  for (const key of Object.keys(input)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) fail(unknownKeyMessage(key, KNOWN_KEYS, ''));
  }

  if (input.severity !== undefined) {
    const severity = input.severity;
    if (!isPlainObject(severity)) fail(`"severity" must be an object of kind → severity (got ${describe(severity)})`);
    for (const [kind, value] of Object.entries(severity as Record<string, unknown>)) {
      if (!(DISAGREEMENT_KINDS as readonly string[]).includes(kind)) {
        fail(unknownKeyMessage(kind, DISAGREEMENT_KINDS, 'severity.'));
      }
      if (typeof value !== 'string' || !(KIND_SEVERITIES as readonly string[]).includes(value)) {
        fail(`"severity.${kind}" must be one of ${KIND_SEVERITIES.join(', ')} (got ${describe(value)})`);
      }
      config.severity[kind as DisagreementKind] = value as KindSeverity;
    }
  }

  if (input.failOn !== undefined) {
    config.failOn = oneOf(input.failOn, FAIL_ON_VALUES, 'failOn', fail);
  }

  if (input.storyWindowDays !== undefined) {
    const days = input.storyWindowDays;
    if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) {
      fail(`"storyWindowDays" must be a positive number (got ${describe(days)})`);
    }
    config.storyWindowDays = days as number;
  }

  if (input.minConfidence !== undefined) {
    const min = input.minConfidence;
    if (typeof min !== 'number' || !Number.isFinite(min) || min < 0 || min > 1) {
      fail(`"minConfidence" must be a number from 0 to 1 (got ${describe(min)})`);
    }
    config.minConfidence = min as number;
  }

  if (input.outlets !== undefined) {
    const outlets = input.outlets;
    if (!isPlainObject(outlets)) fail(`"outlets" must be an object of file pattern → outlet name (got ${describe(outlets)})`);
    for (const [pattern, outlet] of Object.entries(outlets as Record<string, unknown>)) {
      if (pattern.trim() === '') fail(`"outlets" has an empty file pattern`);
      if (typeof outlet !== 'string' || outlet.trim() === '') {
        fail(`"outlets.${pattern}" must be a non-empty outlet name (got ${describe(outlet)})`);
      }
      config.outlets[pattern] = (outlet as string).trim();
    }
  }

  if (input.aliases !== undefined) {
    const aliases = input.aliases;
    if (!isPlainObject(aliases)) fail(`"aliases" must be an object of canonical name → array of names (got ${describe(aliases)})`);
    for (const [canonical, names] of Object.entries(aliases as Record<string, unknown>)) {
      if (canonical.trim() === '') fail(`"aliases" has an empty canonical name`);
      if (!Array.isArray(names)) fail(`"aliases.${canonical}" must be an array of names (got ${describe(names)})`);
      const list = names as unknown[];
      list.forEach((name, index) => {
        if (typeof name !== 'string' || name.trim() === '') {
          fail(`"aliases.${canonical}[${index}]" must be a non-empty string (got ${describe(name)})`);
        }
      });
      config.aliases[canonical] = (list as string[]).map((name) => name.trim());
    }
  }

  if (input.ignore !== undefined) {
    const ignore = input.ignore;
    if (!Array.isArray(ignore)) fail(`"ignore" must be an array of file patterns (got ${describe(ignore)})`);
    (ignore as unknown[]).forEach((pattern, index) => {
      if (typeof pattern !== 'string' || pattern.trim() === '') {
        fail(`"ignore[${index}]" must be a non-empty file pattern (got ${describe(pattern)})`);
      }
    });
    config.ignore = [...(ignore as string[])];
  }

  if (input.format !== undefined) {
    config.format = oneOf(input.format, OUTPUT_FORMATS, 'format', fail);
  }

  if (input.cache !== undefined) {
    if (typeof input.cache !== 'boolean') fail(`"cache" must be true or false (got ${describe(input.cache)})`);
    config.cache = input.cache as boolean;
  }

  if (input.cacheLocation !== undefined) {
    const location = input.cacheLocation;
    if (typeof location !== 'string' || location.trim() === '') {
      fail(`"cacheLocation" must be a non-empty path (got ${describe(location)})`);
    }
    config.cacheLocation = location as string;
  }

  return config;
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  key: string,
  fail: (message: string) => never,
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(`"${key}" must be one of ${allowed.join(', ')} (got ${describe(value)})`);
}

function unknownKeyMessage(key: string, known: readonly string[], prefix: string): string {
  const suggestion = closest(key, known);
  const hint = suggestion === null ? '' : ` (did you mean "${prefix}${suggestion}"?)`;
  return `unknown key "${prefix}${key}"${hint}`;
}

/** The known key nearest to a typo, when near enough to be a plausible misspelling. */
function closest(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Case-only differences count as 0; allow roughly one edit per four characters.
  const limit = Math.max(1, Math.floor((best?.length ?? 0) / 4));
  return best !== null && bestDistance <= limit ? best : null;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Short, single-line rendering of a bad value for error messages. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
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

/** The parts of the config the core check understands. `off` kinds are left out: see `isKindEnabled`. */
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

/** False for kinds the config turned `off`; the CLI drops those disagreements from the report. */
export function isKindEnabled(kind: DisagreementKind, config: ResolvedConfig): boolean {
  return config.severity[kind] !== 'off';
}

/** Removes disagreements of kinds the config turned `off`. */
export function dropDisabledKinds(disagreements: Disagreement[], config: ResolvedConfig): Disagreement[] {
  return disagreements.filter((disagreement) => isKindEnabled(disagreement.kind, config));
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

/** True when the path, or a folder it sits in, matches an `ignore` pattern. */
export function isIgnored(filePath: string, config: Pick<ResolvedConfig, 'ignore'>): boolean {
  const normalized = normalizePath(filePath);
  const parts = normalized.split('/');
  return config.ignore.some((pattern) => {
    for (let length = parts.length; length >= 1; length--) {
      if (matchesGlob(parts.slice(0, length).join('/'), pattern)) return true;
    }
    return false;
  });
}

// ───────────────────────────── glob ─────────────────────────────

const globCache = new Map<string, RegExp>();

/**
 * Small glob matcher: `*` matches within one path segment, `**` across segments (also none),
 * `?` one character other than `/`, `[abc]`/`[!abc]` one of (not) these, `{a,b}` either text.
 * A pattern matches the whole path or any trailing part of it starting at a folder boundary,
 * so `000_*.txt` matches that file in any folder and `corpus/*.txt` matches both `corpus/a.txt`
 * and `/home/me/corpus/a.txt`. A leading `/` or `./` anchors the pattern at the start of the path.
 * Backslashes in paths count as `/`.
 */
export function matchesGlob(filePath: string, pattern: string): boolean {
  let regex = globCache.get(pattern);
  if (regex === undefined) {
    regex = trailingGlobToRegExp(pattern);
    globCache.set(pattern, regex);
  }
  return regex.test(normalizePath(filePath));
}

function normalizePath(filePath: string): string {
  return filePath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

