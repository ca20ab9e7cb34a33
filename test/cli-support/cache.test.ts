import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCache } from '../../src/cli/cache.js';
import type { AnalysisCache } from '../../src/cli/cache.js';
import type { DocumentAnalysis, RawInput } from '../../src/types.js';

let root: string;
let warnings: string[];

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-cache-'));
  warnings = [];
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function cacheAt(toolVersion = '1.0.0', salt?: string): AnalysisCache {
  return createCache({
    location: path.join(root, 'cache'),
    toolVersion,
    ...(salt === undefined ? {} : { salt }),
    onWarning: (message) => warnings.push(message),
  });
}

const input: RawInput = {
  path: 'news/a.txt',
  content: 'The council met on Tuesday and voted 7 to 2.',
  format: 'txt',
  userMetadata: { outlet: 'Harbor Gazette', published: '2031-03-04' },
};

function analysisFor(raw: RawInput): DocumentAnalysis {
  return {
    document: {
      id: 'doc-1',
      path: raw.path,
      format: raw.format,
      outlet: { value: 'Harbor Gazette', source: 'user' },
      published: { date: '2031-03-04', source: 'user' },
      title: null,
      url: null,
      byline: null,
      text: raw.content,
      blocks: [{ kind: 'body', start: 0, end: raw.content.length }],
      segments: [{ textStart: 0, sourceStart: 0, length: raw.content.length }],
      sourceLineStarts: [0],
      warnings: [],
    },
    sentences: [{ docId: 'doc-1', index: 0, start: 0, end: raw.content.length, text: raw.content, blockKind: 'body', blockIndex: 0 }],
    mentions: [],
    assertions: [],
  };
}

describe('AnalysisCache', () => {
  it('round-trips an analysis and counts hits and misses', () => {
    const cache = cacheAt();
    const key = cache.keyFor(input);
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, analysisFor(input));
    expect(cache.get(key)).toEqual(analysisFor(input));
    expect(cache.get(key)).toEqual(analysisFor(input));
    expect([cache.hits, cache.misses, cache.writes]).toEqual([2, 1, 1]);
    expect(warnings).toEqual([]);
  });

  it('is shared by a second cache instance on the same folder (a later run)', () => {
    const first = cacheAt();
    first.set(first.keyFor(input), analysisFor(input));
    const second = cacheAt();
    expect(second.get(second.keyFor(input))).toEqual(analysisFor(input));
    expect(second.hits).toBe(1);
  });

  it('shards entries by the first two hex digits and leaves no temp files', async () => {
    const cache = cacheAt();
    const key = cache.keyFor(input);
    cache.set(key, analysisFor(input));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await readdir(path.join(root, 'cache'))).toEqual([key.slice(0, 2)]);
    expect(await readdir(path.join(root, 'cache', key.slice(0, 2)))).toEqual([`${key}.json`]);
  });

  it.each<[string, RawInput]>([
    ['content', { ...input, content: `${input.content} ` }],
    ['format', { ...input, format: 'md' }],
    ['path', { ...input, path: 'news/b.txt' }],
    ['metadata outlet', { ...input, userMetadata: { ...input.userMetadata, outlet: 'Valley Post' } }],
    ['metadata added', { ...input, userMetadata: { ...input.userMetadata, url: 'https://example.org/a' } }],
    ['metadata removed', { ...input, userMetadata: undefined }],
  ])('key changes with %s', (_label, changed) => {
    const cache = cacheAt();
    expect(cache.keyFor(changed)).not.toBe(cache.keyFor(input));
  });

  it('key is the same for equal inputs and for metadata in another key order', () => {
    const cache = cacheAt();
    const reordered: RawInput = { ...input, userMetadata: { published: '2031-03-04', outlet: 'Harbor Gazette' } };
    expect(cache.keyFor({ ...input })).toBe(cache.keyFor(input));
    expect(cache.keyFor(reordered)).toBe(cache.keyFor(input));
  });

  it.each<[string, [string, string?], [string, string?]]>([
    ['tool version', ['1.0.0'], ['1.0.1']],
    ['salt', ['1.0.0', 'aliases-a'], ['1.0.0', 'aliases-b']],
  ])('key changes with the %s', (_label, one, two) => {
    expect(cacheAt(...one).keyFor(input)).not.toBe(cacheAt(...two).keyFor(input));
  });

  it.each<[string, string]>([
    ['truncated JSON', '{"schema":1,"toolVersion":"1.0.0","ana'],
    ['empty file', ''],
    ['wrong shape', '{"schema":1,"toolVersion":"1.0.0","key":"KEY","analysis":{"document":null}}'],
    ['other tool version', '{"schema":1,"toolVersion":"0.9.0","key":"KEY","analysis":{"document":{"id":"d","text":""},"sentences":[],"mentions":[],"assertions":[]}}'],
    ['other key', '{"schema":1,"toolVersion":"1.0.0","key":"other","analysis":{"document":{"id":"d","text":""},"sentences":[],"mentions":[],"assertions":[]}}'],
  ])('treats a corrupt entry (%s) as a miss and warns once', async (_label, text) => {
    const cache = cacheAt();
    const key = cache.keyFor(input);
    cache.set(key, analysisFor(input));
    const file = path.join(root, 'cache', key.slice(0, 2), `${key}.json`);
    await writeFile(file, text.replace('KEY', key));
    expect(cache.get(key)).toBeUndefined();
    expect(cache.get(key)).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([0, 2]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('corrupt cache entry');
    // A fresh analysis overwrites the bad entry.
    cache.set(key, analysisFor(input));
    expect(cache.get(key)).toEqual(analysisFor(input));
  });

  it('warns once and keeps going when the location cannot be written', async () => {
    const blocker = path.join(root, 'file-not-dir');
    await writeFile(blocker, 'x');
    const cache = createCache({ location: blocker, toolVersion: '1', onWarning: (message) => warnings.push(message) });
    const key = cache.keyFor(input);
    cache.set(key, analysisFor(input));
    cache.set(cache.keyFor({ ...input, content: 'other' }), analysisFor(input));
    expect(cache.writes).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(cache.get(key)).toBeUndefined();
  });

  it('creates nothing on disk until the first write', () => {
    const cache = cacheAt();
    cache.get(cache.keyFor(input));
    expect(existsSync(path.join(root, 'cache'))).toBe(false);
  });

  it('rejects keys it did not make (no path traversal)', () => {
    const cache = cacheAt();
    expect(() => cache.get('../../etc/passwd')).toThrow(/invalid cache key/);
  });
});
