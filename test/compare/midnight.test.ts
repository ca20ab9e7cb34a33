// Dates told near midnight: "late Tuesday" in one account and "early Wednesday" in another can be the same hour.
import { describe, expect, it } from 'vitest';
import { alignEvents } from '../../src/align/events.js';
import { compareEventDates } from '../../src/compare/dates.js';
import type { EventAssertion } from '../../src/types.js';
import { context, doc, event, span } from './fixtures.js';

const ctx = context([doc('a', 'Ledger Wire'), doc('b', 'Harbor Post')]);

/** An arrest of one person dated by `time` (as the tagger read it) in `sentence`. */
function arrest(docId: string, value: string, time: string, sentence: string): EventAssertion {
  const e = event(docId, 'meeting', ['Jon Dree', 'Ada Vell'], value);
  return { ...e, time: { ...e.time!, text: time }, evidence: [span(docId, 1, sentence)] };
}

describe('dates near midnight', () => {
  it.each([
    ['late Tuesday / early Wednesday', arrest('a', '2016-11-08', 'Tuesday', 'They met late Tuesday near the city.'), arrest('b', '2016-11-09TMO', 'Wednesday morning', 'They met early Wednesday morning.')],
    ['Tuesday night / Wednesday', arrest('a', '2016-11-08TNI', 'Tuesday night', 'They met Tuesday night.'), arrest('b', '2016-11-09', 'Wednesday', 'They met overnight into Wednesday.')],
  ])('%s is no conflict', (_label, one, other) => {
    expect(compareEventDates(alignEvents([one, other], ctx.storyOf), ctx)).toEqual([]);
  });

  it.each([
    ['Tuesday / Wednesday', arrest('a', '2016-11-08', 'Tuesday', 'They met on Tuesday.'), arrest('b', '2016-11-09', 'Wednesday', 'They met on Wednesday.')],
    ['late Tuesday / Thursday', arrest('a', '2016-11-08', 'Tuesday', 'They met late Tuesday.'), arrest('b', '2016-11-10', 'Thursday', 'They met early Thursday.')],
  ])('%s still is', (_label, one, other) => {
    const [d] = compareEventDates(alignEvents([one, other], ctx.storyOf), ctx);
    expect(d?.positions).toHaveLength(2);
  });
});
