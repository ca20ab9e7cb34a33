// Temporal tagger: finds dates, times, durations and sets in text and normalizes them TimeML-style
// against the publication date. Pure: never reads the machine clock.
import type { Granularity, Inference, Timex } from '../types.js';
import { addDays, addMonths, type Day, formatDay, formatMonth, formatWeek, isoWeekday, parseIsoDay, rangeOfValue } from './calendar.js';
import { type Anaphor, type Candidate, findCandidates } from './rules.js';
import { sentenceBounds } from './tense.js';

export { rangeOfValue } from './calendar.js';

export interface TagOptions {
  /** `YYYY-MM-DD` publication date, the reference for relative expressions; null when unknown. */
  publicationDate: string | null;
  /** Resolve "the next day"-style expressions against the most recent preceding date in the text. */
  resolveAnaphora?: boolean;
}

/** How far (in characters) a quarter mentioned earlier stays the period under discussion. */
const DISCUSSION_REACH_CHARS = 800;

const DAYS_PER_UNIT: Record<Anaphor['unit'], number> = { day: 1, week: 7, month: 30, year: 365 };

/** Keeps the longest readings; among equal spans the rule listed first wins. */
function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.ruleIndex - b.ruleIndex || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const candidate of ordered) {
    if (chosen.some((c) => c.start < candidate.end && candidate.start < c.end)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The shape of an anchor value that anaphora can count from. */
type AnchorKind = 'day' | 'week' | 'month' | 'quarter' | 'year';

function anchorOf(value: string): { kind: AnchorKind; day: Day } | null {
  let m: RegExpExecArray | null;
  const dayPart = parseIsoDay(value);
  if (dayPart && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(value)) return { kind: 'day', day: dayPart };
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const range = rangeOfValue(value);
    const start = range ? parseIsoDay(range.start) : null;
    return start ? { kind: 'week', day: start } : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { kind: 'month', day: { year: Number(m[1]), month: Number(m[2]), day: 1 } };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { kind: 'quarter', day: { year: Number(m[1]), month: Number(m[2]) * 3 - 2, day: 1 } };
  if ((m = /^(\d{4})$/.exec(value))) return { kind: 'year', day: { year: Number(m[1]), month: 1, day: 1 } };
  return null;
}

const FINENESS: Record<AnchorKind, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };

function formatAt(kind: AnchorKind, day: Day): string {
  switch (kind) {
    case 'day':
      return formatDay(day);
    case 'week':
      return formatWeek(day);
    case 'month':
      return formatMonth(day.year, day.month);
    case 'quarter':
      return `${day.year}-Q${Math.floor((day.month - 1) / 3) + 1}`;
    case 'year':
      return String(day.year);
  }
}

/** Value of an anaphoric expression counted from an anchor value, or null when the anchor is too coarse. */
export function resolveAnaphor(anaphor: Anaphor, anchorValue: string): { value: string; granularity: Granularity } | null {
  const anchor = anchorOf(anchorValue);
  if (anaphor.weekday !== undefined) {
    if (anchor?.kind !== 'day') return null;
    const today = isoWeekday(anchor.day);
    const offset = anaphor.amount > 0 ? ((anaphor.weekday - today + 6) % 7) + 1 : -(((today - anaphor.weekday + 6) % 7) + 1);
    return { value: formatDay(addDays(anchor.day, offset)), granularity: 'day' };
  }
  if (!anchor || FINENESS[anchor.kind] > FINENESS[anaphor.unit]) return null;
  let day = anchor.day;
  if (anaphor.unit === 'day') day = addDays(day, anaphor.amount);
  else if (anaphor.unit === 'week') day = addDays(day, anaphor.amount * 7);
  else if (anaphor.unit === 'month') day = addMonths(day, anaphor.amount);
  else day = addMonths(day, anaphor.amount * 12);
  const kind: AnchorKind = anaphor.keepAnchorGranularity ? anchor.kind : anaphor.unit;
  const value = formatAt(kind, day) + (anaphor.partOfDay && kind === 'day' ? `T${anaphor.partOfDay}` : '');
  const granularity: Granularity = kind === 'quarter' ? 'interval' : kind;
  return { value, granularity };
}

/**
 * Finds temporal expressions in `text` and normalizes them against `publicationDate`.
 * Offsets index `text`. Without a publication date, relative expressions stay unresolved.
 */
export function tagTimexes(text: string, options: TagOptions): Timex[] {
  const publication = options.publicationDate ? parseIsoDay(options.publicationDate) : null;
  const chosen = selectNonOverlapping(findCandidates(text, publication));
  const timexes: Timex[] = [];
  const clocks: Array<string | undefined> = [];
  let lastAnchor: { value: string; end: number } | null = null;
  // The quarter a financial report is about: year-ago comparisons refer to the same quarter a year before.
  let discussedQuarter: { value: string; end: number } | null = null;
  const quarterUnderDiscussion = (at: number): string | null =>
    discussedQuarter && at - discussedQuarter.end <= DISCUSSION_REACH_CHARS ? discussedQuarter.value : null;
  for (const candidate of chosen) {
    const { reading } = candidate;
    let value = reading.value;
    let granularity = reading.granularity;
    const inferred: Inference[] = [...reading.inferred];
    let anaphoric: Timex['anaphoric'];
    if (reading.anaphor) {
      const { anaphor } = reading;
      anaphoric = { offsetDays: anaphor.amount * DAYS_PER_UNIT[anaphor.unit], relation: anaphor.relation };
      // A comparison ("a year earlier") refers to the period of its own sentence; told without one, it
      // compares with the time of reporting.
      const quarter = quarterUnderDiscussion(candidate.start);
      const anchor =
        anaphor.keepAnchorGranularity && (!lastAnchor || lastAnchor.end < sentenceBounds(text, candidate.start, candidate.end).start)
          ? quarter
            ? { value: quarter }
            : publication && { value: String(publication.year) }
          : lastAnchor;
      if (options.resolveAnaphora && !anaphor.eventAnchored && anchor) {
        const resolved = resolveAnaphor(anaphor, anchor.value);
        if (resolved) ({ value, granularity } = resolved);
      }
    }
    if (reading.yearAgoComparison) {
      const quarter = quarterUnderDiscussion(candidate.start);
      const resolved = quarter ? resolveAnaphor({ unit: 'year', amount: -1, relation: 'before', eventAnchored: false, keepAnchorGranularity: true }, quarter) : null;
      if (resolved) {
        ({ value, granularity } = resolved);
        inferred.push('relative-to-event');
      }
    }
    if (reading.discussedPeriod) {
      const quarter = quarterUnderDiscussion(candidate.start);
      if (quarter) {
        value = quarter;
        granularity = 'interval';
        inferred.push('relative-to-event');
      }
    }
    if (reading.clock) {
      const day = dayForClock(text, candidate, timexes, publication);
      if (day) {
        value = `${day.value}T${reading.clock}`;
        inferred.push(...day.inferred);
      }
    }
    const timex: Timex = {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      type: reading.type,
      value,
      granularity,
      range: value && (reading.type === 'DATE' || reading.type === 'TIME') ? rangeOfValue(value) : null,
      inferred: [...new Set(inferred)],
    };
    if (anaphoric) timex.anaphoric = anaphoric;
    timexes.push(timex);
    clocks.push(reading.clock);
    // "a year earlier" compares with the period under discussion; it must not become the new anchor.
    const comparison = reading.anaphor?.keepAnchorGranularity === true;
    if (value && !comparison && (timex.type === 'DATE' || timex.type === 'TIME') && anchorOf(value)) lastAnchor = { value, end: timex.end };
    if (value && !comparison && !reading.yearAgoComparison && /^\d{4}-Q[1-4]$/.test(value) && !/year-(?:ago|earlier)|\bago\b|earlier|previous|prior/i.test(timex.text)) {
      discussedQuarter = { value, end: timex.end };
    }
    // "the first nine months", "the six months ended June 30": the report has moved on to a longer period.
    if (timex.type === 'DURATION' && value && /^P\d+M$/.test(value)) discussedQuarter = null;
  }
  return mergeClockWithDay(text, timexes, clocks);
}

const PARENTHESIS_GAP = /^\s*\([^()]{1,40}\)\s*,?\s*(?:on\s+)?$/;

/** "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": a clock time followed by its day is one expression. */
function mergeClockWithDay(text: string, timexes: Timex[], clocks: Array<string | undefined>): Timex[] {
  const merged: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const timex = timexes[i];
    const next = timexes[i + 1];
    const clock = clocks[i];
    const nextDay = next?.value?.slice(0, 10);
    if (
      clock &&
      next &&
      next.type === 'DATE' &&
      next.granularity === 'day' &&
      nextDay &&
      parseIsoDay(nextDay) &&
      /^\s*,?\s*(?:on\s+)?$/.test(text.slice(timex.end, next.start))
    ) {
      const value = `${nextDay}T${clock}`;
      merged.push({ ...timex, end: next.end, text: text.slice(timex.start, next.end), value, range: rangeOfValue(value), inferred: next.inferred });
      i++;
      continue;
    }
    // "10:35 a.m. (0735 GMT) Friday": the day after a parenthesis dates the clock time; both stay separate expressions.
    if (clock && next && nextDay && next.type === 'DATE' && next.granularity === 'day' && parseIsoDay(nextDay) && PARENTHESIS_GAP.test(text.slice(timex.end, next.start))) {
      const value = `${nextDay}T${clock}`;
      merged.push({ ...timex, value, range: rangeOfValue(value), inferred: next.inferred });
      continue;
    }
    merged.push(timex);
  }
  return merged;
}

/** A clock time belongs to the day named in its sentence, else to the publication day. */
function dayForClock(
  text: string,
  candidate: Candidate,
  previous: Timex[],
  publication: Day | null,
): { value: string; inferred: Inference[] } | null {
  const sentence = sentenceBounds(text, candidate.start, candidate.end);
  for (let i = previous.length - 1; i >= 0; i--) {
    const timex = previous[i];
    if (timex.end <= sentence.start) break;
    const day = timex.value?.slice(0, 10);
    if (timex.granularity === 'day' && day && parseIsoDay(day)) return { value: day, inferred: timex.inferred };
  }
  return publication ? { value: formatDay(publication), inferred: ['relative-to-publication'] } : null;
}
