// On-disk cache of per-document analyses, so re-runs only analyse files that changed.
// One JSON file per entry, sharded by the key's first two hex digits: thousands of entries stay cheap.
// Beside the entries, a story index (story-index.json): which cached articles form which story, and which
// articles mention which names, as the last full run found them. `check` reads it to load only the stories a
// new article can join instead of the whole corpus.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nameKeyGroups, publicationDay, storiesToJoin, type IndexedArticle } from '../pipeline/check.js';
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
  /**
   * The story index written by the last full run with these settings (story window, aliases: anything that
   * changes how articles form stories), or undefined when there is none, it is unreadable, or it was written
   * by another version or with other settings.
   */
  readStoryIndex(settings: string): StoryIndex | undefined;
  /** Replaces the story index with one article per record (failures only warn, like `set`). */
  writeStoryIndex(settings: string, records: readonly StoryIndexRecord[]): void;
}

/** `story-index.json` layout version; a different one is ignored (the next full run writes it again). */
export const STORY_INDEX_VERSION = 1;

/** What a full run records of one cached article for the story index. */
export interface StoryIndexRecord {
  /** The article's cache key. */
  key: string;
  /** Publication day (days since the epoch), or null when undated. */
  day: number | null;
  /** Its story in that run: any string shared by exactly the articles of one story. */
  story: string;
  /** `nameKeyGroups` of its mentions, flattened. */
  names: readonly string[];
}

/** The story index as read: articles in one order, with an index from cache key and from name key to them. */
export interface StoryIndex {
  articles: IndexedArticle[];
  /** Cache key of each article, in the order of `articles`. */
  keys: string[];
  /** Position in `articles` of each cache key. */
  byKey: Map<string, number>;
  /** For each name key, the positions of the articles that mention it. */
  postings: Map<string, number[]>;
}

/**
 * On disk, organised per story and per name: `documents` ([cache key, day] each), `stories` (the positions
 * of each story's articles) and `names` (for each name key, the positions of the articles mentioning it).
 */
interface StoryIndexFile {
  schema: number;
  toolVersion: string;
  settings: string;
  documents: Array<[string, number | null]>;
  stories: number[][];
  names: Record<string, number[]>;
}

const STORY_INDEX_FILE = 'story-index.json';

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

    readStoryIndex(settings: string): StoryIndex | undefined {
      let text: string;
      try {
        text = readFileSync(path.join(location, STORY_INDEX_FILE), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          warnOnce('index-read', `cannot read the story index in ${location} (${errorMessage(error)}); checking against the whole corpus`);
        }
        return undefined;
      }
      const index = parseStoryIndex(text, options.toolVersion, settings);
      if (index === null) warnOnce('index-corrupt', `ignoring a corrupt story index in ${location}; checking against the whole corpus`);
      return index ?? undefined;
    },

    writeStoryIndex(settings: string, records: readonly StoryIndexRecord[]): void {
      const file = path.join(location, STORY_INDEX_FILE);
      const stories = new Map<string, number[]>();
      const names: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
      records.forEach((record, position) => {
        const members = stories.get(record.story);
        if (members) members.push(position);
        else stories.set(record.story, [position]);
        for (const name of new Set(record.names)) (names[name] ??= []).push(position);
      });
      const content: StoryIndexFile = {
        schema: STORY_INDEX_VERSION,
        toolVersion: options.toolVersion,
        settings,
        documents: records.map((r) => [r.key, r.day]),
        stories: [...stories.values()],
        names,
      };
      const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(location, { recursive: true });
        writeFileSync(temporary, JSON.stringify(content));
        renameSync(temporary, file);
      } catch (error) {
        removeQuietly(temporary);
        warnOnce('index-write', `cannot write the story index in ${location} (${errorMessage(error)}); continuing without it`);
      }
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

/**
 * The story index in `text`: undefined when written by another version or with other settings (not an error),
 * null when it is not a story index at all.
 */
function parseStoryIndex(text: string, toolVersion: string, settings: string): StoryIndex | undefined | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw)) return null;
  if (raw.schema !== STORY_INDEX_VERSION || raw.toolVersion !== toolVersion || raw.settings !== settings) return undefined;
  const { documents, stories, names } = raw;
  if (!Array.isArray(documents) || !Array.isArray(stories) || !isRecord(names)) return null;
  const keys: string[] = [];
  const articles: IndexedArticle[] = [];
  for (const entry of documents) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !(typeof entry[1] === 'number' || entry[1] === null)) return null;
    keys.push(entry[0]);
    articles.push({ day: entry[1], story: '' });
  }
  const isPositions = (list: unknown): list is number[] =>
    Array.isArray(list) && list.every((p) => Number.isInteger(p) && p >= 0 && p < articles.length);
  for (const [number, members] of stories.entries()) {
    if (!isPositions(members)) return null;
    for (const position of members) articles[position]!.story = String(number);
  }
  // Every article belongs to exactly one story; one left out means a damaged file.
  if (articles.some((a) => a.story === '')) return null;
  const postings = new Map<string, number[]>();
  for (const [name, list] of Object.entries(names)) {
    if (!isPositions(list)) return null;
    postings.set(name, list);
  }
  return { articles, keys, byKey: new Map(keys.map((key, position) => [key, position])), postings };
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

/** What decides how articles form stories: an index written under other settings is not used. */
export function storyIndexSettings(storyWindowDays: number, aliases: Readonly<Record<string, string[]>>): string {
  return JSON.stringify([storyWindowDays, aliases]);
}

/** The story index records of a full run: each analysed input with its story as `crossCheck` found it. */
export function storyIndexRecords(
  cache: AnalysisCache,
  inputs: readonly RawInput[],
  analyses: readonly DocumentAnalysis[],
  storyOf: ReadonlyMap<string, string>,
  aliases: Readonly<Record<string, string[]>>,
): StoryIndexRecord[] {
  return analyses.map((analysis, i) => ({
    key: cache.keyFor(inputs[i]!),
    day: publicationDay(analysis.document),
    story: storyOf.get(analysis.document.id) ?? analysis.document.id,
    names: nameKeyGroups(analysis.mentions, aliases).flat(),
  }));
}

/**
 * The corpus articles a check of the new articles needs: those of the indexed stories the new articles can
 * join (and of their own stories, when they were in the corpus before), in corpus order. Undefined when the
 * index cannot tell: there is none for these settings, or a corpus article changed or came after it was written.
 */
export function corpusForCheck(
  cache: AnalysisCache,
  settings: string,
  fresh: readonly DocumentAnalysis[],
  freshInputs: readonly RawInput[],
  corpus: readonly RawInput[],
  storyWindowDays: number,
  aliases: Readonly<Record<string, string[]>>,
): RawInput[] | undefined {
  const index = cache.readStoryIndex(settings);
  if (index === undefined) return undefined;
  const positions: number[] = [];
  for (const input of corpus) {
    const position = index.byKey.get(cache.keyFor(input));
    if (position === undefined) return undefined;
    positions.push(position);
  }
  const joining = fresh.map((analysis) => ({ day: publicationDay(analysis.document), nameGroups: nameKeyGroups(analysis.mentions, aliases) }));
  const stories = storiesToJoin(joining, index.articles, index.postings, storyWindowDays);
  for (const input of freshInputs) {
    const own = index.byKey.get(cache.keyFor(input));
    if (own !== undefined) stories.add(index.articles[own]!.story);
  }
  return corpus.filter((_, i) => stories.has(index.articles[positions[i]!]!.story));
}
