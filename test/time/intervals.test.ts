import { describe, expect, it } from 'vitest';
import { intervalOf, isoOfDay, overlaps, readableDate, shiftIso } from '../../src/time/intervals.js';

const span = (v: string) => {
  const i = intervalOf(v);
  return i ? [isoOfDay(i.first), isoOfDay(i.last)] : null;
};

describe('intervalOf', () => {
  it.each([
    ['2025-10-14', ['2025-10-14', '2025-10-14']],
    ['2025-10', ['2025-10-01', '2025-10-31']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2025', ['2025-01-01', '2025-12-31']],
    ['2025-W42', ['2025-10-13', '2025-10-19']],
    ['2026-W01', ['2025-12-29', '2026-01-04']],
    ['2025-Q4', ['2025-10-01', '2025-12-31']],
    ['2025-SU', ['2025-06-01', '2025-08-31']],
    ['2025-H1', ['2025-01-01', '2025-06-30']],
    ['2025-02-31', null],
    ['XXXX-10-14', null],
    ['PRESENT_REF', null],
    ['P3D', null],
  ])('%s', (value, expected) => {
    expect(span(value)).toEqual(expected);
  });
});

describe('overlaps', () => {
  it.each([
    ['2025-10', '2025-10-14', true],
    ['2025-10-12', '2025-10-14', false],
    ['2025-W42', '2025-10-16', true],
    ['2025-W42', '2025-10-20', false],
    ['2025', '2024-12-31', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(overlaps(intervalOf(a)!, intervalOf(b)!)).toBe(expected);
  });
});

describe('shiftIso and readableDate', () => {
  it('shifts across month ends and only shifts days', () => {
    expect(shiftIso('2025-10-31', 1)).toBe('2025-11-01');
    expect(shiftIso('2025-03-01', -1)).toBe('2025-02-28');
    expect(shiftIso('2025-10', 1)).toBeNull();
  });
  it.each([
    ['2025-10-14', 'October 14, 2025'],
    ['2025-10', 'October 2025'],
    ['2025-W42', 'week 42 of 2025'],
  ])('%s reads %s', (v, r) => expect(readableDate(v)).toBe(r));
});
