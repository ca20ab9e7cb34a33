// On-disk cache of per-document analyses, so re-runs only analyse files that changed.
// One JSON file per entry, sharded by the key's first two hex digits: thousands of entries stay cheap.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentAnalysis, RawInput, UserMetadata } from '../types.js';

/** Bump when the entry layout or the meaning of a cached analysis changes: old entries then miss. */
export const CACHE_SCHEMA_VERSION = 1;

export interface AnalysisCache {
  /** Where entries are stored. */
  readonly location: string;
  /** A hex key for an input: changes with its path, content, format, user metadata, the tool version and the salt. */
  keyFor(input: RawInput): string;
  /** The cached analysis, or undefined (a miss) when absent, unreadable or corrupt. */
  get(key: string): DocumentAnalysis | undefined;
  /** Stores an analysis; failures to write only warn, since the cache is an optimisation. */
  set(key: string, analysis: DocumentAnalysis): void;
  readonly hits: number;
  readonly misses: number;
  readonly writes: number;
}

export interface CacheOptions {
  /** Folder of the cache (created on first write). */
  location: string;
  toolVersion: string;
  /**
   * Anything else that changes per-document analysis (e.g. a hash of config aliases), mixed into
   * every key. Default: empty.
   */
  salt?: string;
  /** Receives each distinct problem once. Default: a line on stderr. */
  onWarning?: (message: string) => void;
}

/** One stored analysis: a cache file, and one line of `crosscheck extract`'s output. */
export interface CacheEntry {
  schema: number;
  toolVersion: string;
  key: string;
  analysis: DocumentAnalysis;
}

const KEY_PATTERN = /^[0-9a-f]{64}$/;

export function createCache(options: CacheOptions): AnalysisCache {
  const location = path.resolve(options.location);
  const salt = options.salt ?? '';
  const warn = options.onWarning ?? ((message: string) => process.stderr.write(`crosscheck: warning: ${message}\n`));
  const warned = new Set<string>();
  const warnOnce = (kind: string, message: string): void => {
    if (warned.has(kind)) return;
    warned.add(kind);
    warn(message);
  };
  let hits = 0;
  let misses = 0;
  let writes = 0;

  const entryPath = (key: string): string => path.join(location, key.slice(0, 2), `${key}.json`);

  return {
    location,
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    get writes() {
      return writes;
    },

    keyFor(input: RawInput): string {
      return analysisKey(input, options.toolVersion, salt);
    },

    get(key: string): DocumentAnalysis | undefined {
      if (!KEY_PATTERN.test(key)) throw new Error(`invalid cache key: ${key}`);
      const file = entryPath(key);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          warnOnce('read', `cannot read cache entry ${file} (${errorMessage(error)}); analysing again`);
        }
        misses++;
        return undefined;
      }
      const analysis = parseEntry(text, key, options.toolVersion);
      if (analysis === undefined) {
        warnOnce('corrupt', `ignoring corrupt cache entry ${file}; analysing again`);
        misses++;
        return undefined;
      }
      hits++;
      return analysis;
    },

    set(key: string, analysis: DocumentAnalysis): void {
      if (!KEY_PATTERN.test(key)) throw new Error(`invalid cache key: ${key}`);
      const file = entryPath(key);
      // Write to a temp file then rename, so a crash or a concurrent run never leaves half an entry.
      const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(temporary, encodeEntry(key, analysis, options.toolVersion));
        renameSync(temporary, file);
        writes++;
      } catch (error) {
        removeQuietly(temporary);
        warnOnce('write', `cannot write cache entry in ${location} (${errorMessage(error)}); continuing without caching`);
      }
    },
  };
}

/** Metadata with keys sorted and empty values dropped, so equivalent metadata gives the same key. */
function canonicalMetadata(metadata: UserMetadata | undefined): Array<[string, string]> {
  if (metadata === undefined) return [];
  return Object.entries(metadata)
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The content address of an input's analysis: a hex SHA-256 of its path, content, format, user metadata, the tool
 * version and the salt. Path is part of the key because Document.id and every Span carry it.
 */
export function analysisKey(input: RawInput, toolVersion: string, salt = ''): string {
  const material = JSON.stringify([
    CACHE_SCHEMA_VERSION,
    toolVersion,
    salt,
    input.path,
    input.format,
    canonicalMetadata(input.userMetadata),
    input.content,
  ]);
  return createHash('sha256').update(material).digest('hex');
}

/** An entry as one line of JSON (no newline inside: JSON.stringify escapes them). */
export function encodeEntry(key: string, analysis: DocumentAnalysis, toolVersion: string): string {
  const entry: CacheEntry = { schema: CACHE_SCHEMA_VERSION, toolVersion, key, analysis };
  return JSON.stringify(entry);
}

/** An entry read back, or why it cannot be used: not JSON, not an entry, or written by another version. */
export type DecodedEntry =
  | { ok: true; entry: CacheEntry }
  | { ok: false; problem: 'not-json' | 'not-entry' }
  | { ok: false; problem: 'version'; schema: unknown; toolVersion: unknown };

export function decodeEntry(text: string, toolVersion: string): DecodedEntry {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isRecord(raw) || !('analysis' in raw) || typeof raw.key !== 'string' || !KEY_PATTERN.test(raw.key)) return { ok: false, problem: 'not-entry' };
  if (raw.schema !== CACHE_SCHEMA_VERSION || raw.toolVersion !== toolVersion) {
    return { ok: false, problem: 'version', schema: raw.schema, toolVersion: raw.toolVersion };
  }
  const analysis = raw.analysis;
  if (!isRecord(analysis) || !isRecord(analysis.document)) return { ok: false, problem: 'not-entry' };
  if (typeof analysis.document.id !== 'string' || typeof analysis.document.text !== 'string') return { ok: false, problem: 'not-entry' };
  if (!Array.isArray(analysis.sentences) || !Array.isArray(analysis.mentions) || !Array.isArray(analysis.assertions)) {
    return { ok: false, problem: 'not-entry' };
  }
  // Shape checked above; the entry was written by this schema version from a DocumentAnalysis.
  return { ok: true, entry: raw as unknown as CacheEntry };
}

/** The analysis in an entry, or undefined when the entry is not one this version wrote for this key. */
function parseEntry(text: string, key: string, toolVersion: string): DocumentAnalysis | undefined {
  const decoded = decodeEntry(text, toolVersion);
  return decoded.ok && decoded.entry.key === key ? decoded.entry.analysis : undefined;
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing to clean up when the folder itself could not be made.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
