// A shooting told from the victim's side ("was shot") or the gunman's ("fired shots") is the shooting itself, and
// takes the date of its clause; a reporting verb before it does not.
import { describe, expect, it } from 'vitest';
import { eventExtractor } from '../../src/extract/events.js';
import type { EventAssertion } from '../../src/types.js';
import { sentenceContext, type MentionSpec, type TimexSpec } from './helpers.js';

function incidents(text: string, mentions: MentionSpec[], timexes: TimexSpec[]): Array<{ trigger: string; date: string | null }> {
  const { sentence, ctx } = sentenceContext(text, mentions, timexes);
  return (eventExtractor.extract(sentence, ctx) as EventAssertion[])
    .filter((e) => e.eventType === 'incident')
    .map((e) => ({ trigger: e.trigger, date: e.time?.value ?? null }));
}

describe('shootings in other words', () => {
  it.each<[string, MentionSpec[], TimexSpec[], string]>([
    ['Mara Quell was shot on Sunday night outside her home.', [{ text: 'Mara Quell' }], [{ text: 'Sunday night', value: '2016-07-17' }], 'was shot'],
    ['Dov Renner told police he was firing shots toward a home July 18 to scare another man.', [{ text: 'Dov Renner' }], [{ text: 'July 18', value: '2016-07-18' }], 'firing shots'],
    ['Lina Ostrow was struck by a stray bullet on July 17 while walking past a porch.', [{ text: 'Lina Ostrow' }], [{ text: 'July 17', value: '2016-07-17' }], 'struck by a stray bullet'],
    ['Dov Renner fired a gun Sunday night at a porch filled with people.', [{ text: 'Dov Renner' }], [{ text: 'Sunday night', value: '2016-07-17' }], 'fired a gun'],
    ['A 5-year-old boy shot himself with a handgun Saturday evening at a paintball park.', [], [{ text: 'Saturday evening', value: '2016-02-06' }], 'shot himself'],
  ])('%j is a dated shooting', (text, mentions, timexes, trigger) => {
    const found = incidents(text, mentions, timexes);
    expect(found).toEqual([{ trigger, date: timexes[0]!.value }]);
  });

  it.each<[string, TimexSpec[]]>([
    ['The photographer shot the video on Monday.', [{ text: 'Monday', value: '2016-07-18' }]],
    ['She fired her manager on Monday.', [{ text: 'Monday', value: '2016-07-18' }]],
    ['The film was shot in March in the desert.', [{ text: 'March', value: '2016-03' }]],
  ])('%j is no shooting', (text, timexes) => {
    expect(incidents(text, [], timexes).filter((e) => /shot|fir/.test(e.trigger))).toEqual([]);
  });
});
