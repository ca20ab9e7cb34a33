// Keyed facts and confidence: two assertions are compared only when they are about the same thing (the same
// incident's tally, the same person's age, the same item's authenticity), and every disagreement says how sure
// crosscheck is and why.
import { describe, expect, it } from 'vitest';
import { compareFigures, keyFigure } from '../../src/compare/numbers.js';
import { compareAuthenticity } from '../../src/compare/authenticity.js';
import { itemClass } from '../../src/compare/authenticity-topics.js';
import { compareAttribution } from '../../src/compare/attribution.js';
import { compareQuotes } from '../../src/compare/quotes.js';
import { ConfidenceBuilder } from '../../src/compare/confidence.js';
import { claimsReportedAsFact } from '../../src/resolve/claims.js';
import type { Document, FigureAssertion, Sentence } from '../../src/types.js';
import { context, doc, figure, quote, span, stance } from './fixtures.js';

const docs = [doc('a', 'Ledger Wire', '2024-03-05'), doc('b', 'Harbor Post', '2024-03-05'), doc('c', 'Coast Times', '2024-03-06')];
const ctx = context(docs);

/** A figure with the sentence that states it. */
function stated(docId: string, quantity: number, counted: string, sentence: string, qualifier: FigureAssertion['qualifier'] = 'exact'): FigureAssertion {
  return { ...figure(docId, quantity, counted, qualifier), evidence: [span(docId, 1, sentence)] };
}

function age(docId: string, years: number, owner: string, entity = `person:${owner.toLowerCase().replace(/\s+/g, '-')}`): FigureAssertion {
  return { ...stated(docId, years, 'age', `${owner}, ${years}, was arrested.`), unit: 'years', owner: { text: owner, entityId: entity, name: owner } };
}

describe('keyed figures: only one quantity of one thing is compared', () => {
  it('compares the tally of the story’s incident across articles whatever the sentence shape', () => {
    const [d] = compareFigures(
      [stated('a', 9, 'people injured', 'Nine people were injured in the crash on the highway.'), stated('b', 11, 'people hurt', 'The crash left 11 people hurt, police said.')],
      ctx,
    );
    expect(d?.positions.map((p) => p.value)).toEqual(['9', '11']);
    expect(d?.topic).toBe('How many injured in the crash');
    expect(d?.confidence).toBeGreaterThanOrEqual(0.6);
    expect(d?.reasons.join(' ')).toMatch(/every sentence names the crash/);
  });

  it.each([
    ['numbers of different things (killed vs jurors)', stated('a', 4, 'people killed', 'The man killed four people.'), stated('b', 9, 'jurors', 'The nine jurors voted for death.')],
    ['sums of money with different owners', { ...stated('a', 2000000, 'amount', 'The trial has cost $2 million.'), unit: 'USD' }, { ...stated('b', 80000, 'amount', 'He earned $80,000 a year.'), unit: 'USD' }],
    ['sums paid by parties neither sentence shares', { ...stated('a', 45e6, 'amount', 'Rovers paid a fee of €45 million.'), value: '€45 million', unit: 'EUR' }, { ...stated('b', 9e6, 'amount', 'Lindholm paid a fee of €9 million.'), value: '€9 million', unit: 'EUR' }],
    ['a fine against a price', { ...stated('a', 5e6, 'amount', 'Acme was fined €5 million.'), value: '€5 million', unit: 'EUR' }, { ...stated('b', 9e6, 'amount', 'Acme paid €9 million for the plant.'), value: '€9 million', unit: 'EUR' }],
    ['counts of one noun in unrelated sentences', stated('a', 2, 'suspects', 'Two suspects were arrested.'), stated('b', 3, 'suspects', 'Three suspects fled.')],
    ['games, seasons and scores', stated('a', 54, 'games', 'He played 54 games.'), stated('b', 157, 'games', 'He played in 157 games.')],
    ['tallies of two kinds of incident', stated('a', 3, 'people killed', 'The crash killed three people.'), stated('b', 5, 'people killed', 'The shooting killed five people.')],
    ['a part against the whole (officers wounded vs people wounded)', stated('a', 2, 'officers wounded', 'Two officers were wounded.'), stated('b', 5, 'people wounded', 'Five people were wounded in the shooting.')],
    ['a tally for a year, not for the incident', stated('a', 3, 'people killed', 'The shooting killed three people.'), stated('b', 30, 'people killed', 'Thirty people have been killed in shootings this year.')],
    ['ages of two different people', age('a', 37, 'Ann Lee'), age('b', 41, 'Bo Park')],
    ['an age whose owner is not named', stated('a', 20, 'age', 'He shot a 20-year-old man.'), stated('b', 18, 'age', 'An 18-year-old man was charged.')],
  ])('never compares %s', (_name, x, y) => {
    expect(compareFigures([x, y], ctx)).toEqual([]);
  });

  it('does not compare tallies of articles that date their incident on different days', () => {
    const incidents = new Map([
      ['a', [{ kind: 'shooting', value: '2024-03-01' }]],
      ['b', [{ kind: 'shooting', value: '2024-03-04' }]],
    ]);
    const figures = [stated('a', 2, 'people killed', 'Two people were killed in the shooting.'), stated('b', 1, 'people killed', 'One man was killed in the shooting.')];
    expect(compareFigures(figures, ctx, incidents)).toEqual([]);
    expect(compareFigures(figures, ctx, new Map())).toHaveLength(1);
  });

  it('compares the age of one named person, and doubts it when a side names the person by surname only', () => {
    const [full] = compareFigures([age('a', 60, 'Sharon Smith'), age('b', 61, 'Sharon Smith')], ctx);
    expect(full?.topic).toBe('Age of Sharon Smith');
    expect(full?.confidence).toBeGreaterThanOrEqual(0.8);
    const [surname] = compareFigures([age('a', 60, 'Sharon Smith', 'person:smith'), age('b', 61, 'Smith', 'person:smith')], ctx);
    expect(surname?.confidence).toBeLessThan(0.6);
  });

  it('holds back a higher toll from a later article: it may be an update', () => {
    const [d] = compareFigures([stated('a', 2, 'people killed', 'Two people were killed in the shooting.'), stated('c', 3, 'people killed', 'Three people were killed in the shooting.')], ctx);
    expect(d?.confidence).toBeLessThan(0.6);
    expect(d?.reasons.join(' ')).toMatch(/update/);
  });

  it('writes the key: what the figure is about and which attribute', () => {
    expect(keyFigure(age('a', 37, 'Ann Lee'), ctx)?.key).toEqual({ about: 'person:ann-lee', attribute: 'age', label: 'Ann Lee' });
    expect(keyFigure(stated('a', 4, 'people killed', 'The quake killed four people.'), ctx)?.key).toMatchObject({ attribute: 'deaths', label: 'the earthquake' });
    // No headline or lead of the story speaks of jurors: a count of them is not the story's.
    expect(keyFigure(stated('a', 9, 'jurors', 'The nine jurors voted.'), ctx)).toBeNull();
    expect(keyFigure(stated('a', 54, 'games', 'He played 54 games.'), ctx)).toBeNull();
    expect(keyFigure(stated('a', 21, 'goals', 'He scored 21 goals last season.'), ctx)).toBeNull();
  });

  it('compares a count of what a headline names when the sentences share their context', () => {
    const titled = context([{ ...doc('a', 'Ledger Wire'), title: { value: 'Heater recall after fires', source: 'html' } }, doc('b', 'Harbor Post')]);
    const figures = [stated('a', 12, 'fires', 'The board received reports of 12 fires.'), stated('b', 17, 'fires', 'The board said it had received reports of 17 fires linked to the heaters.')];
    expect(compareFigures(figures, ctx)).toEqual([]);
    const [d] = compareFigures(figures, titled);
    expect(d?.topic).toBe('How many fires');
    expect(d?.positions.map((p) => p.value)).toEqual(['12', '17']);
    expect(d?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('compares a fee paid for the same named party, and names it', () => {
    const fee = (docId: string, quantity: number, text: string, sentence: string): FigureAssertion => ({ ...stated(docId, quantity, 'amount', sentence), value: text, unit: 'EUR' });
    const [d] = compareFigures(
      [fee('a', 45e6, '€45 million', 'Rovers signed Lena Ortiz from Lindholm for a record fee of €45 million.'), fee('b', 40e6, '€40 million', 'The club paid Lindholm €40 million for Ortiz.')],
      ctx,
    );
    expect(d?.topic).toBe('Amount of the fee or price paid');
    expect(d?.positions.map((p) => p.value)).toEqual(['40000000', '45000000']);
  });
});

describe('authenticity per item', () => {
  it.each([
    ['the leaked recordings of the call', 'recording'],
    ['transcript', 'recording'],
    ['doctored photos', 'photo'],
    ['internal memo', 'document'],
    ['hoax story', 'claim'],
    ['video', 'video'],
  ])('%s is a %s', (target, cls) => expect(itemClass(target)).toBe(cls));

  it('never sets a genuine memo against doctored photos', () => {
    const stances = [stance('a', 'Ann Lee', 'authentic', 'memo', 'Ann Lee said the memo was genuine.'), stance('b', 'Bo Park', 'fake', 'photos', 'Bo Park said the photos were doctored.')];
    expect(compareAuthenticity(stances, [], ctx)).toEqual([]);
  });

  it('is sure of authentic against fake, and not of a doubt against a denial', () => {
    const [opposite] = compareAuthenticity([stance('a', 'Ann Lee', 'authentic', 'video', 's'), stance('b', 'Bo Park', 'fake', 'video', 's')], [], ctx);
    expect(opposite?.confidence).toBeGreaterThanOrEqual(0.8);
    const [doubt] = compareAuthenticity([stance('a', 'Ann Lee', 'unconfirmed', 'video', 's'), stance('b', 'Bo Park', 'fake', 'video', 's')], [], ctx);
    expect(doubt?.confidence).toBeLessThan(0.6);
  });
});

describe('attribution and quote confidence', () => {
  it('doubts a quote "put in two mouths" when an article names both speakers together', () => {
    const words = 'We are thrilled to have her host the show this year';
    const joint = { ...quote('a', 'Ann Lee', words), evidence: [span('a', 1, `"${words}," said Lee and Park.`)] };
    const [d] = compareAttribution([joint, quote('b', 'Bo Park', words)], [], [], ctx);
    expect(d?.confidence).toBeLessThan(0.6);
    const [alone] = compareAttribution([quote('a', 'Ann Lee', words), quote('b', 'Bo Park', words)], [], [], ctx);
    expect(alone?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('skips a speaker who is named inside the quoted words', () => {
    const words = 'When I was young I watched Bo Park host the awards with my family';
    expect(compareAttribution([quote('a', 'Bo Park', words), quote('b', 'Ann Lee', words)], [], [], ctx)).toEqual([]);
  });

  it('is surer of a misquote the more words the two wordings share', () => {
    const [close] = compareQuotes([quote('a', 'Ann Lee', 'Our hearts and prayers are with the man who lost his wife'), quote('b', 'Ann Lee', 'Our hearts and prayers go out to the man and his wife')], ctx);
    const [loose] = compareQuotes([quote('a', 'Ann Lee', 'We are trying to get away from this late-night talk show rut'), quote('b', 'Ann Lee', 'We want a party and a departure from the late-night talk show format')], ctx);
    expect(close?.confidence).toBeGreaterThan(loose?.confidence ?? 1);
  });

  it('doubts a misquote whose speaker one side names only by a pronoun', () => {
    const words = ['Our hearts and prayers are with the man who lost his wife', 'Our hearts and prayers go out to the man and his wife'] as const;
    const [named] = compareQuotes([quote('a', 'Ann Lee', words[0]), quote('b', 'Ann Lee', words[1])], ctx);
    const pronoun = { ...quote('b', 'Ann Lee', words[1]), speaker: { text: 'she', entityId: 'person:ann-lee', name: 'Ann Lee' } };
    const [resolved] = compareQuotes([quote('a', 'Ann Lee', words[0]), pronoun], ctx);
    expect(resolved?.confidence).toBeLessThan(named?.confidence ?? 0);
    expect(resolved?.reasons.join(' ')).toMatch(/pronoun/);
  });
});

describe('claims reported as fact', () => {
  const sentence = (docId: string, index: number, text: string): Sentence => ({ docId, index, start: 0, end: text.length, text, blockKind: 'body', blockIndex: index });
  const bodies: Record<string, string[]> = {
    denier: ['A hoax story claiming the space agency confirmed six days of darkness in December spread online.', 'The agency said nothing of the kind.'],
    believer: ['The space agency has confirmed that the Earth will experience six days of darkness in December.', 'Officials asked everyone to remain calm.'],
    doubter: ['The space agency has confirmed six days of darkness in December, according to rumors online.'],
    unrelated: ['A new bridge opened in the city on Tuesday after two years of work.'],
  };
  const documents = new Map<string, Document>(Object.keys(bodies).map((id) => [id, doc(id, id)]));
  const sentencesByDoc = new Map(Object.entries(bodies).map(([id, texts]) => [id, texts.map((t, i) => sentence(id, i, t))]));
  const run = () =>
    claimsReportedAsFact({
      stances: [stance('denier', 'denier', 'fake', 'hoax story', bodies['denier']![0]!)],
      documents,
      sentencesByDoc,
      storyOf: new Map([...documents.keys()].map((id) => [id, 'story'])),
      itemOf: itemClass,
      spanOf: (d, s) => span(d.id, s.index + 1, s.text),
    });

  it('gives the article that states the claim in its lead, with no doubt, the other side', () => {
    const found = run();
    expect(found.map((a) => [a.docId, a.stance, a.inferred])).toEqual([['believer', 'authentic', ['reported-as-fact']]]);
    expect(found[0]?.evidence[0]?.text).toMatch(/has confirmed that the Earth/);
  });

  it('learns the claim from the opening of the debunking article when the denying sentence does not restate it', () => {
    const texts: Record<string, string[]> = {
      debunker: ['An article saying planets will align on January 4 and decrease gravity for five minutes went viral.', 'This exact same hoax has resurfaced this week.'],
      believer: ['Planets will align on January 4 and decrease gravity for five minutes, astronomers say.'],
      bystander: ['Astronomers will gather in January for their yearly meeting.'],
    };
    const found = claimsReportedAsFact({
      stances: [stance('debunker', 'debunker', 'fake', 'hoax', texts['debunker']![1]!)],
      documents: new Map(Object.keys(texts).map((id) => [id, doc(id, id)])),
      sentencesByDoc: new Map(Object.entries(texts).map(([id, list]) => [id, list.map((t, i) => sentence(id, i, t))])),
      storyOf: new Map(Object.keys(texts).map((id) => [id, 'story'])),
      itemOf: itemClass,
      spanOf: (d, s) => span(d.id, s.index + 1, s.text),
    });
    expect(found.map((a) => a.docId)).toEqual(['believer']);
  });
});

describe('confidence builder', () => {
  it('keeps every reason and stays within 0 and 1', () => {
    const c = new ConfidenceBuilder(0.9, 'base').adjust(true, 2, 'raised').cap(true, 0.4, 'capped').adjust(false, 0, 'not applied').build();
    expect(c).toEqual({ confidence: 0.4, reasons: ['base', 'raised', 'capped'] });
  });
});
