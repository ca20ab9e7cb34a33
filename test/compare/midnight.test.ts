// Dates told near midnight: "late Tuesday" in one account and "early Wednesday" in another can be the same hour.
import { describe, expect, it } from 'vitest';
import { alignEvents } from '../../src/align/events.js';
import { compareEventDates } from '../../src/compare/dates.js';
import type { EventAssertion } from '../../src/types.js';
import { context, doc, event, span } from './fixtures.js';

const ctx = context([doc('a', 'Ledger Wire'), doc('b', 'Harbor Post')]);

/** A meeting of two people dated by `time` (as the tagger read it) in `sentence`. */
function meeting(docId: string, value: string, time: string, sentence: string): EventAssertion {
  const e = event(docId, 'meeting', ['Jon Dree', 'Ada Vell'], value);
  return { ...e, time: { ...e.time!, text: time }, evidence: [span(docId, 1, sentence)] };
}

describe('dates near midnight', () => {
  it.each([
    ['late Tuesday / early Wednesday', meeting('a', '2016-11-08', 'Tuesday', 'They met late Tuesday near the city.'), meeting('b', '2016-11-09TMO', 'Wednesday morning', 'They met early Wednesday morning.')],
    ['Tuesday night / early Wednesday', meeting('a', '2016-11-08TNI', 'Tuesday night', 'They met Tuesday night.'), meeting('b', '2016-11-09', 'Wednesday', 'They met in the early hours, early Wednesday.')],
  ])('%s is no conflict', (_label, one, other) => {
    expect(compareEventDates(alignEvents([one, other], ctx.storyOf), ctx)).toEqual([]);
  });

  it.each([
    ['Tuesday / Wednesday', meeting('a', '2016-11-08', 'Tuesday', 'They met on Tuesday.'), meeting('b', '2016-11-09', 'Wednesday', 'They met on Wednesday.')],
    ['late Tuesday / a plain Wednesday', meeting('a', '2016-11-08', 'Tuesday', 'They met late on Tuesday.'), meeting('b', '2016-11-09', 'November 9', 'They met on November 9.')],
    ['shortly before midnight on Tuesday / early Wednesday', meeting('a', '2016-11-08', 'Tuesday, November 8', 'They met on Tuesday, November 8, shortly before midnight.'), meeting('b', '2016-11-09', 'Wednesday', 'They met on Wednesday.')],
    ['late Tuesday / early Thursday', meeting('a', '2016-11-08', 'Tuesday', 'They met late Tuesday.'), meeting('b', '2016-11-10', 'Thursday', 'They met early Thursday.')],
  ])('%s still is', (_label, one, other) => {
    const [d] = compareEventDates(alignEvents([one, other], ctx.storyOf), ctx);
    expect(d?.positions).toHaveLength(2);
  });
});
