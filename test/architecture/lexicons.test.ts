// No word list is written twice: a word added to one copy and not the other is a bug waiting. Lists that share
// most of their words are the same knowledge and belong in one module of src/lexicon/ (a deliberate subset is
// declared with `subsetOf(base, [...])`, which this test checks against its base).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles, wordListsIn, type WordList } from './word-lists.js';
import { subsetViolations } from '../../src/lexicon/subset.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Two lists are one piece of knowledge when they share this many words… */
const MIN_SHARED = 8;
/** …and that share of the smaller list. Below it, lists overlap by the common words of English (pronouns, "said"). */
const MIN_SHARE = 0.75;

/**
 * Pairs known to overlap, each with the reason it stays. Pairs in files other stages own are listed so that the
 * test guards against new duplicates now; each should move to src/lexicon/ and leave this list.
 */
const KNOWN_OVERLAPS: ReadonlyArray<[string, string, string]> = [
  ['src/extract/figures.ts#PAST_VERBS', 'src/time/lexicon.ts#IRREGULAR_PAST', 'owned by figures and time; both irregular past tenses, kept apart until one of them moves to src/lexicon/'],
  ['src/ingest/lexicon.ts#RELATED_HEADERS', 'src/ingest/lexicon.ts#FURNITURE_LINES', 'ingest: related-links headers are also furniture lines; should be spread into it'],
  ['src/text/sentences.ts#SENTENCE_FINAL_ABBREVIATIONS', 'src/text/sentences.ts#ABBREVIATIONS', 'text: abbreviations that may end a sentence are a subset of all abbreviations'],
  ['src/ingest/metadata.ts#NOT_OUTLETS', 'src/lexicon/provenance.ts#NOT_A_SOURCE', 'pronouns and determiners: no outlet, no source'],
  ['src/lexicon/provenance.ts#NOT_A_SOURCE', 'src/resolve/pronouns.ts#SUBJECT_LEAD_WORDS', 'connectives and determiners, the common words of English: no source, and what may open a sentence before its subject'],
];

function overlap(a: WordList, b: WordList): { shared: number; smaller: WordList } {
  const [smaller, larger] = a.words.size <= b.words.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of smaller.words) if (larger.words.has(word)) shared++;
  return { shared, smaller };
}

function pairs(lists: WordList[]): Array<{ a: WordList; b: WordList; shared: number; of: number }> {
  const found: Array<{ a: WordList; b: WordList; shared: number; of: number }> = [];
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      const { shared, smaller } = overlap(lists[i]!, lists[j]!);
      const equal = shared === lists[i]!.words.size && shared === lists[j]!.words.size;
      if (equal || (shared >= MIN_SHARED && shared >= MIN_SHARE * smaller.words.size)) {
        found.push({ a: lists[i]!, b: lists[j]!, shared, of: smaller.words.size });
      }
    }
  }
  return found;
}

const known = (a: WordList, b: WordList): boolean =>
  KNOWN_OVERLAPS.some(([x, y]) => (x === a.name && y === b.name) || (x === b.name && y === a.name));

describe('word lists', () => {
  const lists = sourceFiles(SRC).flatMap((file) => wordListsIn(file, ROOT));

  it('finds the word lists of src/ (the scan itself works)', () => {
    const names = lists.map((l) => l.name);
    expect(names).toContain('src/lexicon/reporting-verbs.ts#REPORTING_VERBS');
    expect(names).toContain('src/lexicon/names.ts#HONORIFICS');
    expect(lists.length).toBeGreaterThan(40);
  });

  it('writes no list twice: no two lists are equal or one mostly inside the other', () => {
    const duplicates = pairs(lists)
      .filter(({ a, b }) => !known(a, b))
      .map(({ a, b, shared, of }) => `${a.name} ~ ${b.name}: ${shared} of ${of} words shared`);
    expect(duplicates).toEqual([]);
  });

  it('lists only overlaps that still exist', () => {
    const found = pairs(lists);
    const stale = KNOWN_OVERLAPS.filter(([x, y]) => !found.some(({ a, b }) => (a.name === x && b.name === y) || (a.name === y && b.name === x)));
    expect(stale).toEqual([]);
  });

  it('flags a copied list (the check can fail)', () => {
    const base = lists.find((l) => l.name === 'src/lexicon/reporting-verbs.ts#REPORTING_VERBS')!;
    const copy: WordList = { ...base, name: 'copy', words: new Set([...base.words].slice(0, 20)) };
    expect(pairs([base, copy])).toHaveLength(1);
  });
});

describe('declared subsets', () => {
  it('keep every word inside their base list', async () => {
    // Load every lexicon module so that each subsetOf call has run.
    for (const name of readdirSync(join(SRC, 'lexicon')).filter((n) => n.endsWith('.ts'))) {
      await import(join(SRC, 'lexicon', name));
    }
    expect(subsetViolations()).toEqual([]);
  });
});
