import { describe, expect, it } from 'vitest';
import { eventExtractor } from '../../src/extract/events.js';
import type { EventAssertion } from '../../src/types.js';
import { sentenceContext, type MentionSpec, type TimexSpec } from './helpers.js';

function run(text: string, mentions: MentionSpec[], timexes: TimexSpec[] = []): EventAssertion[] {
  const { sentence, ctx } = sentenceContext(text, mentions, timexes);
  return eventExtractor.extract(sentence, ctx) as EventAssertion[];
}

const summary = (events: EventAssertion[]) =>
  events.map((e) => ({ type: e.eventType, participants: e.participants.map((p) => p.text).sort(), date: e.time?.value ?? null }));

describe('event frames', () => {
  it.each<[string, string, MentionSpec[], TimexSpec[], Array<{ type: string; participants: string[]; date: string | null }>]>([
    [
      'X and Y spoke',
      'Anna Berg and Omar Haddad spoke on March 3 to discuss the ceasefire.',
      [{ text: 'Anna Berg' }, { text: 'Omar Haddad' }],
      [{ text: 'March 3', value: '2025-03-03' }],
      [{ type: 'communication', participants: ['Anna Berg', 'Omar Haddad'], date: '2025-03-03' }],
    ],
    [
      'an <date> call between X and Y',
      'The report centers on an April 9 phone conversation between Berg and Haddad.',
      [{ text: 'Berg' }, { text: 'Haddad' }],
      [{ text: 'April 9', value: '2025-04-09' }],
      [{ type: 'communication', participants: ['Berg', 'Haddad'], date: '2025-04-09' }],
    ],
    [
      'dash aside inside between',
      'The April 9 call between Berg — the finance minister — and Haddad was leaked.',
      [{ text: 'Berg' }, { text: 'Haddad' }],
      [{ text: 'April 9', value: '2025-04-09' }],
      [{ type: 'communication', participants: ['Berg', 'Haddad'], date: '2025-04-09' }],
    ],
    [
      "X's call with Y",
      "Berg's call with Haddad was recorded.",
      [{ text: 'Berg' }, { text: 'Haddad' }],
      [],
      [{ type: 'communication', participants: ['Berg', 'Haddad'], date: null }],
    ],
    [
      'possessive role noun is not a participant',
      "The president's envoy Lena Ostrova met Haddad on Friday.",
      [{ text: 'Lena Ostrova' }, { text: 'Haddad' }],
      [{ text: 'Friday', value: '2025-11-21', inferred: ['weekday-from-publication'] }],
      [{ type: 'meeting', participants: ['Haddad', 'Lena Ostrova'], date: '2025-11-21' }],
    ],
    [
      'name as modifier of a role',
      'The agency published the transcript of a May 2 telephone call in which Novak envoy Lena Ostrova advised Haddad.',
      [{ text: 'Novak' }, { text: 'Lena Ostrova' }, { text: 'Haddad' }],
      [{ text: 'May 2', value: '2025-05-02' }],
      [{ type: 'communication', participants: ['Haddad', 'Lena Ostrova'], date: '2025-05-02' }],
    ],
  ])('%s', (_name, text, mentions, timexes, expected) => {
    expect(summary(run(text, mentions, timexes))).toEqual(expected);
  });

  it('separates two clauses with their own dates', () => {
    const events = run(
      'Berg and Haddad spoke on March 3, and the transcript of their conversation was leaked by the Daily Ledger on Tuesday.',
      [{ text: 'Berg' }, { text: 'Haddad' }, { text: 'Daily Ledger', type: 'organization' }],
      [
        { text: 'March 3', value: '2025-03-03' },
        { text: 'Tuesday', value: '2025-11-25', inferred: ['weekday-from-publication'] },
      ],
    );
    const call = events.find((e) => e.eventType === 'communication');
    const publication = events.find((e) => e.eventType === 'publication');
    expect(call?.time?.value).toBe('2025-03-03');
    expect(call?.participants.map((p) => p.text).sort()).toEqual(['Berg', 'Haddad']);
    expect(publication?.participants.map((p) => p.text)).toEqual(['Daily Ledger']);
    expect(publication?.time?.value).toBe('2025-11-25');
  });

  it('records an anchor for "a day before X met Y"', () => {
    const [event] = run('Novak and Berg ended up speaking to each other a day before the president met with Haddad at the palace.', [
      { text: 'Novak' },
      { text: 'Berg' },
      { text: 'Haddad' },
    ]);
    expect(event?.eventType).toBe('communication');
    expect(event?.participants.map((p) => p.text).sort()).toEqual(['Berg', 'Novak']);
    expect(event?.anchor).toMatchObject({ offsetDays: 1, relation: 'before', eventType: 'meeting' });
    expect(event?.anchor?.participants.map((p) => p.text)).toEqual(['Haddad']);
  });

  it('records the place and the ordinal of an occasion', () => {
    const [event] = run('Berg and Haddad held their second meeting in Vienna on July 5.', [{ text: 'Berg' }, { text: 'Haddad' }, { text: 'Vienna', type: 'place' }], [
      { text: 'July 5', value: '2027-07-05' },
    ]);
    expect(event).toMatchObject({ eventType: 'meeting', place: 'Vienna', ordinal: 2 });
  });

  it.each<[string, string, MentionSpec[], TimexSpec[], string | null]>([
    [
      'a date in a "since" phrase belongs to something else',
      'Berg and Haddad met in Geneva for their first talks since the border clashes of 2016.',
      [{ text: 'Berg' }, { text: 'Haddad' }, { text: 'Geneva', type: 'place' }],
      [{ text: '2016', value: '2016', granularity: 'year', inferred: [] }],
      null,
    ],
    [
      'a possessive date modifies its own noun',
      "Berg met Haddad after Tuesday's vote.",
      [{ text: 'Berg' }, { text: 'Haddad' }],
      [{ text: 'Tuesday', value: '2025-11-25', inferred: ['weekday-from-publication'] }],
      null,
    ],
  ])('%s', (_name, text, mentions, timexes, expected) => {
    const events = run(text, mentions, timexes).filter((e) => e.eventType === 'meeting');
    expect(events[0]?.time?.value ?? null).toBe(expected);
  });

  it('never lists a possessive pronoun as a participant', () => {
    const [event] = run('Petrov and his counterpart Mireille Dubach met on June 3.', [
      { text: 'Petrov' },
      { text: 'his', pronoun: true },
      { text: 'Mireille Dubach' },
    ], [{ text: 'June 3', value: '2027-06-03' }]);
    expect(event?.participants.map((p) => p.text)).toEqual(['Petrov', 'Mireille Dubach']);
  });

  it.each<[string, MentionSpec[], TimexSpec[]]>([
    [
      'PORT ALMIRA, Nerasca (Meridian Wire) - At least 120 people were killed when the quake struck the Valdoria coast on Tuesday, civil protection officials said.',
      [{ text: 'Nerasca', type: 'place' }, { text: 'Meridian Wire', type: 'organization' }, { text: 'Valdoria', type: 'place' }],
      [{ text: 'Tuesday', value: '2019-03-12', inferred: ['weekday-from-publication'] }],
    ],
    [
      "The death toll from Tuesday's earthquake stood at 95, the Interior Ministry said.",
      [{ text: 'Interior Ministry', type: 'organization' }],
      [{ text: 'Tuesday', value: '2019-03-12', inferred: ['weekday-from-publication'] }],
    ],
  ])('dates no statement when the speaker is not the subject next to the verb: %s', (text, mentions, timexes) => {
    expect(run(text, mentions, timexes).filter((e) => e.eventType === 'statement')).toEqual([]);
  });

  it('dates a statement by a named speaker', () => {
    const events = run('Deputy minister Ivo Marek on Thursday downplayed the entire controversy.', [{ text: 'Ivo Marek' }], [
      { text: 'Thursday', value: '2025-11-27', inferred: ['weekday-from-publication'] },
    ]);
    expect(summary(events)).toEqual([{ type: 'statement', participants: ['Ivo Marek'], date: '2025-11-27' }]);
  });

  it.each<[string, MentionSpec[], TimexSpec[]]>([
    ['The leak has deepened partisan divides over the handling of the war.', [], []],
    ['He called for firing the leaker and not the envoy.', [{ text: 'He', pronoun: true }], []],
    ['The committee will publish its findings.', [], []],
    ['Berg was named on March 3.', [{ text: 'Berg' }], [{ text: 'March 3', value: '2025-03-03' }]],
    ['Readers called the story remarkable.', [], []],
    ['Maria Lopez called John Smith a liar on Monday.', [{ text: 'Maria Lopez' }, { text: 'John Smith' }], [{ text: 'Monday', value: '2024-03-04' }]],
    ['Officials called the talks productive.', [], []],
  ])('yields no event: %s', (text, mentions, timexes) => {
    expect(run(text, mentions, timexes)).toEqual([]);
  });
});
