// What `crosscheck.config.json` may hold: the resolved config, its defaults, its JSON Schema (built here from the
// comparator registry and the value lists, shipped as schema/config.schema.json for editors) and the validation
// that turns the schema's first complaint into one line naming the key.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { FORMAT_NAMES, type FormatName } from '../report/index.js';
import type { DisagreementKind, Severity } from '../types.js';
import { DEFAULT_MIN_CONFIDENCE } from '../compare/confidence.js';
import { COMPARATORS } from '../compare/registry.js';

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

// ───────────────────────────── the schema ─────────────────────────────

type JsonSchema = Record<string, unknown>;

/** Where editors find the schema when crosscheck is installed in a project. */
export const SCHEMA_REFERENCE = './node_modules/crosscheck/schema/config.schema.json';

const NON_BLANK = '\\S';
const oneOfStrings = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });

/**
 * Each key's schema beside the words an error about it uses: the key path (`*` any name, `[]` any item) → what
 * the value must be. A key added to the config is one entry in `configSchema` and one here.
 */
const MUST: Record<string, string> = {
  $schema: 'must be the path or address of the schema, a string',
  severity: 'must be an object of kind → severity',
  'severity.*': `must be one of ${KIND_SEVERITIES.join(', ')}`,
  failOn: `must be one of ${FAIL_ON_VALUES.join(', ')}`,
  storyWindowDays: 'must be a positive number',
  minConfidence: 'must be a number from 0 to 1',
  outlets: 'must be an object of file pattern → outlet name',
  'outlets.*': 'must be a non-empty outlet name',
  aliases: 'must be an object of canonical name → array of names',
  'aliases.*': 'must be an array of names',
  'aliases.*[]': 'must be a non-empty string',
  ignore: 'must be an array of file patterns',
  'ignore[]': 'must be a non-empty file pattern',
  format: `must be one of ${OUTPUT_FORMATS.join(', ')}`,
  cache: 'must be true or false',
  cacheLocation: 'must be a non-empty path',
};

/** What an empty or blank name stands for in the objects keyed by names. */
const NAME_OF_KEYS: Record<string, string> = { outlets: 'file pattern', aliases: 'canonical name' };

/** The JSON Schema (draft-07, which editors know best) of `crosscheck.config.json`, with defaults and descriptions. */
export function configSchema(): JsonSchema {
  const defaults = defaultConfig();
  const kindSeverity = (kind: DisagreementKind, description: string, severity: Severity): JsonSchema => ({
    ...oneOfStrings(KIND_SEVERITIES),
    description: `${description} Default: ${severity}; \`off\` leaves ${kind} disagreements out.`,
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:crosscheck:schema:config',
    title: 'crosscheck.config.json',
    description:
      'Settings for crosscheck, looked up from the working directory upward (or named with -c). Command-line options win over the file. Generated from the comparator registry; do not edit by hand.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {
        type: 'string',
        description: `Where editors find this schema, for completion and checks: "${SCHEMA_REFERENCE}".`,
      },
      severity: {
        type: 'object',
        description: 'Severity per kind of disagreement (high, medium, low), or off to leave that kind out of the report.',
        properties: Object.fromEntries(COMPARATORS.map((c) => [c.kind, kindSeverity(c.kind, c.description, c.defaultSeverity)])),
        additionalProperties: false,
        default: defaults.severity,
      },
      failOn: {
        ...oneOfStrings(FAIL_ON_VALUES),
        description: 'Exit with code 1 when a disagreement has this severity or higher; none never fails (--fail-on).',
        default: defaults.failOn,
      },
      storyWindowDays: {
        type: 'number',
        exclusiveMinimum: 0,
        description: 'Articles published further apart than this many days are different stories (--story-window).',
        default: defaults.storyWindowDays,
      },
      minConfidence: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: 'Report only disagreements at least this sure, 0 to 1; the rest are counted (--min-confidence).',
        default: defaults.minConfidence,
      },
      outlets: {
        type: 'object',
        description:
          'File pattern → outlet name, for articles that do not name their outlet; the first pattern that matches wins. A pattern matches the whole path or its end from a folder on; a leading / or ./ anchors it.',
        propertyNames: { pattern: NON_BLANK },
        additionalProperties: { type: 'string', pattern: NON_BLANK, description: 'The outlet name.' },
        default: defaults.outlets,
      },
      aliases: {
        type: 'object',
        description: 'Canonical name → other names the same person or organisation goes by.',
        propertyNames: { pattern: NON_BLANK },
        additionalProperties: { type: 'array', items: { type: 'string', pattern: NON_BLANK } },
        default: defaults.aliases,
      },
      ignore: {
        type: 'array',
        description: 'File patterns of paths to skip (folders too); a pattern starting with ! takes back what an earlier one skipped.',
        items: { type: 'string', pattern: NON_BLANK },
        default: defaults.ignore,
      },
      format: {
        ...oneOfStrings(OUTPUT_FORMATS),
        description: 'Report format (--format).',
        default: defaults.format,
      },
      cache: {
        type: 'boolean',
        description: 'Reuse extraction results of unchanged files (--cache).',
        default: defaults.cache,
      },
      cacheLocation: {
        type: 'string',
        pattern: NON_BLANK,
        description: 'Where the cache lives, relative to this file (--cache-location).',
        default: defaults.cacheLocation,
      },
    },
  };
}

// ───────────────────────────── validation ─────────────────────────────

let validator: ValidateFunction | undefined;

function validate(raw: unknown): ErrorObject[] {
  // verbose: errors carry the schema they broke, whose `properties` are the known keys for a suggestion.
  validator ??= new Ajv({ strict: true, allErrors: true, verbose: true }).compile(configSchema());
  return validator(raw) ? [] : [...(validator.errors ?? [])];
}

/** Validates parsed JSON and fills defaults. `source` names the file in error messages. */
export function validateConfig(raw: unknown, source: string): ResolvedConfig {
  const errors = validate(raw);
  if (errors.length > 0) throw new ConfigError(`${source}: ${messageOf(firstError(errors), raw)}`);
  const input = raw as Partial<ResolvedConfig>;
  const config = defaultConfig();
  if (input.severity) config.severity = { ...input.severity };
  if (input.failOn !== undefined) config.failOn = input.failOn;
  if (input.storyWindowDays !== undefined) config.storyWindowDays = input.storyWindowDays;
  if (input.minConfidence !== undefined) config.minConfidence = input.minConfidence;
  for (const [pattern, outlet] of Object.entries(input.outlets ?? {})) config.outlets[pattern] = outlet.trim();
  for (const [canonical, names] of Object.entries(input.aliases ?? {})) config.aliases[canonical] = names.map((name) => name.trim());
  if (input.ignore) config.ignore = [...input.ignore];
  if (input.format !== undefined) config.format = input.format;
  if (input.cache !== undefined) config.cache = input.cache;
  if (input.cacheLocation !== undefined) config.cacheLocation = input.cacheLocation;
  return config;
}

/** The error to report: the shape of the whole file, then unknown keys, then the keys in the schema's order. */
function firstError(errors: ErrorObject[]): ErrorObject {
  const keys = Object.keys(configSchema().properties as JsonSchema);
  const rank = (error: ErrorObject): number => {
    if (error.instancePath === '') return error.keyword === 'additionalProperties' ? 1 : 0;
    return 2 + keys.indexOf(segments(error.instancePath)[0]!);
  };
  return [...errors].sort((a, b) => rank(a) - rank(b))[0]!;
}

function segments(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function messageOf(error: ErrorObject, raw: unknown): string {
  const path = segments(error.instancePath);
  // The value at the path, its name as the user would write it (`aliases.Jane Roe[1]`) and its shape (`aliases.*[]`).
  let value: unknown = raw;
  let shown = '';
  let shape = '';
  for (const segment of path) {
    const inArray = Array.isArray(value);
    shown += inArray ? `[${segment}]` : `${shown ? '.' : ''}${segment}`;
    shape += inArray ? '[]' : shape ? '.*' : segment;
    value = inArray ? (value as unknown[])[Number(segment)] : (value as Record<string, unknown>)[segment];
  }
  if (path.length === 0 && error.keyword === 'type') return `the config must be a JSON object (got ${describe(raw)})`;
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys((error.parentSchema?.properties as JsonSchema | undefined) ?? {});
    return unknownKeyMessage(key, known, shown ? `${shown}.` : '');
  }
  if (error.keyword === 'propertyNames' || error.propertyName !== undefined) return `"${shown}" has an empty ${NAME_OF_KEYS[shape] ?? 'key'}`;
  const must = MUST[shape] ?? error.message ?? 'is not valid';
  return `"${shown}" ${must} (got ${describe(value)})`;
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

/** Short, single-line rendering of a bad value for error messages. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}
