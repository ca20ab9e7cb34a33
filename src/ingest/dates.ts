// Reading publication dates as pages state them: "Last Updated: March 4, 2024, 19:38 IST",
// "Monday, 4 Mar 2024", "Updated: Jan. 5, 2024 at 10:02 a.m. EST", ISO timestamps.

/** How a dateline labels its date; a publication date wins over an update stamp. */
export type DateLabel = 'published' | 'updated' | 'plain';

export interface ParsedDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` or `HH:MM:SS`, 24-hour clock. */
  time?: string;
  /** Timezone as written (`IST`, `+05:30`). */
  timezone?: string;
  /** Full ISO date-time when the time and a known zone offset are present. */
  iso?: string;
  label: DateLabel;
  /** Offsets of the date expression (with its time, when attached) inside the parsed line. */
  start: number;
  end: number;
}

/** UTC offsets of common timezone abbreviations. Ambiguous ones take their most common news-writing sense. */
export const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  WET: '+00:00',
  WEST: '+01:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  EAT: '+03:00',
  WAT: '+01:00',
  CAT: '+02:00',
  SAST: '+02:00',
  GST: '+04:00',
  PKT: '+05:00',
  IST: '+05:30',
  NPT: '+05:45',
  ICT: '+07:00',
  WIB: '+07:00',
  SGT: '+08:00',
  HKT: '+08:00',
  PHT: '+08:00',
  AWST: '+08:00',
  JST: '+09:00',
  KST: '+09:00',
  ACST: '+09:30',
  AEST: '+10:00',
  AEDT: '+11:00',
  NZST: '+12:00',
  NZDT: '+13:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
  BRT: '-03:00',
  ART: '-03:00',
};

const MONTH_PATTERN =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN},?\\s+(\\d{4})\\b`, 'gi');
const ISO_DATE =
  /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g;

// A zone: a known/plausible abbreviation, or an explicit offset ("UTC+3", "+05:30"), optionally in brackets.
const ZONE_PATTERN = '\\(?((?:UTC|GMT)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|[A-Z]{2,5})\\)?';
// A clock time: "19:38", "13:06:53", "10:02 a.m.", "5 pm".
const TIME_PATTERN = `(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?)?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|am|pm)?(?:\\s*${ZONE_PATTERN})?`;
const TIME_AFTER_DATE = new RegExp(`^\\s*(?:[,|•·–—-]\\s*)?(?:at\\s+)?${TIME_PATTERN}`, 'i');
const TIME_ONLY_LINE = new RegExp(`^\\s*${TIME_PATTERN}\\s*$`, 'i');
const TIME_ANYWHERE = new RegExp(`\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|am|pm)?(?:\\s*${ZONE_PATTERN})?`, 'gi');

const PUBLISHED_LABEL = /\b(?:first\s+)?(?:published|posted|released|created|issued)\b/gi;
const UPDATED_LABEL = /\b(?:last\s+)?(?:updated|modified|edited|revised)\b/gi;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Offset (`+05:30`) for a zone written as an abbreviation or an explicit offset; null when unknown. */
export function zoneOffset(zone: string): string | null {
  const compact = zone.replace(/\s+/g, '').toUpperCase();
  if (compact in ZONE_OFFSETS) return ZONE_OFFSETS[compact];
  const explicit = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(compact);
  if (!explicit) return null;
  const hours = Number(explicit[2]);
  const minutes = Number(explicit[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return `${explicit[1]}${pad(hours)}:${pad(minutes)}`;
}

interface ParsedTime {
  time: string;
  timezone?: string;
  length: number;
}

function timeFromMatch(match: RegExpExecArray, requireMinutes: boolean): ParsedTime | null {
  const [whole, hourText, minuteText, secondText, meridiem, zone] = match;
  if (minuteText === undefined && (requireMinutes || meridiem === undefined)) return null;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? '0');
  const second = secondText === undefined ? undefined : Number(secondText);
  if (minute > 59 || (second !== undefined && second > 59)) return null;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.toLowerCase().startsWith('p');
    if (pm && hour !== 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  if (hour > 23) return null;
  const time = second === undefined ? `${pad(hour)}:${pad(minute)}` : `${pad(hour)}:${pad(minute)}:${pad(second)}`;
  // Only keep a zone we can read; an unknown capitalised word after a time is more likely a name.
  let timezone: string | undefined;
  let length = whole.length;
  if (zone !== undefined) {
    if (zoneOffset(zone) !== null || /^[A-Z]{2,4}T$/.test(zone)) {
      timezone = zone.replace(/\s+/g, '');
    } else {
      length = whole.slice(0, whole.lastIndexOf(zone)).replace(/[\s(]+$/, '').length;
    }
  }
  return { time, timezone, length };
}

/** A line holding only a clock time ("05:53 pm", "19:38 IST"), as some pages put under the date. */
export function parseTimeLine(line: string): { time: string; timezone?: string; iso?: never } | null {
  const match = TIME_ONLY_LINE.exec(line);
  if (!match) return null;
  const parsed = timeFromMatch(match, false);
  if (!parsed) return null;
  return parsed.timezone === undefined ? { time: parsed.time } : { time: parsed.time, timezone: parsed.timezone };
}

/** ISO date-time from its parts, when the zone offset is known. */
export function isoOf(date: string, time: string | undefined, timezone: string | undefined): string | undefined {
  if (time === undefined || timezone === undefined) return undefined;
  const offset = zoneOffset(timezone);
  if (offset === null) return undefined;
  return `${date}T${time}${offset}`;
}

function labelAt(line: string, position: number): DateLabel {
  // The nearest label before the date decides ("Published: X | Updated: Y" has two dates).
  let best: { at: number; label: DateLabel } | null = null;
  for (const [pattern, label] of [
    [PUBLISHED_LABEL, 'published'],
    [UPDATED_LABEL, 'updated'],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
      if (match.index <= position && (best === null || match.index > best.at)) best = { at: match.index, label };
    }
  }
  return best?.label ?? 'plain';
}

interface DateHit {
  date: string;
  start: number;
  end: number;
  time?: ParsedTime & { start: number };
}

function dateHits(line: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const match of line.matchAll(MONTH_DAY_YEAR)) {
    const date = calendarDate(Number(match[3]), MONTH_INDEX[match[1].slice(0, 3).toLowerCase()], Number(match[2]));
    if (date) hits.push({ date, start: match.index, end: match.index + match[0].length });
  }
  for (const match of line.matchAll(DAY_MONTH_YEAR)) {
    const date = calendarDate(Number(match[3]), MONTH_INDEX[match[2].slice(0, 3).toLowerCase()], Number(match[1]));
    if (date) hits.push({ date, start: match.index, end: match.index + match[0].length });
  }
  for (const match of line.matchAll(ISO_DATE)) {
    const date = calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (!date) continue;
    const hit: DateHit = { date, start: match.index, end: match.index + match[0].length };
    if (match[4] !== undefined) {
      const second = match[6];
      const time = second === undefined ? `${match[4]}:${match[5]}` : `${match[4]}:${match[5]}:${second}`;
      const timezone = match[7];
      hit.time = { time, timezone, length: 0, start: hit.end };
    }
    hits.push(hit);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Every date (with its attached time and zone) written in a line, in reading order. */
export function parseDates(line: string): ParsedDate[] {
  const results: ParsedDate[] = [];
  const hits = dateHits(line);
  hits.forEach((hit, index) => {
    let time = hit.time;
    let end = hit.end;
    if (!time) {
      const after = TIME_AFTER_DATE.exec(line.slice(hit.end));
      const parsed = after ? timeFromMatch(after, false) : null;
      if (after && parsed) {
        time = { ...parsed, start: hit.end };
        end = hit.end + parsed.length;
      }
    }
    if (!time) {
      // A time written before the date ("08:15 GMT, 3 March 2024"), not claimed by an earlier date.
      const previousEnd = index > 0 ? hits[index - 1].end : 0;
      const before = line.slice(previousEnd, hit.start);
      TIME_ANYWHERE.lastIndex = 0;
      let lastTime: ParsedTime & { start: number } | undefined;
      for (const match of before.matchAll(TIME_ANYWHERE)) {
        const parsed = timeFromMatch(match, true);
        if (parsed) lastTime = { ...parsed, start: previousEnd + match.index };
      }
      time = lastTime;
    }
    const start = Math.min(hit.start, time?.start ?? hit.start);
    const result: ParsedDate = { date: hit.date, label: labelAt(line, start), start, end };
    if (time) {
      result.time = time.time;
      if (time.timezone !== undefined) result.timezone = time.timezone;
      const iso = isoOf(hit.date, time.time, time.timezone);
      if (iso !== undefined) result.iso = iso;
    }
    results.push(result);
  });
  return results;
}

// Words a dateline may carry besides the date itself.
const DATELINE_FILLER =
  /\b(?:first|last|published|posted|released|created|issued|updated|modified|edited|revised|on|at|date|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b|[|•·:,–—()-]/gi;

/**
 * A line that is essentially a dateline: a date plus labels and at most a short byline
 * ("Desk Explainers March 4, 2024", "Updated: Jan. 5, 2024 at 10:02 a.m. EST").
 * Returns the dates and the leftover words (a byline candidate), or null for a sentence that merely mentions a date.
 */
export function parseDateline(line: string): { dates: ParsedDate[]; rest: string } | null {
  const dates = parseDates(line);
  if (dates.length === 0) return null;
  let rest = '';
  let cursor = 0;
  for (const date of dates) {
    rest += ` ${line.slice(cursor, date.start)}`;
    cursor = Math.max(cursor, date.end);
  }
  rest += ` ${line.slice(cursor)}`;
  rest = rest.replace(DATELINE_FILLER, ' ').replace(/\b(?:by)\b/gi, ' ').replace(/\s+/g, ' ').trim();
  const words = rest === '' ? [] : rest.split(' ');
  // Sentences that mention a date ("... in Lisbon, Portugal May 6, 2024. File Photo") are not datelines.
  if (words.length > 5 || /[.!?]\s/.test(rest)) return null;
  // Words after the date make a timeline entry ("March 3, 2024: Talks begin"), unless they are a byline.
  const trailing = line.slice(dates[dates.length - 1].end).replace(DATELINE_FILLER, ' ').trim();
  if (trailing.split(/\s+/).length >= 2 && !/^by\b/i.test(trailing)) return null;
  return { dates, rest };
}

/** A date string the user or front matter gave ("2024-03-04", "2024-03-04T10:00:00+01:00", "Mar 4, 2024"). */
export function parseDateValue(value: string): ParsedDate | null {
  const trimmed = value.trim();
  const dates = parseDates(trimmed);
  if (dates.length === 0) return null;
  return dates[0];
}

/** A date at the start of a file name: `2024-03-04-title.txt`, `20240304_title.md`. */
export function dateFromFileName(fileName: string): string | null {
  const base = fileName.replace(/^.*[\\/]/, '');
  const match = /^(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?=$|[-_. ])/.exec(base);
  if (!match) return null;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
