import { describe, it, expect } from 'vitest';
import { findMentions } from '../../src/text/mentions.js';
import type { EntityType, Mention } from '../../src/types.js';
import { makeDocument, sentencesOf } from './helpers.js';

function mentionsOf(text: string, options: { headingFirst?: boolean } = {}): Mention[] {
  const doc = makeDocument('d', text, options);
  return findMentions(doc, sentencesOf(doc));
}

function named(text: string, options: { headingFirst?: boolean } = {}): Array<[string, EntityType]> {
  return mentionsOf(text, options)
    .filter((m) => !m.pronoun)
    .map((m) => [m.text, m.type]);
}

describe('findMentions: names found', () => {
  it.each<[string, string, EntityType]>([
    ['Finance Minister Olena Petrenko said the budget was ready.', 'Olena Petrenko', 'person'],
    ['The deal was signed by envoy Marcus Delaney on Friday.', 'Marcus Delaney', 'person'],
    ['Rep. Jane Holloway voted against the bill.', 'Jane Holloway', 'person'],
    ['Deputy Foreign Minister Ivan Orlov spoke to reporters.', 'Ivan Orlov', 'person'],
    ['The talks were led by Sen. Mark Bell and others.', 'Mark Bell', 'person'],
    ['A spokesman for the company, Tomas Rieger, declined to comment.', 'Tomas Rieger', 'person'],
    ['Mr Harrow denied the claim in a statement.', 'Harrow', 'person'],
    ['Russian Deputy Foreign Minister Sergei Ryabkov said some media were used.', 'Sergei Ryabkov', 'person'],
    ['The conversation was between the White House and the Kremlin.', 'White House', 'organization'],
    ['The conversation was between the White House and the Kremlin.', 'Kremlin', 'organization'],
    ['Officials at the Pentagon declined to comment.', 'Pentagon', 'organization'],
    ['The story was first reported by Harbor City News on Tuesday.', 'Harbor City News', 'organization'],
    ['Money came from the National Recovery Fund last year.', 'National Recovery Fund', 'organization'],
    ['Several NATO members objected to the plan.', 'NATO', 'organization'],
    ['The leak was described in detail by the WSJ and others.', 'WSJ', 'organization'],
    ['In an interview with Zvezdara newspaper, the minister spoke at length.', 'Zvezdara', 'organization'],
    ['The delegation flew from Berlin to Warsaw on a chartered plane.', 'Berlin', 'place'],
    ['Negotiators met in Ukraine before the summit.', 'Ukraine', 'place'],
    ['Talks between the U.S. and China resumed.', 'U.S.', 'place'],
  ])('%s → %s (%s)', (text, name, type) => {
    expect(named(text)).toContainEqual([name, type]);
  });

  it('strips the possessive from a name and keeps offsets on the name', () => {
    const text = "The plan reflected Putin's demands, officials said.";
    const found = mentionsOf(text).find((m) => m.text === 'Putin');
    expect(found).toBeDefined();
    expect(text.slice(found!.start, found!.end)).toBe('Putin');
    expect(found!.type).toBe('person');
  });

  it.each([
    ['Analysts discussed the Smith–Jones call at length. Smith later said it went well. Jones agreed.', ['Smith', 'Jones']],
    ['Peter Marsh and Laura Quint spoke on Monday. The Marsh-Quint call lasted an hour.', ['Marsh', 'Quint']],
  ])('splits a dashed pair of names: %s', (text, names) => {
    const firstSentence = mentionsOf(text).filter((m) => m.sentenceIndex === (names[0] === 'Smith' ? 0 : 1));
    for (const name of names) expect(firstSentence.map((m) => m.text)).toContain(name);
    expect(firstSentence.every((m) => !m.text.includes('-') && !m.text.includes('–'))).toBe(true);
  });

  it('keeps a hyphenated personal name whole', () => {
    expect(named('Jean-Pierre Dubois met the mayor on Monday.')).toContainEqual(['Jean-Pierre Dubois', 'person']);
  });

  it('finds a surname alone once the document has named the person in full', () => {
    const found = named('Envoy Marcus Delaney arrived late. Later Delaney met the press.');
    expect(found.filter(([name]) => name === 'Delaney')).toEqual([['Delaney', 'person']]);
  });

  it('sets sentenceIndex and offsets into doc.text', () => {
    const text = 'First sentence here. Then President Ana Lopez spoke.';
    const mention = mentionsOf(text).find((m) => m.text === 'Ana Lopez')!;
    expect(mention.sentenceIndex).toBe(1);
    expect(text.slice(mention.start, mention.end)).toBe('Ana Lopez');
  });

  it.each([
    ['He said the plan was fair.', 'He'],
    ['The minister said his office would reply.', 'his'],
    ['Nobody asked her about it.', 'her'],
    ['Ivan Orlov himself made the call.', 'himself'],
  ])('emits pronoun mentions: %s', (text, pronoun) => {
    const found = mentionsOf(text).find((m) => m.pronoun);
    expect(found).toMatchObject({ text: pronoun, type: 'person', pronoun: true });
  });
});

describe('findMentions: things that are not names', () => {
  it.each([
    'However, the talks stalled again.',
    'The negotiations resumed on Monday in October.',
    'Leaked documents showed a different picture.',
    'Questions have arisen about who could have leaked it.',
    'Meanwhile, officials said nothing.',
    'On Wednesday the committee adjourned.',
    'It was published at 19:38 IST yesterday.',
  ])('no person in: %s', (text) => {
    expect(named(text).filter(([, type]) => type === 'person')).toEqual([]);
  });

  it.each([
    'Leaked Call Adds New Complexity To Peace Efforts',
    'Backchannel Negotiations',
    'Who Tapped The Phones, And Why It Matters',
  ])('headline capitals are not names: %s', (text) => {
    expect(named(text, { headingFirst: true })).toEqual([]);
  });

  it('a headline still names a person the article knows', () => {
    const found = named('Leaked Marcus Delaney Call Adds New Complexity\n\nEnvoy Marcus Delaney spoke to Moscow on Monday.', {
      headingFirst: true,
    });
    expect(found.filter(([name]) => name === 'Marcus Delaney')).toHaveLength(2);
    expect(found.map(([name]) => name)).not.toContain('Call');
  });

  it('the White House is never a person', () => {
    const found = named('The White House said the call was routine.');
    expect(found).toContainEqual(['White House', 'organization']);
    expect(found.filter(([, type]) => type === 'person')).toEqual([]);
  });

  it('nationality adjectives and months are not entities', () => {
    const found = named('Russian officials met British diplomats in March.');
    expect(found.map(([name]) => name)).not.toContain('Russian');
    expect(found.map(([name]) => name)).not.toContain('British');
    expect(found.map(([name]) => name)).not.toContain('March');
  });

  it('the title is not part of the name', () => {
    const found = named('President Anna Kowalski thanked Communications Director Ben Ortiz.');
    expect(found).toContainEqual(['Anna Kowalski', 'person']);
    expect(found).toContainEqual(['Ben Ortiz', 'person']);
    expect(found.map(([name]) => name).join(' ')).not.toMatch(/President|Director/);
  });
});

describe('findMentions on seed sentences', () => {
  it.each<[string, string, EntityType]>([
    ["The conversation was between President Donald Trump's special envoy Steve Witkoff and senior Kremlin official Yuri Ushakov.", 'Steve Witkoff', 'person'],
    ["The conversation was between President Donald Trump's special envoy Steve Witkoff and senior Kremlin official Yuri Ushakov.", 'Donald Trump', 'person'],
    ["The conversation was between President Donald Trump's special envoy Steve Witkoff and senior Kremlin official Yuri Ushakov.", 'Yuri Ushakov', 'person'],
    ['Russian Direct Investment Fund CEO Kirill Dmitriev, a Putin investment envoy, said the report was "fake".', 'Kirill Dmitriev', 'person'],
    ['Russian Direct Investment Fund CEO Kirill Dmitriev, a Putin investment envoy, said the report was "fake".', 'Russian Direct Investment Fund', 'organization'],
    ['The transcript of their conversation was leaked by Bloomberg News on Tuesday.', 'Bloomberg News', 'organization'],
    ['Former acting US Director of National Intelligence Richard Grenell and journalist Glenn Greenwald have publicly suggested it.', 'Richard Grenell', 'person'],
    ['Former acting US Director of National Intelligence Richard Grenell and journalist Glenn Greenwald have publicly suggested it.', 'Glenn Greenwald', 'person'],
  ])('%s → %s', (text, name, type) => {
    expect(named(text)).toContainEqual([name, type]);
  });

  it('splits an en-dash pair of people', () => {
    const text = 'Steve Witkoff called Yuri Ushakov. Trump admin points to European intelligence in leak of Witkoff–Ushakov call.';
    const second = mentionsOf(text).filter((m) => m.sentenceIndex === 1 && m.type === 'person');
    expect(second.map((m) => m.text)).toEqual(['Witkoff', 'Ushakov']);
  });
});
