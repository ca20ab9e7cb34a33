// The pieces of the story index: name keys, which stories a new article can join, and the index on disk.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../../src/cli/cache.js';
import { nameKeyGroups, storiesToJoin, type IndexedArticle } from '../../src/pipeline/check.js';
import type { Mention } from '../../src/types.js';

const mention = (text: string, type: Mention['type'] = 'person', pronoun = false): Mention => ({
  docId: 'd',
  sentenceIndex: 0,
  start: 0,
  end: text.length,
  text,
  type,
  ...(pronoun ? { pronoun } : {}),
});
const shares = (a: string[], b: string[]): boolean => a.some((key) => b.includes(key));

describe('nameKeyGroups', () => {
  it('gives the forms entity merging joins a key in common', () => {
    const [full] = nameKeyGroups([mention("Trade envoy Marta Kowalczyk's")]);
    const [surname] = nameKeyGroups([mention('Kowalczyk')]);
    const [variant] = nameKeyGroups([mention('Tomas Lindqvist')]);
    const [other] = nameKeyGroups([mention('Tomas Lindkvist')]);
    expect(shares(full!, surname!)).toBe(true);
    expect(shares(variant!, other!)).toBe(true);
    const [long] = nameKeyGroups([mention('the United Nations', 'organization')]);
    const [short] = nameKeyGroups([mention('U.N.', 'organization')]);
    expect(shares(long!, short!)).toBe(true);
  });

  it('leaves out places and pronouns, and gives each distinct name one group', () => {
    const groups = nameKeyGroups([mention('Geneva', 'place'), mention('she', 'person', true), mention('Ilse Varga'), mention('Ilse Varga'), mention('Varga')]);
    expect(groups).toHaveLength(2);
    expect(groups.flat()).not.toContain('geneva');
  });

  it('gives a configured alias the keys of every name of it', () => {
    const [plain] = nameKeyGroups([mention('The Chief')]);
    const [aliased] = nameKeyGroups([mention('The Chief')], { 'Oskar Brandt': ['The Chief'] });
    const [brandt] = nameKeyGroups([mention('Brandt')]);
    expect(shares(plain!, brandt!)).toBe(false);
    expect(shares(aliased!, brandt!)).toBe(true);
  });
});

describe('storiesToJoin', () => {
  // Corpus: 0 and 1 in story A (day 100), 2 in story B (day 500, same names), 3 in story C (undated), 4 in D.
  const corpus: IndexedArticle[] = [
    { day: 100, story: 'A' },
    { day: 101, story: 'A' },
    { day: 500, story: 'B' },
    { day: null, story: 'C' },
    { day: 102, story: 'D' },
  ];
  const postings = new Map<string, number[]>([
    ['kovalchik', [0, 1, 2]],
    ['lindkvist', [0, 2, 3]],
    ['varga', [3, 4]],
  ]);
  const join = (day: number | null, nameGroups: string[][]) => [...storiesToJoin([{ day, nameGroups }], corpus, postings, 30)].sort();

  it('a dated article joins dated stories within the window that share two names, and undated ones that share one', () => {
    expect(join(105, [['kovalchik'], ['lindkvist']])).toEqual(['A', 'C']);
  });

  it('one shared name is not enough between dated articles', () => {
    expect(join(105, [['varga']])).toEqual(['C']);
    expect(join(105, [['kovalchik']])).toEqual([]);
  });

  it('an undated article may join any article sharing one name, whatever its date', () => {
    expect(join(null, [['kovalchik']])).toEqual(['A', 'B']);
  });

  it('two forms of one name count once per form, and the story window uses days', () => {
    expect(join(500 + 30, [['kovalchik', 'marta'], ['lindkvist']])).toEqual(['B', 'C']);
    expect(join(500 + 31, [['kovalchik'], ['lindkvist']])).toEqual(['C']);
  });
});

describe('the story index on disk', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const cacheIn = (toolVersion = '1.0.0', warnings: string[] = []) => {
    const dir = dirs.at(-1) ?? mkdtempSync(path.join(os.tmpdir(), 'crosscheck-story-index-'));
    if (!dirs.includes(dir)) dirs.push(dir);
    return createCache({ location: dir, toolVersion, onWarning: (m) => warnings.push(m) });
  };
  const records = [
    { key: 'a'.repeat(64), day: 100, story: 's1', names: ['kovalchik', 'lindkvist', 'kovalchik'] },
    { key: 'b'.repeat(64), day: null, story: 's2', names: ['varga'] },
    { key: 'c'.repeat(64), day: 101, story: 's1', names: ['lindkvist'] },
  ];

  it('reads back per story and per name what was written', () => {
    const cache = cacheIn();
    cache.writeStoryIndex('settings', records);
    const index = cache.readStoryIndex('settings')!;
    expect(index.keys).toEqual(records.map((r) => r.key));
    expect(index.articles.map((a) => a.day)).toEqual([100, null, 101]);
    expect(index.articles[0]!.story).toBe(index.articles[2]!.story);
    expect(index.articles[0]!.story).not.toBe(index.articles[1]!.story);
    expect(index.postings.get('kovalchik')).toEqual([0]);
    expect(index.postings.get('lindkvist')).toEqual([0, 2]);
    expect(index.byKey.get('c'.repeat(64))).toBe(2);
  });

  it('is not used under other settings or by another version', () => {
    cacheIn().writeStoryIndex('window 30', records);
    expect(cacheIn().readStoryIndex('window 7')).toBeUndefined();
    expect(cacheIn('1.0.1').readStoryIndex('window 30')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"schema":1,'],
    ['an article in no story', JSON.stringify({ schema: 1, toolVersion: '1.0.0', settings: 's', documents: [['k', 1]], stories: [], names: {} })],
    ['a position out of range', JSON.stringify({ schema: 1, toolVersion: '1.0.0', settings: 's', documents: [['k', 1]], stories: [[0]], names: { x: [3] } })],
  ])('a damaged index (%s) is ignored with one warning', (_name, text) => {
    const warnings: string[] = [];
    const cache = cacheIn('1.0.0', warnings);
    writeFileSync(path.join(cache.location, 'story-index.json'), text);
    expect(cache.readStoryIndex('s')).toBeUndefined();
    expect(cache.readStoryIndex('s')).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/corrupt story index/);
  });
});
