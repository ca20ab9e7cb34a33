import { describe, expect, it } from 'vitest';
import { dateFromFileName, parseDateline, parseDateValue, parseTimeLine, zoneOffset } from '../../src/ingest/dates.js';
import { ingest } from '../../src/ingest/index.js';

describe('datelines', () => {
  it.each([
    ['Last Updated: November 27, 2025, 19:38 IST', { date: '2025-11-27', time: '19:38', timezone: 'IST', iso: '2025-11-27T19:38+05:30', label: 'updated' }],
    ['Last Updated:November 27, 2025, 19:38 IST', { date: '2025-11-27', time: '19:38', timezone: 'IST', label: 'updated' }],
    ['First Published: June 13, 2013 4:59 PM EDT', { date: '2013-06-13', time: '16:59', timezone: 'EDT', iso: '2013-06-13T16:59-04:00', label: 'published' }],
    ['Wednesday, 26 Nov 2025', { date: '2025-11-26', label: 'plain' }],
    ['Nov 27, 2025', { date: '2025-11-27', label: 'plain' }],
    ['FP Explainers November 27, 2025, 13:06:53 IST', { date: '2025-11-27', time: '13:06:53', iso: '2025-11-27T13:06:53+05:30' }],
    ['2024-07-01', { date: '2024-07-01' }],
    ['Posted 2024-07-01T09:30:00Z', { date: '2024-07-01', time: '09:30:00', label: 'published' }],
    ['Published 3 March 2024 08:15 GMT', { date: '2024-03-03', time: '08:15', timezone: 'GMT', iso: '2024-03-03T08:15+00:00', label: 'published' }],
    ['Updated: Jan. 5, 2024 at 10:02 a.m. EST', { date: '2024-01-05', time: '10:02', timezone: 'EST', iso: '2024-01-05T10:02-05:00', label: 'updated' }],
    ['Sept. 9, 2023 11:45 pm PDT', { date: '2023-09-09', time: '23:45', iso: '2023-09-09T23:45-07:00' }],
    ['12th December 2022, 7:05 PM CET', { date: '2022-12-12', time: '19:05', iso: '2022-12-12T19:05+01:00' }],
    ['By Jane Roe | Published on 1 April 2021', { date: '2021-04-01', label: 'published' }],
    ['Feb 29, 2024 | 12:00 am MSK', { date: '2024-02-29', time: '00:00', iso: '2024-02-29T00:00+03:00' }],
    ['08:15 GMT, 3 March 2024', { date: '2024-03-03', time: '08:15', timezone: 'GMT' }],
    ['March 3, 2024 14:00 UTC+2', { date: '2024-03-03', time: '14:00', iso: '2024-03-03T14:00+02:00' }],
    ['March 3, 2024 | By Jane Roe', { date: '2024-03-03' }],
  ])('%s', (line, expected) => {
    const parsed = parseDateline(line);
    expect(parsed).not.toBeNull();
    expect(parsed?.dates[0]).toMatchObject(expected);
  });

  it.each([
    'The meeting in Moscow, Russia on August 6, 2025 was tense, officials said after the talks ended.',
    'Putin welcomes the envoy during a meeting in Moscow, Russia August 6, 2025. File Photo/Agency via AGENCY',
    'The report was first published on 12 March 2024 by the ministry and later withdrawn after complaints.',
    'February 30, 2024',
    'No date here at all',
    'Call us at 10:30 tomorrow',
    'March 3, 2024: Talks begin in Geneva',
    '12 May 2023 — Ceasefire announced',
  ])('not a dateline: %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });

  it('keeps a date and an update stamp apart on one line', () => {
    const parsed = parseDateline('Published: 4 May 2024 | Updated: 5 May 2024');
    expect(parsed?.dates.map((date) => [date.date, date.label])).toEqual([
      ['2024-05-04', 'published'],
      ['2024-05-05', 'updated'],
    ]);
  });
});

describe('times, zones, values, file names', () => {
  it.each([
    ['05:53 pm', { time: '17:53' }],
    ['12:10 AM', { time: '00:10' }],
    ['19:38 IST', { time: '19:38', timezone: 'IST' }],
  ])('time line %s', (line, expected) => {
    expect(parseTimeLine(line)).toEqual(expected);
  });
  it.each(['5:53 said the man', '25:00', 'pm'])('not a time line: %s', (line) => {
    expect(parseTimeLine(line)).toBeNull();
  });

  it.each([
    ['IST', '+05:30'],
    ['EDT', '-04:00'],
    ['cet', '+01:00'],
    ['UTC+3', '+03:00'],
    ['GMT-0530', '-05:30'],
    ['+09:00', '+09:00'],
    ['XYZ', null],
  ])('zone %s → %s', (zone, offset) => {
    expect(zoneOffset(zone)).toBe(offset);
  });

  it.each([
    ['2024-03-05', { date: '2024-03-05' }],
    ['2024-03-05T10:00:00+01:00', { date: '2024-03-05', time: '10:00:00', timezone: '+01:00', iso: '2024-03-05T10:00:00+01:00' }],
    ['March 5, 2024', { date: '2024-03-05' }],
  ])('value %s', (value, expected) => {
    expect(parseDateValue(value)).toMatchObject(expected);
  });
  it.each(['soon', '2024-13-01', ''])('unreadable value %j', (value) => {
    expect(parseDateValue(value)).toBeNull();
  });

  it.each([
    ['2025-11-27-ferry-vote.txt', '2025-11-27'],
    ['dir/20240305_story.md', '2024-03-05'],
    ['000_20625b93c3960cf0.txt', null],
    ['2024-02-30-bad.txt', null],
    ['story.txt', null],
  ])('file name %s → %s', (name, date) => {
    expect(dateFromFileName(name)).toBe(date);
  });
});

describe('publication date in documents', () => {
  const body = 'The council voted on Monday, the clerk said.\n\nMore details followed later, officials said.';
  it.each([
    ['Harbour vote\n\nNov 27, 2025\n05:53 pm\n\n' + body, { date: '2025-11-27', time: '17:53' }],
    ['Harbour vote\n\nLast Updated: May 2, 2024, 10:00 IST\n\n' + body + '\n\nFirst Published:\n\nMay 1, 2024, 09:00 IST', { date: '2024-05-01', time: '09:00', iso: '2024-05-01T09:00+05:30' }],
    ['Harbour vote\n\nUpdated: Jan. 5, 2024 at 10:02 a.m. EST\n\n' + body, { date: '2024-01-05', time: '10:02', iso: '2024-01-05T10:02-05:00' }],
    ['Harbour vote\n\n  • Politics\n  • Monday, 4 Mar 2024\n\n' + body, { date: '2024-03-04' }],
  ])('%#', (content, expected) => {
    const doc = ingest({ path: 'a.txt', content, format: 'txt' });
    expect(doc.published).toMatchObject({ ...expected, source: 'text' });
    expect(doc.published?.evidence?.path).toBe('a.txt');
    expect(doc.warnings).toEqual([]);
  });

  it('points the evidence at the dateline in the file', () => {
    const doc = ingest({ path: 'a.txt', content: 'Title here\n\nBy Ana Ruiz\nPublished 3 March 2024 08:15 GMT\n\n' + body, format: 'txt' });
    expect(doc.published?.evidence).toMatchObject({ line: 4, column: 1, text: 'Published 3 March 2024 08:15 GMT' });
  });

  it('ignores dates inside sentences', () => {
    const doc = ingest({ path: 'a.txt', content: 'Title here\n\nThe treaty was signed on March 3, 2024, in Geneva, officials said.', format: 'txt' });
    expect(doc.published).toBeNull();
    expect(doc.warnings.map((warning) => warning.code)).toEqual(['no-publication-date']);
  });
});
