import { describe, it, expect } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRandom, loadSource, makeArticle, makeCorpus } from '../../bench/make-corpus.js';

const source = loadSource();

describe('bench corpus builder', () => {
  it('reads sentences and person names from the seed corpus', () => {
    expect(source.sentences.length).toBeGreaterThan(50);
    expect(source.people.length).toBeGreaterThan(3);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(makeArticle(7, { seed: 1 }, source)).toEqual(makeArticle(7, { seed: 1 }, source));
    expect(makeArticle(7, { seed: 2 }, source).text).not.toBe(makeArticle(7, { seed: 1 }, source).text);
  });

  it.each([0, 1, 2, 50, 999])('article %i has a dated header and none of the seed surnames', (index) => {
    const article = makeArticle(index, { seed: 1 }, source);
    const lines = article.text.split('\n');
    expect(lines[2]).toMatch(/^By \S+ \S+ \| /);
    const [year, month, day] = article.published.split('-').map(Number);
    const monthName = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    expect(lines[3]).toContain(`${monthName} ${day}, ${year}`);
    for (const { last } of source.people) expect(article.text).not.toMatch(new RegExp(`\\b${last}\\b`));
    expect(article.text).not.toContain('undefined');
  });

  it('spreads articles over several stories', () => {
    const stories = new Set(Array.from({ length: 60 }, (_, index) => makeArticle(index, { seed: 1, stories: 6 }, source).story));
    expect(stories.size).toBe(6);
  });

  it('writes the requested number of files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-mkcorpus-'));
    try {
      const { files, bytes } = makeCorpus({ outDir: dir, articles: 12 });
      expect(files).toHaveLength(12);
      expect(bytes).toBeGreaterThan(12 * 200);
      expect((await readdir(dir)).length).toBe(12);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('PRNG repeats for a seed and stays in range', () => {
    const one = createRandom(42);
    const two = createRandom(42);
    const values = Array.from({ length: 100 }, () => one.int(3, 5));
    expect(values).toEqual(Array.from({ length: 100 }, () => two.int(3, 5)));
    expect(new Set(values)).toEqual(new Set([3, 4, 5]));
  });
});
