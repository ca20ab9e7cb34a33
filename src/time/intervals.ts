// Dates are compared as calendar intervals by overlap, never as strings: "2024-03" and "2024-03-14" agree.
import { MONTHS } from '../lexicon/calendar.js';
import { rangeOfValue } from './calendar.js';

export interface DayInterval {
  /** Inclusive, as day numbers since 1970-01-01 (UTC calendar arithmetic, no clock involved). */
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function isoOfDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Interval covered by a TimeML/ISO 8601 value: `2024`, `2024-03`, `2024-03-14`, `2024-W11`, `2024-Q1`,
 * seasons, halves, weekends, decades. The calendar itself lives in the time stage; this only turns its ranges
 * into day numbers for overlap tests. Impossible dates (`2024-02-31`) have no interval.
 */
export function intervalOf(value: string): DayInterval | null {
  const range = rangeOfValue(value);
  if (!range) return null;
  const first = dayOfIso(range.start);
  const last = dayOfIso(range.end);
  return first === null || last === null ? null : { first, last };
}

function dayOfIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.first <= b.last && b.first <= a.last;
}

export function shiftIso(value: string, days: number): string | null {
  const interval = intervalOf(value);
  if (!interval || interval.first !== interval.last) return null;
  return isoOfDay(interval.first + days);
}

/** Readable form of an ISO value: "March 14, 2024", "March 2024", "week 11 of 2024". */
export function readableDate(value: string): string {
  const months = MONTHS;
  let m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${months[Number(m[2]) - 1]} ${Number(m[3])}${m[1] === 'XXXX' ? '' : `, ${m[1]}`}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${months[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return `week ${Number(m[2])} of ${m[1]}`;
  return value;
}
