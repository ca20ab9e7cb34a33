// Rule-based recognition of temporal expressions. Each rule is a regular expression plus a builder that
// turns a match into a TimeML-style reading, given the publication date and the tense of the sentence.
import type { Granularity, Inference, Timex } from '../types.js';
import {
  addDays,
  addMonths,
  compareDays,
  daysBetween,
  type Day,
  easterSunday,
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekday,
  isValidDay,
  parseIsoDay,
  quarterOf,
} from './calendar.js';
import {
  CENTURY_ORDINALS,
  COUNTED_NOUNS,
  DECADE_WORDS,
  MONTH_PATTERN,
  NON_YEAR_PREFIXES,
  NUMBER_PATTERN,
  ORDINALS,
  PARTS_OF_DAY,
  SEASONS,
  UNIT_CODES,
  WEEKDAY_ABBREVIATION_PATTERN,
  WEEKDAY_PATTERN,
  monthNumber,
  parseQuantity,
  twoDigitWords,
  weekdayNumber,
} from './lexicon.js';
import { isPastVerb, sentenceBounds, type TenseVerdict, tenseAround } from './tense.js';

export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

/** An expression anchored to another one ("the next day"), resolved later against the preceding date. */
export interface Anaphor {
  unit: CalendarUnit;
  /** Signed number of units from the anchor. */
  amount: number;
  relation: 'after' | 'before' | 'same';
  /** Anchored to an event named right after it ("the day before the talks"), not to the previous date. */
  eventAnchored: boolean;
  /** "a year earlier" keeps the anchor's granularity (a quarter a year earlier is a quarter). */
  keepAnchorGranularity: boolean;
  /** Part of day to append ("the next morning"). */
  partOfDay?: string;
  /** "the previous Friday": the nearest such ISO weekday (1 = Monday) before or after the anchor day. */
  weekday?: number;
}

export interface Reading {
  type: Timex['type'];
  value: string | null;
  granularity: Granularity;
  inferred: Inference[];
  anaphor?: Anaphor;
  /** A clock time whose day is taken from a date in the same sentence (or the publication date). */
  clock?: string;
  /**
   * "a year ago" set against a figure: in a report about a quarter it names the same quarter a year before
   * ("net rose to $5 million from $3 million a year ago"), decided once the period under discussion is known.
   */
  yearAgoComparison?: boolean;
  /** "the latest period", "that quarter": the quarter under discussion, when a report has named one. */
  discussedPeriod?: boolean;
  /** Narrower span than the regex match (to leave out a preposition or a possessive). */
  start?: number;
  end?: number;
}

export interface RuleContext {
  text: string;
  publication: Day | null;
  /** Tense of the sentence around the match (computed on demand). */
  tense(): TenseVerdict;
  start: number;
  end: number;
}

interface Rule {
  name: string;
  pattern: RegExp;
  build(match: RegExpExecArray, ctx: RuleContext): Reading | null;
}

// ───────────────────────────── helpers ─────────────────────────────

const SLACK_DAYS = 3; // past narration may mention a date a few days after publication (time zones, embargoes)
// Without a past verb right beside it, a month-day takes the nearer reading (up to half a year ahead):
// reporters give the year for dates almost a year old, so "Nov. 16" in an article of Oct. 30 is the coming one.
const UNDECIDED_SLACK_DAYS = 182;
/** A past verb this close to the date ("met on Oct. 3") decides firmly; farther ones may narrate another event. */
const CLOSE_VERB_CHARS = 25;
/**
 * A past verb of the date's own clause decides firmly up to this far ("was firing shots toward a home July 18"):
 * with nothing but words between them, the verb narrates what the date dates.
 */
const SAME_CLAUSE_VERB_CHARS = 80;

/** Does a past verb decide the date firmly (close to it, or the verb of its clause)? */
function firmPast(verdict: TenseVerdict): boolean {
  return verdict.decided && verdict.direction === 'past' && (verdict.distance <= CLOSE_VERB_CHARS || (verdict.sameClause && verdict.distance <= SAME_CLAUSE_VERB_CHARS));
}

function direction(ctx: RuleContext): { future: boolean; inferred: Inference[] } {
  const verdict = ctx.tense();
  return { future: verdict.direction === 'future', inferred: verdict.decided ? ['tense-direction'] : [] };
}

// Words that lead to a time ("in April", "since June", "April and May"): after them a month is a month.
const TIME_LEAD_BEFORE = /(?:\b(?:in|on|since|until|till|by|from|through|of|during|before|after|between|and|or|to|early|mid|late|last|next|this|each|every)|[-–—\/])\s*$/i;
const MONTH_OR_WEEKDAY_AFTER = /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

const dateReading = (value: string | null, granularity: Granularity, inferred: Inference[] = []): Reading => ({
  type: 'DATE', value, granularity, inferred,
});

// A date right after these words is a deadline or a new term, not the time of the narrated (past) event.
const DEADLINE_BEFORE = /\b(?:by|until|till|through|(?:extended|postponed|delayed|pushed\s+back|moved|adjourned|deferred)\s+(?:it\s+|them\s+)?(?:to|until))\s+(?:(?:early|mid|late)[\s-]+)?$/i;

function deadlineBefore(ctx: RuleContext): boolean {
  return DEADLINE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start));
}

// "until 9 a.m. Tuesday", "postponed until Tuesday morning": a clock time may stand between the deadline word and the day.
const CLOCK_BEFORE_DAY = String.raw`(?:(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?|noon|midnight)(?:\s+(?:[ECMP][SD]T|GMT|UTC))?,?\s+)?`;
const WEEKDAY_DEADLINE_BEFORE = new RegExp(String.raw`\b(?:by|until|till|through|before)\s+${CLOCK_BEFORE_DAY}$`, 'i');
// Moving a deadline always moves it ahead.
const POSTPONED_BEFORE = new RegExp(
  String.raw`\b(?:extended|extends|extend|postponed|postpones|postpone|delayed|delays|delay|pushed\s+back|put\s+off|adjourned|deferred)\b[^.;]{0,40}\b(?:to|until|till)\s+${CLOCK_BEFORE_DAY}$`,
  'i',
);

/** How a weekday after a deadline word reads: 'future' after a postponement, 'nearer' after by/until, else null. */
function weekdayDeadline(ctx: RuleContext): 'future' | 'nearer' | null {
  const before = ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start);
  if (POSTPONED_BEFORE.test(before)) return 'future';
  return WEEKDAY_DEADLINE_BEFORE.test(before.slice(-40)) ? 'nearer' : null;
}

/** How near (in days) a month-day must lie to a dated day of its sentence to take that day's year. */
const SENTENCE_YEAR_DAYS = 62;

/**
 * "was killed June 24, 2005 … while investigating a June 20 shooting": a month-day without a year next to a
 * full date of its own sentence is of that date's year, when the two lie within two months of each other.
 */
function sentenceYear(month: number, day: number, ctx: RuleContext): number | null {
  const bounds = sentenceBounds(ctx.text, ctx.start, ctx.end);
  const sentence = ctx.text.slice(bounds.start, bounds.end);
  for (const m of sentence.matchAll(FULL_DATE_IN_SENTENCE)) {
    const at = bounds.start + (m.index ?? 0);
    if (at === ctx.start) continue;
    const otherMonth = monthNumber(m[1] ?? '');
    const year = Number(m[3]);
    if (!otherMonth || !isValidDay(year, otherMonth, Number(m[2]))) continue;
    // "Dec. 28 to Jan. 3, 2016": the month-day may fall in the year before or after the full date.
    for (const candidate of [year, year - 1, year + 1]) {
      if (!isValidDay(candidate, month, day)) continue;
      if (Math.abs(daysBetween({ year: candidate, month, day }, { year, month: otherMonth, day: Number(m[2]) })) <= SENTENCE_YEAR_DAYS) return candidate;
    }
  }
  return null;
}

function monthDayReading(month: number, day: number, ctx: RuleContext): Reading | null {
  if (!isValidDay(2000, month, day)) return null; // 2000 is a leap year, so Feb 29 passes
  const fromSentence = sentenceYear(month, day, ctx);
  if (fromSentence !== null) return dateReading(formatDay({ year: fromSentence, month, day }), 'day', ['relative-to-event']);
  const pub = ctx.publication;
  if (!pub) return dateReading(`XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, 'day', ['year-from-publication']);
  const verdict = ctx.tense();
  const deadline = deadlineBefore(ctx);
  const { future: told, inferred } = deadline ? { future: false, inferred: [] } : direction(ctx);
  const future = told;
  // A deadline ("by Oct. 31", "extended to Nov. 20") lies either side of publication: the nearer reading.
  const closePast = !deadline && (verdict.distance <= CLOSE_VERB_CHARS || firmPast(verdict));
  const limit = future ? pub : addDays(pub, closePast ? SLACK_DAYS : UNDECIDED_SLACK_DAYS);
  let year = pub.year + 1;
  if (future) {
    year = pub.year - 1;
    while (!isValidDay(year, month, day) || compareDays({ year, month, day }, limit) < 0) year++;
  } else {
    while (!isValidDay(year, month, day) || compareDays({ year, month, day }, limit) > 0) year--;
  }
  return dateReading(formatDay({ year, month, day }), 'day', ['year-from-publication', ...inferred]);
}

function monthReading(month: number, ctx: RuleContext, shift: 'last' | 'next' | 'this' | null): Reading {
  const pub = ctx.publication;
  if (!pub) return dateReading(`XXXX-${String(month).padStart(2, '0')}`, 'month', ['year-from-publication']);
  if (shift === 'this') return dateReading(formatMonth(pub.year, month), 'month', ['year-from-publication']);
  if (shift === 'last') {
    const year = month < pub.month ? pub.year : pub.year - 1;
    return dateReading(formatMonth(year, month), 'month', ['relative-to-publication']);
  }
  if (shift === 'next') {
    const year = month > pub.month ? pub.year : pub.year + 1;
    return dateReading(formatMonth(year, month), 'month', ['relative-to-publication']);
  }
  const verdict = ctx.tense();
  const { future, inferred } = direction(ctx);
  const past = month <= pub.month ? pub.year : pub.year - 1;
  const upcoming = month >= pub.month ? pub.year : pub.year + 1;
  let year = future ? upcoming : past;
  // A deadline ("by May", "until mid-November") or no past verb right beside it: take the nearer reading
  // ("January" in a late-October article is upcoming).
  if (deadlineBefore(ctx) || (!future && verdict.distance > CLOSE_VERB_CHARS && !firmPast(verdict))) {
    const monthsBack = (pub.month - month + 12) % 12;
    year = 12 - monthsBack < monthsBack ? upcoming : past;
    return dateReading(formatMonth(year, month), 'month', ['year-from-publication']);
  }
  return dateReading(formatMonth(year, month), 'month', ['year-from-publication', ...inferred]);
}

function weekdayDay(weekday: number, ctx: RuleContext, shift: string | undefined): { day: Day; inferred: Inference[] } | null {
  const pub = ctx.publication;
  if (!pub) return null;
  const today = isoWeekday(pub);
  const inferred: Inference[] = ['weekday-from-publication'];
  switch (shift) {
    case 'last':
    case 'past':
      return { day: addDays(pub, -(((today - weekday + 6) % 7) + 1)), inferred };
    case 'next':
    case 'coming':
      return { day: addDays(pub, ((weekday - today + 6) % 7) + 1), inferred };
    case 'this':
      return { day: addDays(pub, weekday - today), inferred };
    default: {
      const ahead = ((weekday - today + 6) % 7) + 1;
      const back = -((today - weekday + 7) % 7);
      const deadline = weekdayDeadline(ctx);
      if (deadline) return { day: addDays(pub, deadline === 'future' || ahead <= -back ? ahead : back), inferred };
      // "Wednesday's ruling": a possessive day names something that has already happened.
      if (/^['’]s\b/.test(ctx.text.slice(ctx.end, ctx.end + 3))) return { day: addDays(pub, back), inferred };
      const { future, inferred: tense } = direction(ctx);
      return { day: addDays(pub, future ? ahead : back), inferred: [...inferred, ...tense] };
    }
  }
}

/** The calendar period `amount` units away from the publication date, at that unit's granularity. */
function relativePeriod(unit: string, amount: number, pub: Day): { value: string; granularity: Granularity } | null {
  switch (unit) {
    case 'day':
      return { value: formatDay(addDays(pub, amount)), granularity: 'day' };
    case 'week':
      return { value: formatWeek(addDays(pub, amount * 7)), granularity: 'week' };
    case 'weekend':
      return { value: `${formatWeek(addDays(pub, amount * 7))}-WE`, granularity: 'interval' };
    case 'month': {
      const d = addMonths({ ...pub, day: 1 }, amount);
      return { value: formatMonth(d.year, d.month), granularity: 'month' };
    }
    case 'quarter': {
      const d = addMonths({ ...pub, day: 1 }, amount * 3);
      return { value: `${d.year}-Q${quarterOf(d)}`, granularity: 'interval' };
    }
    case 'year':
      return { value: String(pub.year + amount), granularity: 'year' };
    case 'decade':
      return { value: String(Math.floor(pub.year / 10) + amount), granularity: 'interval' };
    case 'century':
      return { value: String(Math.floor(pub.year / 100) + amount), granularity: 'interval' };
    default:
      return null;
  }
}

function relativeReading(unit: string, amount: number, ctx: RuleContext): Reading {
  const pub = ctx.publication;
  const period = pub ? relativePeriod(unit, amount, pub) : null;
  if (!period) return dateReading(null, 'unknown', ['relative-to-publication']);
  return dateReading(period.value, period.granularity, ['relative-to-publication']);
}

function durationValue(quantity: number | 'X', unit: string): string {
  const code = UNIT_CODES[unit] ?? 'X';
  const amount = quantity === 'X' ? 'X' : unit === 'fortnight' ? String(quantity * 2) : String(quantity);
  const clockUnit = unit === 'hour' || unit === 'minute' || unit === 'second';
  if (quantity !== 'X' && !Number.isInteger(quantity)) {
    // "2 1/2 years" → P2Y6M, "half a day" → PT12H: the fraction goes to the next finer unit where it is exact.
    const whole = Math.floor(quantity);
    const finer: Record<string, [number, string, boolean]> = {
      year: [12, 'M', false], month: [30, 'D', false], day: [24, 'H', true], hour: [60, 'M', true], minute: [60, 'S', true],
    };
    const split = finer[unit];
    const rest = split ? (quantity - whole) * split[0] : NaN;
    if (split && Number.isInteger(rest)) {
      const head = whole > 0 ? `${whole}${code}` : '';
      if (split[2]) return clockUnit ? `PT${head}${rest}${split[1]}` : `P${head}T${rest}${split[1]}`;
      return `P${head}${rest}${split[1]}`;
    }
  }
  return clockUnit ? `PT${amount}${code}` : `P${amount}${code}`;
}

function singularUnit(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'centuries') return 'century';
  return lower.replace(/s$/, '');
}

const precedingWord = (text: string, index: number): string =>
  (/([A-Za-z$#€£.]+)\.?\s*$/.exec(text.slice(Math.max(0, index - 30), index))?.[1] ?? '').toLowerCase().replace(/\.$/, '');

const followingText = (text: string, index: number, length = 30): string => text.slice(index, index + length);

const NON_YEAR_PREFIX_SET = new Set(NON_YEAR_PREFIXES);
const COUNTED_NOUN_RE = new RegExp(`^\\s*(?:${COUNTED_NOUNS.join('|')})\\b`, 'i');

/** A four-digit number is a year unless it is money, a percentage, an identifier or a count. */
function looksLikeYear(text: string, start: number, end: number, year: number, pub: Day | null): boolean {
  if (year < 1600 || year > 2099) return false;
  if (pub && year > pub.year + 60) return false;
  const before = text.slice(Math.max(0, start - 2), start);
  if (/[$#€£¥]\s*$|[\d.,:/]$/.test(before)) return false;
  if (NON_YEAR_PREFIX_SET.has(precedingWord(text, start))) return false;
  const after = followingText(text, end);
  if (/^(?:\s*%|\s*percent|-point|[.,:/]\d|\s*(?:-|to)\s*\d{1,3}\b(?!\s*(?:BC|AD)))/i.test(after)) return false;
  if (COUNTED_NOUN_RE.test(after)) return false;
  return true;
}

// "May" and "March" are also a modal and a verb: alone they need a date-like neighbour.
const AMBIGUOUS_MONTH_CONTEXT =
  /\b(?:in|since|until|till|by|during|from|through|to|of|last|next|this|early|late|mid|before|after|between|and|or|through|each|every)\s*-?\s*$/i;

// ───────────────────────────── rules ─────────────────────────────

const M = MONTH_PATTERN;
// "June 24, 2005", "Sept. 9, 2010": a full date another date of the sentence may take its year from.
const FULL_DATE_IN_SENTENCE = new RegExp(`\\b(${M})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'g');
const WD = WEEKDAY_PATTERN;
const WD_ANY = `(?:${WEEKDAY_PATTERN}|${WEEKDAY_ABBREVIATION_PATTERN})`;
const N = NUMBER_PATTERN;
const SPOKEN_TWO_DIGITS =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|oh[\\s-](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)';
// "nineteen twenty people" counts; a unit or noun right after spoken digits rules a year out.
const SPOKEN_COUNT_GUARD = 'people|persons|dollars|years|months|days|hours|percent|times|of|million|billion|thousand|hundred';
const DAY_NUM = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = "(\\d{4}|['’]\\d{2})";

function fullYear(text: string): number {
  if (/^['’]\d{2}$/.test(text)) {
    const short = Number(text.slice(1));
    return short < 40 ? 2000 + short : 1900 + short;
  }
  return Number(text);
}

function explicitDate(year: number | null, month: number, day: number, ctx: RuleContext): Reading | null {
  if (year === null) return monthDayReading(month, day, ctx);
  if (!isValidDay(year, month, day)) return null;
  return dateReading(formatDay({ year, month, day }), 'day');
}

/** The n-th (1-based) ISO weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  const first: Day = { year, month, day: 1 };
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
}

/** Day of a named holiday in a given year (fixed dates, and the common movable ones). */
function holidayCalendar(name: string): ((year: number) => Day) | null {
  if (name.startsWith('christmas eve')) return (year) => ({ year, month: 12, day: 24 });
  if (name.startsWith('christmas')) return (year) => ({ year, month: 12, day: 25 });
  if (name.startsWith('new year') && name.includes('eve')) return (year) => ({ year, month: 12, day: 31 });
  if (name.startsWith('new year')) return (year) => ({ year, month: 1, day: 1 });
  if (name.startsWith('halloween')) return (year) => ({ year, month: 10, day: 31 });
  if (name.startsWith('valentine')) return (year) => ({ year, month: 2, day: 14 });
  // US Thanksgiving: the fourth Thursday of November.
  if (name.startsWith('thanksgiving')) return (year) => nthWeekday(year, 11, 4, 4);
  // US Election Day: the Tuesday after the first Monday of November.
  if (name.startsWith('election')) return (year) => addDays(nthWeekday(year, 11, 1, 1), 1);
  if (name.startsWith('easter')) return easterSunday;
  return null;
}

const RULES: Rule[] = [
  {
    name: 'iso',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?)?(?![\d-])/g,
    build: (m) => {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isValidDay(year, month, day)) return null;
      if (m[4]) return { type: 'TIME', value: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`, granularity: 'day', inferred: [] };
      return dateReading(`${m[1]}-${m[2]}-${m[3]}`, 'day');
    },
  },
  {
    // Numeric dates only when the order is certain (one part above 12) and the year is written out.
    name: 'slash-date',
    pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b(?![/.]\d)/g,
    build: (m) => {
      const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (a > 12 && b <= 12) return isValidDay(year, b, a) ? dateReading(formatDay({ year, month: b, day: a }), 'day') : null;
      if (b > 12 && a <= 12) return isValidDay(year, a, b) ? dateReading(formatDay({ year, month: a, day: b }), 'day') : null;
      if (a === b && a <= 12) return dateReading(formatDay({ year, month: a, day: b }), 'day');
      return null;
    },
  },
  {
    name: 'weekday-paren-date',
    pattern: new RegExp(`\\b${WD_ANY}\\s*\\(\\s*(?:(${M})\\s+${DAY_NUM}|${DAY_NUM}\\s+(${M}))(?:,?\\s+${YEAR})?\\s*\\)`, 'g'),
    build: (m, ctx) => {
      const month = monthNumber(m[1] ?? m[4]);
      const day = Number(m[2] ?? m[3]);
      if (!month) return null;
      return explicitDate(m[5] ? fullYear(m[5]) : null, month, day, ctx);
    },
  },
  {
    name: 'month-day',
    pattern: new RegExp(`(?:\\b${WD_ANY},?\\s+(?:the\\s+)?)?\\b(${M})\\s+${DAY_NUM}\\b(?!\\s*(?:%|percent|-))(?:,?\\s+${YEAR}\\b)?`, 'g'),
    build: (m, ctx) => {
      const month = monthNumber(m[1]);
      if (!month) return null;
      return explicitDate(m[3] ? fullYear(m[3]) : null, month, Number(m[2]), ctx);
    },
  },
  {
    name: 'day-month',
    pattern: new RegExp(`(?:\\b${WD_ANY},?\\s+)?\\b(?:the\\s+)?${DAY_NUM}\\s+(?:of\\s+)?(${M})(?![a-z])(?:,?\\s+${YEAR}\\b)?`, 'g'),
    build: (m, ctx) => {
      const month = monthNumber(m[2]);
      if (!month) return null;
      return explicitDate(m[3] ? fullYear(m[3]) : null, month, Number(m[1]), ctx);
    },
  },
  {
    name: 'month-year',
    pattern: new RegExp(`\\b(?:(?:early|mid|late)[\\s-]+|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?(${M})(?:\\s+of)?,?\\s+(\\d{4})\\b`, 'g'),
    build: (m, ctx) => {
      const month = monthNumber(m[1]);
      const year = Number(m[2]);
      if (!month || !looksLikeYear(ctx.text, ctx.end - m[2].length, ctx.end, year, null)) return null;
      return dateReading(formatMonth(year, month), 'month');
    },
  },
  {
    // "early October this year", "April 24 next year": the month (and day) in the year named after it.
    name: 'month-relative-year',
    pattern: new RegExp(`\\b(?:(?:early|mid|late)[\\s-]+)?(${M})(?:\\s+${DAY_NUM})?,?\\s+(this|last|next)\\s+year\\b`, 'g'),
    build: (m, ctx) => {
      const month = monthNumber(m[1]);
      const pub = ctx.publication;
      if (!month) return null;
      const day = m[2] ? Number(m[2]) : null;
      if (!pub) return dateReading(null, day === null ? 'month' : 'day', ['relative-to-publication']);
      const year = pub.year + (m[3] === 'last' ? -1 : m[3] === 'next' ? 1 : 0);
      if (day === null) return dateReading(formatMonth(year, month), 'month', ['relative-to-publication']);
      return isValidDay(year, month, day) ? dateReading(formatDay({ year, month, day }), 'day', ['relative-to-publication']) : null;
    },
  },
  {
    // "the week of March 6": the ISO week holding that day.
    name: 'week-of',
    pattern: new RegExp(`\\bthe\\s+week\\s+of\\s+(${M})\\s+${DAY_NUM}\\b(?:,?\\s+${YEAR}\\b)?`, 'g'),
    build: (m, ctx) => {
      const month = monthNumber(m[1]);
      if (!month) return null;
      const reading = explicitDate(m[3] ? fullYear(m[3]) : null, month, Number(m[2]), ctx);
      const day = reading?.value ? parseIsoDay(reading.value) : null;
      if (!reading || !day) return reading && { ...reading, value: null, granularity: 'week' };
      return { ...reading, value: formatWeek(day), granularity: 'week' };
    },
  },
  {
    name: 'month-alone',
    pattern: new RegExp(`(?:\\b([Ee]arly|[Mm]id|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his)[\\s-]+)?\\b(${M})(?![a-z])`, 'g'),
    build: (m, ctx) => {
      const word = m[2];
      const month = monthNumber(word);
      if (!month) return null;
      const modifier = m[1]?.toLowerCase();
      // Abbreviations alone ("Dec.", "Jan") are too easily names or words.
      if (!/^[A-Z][a-z]{2,}$|^[A-Z]{3,}$/.test(word)) return null;
      if (word.length < 4 && word !== 'May') return null;
      if (/^(?:May|March|MAY|MARCH)$/.test(word) && !modifier) {
        const before = ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start);
        const after = followingText(ctx.text, ctx.end, 12);
        if (!AMBIGUOUS_MONTH_CONTEXT.test(before) || /^\s+(?:I|we|you|he|she|it|they|be|have|not)\b/.test(after)) return null;
      }
      // "43-year-old April Trent", "June Carter said": a month that is also a given name, right before a
      // capitalised word and after no word that leads to a time, is a person.
      if (!modifier && /^(?:April|June|August)$/.test(word) && /^\s+\p{Lu}\p{Ll}+\b/u.test(ctx.text.slice(ctx.end)) && !TIME_LEAD_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start)) && !MONTH_OR_WEEKDAY_AFTER.test(ctx.text.slice(ctx.end))) return null;
      const shift = modifier === 'last' || modifier === 'next' || modifier === 'this' ? modifier : null;
      return monthReading(month, ctx, shift);
    },
  },
  {
    name: 'year',
    pattern: /\b(?:(?:early|mid|late)[\s-]+|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|(?:fiscal|calendar|the\s+fiscal)\s+(?:year\s+)?)?(\d{4})(?!\d|,\d)\b/g,
    build: (m, ctx) => {
      const year = Number(m[1]);
      if (!looksLikeYear(ctx.text, ctx.end - m[1].length, ctx.end, year, ctx.publication)) return null;
      if (m[0].length === m[1].length && !looksLikeYear(ctx.text, ctx.start, ctx.end, year, ctx.publication)) return null;
      return dateReading(String(year), 'year');
    },
  },
  {
    // Years said in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
    name: 'spoken-year',
    pattern: new RegExp(
      `(?:\\b(${M})\\s+)?\\b(?:(nineteen|eighteen|twenty)[\\s-]+(${SPOKEN_TWO_DIGITS})|(?:the\\s+year\\s+)(two\\s+thousand)(?:\\s+(?:and\\s+)?(${SPOKEN_TWO_DIGITS}))?|(?<=\\b(?:in|since|by|until|of|from)\\s+)(two\\s+thousand)\\s+(?:and\\s+)?(${SPOKEN_TWO_DIGITS}))\\b(?![\\s-]+(?:${SPOKEN_COUNT_GUARD}))`,
      'gi',
    ),
    build: (m) => {
      const century = m[2] ? { nineteen: 1900, eighteen: 1800, twenty: 2000 }[m[2].toLowerCase()] : 2000;
      const rest = m[3] ?? m[5] ?? m[7];
      const digits = rest ? twoDigitWords(rest) : 0;
      if (century === undefined || digits === undefined) return null;
      // "twenty twenty" is a year only in the spoken form of this century's second decade onward.
      if (m[2]?.toLowerCase() === 'twenty' && digits < 10) return null;
      const year = century + digits;
      const month = m[1] ? monthNumber(m[1]) : undefined;
      if (month !== undefined) return dateReading(formatMonth(year, month), 'month');
      return dateReading(String(year), 'year');
    },
  },
  {
    name: 'spoken-decade',
    pattern: /\bthe\s+(?:(?:early|mid|late)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    build: (m) => dateReading(`19${DECADE_WORDS[m[1].toLowerCase()]}`, 'interval'),
  },
  {
    name: 'century',
    pattern: /\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first))[\s-]+century\b/gi,
    build: (m) => {
      const ordinal = m[1] ? Number(m[1]) : CENTURY_ORDINALS[m[2].toLowerCase().replace(/\s+/, '-')];
      if (!ordinal || ordinal < 1 || ordinal > 21) return null;
      return dateReading(String(ordinal - 1).padStart(2, '0'), 'interval');
    },
  },
  {
    // "the year ended March 31", "the fiscal year ending June 30": a twelve-month accounting period.
    name: 'year-ended',
    pattern: /\b(the\s+(?:(?:latest|previous|prior|current)\s+)?(?:fiscal\s+)?year)\s+(?:that\s+)?(?:ended|ending|ends|that\s+ended)\b/gi,
    build: (m, ctx) => ({ type: 'DURATION', value: 'P1Y', granularity: 'unknown', inferred: [], end: ctx.start + m[1].length }),
  },
  {
    // "sales for the full year", "a high for the year", "the first nine months of the year": the year of reporting.
    name: 'the-year',
    pattern: /\b(?:for\s+(the\s+(?:full\s+)?year)(?![\s-]+(?:ahead|before|after|earlier|ago|to|of|ended|ending|since))|(?:months|weeks|days|quarters?|half|part|rest|remainder)\s+of\s+(the\s+year)(?![\s-]+(?:ahead|before|after|earlier|ago|ended|ending))|(the\s+full\s+year)(?![\s-]+(?:ahead|before|after|earlier|ago|ended|ending)))\b/gi,
    build: (m, ctx) => {
      const phrase = m[1] ?? m[2] ?? m[3];
      const start = ctx.start + m[0].toLowerCase().lastIndexOf(phrase.toLowerCase());
      return { ...relativeReading('year', 0, ctx), start, end: start + phrase.length };
    },
  },
  {
    // "by year-end", "since year end", "by year's end": the last day of the year (the past one after "since").
    name: 'year-end',
    pattern: /\b(?:(since|by|before|until|till|at|through|toward|towards|near|for|after|from)\s+)?((?:the\s+)?year(?:-end|\s+end|['’]s\s+end)|the\s+end\s+of\s+the\s+year)\b/gi,
    build: (m, ctx) => {
      const pub = ctx.publication;
      const start = ctx.end - m[2].length;
      if (!pub) return { ...dateReading(null, 'day', ['year-from-publication']), start };
      const preposition = m[1]?.toLowerCase();
      const year = preposition === 'since' || preposition === 'from' || preposition === 'after' ? pub.year - 1 : pub.year;
      // "the end of the year" names the year (TimeML marks the end with a modifier), like "the end of 1990".
      if (/^the\s+end/i.test(m[2])) return { ...dateReading(String(year), 'year', ['relative-to-publication']), start };
      return { ...dateReading(`${year}-12-31`, 'day', ['year-from-publication']), start };
    },
  },
  {
    name: 'decade',
    pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(1\d\d|20\d)0['’]?s\b|\bthe\s+(?:(?:early|mid|late)[\s-]+)?['’](\d)0s\b/g,
    build: (m) => dateReading(m[1] ?? `19${m[2]}`, 'interval'),
  },
  {
    name: 'year-quarter',
    pattern:
      /\b(?:the\s+)?(?:(\d{4})|(this|last|next)\s+year['’]s|(year-ago|year-earlier))\s+(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal\s+)?(quarter|half)\b/gi,
    build: (m, ctx) => {
      const ordinal = m[4] ? ORDINALS[m[4].toLowerCase()] : undefined;
      const half = m[5].toLowerCase() === 'half';
      if (half && (ordinal === undefined || ordinal > 2)) return null;
      const pub = ctx.publication;
      const shift = m[2] ? (m[2].toLowerCase() === 'last' ? -1 : m[2].toLowerCase() === 'next' ? 1 : 0) : 0;
      if (m[1]) {
        const year = Number(m[1]);
        return dateReading(ordinal === undefined ? String(year) : `${year}-${half ? 'H' : 'Q'}${ordinal}`, ordinal === undefined ? 'year' : 'interval');
      }
      if (!pub) return dateReading(null, 'interval', ['relative-to-publication']);
      if (m[3]) {
        // "the year-ago quarter": the same quarter one year before the one being reported.
        if (ordinal !== undefined) {
          const startMonth = half ? (ordinal - 1) * 6 + 1 : (ordinal - 1) * 3 + 1;
          const year = (startMonth <= pub.month ? pub.year : pub.year - 1) - 1;
          return dateReading(`${year}-${half ? 'H' : 'Q'}${ordinal}`, 'interval', ['relative-to-publication']);
        }
        return relativeReading('quarter', -5, ctx);
      }
      const year = pub.year + shift;
      if (ordinal === undefined) {
        const d = addMonths({ ...pub, day: 1 }, -3);
        return dateReading(`${year}-Q${quarterOf(d)}`, 'interval', ['relative-to-publication']);
      }
      return dateReading(`${year}-${half ? 'H' : 'Q'}${ordinal}`, 'interval', ['relative-to-publication']);
    },
  },
  {
    // In a results report "the latest period" / "that quarter" is the quarter being reported.
    name: 'discussed-period',
    pattern: /\b(?:the\s+(?:latest|most\s+recent)\s+period|(?:that|this)\s+quarter)\b/gi,
    build: (m, ctx) => {
      const current = /^this/i.test(m[0]) ? relativeReading('quarter', 0, ctx) : dateReading(null, 'interval', ['relative-to-event']);
      return { ...current, discussedPeriod: true };
    },
  },
  {
    name: 'year-earlier',
    pattern: /\byear-(?:earlier|ago)\b/gi,
    build: () => anaphoric('year', -1, false, true),
  },
  {
    name: 'quarter',
    pattern:
      /\b(the\s+)?(?:(latest|last|past|current|first|second|third|fourth|1st|2nd|3rd|4th|final|year-earlier|year-ago|previous|prior|comparable|same|next|coming|fiscal)[\s-]+)?(?:(?:fiscal|calendar)[\s-]+)?(quarter|half)\b(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:the\s+year\s+)?(\d{4}))?/gi,
    build: (m, ctx) => {
      const modifier = m[2]?.toLowerCase();
      if (!m[1] && !modifier) return null;
      if (/^\s*of\s+(?:a|an|the)\b|^\s*(?:-?point|mile|inch|million|billion|percent|%)/i.test(followingText(ctx.text, ctx.end))) return null;
      const half = m[3].toLowerCase() === 'half';
      const ordinal = modifier ? (half && modifier === 'last' && m[4] ? 2 : ORDINALS[modifier]) : undefined;
      if (half && ordinal !== undefined && ordinal > 2) return null;
      if (half && ordinal === undefined) return null; // "the half" is rarely a date
      const pub = ctx.publication;
      const explicitYear = m[4] ? Number(m[4]) : null;
      if (ordinal !== undefined) {
        const code = half ? `H${ordinal}` : `Q${ordinal}`;
        if (explicitYear !== null) return dateReading(`${explicitYear}-${code}`, 'interval');
        if (!pub) return dateReading(`XXXX-${code}`, 'interval', ['year-from-publication']);
        const startMonth = half ? (ordinal - 1) * 6 + 1 : (ordinal - 1) * 3 + 1;
        // The most recent such period that has already begun: results are reported for past quarters.
        const year = startMonth <= pub.month ? pub.year : pub.year - 1;
        return dateReading(`${year}-${code}`, 'interval', ['year-from-publication']);
      }
      if (half) return null;
      if (!pub) return dateReading(null, 'interval', ['relative-to-publication']);
      const shift =
        modifier === 'current' ? 0 : modifier === 'next' || modifier === 'coming' ? 1 : modifier === 'year-earlier' || modifier === 'year-ago' ? -5 : -1;
      const reading = relativeReading('quarter', shift, ctx);
      return reading;
    },
  },
  {
    name: 'season',
    pattern: /\b(?:(this|last|next|early|late|mid|the|this\s+past|this\s+coming)[\s-]+)?(spring|summer|fall|autumn|winter|Spring|Summer|Fall|Autumn|Winter)\b(?:\s+(?:of\s+)?(\d{4}))?/g,
    build: (m, ctx) => {
      const code = SEASONS[m[2].toLowerCase()];
      const modifier = m[1]?.toLowerCase();
      const year = m[3] ? Number(m[3]) : null;
      const before = ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start);
      const prepositioned = /\b(?:in|during|by|until|since|over|through|this|last|next|the|early|late)\s*$/i.test(before);
      if (!modifier && year === null && !prepositioned) return null;
      // Capitalised mid-sentence it is a name ("the Fall of Rome"), not a season.
      if (/^[A-Z]/.test(m[2]) && year === null && !/(?:^|[.!?]\s+)$/.test(ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start))) return null;
      if (modifier === 'the' && year === null && /^\s+of\b/.test(followingText(ctx.text, ctx.end))) return null;
      if (year !== null) return dateReading(`${year}-${code}`, 'interval');
      const pub = ctx.publication;
      if (!pub) return dateReading(`XXXX-${code}`, 'interval', ['year-from-publication']);
      const seasonStart = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 1;
      const thisYear = pub.year;
      if (modifier === 'last' || modifier === 'this past') {
        const y = seasonStart + 3 <= pub.month ? thisYear : thisYear - 1;
        return dateReading(`${y}-${code}`, 'interval', ['relative-to-publication']);
      }
      if (modifier === 'next' || modifier === 'this coming') {
        const y = seasonStart > pub.month ? thisYear : thisYear + 1;
        return dateReading(`${y}-${code}`, 'interval', ['relative-to-publication']);
      }
      if (modifier === 'this') return dateReading(`${thisYear}-${code}`, 'interval', ['year-from-publication']);
      const { future, inferred } = direction(ctx);
      const y = future ? (seasonStart + 2 >= pub.month ? thisYear : thisYear + 1) : seasonStart <= pub.month ? thisYear : thisYear - 1;
      return dateReading(`${y}-${code}`, 'interval', ['year-from-publication', ...inferred]);
    },
  },
  {
    name: 'deictic-day',
    pattern: /\b(today|tonight|yesterday|tomorrow)\b(?:['’]s)?/gi,
    build: (m, ctx) => {
      const word = m[1].toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      const reading = relativeReading('day', offset, ctx);
      if (word === 'tonight' && reading.value) return { ...reading, type: 'TIME', value: `${reading.value}TNI`, end: ctx.start + m[1].length };
      return { ...reading, end: ctx.start + m[1].length };
    },
  },
  {
    name: 'part-of-day',
    pattern: /\b(yesterday|today|tomorrow|this|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(morning|afternoon|evening|night)\b/g,
    build: (m, ctx) => {
      const word = m[1].toLowerCase();
      const part = PARTS_OF_DAY[m[2].toLowerCase()];
      let day: string | null = null;
      const inferred: Inference[] = [];
      const weekday = weekdayNumber(word);
      if (weekday !== undefined) {
        const resolved = weekdayDay(weekday, ctx, undefined);
        if (resolved) {
          day = formatDay(resolved.day);
          inferred.push(...resolved.inferred);
        }
      } else {
        const offset = word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
        const reading = relativeReading('day', offset, ctx);
        day = reading.value;
        inferred.push(...reading.inferred);
      }
      return { type: 'TIME', value: day ? `${day}T${part}` : null, granularity: 'day', inferred };
    },
  },
  {
    name: 'reference',
    pattern: /\b(now|currently|nowadays|then[\s-]+current|current(?=\s+(?!account|affairs|events|flows?|density|electric)[a-z])|these\s+days|recently|lately|soon|recent(?:\s+(?:years|months|weeks|days|decades|quarters))?|(?:the\s+)?(?:coming|next\s+few|past\s+few)\s+(?:years|months|weeks|days|decades|quarters)|(?:the|a)\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+past(?!\s+(?:\d|few|several|many|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century|quarter|hour)))\b/gi,
    build: (m, ctx) => {
      const word = m[1].toLowerCase();
      // "The Future of Work" in a title is a name, not FUTURE_REF.
      if (/Future/.test(m[1]) && !/(?:^|[.!?]\s+|\n)$/.test(ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start))) return null;
      // "the then current price" was current at the time narrated, not now.
      if (/^then[\s-]+current$/.test(word)) return dateReading('PAST_REF', 'unknown');
      if (/^(?:now|currently|current|nowadays|these\s+days)$/.test(word)) return dateReading('PRESENT_REF', 'unknown');
      if (word === 'soon') {
        const before = ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start);
        const after = followingText(ctx.text, ctx.end, 16);
        // "as soon as Tuesday" leaves the time to what follows; "was soon released" is soon after a past event.
        if (/\bas\s+$/i.test(before) && /^\s+as\b/i.test(after)) {
          const possible = /^\s+as\s+possible\b/i.exec(after);
          return possible ? { ...dateReading('FUTURE_REF', 'unknown'), start: ctx.start - 3, end: ctx.end + possible[0].length } : null;
        }
        // A passive participle ("to be applied soon") still looks ahead.
        const passive = /\b(?:be|been|being)\s+\w+\s+$/i.test(before);
        const neighbours = [passive ? undefined : /(\w+)\s+$/.exec(before)?.[1], /^\s+(\w+)/.exec(after)?.[1]];
        if (neighbours.some((w) => w !== undefined && isPastVerb(w))) return null;
      }
      if (/future|soon/.test(word)) return dateReading('FUTURE_REF', 'unknown');
      const recentUnit = /^(?:the\s+)?(?:recent|coming|next\s+few|past\s+few)\s+(\w+)$/.exec(word);
      // TimeML reads "recent years" as a stretch of unspecified length.
      if (recentUnit) return { type: 'DURATION', value: recentUnit[1] === 'quarters' ? 'PXM' : durationValue('X', singularUnit(recentUnit[1])), granularity: 'unknown', inferred: [] };
      return dateReading('PAST_REF', 'unknown');
    },
  },
  {
    name: 'this-last-next',
    pattern:
      /\b(?:(earlier|later|early|late)\s+(?:in\s+)?)?(this|last|next|past|coming|previous|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+current|the\s+previous)\s+(week|weekend|month|year|decade|century)\b/gi,
    build: (m, ctx) => {
      // "This Week" capitalised mid-sentence is the name of a programme or a column.
      if (/^[A-Z]\w*\s+[A-Z]/.test(m[0]) && !/^(?:[A-Z]+\s+[A-Z]+)$/.test(m[0]) && !/(?:^|[.!?:]\s*|\n\s*)$/.test(ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start))) return null;
      const shiftWord = m[2].toLowerCase().replace(/\s+/g, ' ');
      const unit = m[3].toLowerCase();
      if (/^the (?:past|last|coming|next)$/.test(shiftWord) && unit !== 'weekend' && !m[1]) {
        // TimeML reads "the past year" as a stretch of time ending now, not as a calendar year.
        return { type: 'DURATION', value: durationValue(1, unit), granularity: 'unknown', inferred: [] };
      }
      const amount = /last|past|previous/.test(shiftWord) ? -1 : /next|coming/.test(shiftWord) ? 1 : 0;
      return relativeReading(unit, amount, ctx);
    },
  },
  {
    name: 'the-weekend',
    pattern: /\b(?:over\s+)?(the\s+weekend)\b/gi,
    build: (m, ctx) => {
      const pub = ctx.publication;
      if (!pub) return dateReading(null, 'interval', ['relative-to-publication']);
      const { future, inferred } = direction(ctx);
      const weekday = isoWeekday(pub);
      // Past: the weekend that most recently began; future: the next one.
      const saturday = future ? addDays(pub, ((6 - weekday + 7) % 7) || 7) : addDays(pub, -((weekday - 6 + 7) % 7));
      return { ...dateReading(`${formatWeek(saturday)}-WE`, 'interval', ['relative-to-publication', ...inferred]), start: ctx.end - m[1].length };
    },
  },
  {
    name: 'ago',
    pattern: new RegExp(
      `\\b(?:(?:nearly|almost|about|around|roughly|some|over|more\\s+than|less\\s+than|at\\s+least|just|only|barely)\\s+)?(${N})[\\s-]+(day|week|month|year|decade)s?(?:\\s+or\\s+so)?\\s+(ago|from\\s+now|hence)\\b`,
      'gi',
    ),
    build: (m, ctx) => {
      const quantity = parseQuantity(m[1]);
      if (quantity === undefined) return null;
      const future = !/ago/i.test(m[3]);
      const unit = m[2].toLowerCase();
      if (quantity === 'X') {
        const pub = ctx.publication;
        if (!pub) return dateReading(future ? 'FUTURE_REF' : 'PAST_REF', 'unknown', ['relative-to-publication']);
        // TimeML marks the unknown digits: "a few years ago" → 199X.
        const vague: Record<string, string> = {
          day: `${formatMonth(pub.year, pub.month)}-XX`, week: `${pub.year}-WXX`, month: `${pub.year}-XX`,
          year: `${Math.floor(pub.year / 10)}X`, decade: `${Math.floor(pub.year / 100)}X`,
        };
        return dateReading(vague[unit] ?? 'PAST_REF', 'unknown', ['relative-to-publication']);
      }
      if (!Number.isInteger(quantity)) return null;
      const reading = relativeReading(unit, future ? quantity : -quantity, ctx);
      if (!future && quantity === 1 && unit === 'year') reading.yearAgoComparison = true;
      return reading;
    },
  },
  {
    name: 'in-n-units',
    pattern: new RegExp(`\\bin\\s+(?:the\\s+next\\s+)?((${N})[\\s-]+(day|week|month|year)s?)(?:['’]\\s+time)?\\b`, 'gi'),
    build: (m, ctx) => {
      const quantity = parseQuantity(m[2]);
      if (quantity === undefined || quantity === 'X') return null;
      const unit = m[3].toLowerCase();
      const start = ctx.start + m[0].indexOf(m[1]);
      if (direction(ctx).future && Number.isInteger(quantity) && ctx.publication) {
        return { ...relativeReading(unit, quantity, ctx), start };
      }
      return { type: 'DURATION', value: durationValue(quantity, unit), granularity: 'unknown', inferred: [], start, end: start + m[1].length };
    },
  },
  {
    name: 'weekday',
    pattern: new RegExp(`\\b(?:(last|next|this|past|coming)\\s+)?(${WD})(?![a-z])`, 'g'),
    build: (m, ctx) => {
      const weekday = weekdayNumber(m[2]);
      if (weekday === undefined) return null;
      // "Good Friday" / "Black Friday" and the like are names, not the weekday of the story.
      if (/\b(?:Good|Black|Cyber|Super|Ash|Palm|Holy|Easter|Bloody)\s+$/.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start))) return null;
      const resolved = weekdayDay(weekday, ctx, m[1]?.toLowerCase());
      if (!resolved) return dateReading(null, 'day', ['weekday-from-publication']);
      return dateReading(formatDay(resolved.day), 'day', resolved.inferred);
    },
  },
  {
    name: 'duration',
    pattern: new RegExp(
      `\\b(?:the\\s+)?(?:(?:past|last|next|first|coming|previous|final|latest|initial|remaining|following|another|almost|nearly|about|more\\s+than|over|some|at\\s+least|less\\s+than|up\\s+to|around|roughly|approximately)\\s+)?(${N})(?:\\s*(?:-|to)\\s*(\\d+))?(?:\\s+and\\s+(a\\s+half))?[\\s-]+(?:(?:more|additional|straight|consecutive|full)\\s+)?(second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centuries)s?\\b(?![\\s-]+old)`,
      'gi',
    ),
    build: (m, ctx) => {
      const counted = parseQuantity(m[1]);
      if (counted === undefined) return null;
      // "12 to 18 months" is a stretch of unstated length; "two and a half years" adds the half.
      const quantity = m[2] !== undefined ? 'X' : m[3] !== undefined && counted !== 'X' ? counted + 0.5 : counted;
      const unit = singularUnit(m[4]);
      // "a quarter of the shares" is a fraction; "several quarters of losses" is still a stretch of time.
      const ofFollows = /^\s*of\b/.test(followingText(ctx.text, ctx.end));
      if (unit === 'quarter' && ofFollows && (!/s$/i.test(m[0]) || /[a-z]-quarters$/i.test(m[0]))) return null;
      const before = ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start);
      const perPeriod = /^an?$/i.test(m[1]) && (/(?:\d|%|\bonce|\btwice|\btimes)\s*$/i.test(before));
      if (perPeriod) return { type: 'SET', value: durationValue(1, unit), granularity: 'unknown', inferred: [] };
      // "a second group", "a second term": an ordinal, not a length of time.
      if (unit === 'second' && /^an?$/i.test(m[1]) && /^\s+(?!and\b|or\b|of\b|to\b|later\b|before\b|after\b|earlier\b|ago\b|longer\b)[a-z]/.test(followingText(ctx.text, ctx.end))) return null;
      // "60 Minutes", "24 Hours": a capitalised unit after digits mid-sentence is a title.
      if (/^[A-Z]/.test(m[4]) && /^\d/.test(m[1]) && !/(?:^|[.!?]\s+)$/.test(before)) return null;
      // "One day" opening a sentence is a vague date, not a duration.
      if (/^one$/i.test(m[1]) && unit === 'day' && /(?:^|[.!?]\s+)$/.test(before)) return null;
      return { type: 'DURATION', value: durationValue(quantity, unit), granularity: 'unknown', inferred: [] };
    },
  },
  {
    name: 'plural-units',
    pattern: /\b(?:for|over|in|within|after|took|take|takes|lasted|last)\s+(days|weeks|months|years|decades|centuries|hours|minutes)\b/gi,
    build: (m, ctx) => {
      const unit = singularUnit(m[1]);
      return { type: 'DURATION', value: durationValue('X', unit), granularity: 'unknown', inferred: [], start: ctx.end - m[1].length };
    },
  },
  {
    name: 'set',
    pattern: new RegExp(
      `\\b(?:(daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly)|(?:every|each)\\s+(day|week|month|year|morning|night|evening|quarter|${WD}|${M})|(once|twice|three\\s+times)\\s+a\\s+(day|week|month|year))\\b`,
      'gi',
    ),
    build: (m) => {
      const adverb = m[1]?.toLowerCase();
      const codes: Record<string, string> = {
        daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P1Q', hourly: 'PT1H',
      };
      if (adverb) return { type: 'SET', value: codes[adverb] ?? null, granularity: 'unknown', inferred: [] };
      const unit = (m[2] ?? m[4]).toLowerCase();
      const monthOfSet = /^[a-z]{4,}$/.test(unit) ? monthNumber(unit) : undefined;
      if (monthOfSet !== undefined) return { type: 'SET', value: `XXXX-${String(monthOfSet).padStart(2, '0')}`, granularity: 'unknown', inferred: [] };
      const weekday = weekdayNumber(unit);
      if (weekday !== undefined) return { type: 'SET', value: `XXXX-WXX-${weekday}`, granularity: 'unknown', inferred: [] };
      const part = PARTS_OF_DAY[unit];
      if (part) return { type: 'SET', value: `TXX${part}`, granularity: 'unknown', inferred: [] };
      return { type: 'SET', value: durationValue(1, unit), granularity: 'unknown', inferred: [] };
    },
  },
  {
    name: 'holiday',
    pattern:
      /\b(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|Easter(?:\s+Sunday)?|Election\s+Day)(\s+week)?\b(?:,?\s+(\d{4})\b)?/g,
    build: (m, ctx) => {
      const name = m[1].toLowerCase();
      const week = m[2] !== undefined;
      const year = m[3] ? Number(m[3]) : null;
      const holiday = holidayCalendar(name);
      if (!holiday || (week && !name.startsWith('easter'))) return null;
      // "Easter week": the ISO week that ends on Easter Sunday; it has begun once its Monday has passed.
      const dayIn = week ? (y: number): Day => addDays(holiday(y), -6) : holiday;
      const valueOf = (d: Day): string => (week ? formatWeek(d) : formatDay(d));
      const granularity: Granularity = week ? 'week' : 'day';
      if (year !== null) return dateReading(valueOf(dayIn(year)), granularity);
      const pub = ctx.publication;
      if (!pub) return dateReading(null, granularity, ['year-from-publication']);
      const { future, inferred } = direction(ctx);
      let y = pub.year;
      if (!future && compareDays(dayIn(y), addDays(pub, SLACK_DAYS)) > 0) y--;
      if (future && compareDays(dayIn(y), pub) < 0) y++;
      return dateReading(valueOf(dayIn(y)), granularity, ['year-from-publication', ...inferred]);
    },
  },
  {
    name: 'anaphoric-the-next',
    pattern: /\bthe\s+(next|following|previous|preceding|prior|same)\s+(day|week|weekend|month|year|morning|afternoon|evening|night)\b/gi,
    build: (m) => {
      const relationWord = m[1].toLowerCase();
      let unit = m[2].toLowerCase();
      const part = PARTS_OF_DAY[unit];
      if (part) unit = 'day';
      if (unit === 'weekend') unit = 'week';
      const amount = relationWord === 'same' ? 0 : /next|following/.test(relationWord) ? 1 : -1;
      return anaphoric(unit as CalendarUnit, amount, false, false, part && amount === 0 ? part : part);
    },
  },
  {
    // "down 4.5% from the previous Friday": the Friday before the day just told, not before publication.
    name: 'anaphoric-weekday',
    pattern: new RegExp(`\\bthe\\s+(previous|preceding|prior|following)\\s+(${WD})(?![a-z])`, 'gi'),
    build: (m) => {
      const weekday = weekdayNumber(m[2]);
      if (weekday === undefined) return null;
      const reading = anaphoric('week', m[1].toLowerCase() === 'following' ? 1 : -1, false, false);
      return reading.anaphor ? { ...reading, granularity: 'day', anaphor: { ...reading.anaphor, weekday } } : null;
    },
  },
  {
    name: 'anaphoric-count',
    pattern: new RegExp(`\\b(${N})[\\s-]+(day|week|month|year)s?\\s+(later|earlier|before|after|afterwards?|previously|prior|on)\\b`, 'gi'),
    build: (m, ctx) => {
      const quantity = parseQuantity(m[1]);
      if (quantity === undefined || quantity === 'X' || !Number.isInteger(quantity)) return null;
      const word = m[3].toLowerCase();
      const before = /earlier|before|previously|prior/.test(word);
      const eventAnchored = /^(?:before|after|prior)$/.test(word) && /^\s+(?:to\s+)?[A-Za-z]/.test(followingText(ctx.text, ctx.end));
      const unit = m[2].toLowerCase() as CalendarUnit;
      return anaphoric(unit, before ? -quantity : quantity, eventAnchored, unit === 'year');
    },
  },
  {
    name: 'anaphoric-the-day-before',
    pattern: /\bthe\s+(day|night|week|month|year)\s+(before|after)\b/gi,
    build: (m, ctx) => {
      const word = m[1].toLowerCase();
      const unit = (word === 'night' ? 'day' : word) as CalendarUnit;
      const eventAnchored = /^\s+(?:the\s+|a\s+|an\s+|[A-Za-z]{3,})/.test(followingText(ctx.text, ctx.end));
      const amount = m[2].toLowerCase() === 'before' ? -1 : 1;
      return anaphoric(unit, amount, eventAnchored, false, word === 'night' ? 'NI' : undefined);
    },
  },
  {
    name: 'anaphoric-that',
    pattern: /\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(day|week|month|year|morning|afternoon|evening|night)\b/gi,
    build: (m) => {
      let unit = m[1].toLowerCase();
      const part = PARTS_OF_DAY[unit];
      if (part) unit = 'day';
      return anaphoric(unit as CalendarUnit, 0, false, false, part);
    },
  },
  {
    name: 'clock',
    pattern: /\b(?:(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?|([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?![\d:])|(noon|midday|midnight))(?:\s+(?:GMT|UTC|[ECMP][SD]T|IST|BST|CET|CEST|MSK))?/gi,
    build: (m, ctx) => {
      let hour: number;
      let minute: number;
      if (m[6]) {
        // "High Noon" is a film and a figure of speech, not a time of day.
        if (/\bhigh\s+$/i.test(ctx.text.slice(Math.max(0, ctx.start - 6), ctx.start))) return null;
        hour = m[6].toLowerCase() === 'midnight' ? 24 : 12;
        minute = 0;
      } else if (m[3]) {
        hour = Number(m[1]);
        minute = m[2] ? Number(m[2]) : 0;
        if (hour < 1 || hour > 12 || minute > 59) return null;
        if (m[3].toLowerCase() === 'p' && hour !== 12) hour += 12;
        if (m[3].toLowerCase() === 'a' && hour === 12) hour = 0;
      } else {
        hour = Number(m[4]);
        minute = Number(m[5]);
      }
      const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
      return { type: 'TIME', value: null, granularity: 'day', inferred: [], clock };
    },
  },
];

function anaphoric(unit: CalendarUnit, amount: number, eventAnchored: boolean, keepAnchorGranularity: boolean, partOfDay?: string): Reading {
  return {
    type: partOfDay ? 'TIME' : 'DATE',
    value: null,
    granularity: unit,
    inferred: ['relative-to-event'],
    anaphor: {
      unit,
      amount,
      relation: amount === 0 ? 'same' : amount > 0 ? 'after' : 'before',
      eventAnchored,
      keepAnchorGranularity,
      partOfDay,
    },
  };
}

export interface Candidate {
  start: number;
  end: number;
  ruleIndex: number;
  reading: Reading;
}

/** Every reading any rule gives, before overlaps are settled. */
export function findCandidates(text: string, publication: Day | null): Candidate[] {
  const candidates: Candidate[] = [];
  RULES.forEach((rule, ruleIndex) => {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = m.index + m[0].length;
      let verdict: TenseVerdict | undefined;
      const ctx: RuleContext = {
        text,
        publication,
        start,
        end,
        tense: () => (verdict ??= tenseAround(text, start, end)),
      };
      const reading = rule.build(m, ctx);
      if (!reading) continue;
      let spanStart = reading.start ?? start;
      let spanEnd = reading.end ?? end;
      // TimeML spans leave out trailing punctuation that a pattern may have swallowed ("Oct." keeps its period).
      while (spanEnd > spanStart && /[\s,]/.test(text[spanEnd - 1])) spanEnd--;
      while (spanStart < spanEnd && /\s/.test(text[spanStart])) spanStart++;
      candidates.push({ start: spanStart, end: spanEnd, ruleIndex, reading });
    }
  });
  return candidates;
}
