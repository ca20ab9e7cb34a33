import { describe, expect, it } from 'vitest';
import { alignEvents } from '../../src/align/events.js';
import { compareEventDates } from '../../src/compare/dates.js';
import { compareAuthenticity } from '../../src/compare/authenticity.js';
import { compareAttribution } from '../../src/compare/attribution.js';
import { compareQuotes } from '../../src/compare/quotes.js';
import { compareFigures, figuresAgree, tallyOf } from '../../src/compare/numbers.js';
import { assignStories } from '../../src/align/stories.js';
import type { Mention } from '../../src/types.js';
import { context, doc, event, figure, quote, stance } from './fixtures.js';

const docs = [doc('a', 'Ledger Wire'), doc('b', 'Harbor Post'), doc('c', 'Coast Times')];
const ctx = context(docs);

describe('date disagreements', () => {
  it('flags one event with dates that do not overlap, naming the self-inconsistent article', () => {
    const events = [
      event('a', 'communication', ['Ann Lee', 'Bo Park'], '2024-03-01', ['year-from-publication'], 1),
      event('a', 'communication', ['Ann Lee', 'Bo Park'], '2024-03-03', ['year-from-publication'], 2),
      event('b', 'communication', ['Bo Park', 'Ann Lee'], '2024-03-03'),
    ];
    const [d] = compareEventDates(alignEvents(events, ctx.storyOf), ctx);
    expect(d?.positions.map((p) => p.value)).toEqual(['2024-03-01', '2024-03-03']);
    expect(d?.positions[1]?.outlets).toEqual(['Ledger Wire', 'Harbor Post']);
    expect(d?.selfInconsistent).toEqual(['a.txt']);
    expect(d?.inferredOnly).toBe(false);
  });

  it.each([
    ['a month and a day in it agree', '2024-03', '2024-03-03'],
    ['a week and a day in it agree', '2024-W09', '2024-03-01'],
    ['the same day agrees', '2024-03-03', '2024-03-03'],
  ])('%s', (_name, x, y) => {
    const events = [event('a', 'meeting', ['Ann Lee', 'Bo Park'], x), event('b', 'meeting', ['Ann Lee', 'Bo Park'], y)];
    expect(compareEventDates(alignEvents(events, ctx.storyOf), ctx)).toEqual([]);
  });

  it('never compares different events: other participants, other kinds, single participants, other stories', () => {
    const events = [
      event('a', 'communication', ['Ann Lee', 'Bo Park'], '2024-03-01'),
      event('b', 'communication', ['Ann Lee', 'Cy Dunn'], '2024-03-09'),
      event('b', 'meeting', ['Ann Lee', 'Bo Park'], '2024-03-04'),
      event('a', 'visit', ['Ann Lee'], '2024-02-01'),
      event('c', 'visit', ['Ann Lee'], '2024-02-20'),
    ];
    expect(compareEventDates(alignEvents(events, ctx.storyOf), ctx)).toEqual([]);
    const split = context(docs, (id) => (id === 'c' ? 'other' : 'story'));
    const far = [event('a', 'meeting', ['Ann Lee', 'Bo Park'], '2024-03-01'), event('c', 'meeting', ['Ann Lee', 'Bo Park'], '2019-03-01')];
    expect(compareEventDates(alignEvents(far, split.storyOf), split)).toEqual([]);
  });

  it('marks a conflict that rests only on resolved weekdays as inferred', () => {
    const events = [
      event('a', 'meeting', ['Ann Lee', 'Bo Park'], '2024-03-04', ['weekday-from-publication']),
      event('b', 'meeting', ['Ann Lee', 'Bo Park'], '2024-03-05'),
    ];
    const [d] = compareEventDates(alignEvents(events, ctx.storyOf), ctx);
    expect(d?.inferredOnly).toBe(true);
    expect(d?.positions.find((p) => p.value === '2024-03-04')?.inferred).toBe(true);
  });

  it('keeps the id stable whatever the order of the evidence', () => {
    const events = [event('a', 'meeting', ['Ann Lee', 'Bo Park'], '2024-03-04'), event('b', 'meeting', ['Ann Lee', 'Bo Park'], '2024-03-05')];
    const one = compareEventDates(alignEvents(events, ctx.storyOf), ctx)[0]?.id;
    const two = compareEventDates(alignEvents([...events].reverse(), ctx.storyOf), ctx)[0]?.id;
    expect(one).toBeDefined();
    expect(one).toBe(two);
  });
});

describe('stories', () => {
  const mentions = (docId: string, ids: string[]): Mention[] =>
    ids.map((id, i) => ({ docId, sentenceIndex: i, start: 0, end: 1, text: id, type: 'person', entityId: id }));
  it('joins articles close in time that share names, and keeps far ones apart', () => {
    const d = [doc('a', 'A', '2024-03-05'), doc('b', 'B', '2024-03-07'), doc('c', 'C', '2019-03-05'), doc('e', 'E', '2024-03-06')];
    const m = [...mentions('a', ['p:1', 'p:2']), ...mentions('b', ['p:1', 'p:2']), ...mentions('c', ['p:1', 'p:2']), ...mentions('e', ['p:9'])];
    const stories = assignStories(d, m, 30);
    expect(stories.get('a')).toBe(stories.get('b'));
    expect(stories.get('c')).not.toBe(stories.get('a'));
    expect(stories.get('e')).not.toBe(stories.get('a'));
  });

  it('joins an undated article with one shared name to the article whose opening tells the same thing', () => {
    const undated = (id: string, text: string) => ({ ...doc(id, id.toUpperCase()), published: null, text });
    const claim = 'The space agency confirmed that the Earth will experience six days of almost complete darkness in December.';
    const d = [
      undated('a', `${claim} A solar storm will block sunlight.`),
      undated('b', `A story that the Earth will experience six days of complete darkness in December is a hoax, the space agency said.`),
      undated('c', 'The space agency launched a probe to study a comet on Tuesday.'),
    ];
    const m = [...mentions('a', ['o:agency']), ...mentions('b', ['o:agency']), ...mentions('c', ['o:agency'])];
    const stories = assignStories(d, m, 30);
    expect(stories.get('a')).toBe(stories.get('b'));
    // One shared name and a few common words: not the same story.
    expect(stories.get('c')).not.toBe(stories.get('a'));
  });
});

describe('authenticity', () => {
  it('puts authentic, fake and unconfirmed holders on their sides', () => {
    const stances = [
      stance('a', 'Ann Lee', 'authentic', 'recording', 'Ann Lee said the recording was genuine.'),
      stance('b', 'Bo Park', 'fake', 'recording', 'Bo Park called the recording "fake".'),
      stance('c', 'Cy Dunn', 'unconfirmed', 'recording', 'Cy Dunn did not confirm or deny it.'),
    ];
    const [d] = compareAuthenticity(stances, [], ctx);
    expect(d?.positions.map((p) => p.value)).toEqual(['authentic', 'fake', 'unconfirmed']);
    expect(d?.positions[1]?.label).toContain('Bo Park');
  });
  it('reports nothing when everyone agrees', () => {
    const stances = [stance('a', 'Ann Lee', 'fake', 'video', 'x'), stance('b', 'Bo Park', 'fake', 'video', 'y')];
    expect(compareAuthenticity(stances, [], ctx)).toEqual([]);
  });
});

describe('attribution', () => {
  it('flags the same quoted stance put in different mouths by different outlets', () => {
    const stances = [
      stance('a', 'Ann Lee', 'fake', 'memo', 'Ann Lee called the memo “fake”.'),
      stance('b', 'Bo Park', 'fake', 'memo', 'Bo Park dismissed the memo as "fake".'),
    ];
    const [d] = compareAttribution([], stances, [], ctx);
    expect(d?.kind).toBe('attribution');
    expect(d?.positions.map((p) => p.value).sort()).toEqual(['Ann Lee', 'Bo Park']);
  });
  it('does not flag it when one outlet reports both speakers, or when the stance is not quoted', () => {
    const both = [
      stance('a', 'Ann Lee', 'fake', 'memo', 'Ann Lee called the memo “fake”.', 1),
      stance('a', 'Bo Park', 'fake', 'memo', 'Bo Park agreed it was "fake".', 2),
      stance('b', 'Bo Park', 'fake', 'memo', 'Bo Park called it "fake".'),
    ];
    expect(compareAttribution([], both, [], ctx)).toEqual([]);
    const unquoted = [stance('a', 'Ann Lee', 'fake', 'memo', 'Ann Lee said the memo was fake.'), stance('b', 'Bo Park', 'fake', 'memo', 'Bo Park said it was fake.')];
    expect(compareAttribution([], unquoted, [], ctx)).toEqual([]);
  });
  it('flags one quote attributed to two speakers', () => {
    const quotes = [quote('a', 'Ann Lee', 'we will not sign this deal'), quote('b', 'Bo Park', 'We will not sign this deal.')];
    const [d] = compareAttribution(quotes, [], [], ctx);
    expect(d?.topic).toContain('we will not sign this deal');
  });
});

describe('quotes', () => {
  it('flags the same speaker quoted with different wording for one remark', () => {
    const quotes = [quote('a', 'Ann Lee', 'a very standard form of negotiation'), quote('b', 'Ann Lee', 'standard negotiating procedure')];
    const [d] = compareQuotes(quotes, ctx);
    expect(d?.kind).toBe('quote');
    expect(d?.positions).toHaveLength(2);
  });
  it.each([
    ['one quote contained in the other', 'it shows what a good negotiator does', 'In fact, it shows what a good negotiator does in order to get a deal done'],
    ['unrelated remarks', 'we will rebuild the bridge by spring', 'the budget is balanced'],
    ['identical wording', 'nothing wrong with it', 'Nothing wrong with it'],
  ])('does not flag %s', (_name, x, y) => {
    expect(compareQuotes([quote('a', 'Ann Lee', x), quote('b', 'Ann Lee', y)], ctx)).toEqual([]);
  });
});

describe('figures', () => {
  it.each([
    [figure('a', 30, 'killed', 'at-least'), figure('b', 32, 'killed'), true],
    [figure('a', 32, 'killed'), figure('b', 35, 'killed'), false],
    [figure('a', 100, 'troops', 'about'), figure('b', 105, 'troops'), true],
    [figure('a', 40, 'troops', 'more-than'), figure('b', 35, 'troops'), false],
  ])('%#: agree = %s', (x, y, agree) => {
    expect(figuresAgree(x, y)).toBe(agree);
  });
  it('reports one quantity of one thing that differs, not different things', () => {
    const [d] = compareFigures([figure('a', 32, 'people killed'), figure('b', 35, 'people killed'), figure('c', 12, 'people injured')], ctx);
    expect(d?.positions.map((p) => p.value)).toEqual(['32', '35']);
    expect(compareFigures([figure('a', 32, 'people killed'), figure('b', 12, 'people injured')], ctx)).toEqual([]);
  });
});

describe('what a figure counts', () => {
  it.each([
    ['people killed', 'deaths'],
    ['people dead', 'deaths'],
    ['people died', 'deaths'],
    ['death toll', 'deaths'],
    ['people wounded', 'injured'],
    ['point plan', null],
    ['troops', null],
    ['jurors', null],
  ])('%s → %s', (counted, key) => expect(tallyOf(counted)).toBe(key));

  it('leaves out figures about another year (background)', () => {
    const background = { ...figure('b', 300, 'people killed', 'more-than'), evidence: [{ ...figure('b', 1, 'x').evidence[0]!, text: 'A quake in 1987 killed more than 300 people.' }] };
    expect(compareFigures([figure('a', 120, 'people killed'), background], ctx)).toEqual([]);
  });
});

describe('occasions', () => {
  it('keeps two meetings of the same people apart when the places or the ordinals differ', () => {
    const geneva = { ...event('a', 'meeting', ['Ann Lee', 'Bo Park'], '2024-03-03'), place: 'Geneva' };
    const vienna = { ...event('b', 'meeting', ['Ann Lee', 'Bo Park'], '2024-04-05'), place: 'Vienna' };
    expect(compareEventDates(alignEvents([geneva, vienna], ctx.storyOf), ctx)).toEqual([]);
    const first = { ...event('a', 'meeting', ['Ann Lee', 'Bo Park'], '2024-03-03'), ordinal: 1 };
    const second = { ...event('b', 'meeting', ['Ann Lee', 'Bo Park'], '2024-04-05'), ordinal: 2 };
    expect(compareEventDates(alignEvents([first, second], ctx.storyOf), ctx)).toEqual([]);
    const unplaced = event('c', 'meeting', ['Ann Lee', 'Bo Park'], '2024-03-05');
    const visitA = { ...event('a', 'visit', ['Ann Lee'], '2024-03-03'), place: 'Port Almira' };
    const visitB = { ...event('b', 'visit', ['Ann Lee'], '2024-03-04'), place: 'Port Almira' };
    const elsewhere = { ...event('c', 'visit', ['Ann Lee'], '2024-03-09'), place: 'Kessel' };
    const [trip] = compareEventDates(alignEvents([visitA, visitB, elsewhere], ctx.storyOf), ctx);
    expect(trip?.positions.map((p) => p.value)).toEqual(['2024-03-03', '2024-03-04']);
    expect(compareEventDates(alignEvents([geneva, unplaced], ctx.storyOf), ctx)).toHaveLength(1);
  });
});

describe('disagreement ids across stories', () => {
  it('gives the same kind of dispute in two stories different ids', () => {
    const stances = (doc1: string, doc2: string) => [
      stance(doc1, 'Ann Lee', 'authentic', 'recording', 'Ann Lee said the recording was genuine.'),
      stance(doc2, 'Bo Park', 'fake', 'recording', 'Bo Park called the recording "fake".'),
    ];
    const twoStories = { ...context(docs, (id) => (id === 'c' ? 'other' : 'story')), storyKeys: new Map([['story', '2024-03'], ['other', '2019-07']]) };
    const [first] = compareAuthenticity(stances('a', 'b'), [], twoStories);
    const [second] = compareAuthenticity(stances('c', 'c'), [], twoStories);
    expect(first?.id).toBeDefined();
    expect(second?.id).toBeDefined();
    expect(first?.id).not.toBe(second?.id);
  });
});
