import { describe, expect, it } from 'vitest';
import { anchorEventDates, fillMissingYears } from '../../src/resolve/dates.js';
import type { EventAssertion } from '../../src/types.js';
import { event } from '../compare/fixtures.js';

const ref = (name: string) => ({ text: name, entityId: `person:${name.toLowerCase().replace(/\s+/g, '-')}`, name });

function anchored(docId: string, relation: 'before' | 'after', offsetDays: number, anchorPeople: string[], type: EventAssertion['eventType'] = 'meeting'): EventAssertion {
  return {
    ...event(docId, 'communication', ['Ann Lee', 'Bo Park'], null, [], 7),
    anchor: { offsetDays, relation, eventType: type, participants: anchorPeople.map(ref), text: `${offsetDays} day ${relation} the meeting` },
  };
}

describe('anchorEventDates', () => {
  const story = new Map([
    ['a', 's'],
    ['b', 's'],
    ['z', 'other'],
  ]);
  it.each([
    ['a day before', 'before', 1, '2024-03-16'],
    ['two days after', 'after', 2, '2024-03-19'],
  ] as const)('"%s" the meeting on March 17 → %s', (_name, relation, days, expected) => {
    const meeting = event('a', 'meeting', ['Cy Dunn', 'Ann Lee'], '2024-03-17', ['year-from-publication']);
    const [call] = anchorEventDates([anchored('a', relation, days, ['Cy Dunn']), meeting], story);
    expect(call?.time?.value).toBe(expected);
    expect(call?.inferred).toContain('relative-to-event');
    expect(call?.evidence).toHaveLength(2);
  });

  it('accepts a visit as the anchor of a meeting, and looks in the same story when the article lacks it', () => {
    const visit = event('b', 'visit', ['Cy Dunn'], '2024-03-17');
    const [call] = anchorEventDates([anchored('a', 'before', 1, ['Cy Dunn']), visit], story);
    expect(call?.time?.value).toBe('2024-03-16');
  });

  it.each([
    ['the anchor event is undated', [event('a', 'meeting', ['Cy Dunn'], null)]],
    ['the anchor names someone else', [event('a', 'meeting', ['Dee Fox'], '2024-03-17')]],
    ['the anchor is in another story', [event('z', 'meeting', ['Cy Dunn'], '2024-03-17')]],
    ['the anchor is only a month', [event('a', 'meeting', ['Cy Dunn'], '2024-03')]],
  ])('leaves the date open when %s', (_name, others) => {
    const [call] = anchorEventDates([anchored('a', 'before', 1, ['Cy Dunn']), ...others], story);
    expect(call?.time).toBeNull();
  });
});

describe('fillMissingYears', () => {
  it('takes the year of the event group for a month-day from an undated article, marked as inferred', () => {
    const undated = event('c', 'communication', ['Ann Lee', 'Bo Park'], 'XXXX-10-14');
    const [filled] = fillMissingYears([undated], () => '2031');
    expect(filled?.time?.value).toBe('2031-10-14');
    expect(filled?.inferred).toContain('year-from-story');
  });
  it('leaves it without a year when the group states none', () => {
    const undated = event('c', 'communication', ['Ann Lee', 'Bo Park'], 'XXXX-10-14');
    expect(fillMissingYears([undated], () => null)[0]?.time?.value).toBe('XXXX-10-14');
  });
});
