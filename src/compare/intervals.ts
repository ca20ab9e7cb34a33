// Dates are compared as calendar intervals by overlap, never as strings: "2024-03" and "2024-03-14" agree.

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

/** Interval covered by an ISO 8601 value: `2024`, `2024-03`, `2024-03-14`, `2024-W11`, `2024-Q1`. */
export function intervalOf(value: string): DayInterval | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const d = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return { first: d, last: d };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = dayNumber(Number(m[1]), 1, 4);
    const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7;
    const first = jan4 - weekday + (Number(m[2]) - 1) * 7;
    return { first, last: first + 6 };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    return { first: dayNumber(Number(m[1]), q * 3 - 2, 1), last: dayNumber(Number(m[1]), q * 3 + 1, 1) - 1 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { first: dayNumber(Number(m[1]), Number(m[2]), 1), last: dayNumber(Number(m[1]), Number(m[2]) + 1, 1) - 1 };
  m = /^(\d{4})$/.exec(value);
  if (m) return { first: dayNumber(Number(m[1]), 1, 1), last: dayNumber(Number(m[1]) + 1, 1, 1) - 1 };
  return null;
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
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  let m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${months[Number(m[2]) - 1]} ${Number(m[3])}${m[1] === 'XXXX' ? '' : `, ${m[1]}`}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${months[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return `week ${Number(m[2])} of ${m[1]}`;
  return value;
}
