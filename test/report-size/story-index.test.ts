// The cache's story index: `check NEW --against CORPUS --cache` loads only the stories the new article can
// join, and reports exactly what a full run reports about the new article.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Disagreement, Report } from '../../src/types.js';
import { callArticle, runMain, writeTree, type InProcessResult, type Pair } from './helpers.js';

const ENVOYS: Pair = { first: 'Marta Kowalczyk', second: 'Tomas Lindqvist', surname: 'Kowalczyk' };
const BANKERS: Pair = { first: 'Elena Sorensen', second: 'Piet Maas', surname: 'Sorensen' };

/** A second meeting only some corpus articles mention, dated differently: a corpus-only disagreement. */
const sideMeeting = (date: string): string =>
  `Separately, customs chief Oskar Brandt met port director Ilse Varga on ${date}, according to the ministry.`;

const CORPUS: Record<string, string> = {
  // The story the new article joins: the envoys in March 2024, with a disagreement of its own.
  'corpus/envoys-2024/ledger.txt': callArticle(ENVOYS, 'Ledger Wire', 'March 5, 2024', 'March 3', sideMeeting('February 27')),
  'corpus/envoys-2024/harbor.txt': callArticle(ENVOYS, 'Harbor Post', 'March 6, 2024', 'March 3', sideMeeting('February 25')),
  // The same two people a year later: another story, outside the story window, disagreeing on its own call.
  'corpus/envoys-2025/ledger.txt': callArticle(ENVOYS, 'Ledger Wire', 'March 5, 2025', 'March 3'),
  'corpus/envoys-2025/harbor.txt': callArticle(ENVOYS, 'Harbor Post', 'March 6, 2025', 'March 4'),
  // Other people in the same weeks.
  'corpus/bankers/ledger.txt': callArticle(BANKERS, 'Ledger Wire', 'March 5, 2024', 'March 2'),
  'corpus/bankers/harbor.txt': callArticle(BANKERS, 'Harbor Post', 'March 6, 2024', 'March 1'),
  'corpus/harbour.txt': [
    'Harbour opens',
    '',
    'Published: March 4, 2024',
    '',
    'OSLO (Northern Herald) - Fisheries minister Anja Holm opened the new harbour at Tromsvik on March 2, her office said.',
    '',
  ].join('\n'),
  // Dates the envoys' call March 1 where the corpus says March 3.
  'new.txt': callArticle(ENVOYS, 'Coast Times', 'March 6, 2024', 'March 1'),
  // Names no one the corpus names.
  'lonely.txt': callArticle({ first: 'Ruth Okafor', second: 'Ivo Petrak', surname: 'Okafor' }, 'Coast Times', 'March 6, 2024', 'March 1'),
};
const CORPUS_ARTICLES = Object.keys(CORPUS).filter((f) => f.startsWith('corpus/')).length;

const parse = (result: InProcessResult): Report => JSON.parse(result.stdout) as Report;
/** The disagreements of a full run that involve `file`, as check mode reports them. */
const involving = (report: Report, file: string): Disagreement[] =>
  report.disagreements.filter((d) => d.positions.some((p) => p.documents.includes(file)));
/**
 * Positions in value order: check mode reads the new articles before the corpus, a full run reads the files in
 * path order, and positions come in the order their articles were read.
 */
const sidesSorted = (list: Disagreement[]): Disagreement[] =>
  list.map((d) => ({ ...d, positions: [...d.positions].sort((a, b) => a.value.localeCompare(b.value)) }));

describe('check with the story index', () => {
  let dir = '';
  const cacheArgs = ['--cache', '--cache-location', 'cache'];
  const results: Record<string, InProcessResult> = {};

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-index-'));
    writeTree(dir, CORPUS);
    // A full run over the corpus fills the cache and writes the index.
    results.scan = await runMain(['corpus', '--format', 'json', '--fail-on', 'none', ...cacheArgs], dir);
    results.indexWritten = { code: existsSync(path.join(dir, 'cache', 'story-index.json')) ? 0 : 1, stdout: '', stderr: '', writes: 0 };
    results.check = await runMain(['check', 'new.txt', '--against', 'corpus', '--format', 'json', '--fail-on', 'none', ...cacheArgs], dir);
    results.full = await runMain(['corpus', 'new.txt', '--format', 'json', '--fail-on', 'none', '-q'], dir);
    results.checkWhole = await runMain(['check', 'new.txt', '--against', 'corpus', '--format', 'json', '--fail-on', 'none', '-q'], dir);
    results.lonely = await runMain(['check', 'lonely.txt', '--against', 'corpus', '--format', 'json', '--fail-on', 'none', ...cacheArgs], dir);
    // A corpus article changes: the index no longer describes the corpus, so the check reads all of it.
    writeFileSync(path.join(dir, 'corpus/bankers/harbor.txt'), `${CORPUS['corpus/bankers/harbor.txt']}\nThe talks resume in April.\n`);
    results.changed = await runMain(['check', 'new.txt', '--against', 'corpus', '--format', 'json', '--fail-on', 'none', ...cacheArgs], dir);
    results.changedFull = await runMain(['corpus', 'new.txt', '--format', 'json', '--fail-on', 'none', '-q'], dir);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a full run with --cache writes the index', () => {
    expect(results.scan!.code).toBe(0);
    expect(results.indexWritten!.code).toBe(0);
  });

  it('loads only the story the new article joins: the envoys of 2024, not their 2025 story nor the others', () => {
    expect(results.check!.stderr).toContain(`story index: checking against 2 of ${CORPUS_ARTICLES} corpus articles`);
    const report = parse(results.check!);
    expect(report.documents.map((d) => d.path).sort()).toEqual(['corpus/envoys-2024/harbor.txt', 'corpus/envoys-2024/ledger.txt', 'new.txt']);
  });

  it('reports exactly the disagreements a full run reports about the new article', () => {
    const indexed = parse(results.check!).disagreements;
    const full = involving(parse(results.full!), 'new.txt');
    expect(full.length).toBeGreaterThan(0);
    expect(sidesSorted(indexed)).toEqual(sidesSorted(full));
    // And exactly, order included, what check without the cache reports.
    expect(indexed).toEqual(parse(results.checkWhole!).disagreements);
    // The corpus-only disagreements (the side meeting, the 2025 call) are there in the full run, not in check.
    expect(parse(results.full!).disagreements.length).toBeGreaterThan(full.length);
  });

  it('a new article that shares no name with the corpus loads none of it and finds nothing, as a full run does', () => {
    expect(results.lonely!.stderr).toContain(`story index: checking against 0 of ${CORPUS_ARTICLES} corpus articles`);
    expect(parse(results.lonely!).disagreements).toEqual([]);
  });

  it('when a corpus article changed, checks against the whole corpus and gives the same result as a full run', () => {
    expect(results.changed!.stderr).not.toContain('story index');
    const report = parse(results.changed!);
    expect(report.documents).toHaveLength(CORPUS_ARTICLES + 1);
    expect(sidesSorted(report.disagreements)).toEqual(sidesSorted(involving(parse(results.changedFull!), 'new.txt')));
    // That run read every article again, so it left a fresh index: the next check narrows again.
    const index = JSON.parse(readFileSync(path.join(dir, 'cache', 'story-index.json'), 'utf8')) as { documents: unknown[] };
    expect(index.documents).toHaveLength(CORPUS_ARTICLES + 1);
  });
});
