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

interface CacheEntry {
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
      // Path is part of the key because Document.id and every Span carry it.
      const material = JSON.stringify([
        CACHE_SCHEMA_VERSION,
        options.toolVersion,
        salt,
        input.path,
        input.format,
        canonicalMetadata(input.userMetadata),
        input.content,
      ]);
      return createHash('sha256').update(material).digest('hex');
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
      const entry: CacheEntry = { schema: CACHE_SCHEMA_VERSION, toolVersion: options.toolVersion, key, analysis };
      // Write to a temp file then rename, so a crash or a concurrent run never leaves half an entry.
      const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(temporary, JSON.stringify(entry));
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

/** The analysis in an entry, or undefined when the entry is not one this version wrote for this key. */
function parseEntry(text: string, key: string, toolVersion: string): DocumentAnalysis | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(raw)) return undefined;
  if (raw.schema !== CACHE_SCHEMA_VERSION || raw.toolVersion !== toolVersion || raw.key !== key) return undefined;
  const analysis = raw.analysis;
  if (!isRecord(analysis) || !isRecord(analysis.document)) return undefined;
  if (typeof analysis.document.id !== 'string' || typeof analysis.document.text !== 'string') return undefined;
  if (!Array.isArray(analysis.sentences) || !Array.isArray(analysis.mentions) || !Array.isArray(analysis.assertions)) {
    return undefined;
  }
  // Shape checked above; the entry was written by this schema version from a DocumentAnalysis.
  return analysis as unknown as DocumentAnalysis;
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
