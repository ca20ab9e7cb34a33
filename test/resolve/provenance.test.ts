// Provenance patterns: which original source a sentence credits, and which sentences credit none.
import { describe, expect, it } from 'vitest';
import { creditsIn, reprintGroups, sameSource, sourceKey, wireCredits } from '../../src/resolve/provenance.js';
import type { Document, Sentence } from '../../src/types.js';

const POSITIVES: Array<[string, string, string]> = [
  // [sentence, source key, relation]
  ['The deal was worth $2 billion, according to the Financial Ledger.', 'financial ledger', 'according-to'],
  ["The minister resigned on Monday, according to Harbor Daily's reporting.", 'harbor daily', 'according-to'],
  ['As per The Sentinel, the plant closed in May.', 'sentinel', 'according-to'],
  ['Northwire Wire reported that the talks had stalled.', 'northwire', 'reported-by'],
  ['The memo, first reported by Coastline News, names three officials.', 'coastline', 'reported-by'],
  ['The transcript was leaked by Granite Post on Tuesday.', 'granite post', 'reported-by'],
  ['The story was originally published by the Evening Courier.', 'evening courier', 'reported-by'],
  ['Meridian said it had reviewed the recording but did not say how it got it.', 'meridian', 'reviewed-by'],
  ['Meridian said it had obtained the documents from a former employee.', 'meridian', 'reviewed-by'],
  ['The emails, seen by the Daily Beacon, show the plan was known.', 'daily beacon', 'reviewed-by'],
  ['The Harbor Times, which first obtained the letter, did not publish it in full.', 'harbor times', 'reviewed-by'],
  ["The figures come from Meridian's transcript of the call.", 'meridian', 'reported-by'],
  ['A senior official told the WSJ that the leak came from abroad.', 'wsj', 'told'],
  ['"We were not consulted," the mayor told Channel Nine.', 'channel nine', 'told'],
  ['Speaking to The Guardian Weekly, a former official said the source was local.', 'guardian weekly', 'told'],
];

// Sentences that name no original source: reporting verbs without a named outlet, pronouns, group nouns.
const NEGATIVES: string[] = [
  'The minister said the talks had stalled.',
  'According to him, the plan was never discussed.',
  'According to the plan, troops will withdraw by spring.',
  'According to reports, the plant closed in May.',
  'He told reporters the conversation had been constructive.',
  'The envoy told Russian media the leak was unacceptable.',
  'A spokesman told the British daily that the department was unaware of the plan.',
  'Police reportedly found the car on Tuesday.',
  'The agency did not respond to a request for comment.',
  'Meridian did not respond to a request for comment, or say how it obtained the recordings.',
  'Cases reported in the region rose by a third.',
  'The report said the figures were preliminary.',
  'She reported for duty on Monday morning.',
  'On Tuesday, officials told lawmakers that the budget was short.',
];

describe('creditsIn', () => {
  it.each(POSITIVES)('%s → %s (%s)', (sentence, key, relation) => {
    const credits = creditsIn(sentence);
    expect(credits.map((c) => [c.key, c.relation])).toContainEqual([key, relation]);
    for (const c of credits) expect(sentence.slice(c.start, c.end)).toContain(c.name.replace(/^the /, ''));
  });

  it.each(NEGATIVES)('names no source: %s', (sentence) => {
    expect(creditsIn(sentence)).toEqual([]);
  });

  it('keeps the speaker of a quote apart from the source it was told to', () => {
    const credits = creditsIn('"This is unacceptable," Ivan Petrov told Northwire.');
    expect(credits).toHaveLength(1);
    expect(credits[0]).toMatchObject({ key: 'northwire', relation: 'told' });
  });
});

describe('source names', () => {
  it.each([
    ['the Wall Street Journal', 'wall street journal'],
    ["Meridian News's", 'meridian'],
    ['Northwire Agency', 'northwire'],
    ['www.northwire.com', 'northwire'],
    ['Northwire.co.uk', 'northwire'],
  ])('%s → %s', (name, key) => expect(sourceKey(name)).toBe(key));

  it('meets a name and its initials', () => {
    expect(sameSource('wall street journal', 'wsj')).toBe(true);
    expect(sameSource('wsj', 'wall street journal')).toBe(true);
    expect(sameSource('meridian', 'northwire')).toBe(false);
    expect(sameSource('ab', 'a b c')).toBe(false);
  });
});

function docOf(id: string, text: string): Document {
  return {
    id,
    path: `${id}.txt`,
    format: 'txt',
    outlet: null,
    published: null,
    title: null,
    url: null,
    byline: null,
    text,
    blocks: [],
    segments: [],
    sourceLineStarts: [0],
    warnings: [],
  };
}

describe('wireCredits', () => {
  it.each([
    ['LISBON (Northwire) - The port reopened on Monday after a strike.', 'northwire'],
    ['NW — The port reopened on Monday after a strike, officials said.', 'nw'],
    ['The port reopened on Monday after a strike that lasted nine days, officials said - XNA', 'xna'],
    ['The port reopened on Monday.\n\n(With inputs from agencies)', 'agency'],
    ['Port reopens after strike\n\nBy Jane Roe (Northwire)\n\nThe port reopened on Monday.', 'northwire'],
    ['Port reopens after strike\n\n(Northwire)\n\nThe port reopened on Monday.', 'northwire'],
    ['The port reopened on Monday.\n\nwith agency inputs', 'agency'],
  ])('%s → %s', (text, key) => {
    expect(wireCredits(docOf('d', text)).map((c) => c.key)).toContain(key);
  });

  it.each([
    'The port reopened on Monday after a strike.',
    'WASHINGTON — The port reopened on Monday.',
    'Intelligence agencies intercept calls every day.',
    'The port reopened (after a strike) on Monday.',
  ])('finds no wire credit in: %s', (text) => {
    expect(wireCredits(docOf('d', text))).toEqual([]);
  });
});

function sentencesOf(docId: string, lines: string[]): Sentence[] {
  let offset = 0;
  return lines.map((text, index) => {
    const s: Sentence = { docId, index, start: offset, end: offset + text.length, text, blockKind: 'body', blockIndex: index };
    offset += text.length + 1;
    return s;
  });
}

describe('reprintGroups', () => {
  const wire = [
    'The port reopened on Monday after a nine-day strike.',
    'Dock workers accepted a pay rise of four percent.',
    'Shipping lines said delays would last into next week.',
    'The union said it would hold a vote on the deal.',
    'Exporters welcomed the end of the dispute.',
  ];
  it('groups near-identical bodies (whitespace and punctuation aside) as one source', () => {
    const reprint = [...wire.slice(0, 4).map((s) => s.replace(/\./, ' .').replace(/ /g, '  ')), 'A local council member said the town had suffered.'];
    const other = ['Fishermen in the bay said the strike had cost them little.', 'The harbour master expects a busy weekend.', 'Dock workers accepted a pay rise of four percent.'];
    const groups = reprintGroups(new Map([['a', sentencesOf('a', wire)], ['b', sentencesOf('b', reprint)], ['c', sentencesOf('c', other)]]));
    expect(groups.get('a')).toBe('a');
    expect(groups.get('b')).toBe('a');
    expect(groups.get('c')).toBe('c');
  });

  it('keeps articles sharing less than 80% of their sentences apart', () => {
    const rewrite = [...wire.slice(0, 3), 'Analysts said the deal was fragile.', 'Ministers will meet the union on Friday.'];
    const groups = reprintGroups(new Map([['a', sentencesOf('a', wire)], ['b', sentencesOf('b', rewrite)]]));
    expect(groups.get('b')).toBe('b');
  });
});
