// Dates of one incident across articles: a follow-up published months later (a plea, a verdict) that retells the
// incident of an earlier story, and a named weekday set against a month-day of another day of the week.
import { describe, expect, it } from 'vitest';
import { alignEvents } from '../../src/align/events.js';
import { compareEventDates } from '../../src/compare/dates.js';
import type { EventAssertion, Inference } from '../../src/types.js';
import { context, doc, event, span } from './fixtures.js';

// 'early' and 'late' are two stories: the follow-up was published seven months after the first report.
const ctx = context([doc('a', 'Ledger Wire', '2016-07-20'), doc('b', 'Harbor Post', '2017-02-14'), doc('c', 'Valley News', '2016-07-21')], (id) => (id === 'b' ? 'late' : 'early'));
const published = (id: string) => ctx.documents.get(id)?.published?.date ?? null;

/** A shooting by the named people dated `value` (`time` as written) in `sentence`. */
function shooting(docId: string, people: string[], value: string, time: string, sentence: string, inferred: Inference[]): EventAssertion {
  const e = event(docId, 'incident', people, value, inferred);
  // The trigger as the sentence words it ("fired shots", "firing shots").
  const trigger = /\bfir(?:ed|ing) shots\b/.exec(sentence)?.[0] ?? 'fired shots';
  return { ...e, trigger, time: { ...e.time!, text: time, granularity: 'day' }, evidence: [span(docId, 1, sentence)] };
}

const sundayNight = shooting('a', ['Kai Morrow'], '2016-07-17TNI', 'Sunday night', 'Kai Morrow told police he fired shots Sunday night at a porch.', ['weekday-from-publication', 'tense-direction']);
const july18 = shooting('b', ['Kai Morrow'], '2016-07-18', 'July 18', 'Kai Morrow told police he was firing shots toward a home July 18.', ['year-from-publication', 'tense-direction']);

function compare(events: EventAssertion[]) {
  return compareEventDates(alignEvents(events, ctx.storyOf, published), ctx);
}

describe('an incident retold by an article outside the story window', () => {
  it('meets the story\'s incident when it names the same person and dates it within days', () => {
    const [d] = compare([sundayNight, july18]);
    expect(d?.positions.map((p) => p.value).sort()).toEqual(['2016-07-17TNI', '2016-07-18']);
    // "Sunday" is not the day of the week of July 18, 2016 (a Monday): the words conflict, not only crosscheck's reading.
    expect(d?.inferredOnly).toBe(false);
    expect(d?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('stays apart when it dates the incident weeks away (another shooting by the same man)', () => {
    const later = shooting('b', ['Kai Morrow'], '2016-08-30', 'Aug. 30', 'Kai Morrow fired shots at a car Aug. 30.', ['year-from-publication']);
    expect(compare([sundayNight, later])).toEqual([]);
  });

  it('stays apart when the incident names nobody', () => {
    const a = shooting('a', [], '2016-07-17', 'Sunday', 'Shots were fired Sunday at a porch.', ['weekday-from-publication']);
    const b = shooting('b', [], '2016-07-18', 'July 18', 'Shots were fired at a home July 18.', ['year-from-publication']);
    expect(compare([a, b])).toEqual([]);
  });

  it('stays apart when it names other people', () => {
    const other = shooting('b', ['Lena Ortiz'], '2016-07-18', 'July 18', 'Lena Ortiz was firing shots toward a home July 18.', ['year-from-publication']);
    expect(compare([sundayNight, other])).toEqual([]);
  });
});

describe('a named weekday against a month-day (one story)', () => {
  it('is a stated conflict when the weekday is not that date\'s day of the week', () => {
    // July 17, 2016 was a Sunday: "Saturday" is another day, whichever week it is read in.
    const saturday = shooting('c', ['Kai Morrow'], '2016-07-16', 'Saturday', 'Kai Morrow fired shots Saturday.', ['weekday-from-publication']);
    const july17 = shooting('a', ['Kai Morrow'], '2016-07-17', 'July 17', 'Kai Morrow fired shots on July 17.', ['year-from-publication']);
    const [d] = compare([saturday, july17]);
    expect(d?.positions).toHaveLength(2);
    expect(d?.inferredOnly).toBe(false);
  });

  it('rests on crosscheck\'s reading when the weekday is that date\'s day of the week in another week', () => {
    // "Monday" read as July 11 against "July 18", also a Monday: only the week crosscheck chose differs.
    const monday = shooting('c', ['Kai Morrow'], '2016-07-11', 'Monday', 'Kai Morrow fired shots Monday.', ['weekday-from-publication']);
    const july18same = shooting('a', ['Kai Morrow'], '2016-07-18', 'July 18', 'Kai Morrow fired shots on July 18.', ['year-from-publication']);
    const [d] = compare([monday, july18same]);
    expect(d?.inferredOnly).toBe(true);
    expect(d?.confidence).toBeLessThan(0.6);
  });

  it('rests on crosscheck\'s reading when the weekday stands far from the incident word', () => {
    // "on Monday" dates the jurors' asking; the sentence says nothing of the shooting's day of the week.
    const asked = shooting('c', ['Kai Morrow'], '2016-07-18', 'Monday', 'Jurors on Monday asked to review a video of Kai Morrow boasting that he fired shots.', ['weekday-from-publication']);
    const july20 = shooting('a', ['Kai Morrow'], '2016-07-20', 'July 20', 'Kai Morrow fired shots on July 20.', ['year-from-publication']);
    const [d] = compare([asked, july20]);
    expect(d?.inferredOnly).toBe(true);
    expect(d?.confidence).toBeLessThan(0.6);
  });

  it('rests on crosscheck\'s reading when the two dates are weeks apart (more likely two events)', () => {
    // "arrested Thursday" against "arrested Nov. 22", three months before: not two readings of one day.
    const thursday = shooting('c', ['Kai Morrow'], '2016-07-21', 'Thursday', 'Kai Morrow fired shots on Thursday.', ['weekday-from-publication']);
    const april = shooting('a', ['Kai Morrow'], '2016-04-19', 'April 19', 'Kai Morrow fired shots April 19.', ['year-from-publication']);
    const [d] = compare([thursday, april]);
    expect(d?.inferredOnly).toBe(true);
    expect(d?.confidence).toBeLessThan(0.6);
  });

  it('agrees when the weekday resolves to the same day as the month-day', () => {
    const sunday = shooting('c', ['Kai Morrow'], '2016-07-17', 'Sunday', 'Kai Morrow fired shots Sunday.', ['weekday-from-publication']);
    const july17 = shooting('a', ['Kai Morrow'], '2016-07-17', 'July 17', 'Kai Morrow fired shots on July 17.', ['year-from-publication']);
    expect(compare([sunday, july17])).toEqual([]);
  });
});
