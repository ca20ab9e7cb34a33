// Pure calendar arithmetic on proleptic Gregorian days. Dates are built from explicit parts only
// (never from the machine clock), and computed in UTC so that no local timezone leaks in.

export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function parseIsoDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day.year, day.month, day.day) ? day : null;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toEpochDays(d: Day): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

function fromEpochDays(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromEpochDays(toEpochDays(d) + n);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function compareDays(a: Day, b: Day): number {
  return toEpochDays(a) - toEpochDays(b);
}

export function daysBetween(from: Day, to: Day): number {
  return toEpochDays(to) - toEpochDays(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: Day): number {
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const firstOfYear: Day = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(firstOfYear, thursday) / 7) + 1 };
}

export function mondayOfIsoWeek(year: number, week: number): Day {
  const jan4: Day = { year, month: 1, day: 4 };
  const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(week1Monday, (week - 1) * 7);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatWeek(d: Day): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian computus. */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export function quarterOf(d: Day): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/**
 * Inclusive calendar range covered by a TimeML value, or null when it is not a calendar date
 * (durations, PRESENT_REF, values with unknown parts).
 */
export function rangeOfValue(value: string): { start: string; end: string } | null {
  const monthRange = (year: number, from: number, to: number) => ({
    start: formatDay({ year, month: from, day: 1 }),
    end: formatDay({ year, month: to, day: daysInMonth(year, to) }),
  });
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const day = parseIsoDay(value);
    return day ? { start: formatDay(day), end: formatDay(day) } : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthRange(Number(m[1]), month, month) : null;
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    const start = m[3] ? addDays(monday, 5) : monday;
    return { start: formatDay(start), end: formatDay(addDays(monday, 6)) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = Number(m[2]);
    return monthRange(Number(m[1]), q * 3 - 2, q * 3);
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    return m[2] === '1' ? monthRange(Number(m[1]), 1, 6) : monthRange(Number(m[1]), 7, 12);
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const year = Number(m[1]);
    const [from, to] = SEASON_MONTHS[m[2]];
    // Winter straddles the new year: WI of year Y runs from December Y to February Y+1.
    if (from > to) {
      return { start: formatDay({ year, month: from, day: 1 }), end: formatDay({ year: year + 1, month: to, day: daysInMonth(year + 1, to) }) };
    }
    return monthRange(year, from, to);
  }
  if ((m = /^(\d{4})$/.exec(value))) return monthRange(Number(m[1]), 1, 12);
  if ((m = /^(\d{3})$/.exec(value))) {
    const start = Number(m[1]) * 10;
    return { start: formatDay({ year: start, month: 1, day: 1 }), end: formatDay({ year: start + 9, month: 12, day: 31 }) };
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const start = Number(m[1]) * 100;
    return { start: formatDay({ year: start, month: 1, day: 1 }), end: formatDay({ year: start + 99, month: 12, day: 31 }) };
  }
  return null;
}
