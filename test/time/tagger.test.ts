import { describe, it, expect } from 'vitest';
import { tagTimexes } from '../../src/time/index.js';
import type { Timex } from '../../src/types.js';

// 2024-03-14 is a Thursday; 2025-11-27 is a Thursday too.
const PUB = '2024-03-14';

function tag(text: string, publicationDate: string | null = PUB, resolveAnaphora = false): Timex[] {
  return tagTimexes(text, { publicationDate, resolveAnaphora });
}

/** The single timex whose text is `phrase` (fails loudly when absent). */
function find(text: string, phrase: string, publicationDate: string | null = PUB, resolveAnaphora = false): Timex {
  const found = tag(text, publicationDate, resolveAnaphora).find((t) => t.text === phrase);
  if (!found) throw new Error(`no timex "${phrase}" in ${JSON.stringify(tag(text, publicationDate, resolveAnaphora).map((t) => t.text))}`);
  return found;
}

describe('absolute dates', () => {
  it.each([
    ['The talks took place on October 14, 2025.', 'October 14, 2025', '2025-10-14', 'day'],
    ['The talks took place on 14 October 2025.', '14 October 2025', '2025-10-14', 'day'],
    ['It was filed on 26 Nov 2025 in court.', '26 Nov 2025', '2025-11-26', 'day'],
    ['It was signed on Sept. 3, 2019 in Rome.', 'Sept. 3, 2019', '2019-09-03', 'day'],
    ['The record dates from October 2025.', 'October 2025', '2025-10', 'month'],
    ['Prices fell in 2019 and recovered.', '2019', '2019', 'year'],
    ['Growth was strong in the 1990s.', 'the 1990s', '199', 'interval'],
    ['The filing is dated 2024-02-29.', '2024-02-29', '2024-02-29', 'day'],
    ['The form was signed 10/14/2025 by both.', '10/14/2025', '2025-10-14', 'day'],
    ['The form was signed 14/10/2025 by both.', '14/10/2025', '2025-10-14', 'day'],
    ['Results for the third quarter of 2023 were weak.', 'the third quarter of 2023', '2023-Q3', 'interval'],
    ['Sales rose in the summer of 2021.', 'the summer of 2021', '2021-SU', 'interval'],
  ])('%s → %s = %s', (text, phrase, value, granularity) => {
    const timex = find(text, phrase);
    expect(timex.type).toBe('DATE');
    expect(timex.value).toBe(value);
    expect(timex.granularity).toBe(granularity);
    expect(timex.inferred).toEqual([]);
  });

  it('gives inclusive ranges that let a month contain its days', () => {
    const month = find('It happened in October.', 'October', '2025-11-27');
    const day = find('It happened on October 14.', 'October 14', '2025-11-27');
    expect(month.range).toEqual({ start: '2025-10-01', end: '2025-10-31' });
    expect(day.range).toEqual({ start: '2025-10-14', end: '2025-10-14' });
    expect(day.range!.start >= month.range!.start && day.range!.end <= month.range!.end).toBe(true);
  });

  it.each([
    ['the 1990s', { start: '1990-01-01', end: '1999-12-31' }],
    ['the third quarter of 2023', { start: '2023-07-01', end: '2023-09-30' }],
  ])('range of %s', (phrase, range) => {
    expect(find(`It was weak in ${phrase}.`, phrase).range).toEqual(range);
  });

  it('leaves numeric dates alone when day and month could be swapped', () => {
    expect(tag('The form was signed 05/06/2025 by both.').filter((t) => t.type === 'DATE')).toEqual([]);
  });
});

describe('missing year filled from the publication date', () => {
  it.each([
    // past narration: the latest such date not after publication
    ['He called on Oct. 14 to complain.', 'Oct. 14', '2023-10-14'],
    ['The minister met them on March 2.', 'March 2', '2024-03-02'],
    ['The minister met them on April 2.', 'April 2', '2023-04-02'],
    ['Prices peaked in mid-October.', 'mid-October', '2023-10'],
    ['Troops withdrew in early November.', 'early November', '2023-11'],
    ['They met in January.', 'January', '2024-01'],
    // future narration: the next one
    ['The minister will meet them on April 2.', 'April 2', '2024-04-02'],
    ['The vote will be held on February 10.', 'February 10', '2025-02-10'],
    ['The company plans to list its shares in May.', 'May', '2024-05'],
    ['The dividend is payable Jan. 2 to holders.', 'Jan. 2', '2025-01-02'],
  ])('%s → %s = %s', (text, phrase, value) => {
    const timex = find(text, phrase);
    expect(timex.value).toBe(value);
    expect(timex.inferred).toContain('year-from-publication');
  });

  it('marks tense-direction when a verb decided the year', () => {
    expect(find('The minister will meet them on April 2.', 'April 2').inferred).toContain('tense-direction');
    expect(find('April 2: a list of events', 'April 2').inferred).not.toContain('tense-direction');
  });

  it('reads a month-day just after publication as upcoming when no verb is close to it', () => {
    expect(find('Shareholders of record March 20 get the payment.', 'March 20').value).toBe('2024-03-20');
  });
});

describe('relative to the publication date', () => {
  it.each([
    ['It rained yesterday.', 'yesterday', '2024-03-13', 'day'],
    ['It rains today.', 'today', '2024-03-14', 'day'],
    ['It will rain tomorrow.', 'tomorrow', '2024-03-15', 'day'],
    ['Talks stalled last week.', 'last week', '2024-W10', 'week'],
    ['Talks resume next week.', 'next week', '2024-W12', 'week'],
    ['Sales rose this month.', 'this month', '2024-03', 'month'],
    ['Sales rose last month.', 'last month', '2024-02', 'month'],
    ['Sales rose this year.', 'this year', '2024', 'year'],
    ['Sales rose last year.', 'last year', '2023', 'year'],
    ['Sales will rise next year.', 'next year', '2025', 'year'],
    ['Sales rose earlier this year.', 'earlier this year', '2024', 'year'],
    ['The deal closed two days ago.', 'two days ago', '2024-03-12', 'day'],
    ['The deal closed three weeks ago.', 'three weeks ago', '2024-W08', 'week'],
    ['The deal closed five years ago.', 'five years ago', '2019', 'year'],
    ['The deal will close in two weeks.', 'two weeks', '2024-W13', 'week'],
  ])('%s → %s = %s', (text, phrase, value, granularity) => {
    const timex = find(text, phrase);
    expect(timex.value).toBe(value);
    expect(timex.granularity).toBe(granularity);
    expect(timex.inferred).toContain('relative-to-publication');
  });

  it.each([
    ['Prices have risen recently.', 'recently', 'PAST_REF'],
    ['Prices are high now.', 'now', 'PRESENT_REF'],
    ['Prices are currently high.', 'currently', 'PRESENT_REF'],
    ['Prices may fall in the future.', 'the future', 'FUTURE_REF'],
  ])('%s → %s = %s', (text, phrase, value) => {
    expect(find(text, phrase).value).toBe(value);
    expect(find(text, phrase).range).toBeNull();
  });
});

describe('bare weekdays follow the tense of the sentence', () => {
  it.each([
    ['The minister met his counterpart on Tuesday.', 'Tuesday', '2024-03-12'],
    ['The ministry said Thursday that talks failed.', 'Thursday', '2024-03-14'],
    ['Officials spoke on Friday about the leak.', 'Friday', '2024-03-08'],
    ['The minister will travel to Paris on Tuesday.', 'Tuesday', '2024-03-19'],
    ['The board is due to report on Monday.', 'Monday', '2024-03-18'],
    ['She plans to visit the site on Friday.', 'Friday', '2024-03-15'],
    ['They’ll sign it on Saturday.', 'Saturday', '2024-03-16'],
    ['The meeting is scheduled for Wednesday.', 'Wednesday', '2024-03-20'],
    ['Markets fell last Friday.', 'last Friday', '2024-03-08'],
    ['Markets open next Monday.', 'next Monday', '2024-03-18'],
  ])('%s → %s = %s', (text, phrase, value) => {
    const timex = find(text, phrase);
    expect(timex.value).toBe(value);
    expect(timex.inferred).toContain('weekday-from-publication');
  });

  it('marks tense-direction for a future weekday', () => {
    expect(find('The minister will travel to Paris on Tuesday.', 'Tuesday').inferred).toContain('tense-direction');
  });
});

describe('an explicit date beside a weekday wins', () => {
  it.each([
    ['Trump met him on Wednesday (November 26) at the summit.', 'Wednesday (November 26)', '2025-11-26'],
    ['Trump met him on Wednesday, Nov. 26, at the summit.', 'Wednesday, Nov. 26', '2025-11-26'],
    // the stated weekday is wrong for the date: the date is kept
    ['Trump met him on Monday (November 26) at the summit.', 'Monday (November 26)', '2025-11-26'],
  ])('%s', (text, phrase, value) => {
    const timexes = tag(text, '2025-11-27');
    expect(timexes.filter((t) => t.type === 'DATE')).toHaveLength(1);
    expect(find(text, phrase, '2025-11-27').value).toBe(value);
  });
});

describe('without a publication date', () => {
  it.each([
    ['The talks took place on October 14, 2025.', 'October 14, 2025', '2025-10-14'],
    ['The talks took place on October 14.', 'October 14', 'XXXX-10-14'],
    ['It rained yesterday.', 'yesterday', null],
    ['The minister met them on Tuesday.', 'Tuesday', null],
    ['Talks stalled last week.', 'last week', null],
  ])('%s → %s = %s', (text, phrase, value) => {
    const timex = find(text, phrase, null);
    expect(timex.value).toBe(value);
    if (value === null || value.startsWith('X')) expect(timex.range).toBeNull();
  });
});

describe('anaphoric expressions', () => {
  it.each([
    ['Talks resumed the next day.', 'the next day', 1, 'after'],
    ['They met again the following week.', 'the following week', 7, 'after'],
    ['The deal was signed two days later.', 'two days later', 2, 'after'],
    ['A draft had circulated a day earlier.', 'a day earlier', -1, 'before'],
    ['A draft had circulated the day before.', 'the day before', -1, 'before'],
    ['He resigned that day.', 'that day', 0, 'same'],
    ['He resigned later that week.', 'later that week', 0, 'same'],
  ])('%s → %s', (text, phrase, offsetDays, relation) => {
    const timex = find(text, phrase);
    expect(timex.value).toBeNull();
    expect(timex.anaphoric).toEqual({ offsetDays, relation });
  });

  it('resolves against the most recent preceding date when asked', () => {
    const text = 'They met on March 3. The next day, talks resumed. Two days later a deal was reached.';
    expect(find(text, 'The next day', PUB, true).value).toBe('2024-03-04');
    expect(find(text, 'The next day', PUB, true).inferred).toContain('relative-to-event');
    expect(find(text, 'Two days later', PUB, true).value).toBe('2024-03-06');
  });

  it('leaves an expression anchored to a named event unresolved', () => {
    const text = 'On March 3 they met. They spoke a day before the president met the envoy.';
    const timex = find(text, 'a day before', PUB, true);
    expect(timex.value).toBeNull();
    expect(timex.anaphoric).toEqual({ offsetDays: -1, relation: 'before' });
  });

  it('has nothing to resolve against without a preceding date', () => {
    expect(find('The next day, talks resumed.', 'The next day', PUB, true).value).toBeNull();
  });
});

describe('times, durations and sets', () => {
  it.each([
    ['The statement came at 5 p.m. on the day.', '5 p.m.', 'TIME', '2024-03-14T17:00'],
    ['The post went up at 19:38.', '19:38', 'TIME', '2024-03-14T19:38'],
    ['The war lasted three years.', 'three years', 'DURATION', 'P3Y'],
    ['The plan took two-year talks.', 'two-year', 'DURATION', 'P2Y'],
    ['Inspectors visit every week.', 'every week', 'SET', 'P1W'],
    ['The paper appears daily.', 'daily', 'SET', 'P1D'],
  ])('%s → %s', (text, phrase, type, value) => {
    const timex = find(text, phrase);
    expect(timex.type).toBe(type);
    expect(timex.value).toBe(value);
  });

  it('puts a clock time on the day named in its sentence', () => {
    expect(find('They met on March 3 at 19:38 local time.', '19:38').value).toBe('2024-03-03T19:38');
    expect(find('Bids are due by 5 p.m. Friday at the latest.', '5 p.m. Friday').value).toBe('2024-03-15T17:00');
  });
});

describe('things that are not dates', () => {
  it.each([
    'Section 14 of the act applies.',
    'They proposed a 28-point plan.',
    'The Boeing 747 landed safely.',
    'He paid $2025 for it.',
    'May I ask a question?',
    'They will March toward the border.',
    'The Fall of Rome is a long story.',
    'See page 10/14 of the report.',
    'He scored 2025 points for the club.',
    'About 2025 people attended.',
    'Version 2.0 was released with 1,500 fixes.',
    'He may leave the party.',
    'They march on the capital.',
    'Prices fall when supply rises.',
    'The Mayor spoke to reporters.',
    'She wrote a book called Work and The Future of Cities.',
    'He holds the title for the club.',
  ])('%s', (text) => {
    expect(tag(text).filter((t) => t.type === 'DATE')).toEqual([]);
  });
});

describe('periods TimeML names', () => {
  it.each([
    // 2024-03-14: the latest completed quarter is 2023-Q4, the current one 2024-Q1
    ['Profit fell in the third quarter.', 'the third quarter', '2023-Q3'],
    ['Profit fell in the first quarter.', 'the first quarter', '2024-Q1'],
    ['Profit fell in the latest quarter.', 'the latest quarter', '2023-Q4'],
    ['Profit fell in the year-ago quarter.', 'the year-ago quarter', '2022-Q4'],
    ['Profit fell in the first half of 2022.', 'the first half of 2022', '2022-H1'],
    ['Sales slowed last summer.', 'last summer', '2023-SU'],
    ['Sales will pick up this fall.', 'this fall', '2024-FA'],
    ['Shops were busy over the weekend.', 'the weekend', '2024-W10-WE'],
    ['The talks broke down on Christmas Day.', 'Christmas Day', '2023-12-25'],
    ['He spoke on Tuesday night.', 'Tuesday night', '2024-03-12TNI'],
    ['He spoke this morning.', 'this morning', '2024-03-14TMO'],
  ])('%s → %s = %s', (text, phrase, value) => {
    expect(find(text, phrase).value).toBe(value);
  });

  it('reads "a year earlier" as the same period one year before', () => {
    const text = 'Profit rose in the third quarter of 2023, against a loss a year earlier.';
    expect(find(text, 'a year earlier', PUB, true).value).toBe('2022-Q3');
  });
});

describe('offsets', () => {
  it('indexes the tagged text', () => {
    const text = 'First line.\nThe talks took place on October 14, 2025, in Geneva.';
    for (const timex of tag(text)) expect(text.slice(timex.start, timex.end)).toBe(timex.text);
  });
});
