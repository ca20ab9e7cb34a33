import { describe, expect, it } from 'vitest';
import { formatTimeline } from '../../src/report/index.js';
import { chronologicalKey, sortEvents } from '../../src/report/timeline.js';
import type { TimelineEvent } from '../../src/types.js';
import { makeReport } from './fixture.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;

const event = (id: string, date: string, label = id): TimelineEvent => ({
  id,
  type: 'meeting',
  date,
  label,
  participants: [],
  outlets: [],
  conflictingDates: [],
  inferred: false,
  evidence: [],
});

describe('timeline', () => {
  const text = formatTimeline(makeReport(), { color: false });

  it('lists events in date order, whatever the input order', () => {
    expect(text.indexOf('2025-10-14')).toBeLessThan(text.indexOf('2025-10-17'));
    expect(text.indexOf('Call between')).toBeLessThan(text.indexOf('Meeting between'));
  });

  it('shows participants and the outlets that date each event', () => {
    expect(text).toContain('participants: Steve Witkoff, Yuri Ushakov');
    expect(text).toContain('dated by: Wire Service');
    expect(text).toContain('dated by: Daily Ledger');
  });

  it('marks a conflicting date with the outlets that give it, and only there', () => {
    expect(text).toContain('⚠ also dated 2025-10-12 by Daily Ledger');
    expect(text.match(/⚠/g)).toHaveLength(1);
    expect(text).toContain('(date inferred)');
  });

  it('marks a conflicting date even when no disagreement names who gives it', () => {
    const report = makeReport();
    report.disagreements = [];
    expect(formatTimeline(report, { color: false })).toContain('⚠ also dated 2025-10-12\n');
  });

  it('colours only when asked', () => {
    expect(text).not.toMatch(ANSI);
    expect(formatTimeline(makeReport(), { color: true })).toMatch(ANSI);
  });

  it('says so when there are no events', () => {
    expect(formatTimeline({ ...makeReport(), events: [] }, { color: false })).toBe('No dated events found.\n');
  });

  it.each([
    [['2024-03-05', '2024-03', '2023'], ['2023', '2024-03', '2024-03-05']],
    [['2025-10-20', '2025-W42', '2025-10-12'], ['2025-10-12', '2025-W42', '2025-10-20']],
    [['2021-01-04', '2020-W53'], ['2020-W53', '2021-01-04']],
    [['2025-10-14/2025-10-16', '2025-10-13'], ['2025-10-13', '2025-10-14/2025-10-16']],
  ])('orders mixed granularities %j chronologically', (dates, expected) => {
    expect(sortEvents(dates.map((d) => event(d, d))).map((e) => e.date)).toEqual(expected);
  });

  it.each([
    ['2025-W42', '2025-10-13'],
    ['2026-W01', '2025-12-29'],
    ['2025-10-14', '2025-10-14'],
  ])('keys %s as %s', (value, key) => {
    expect(chronologicalKey(value)).toBe(key);
  });

  it('breaks date ties by label', () => {
    expect(sortEvents([event('b', '2025-01-01', 'Visit'), event('a', '2025-01-01', 'Call')]).map((e) => e.label)).toEqual(['Call', 'Visit']);
  });
});
