// `crosscheck timeline`: the story's dated events in order, with the dates outlets dispute.
import { Chalk } from 'chalk';
import type { Disagreement, IsoValue, Report, Span, TimelineEvent } from '../types.js';
import { type FormatOptions, holdersOf, normalizePath, oneLine, wrap } from './common.js';

const WIDTH = 100;
const DATE_COLUMN = 12;

/** Monday of an ISO week, so `2024-W10` sorts among the days it covers. */
function isoWeekStart(year: number, week: number): string {
  // 4 January is always in week 1; step back to its Monday, then forward whole weeks.
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = new Date(jan4 - weekday * 86_400_000 + (week - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/** A key that orders ISO values of mixed granularity chronologically (a month sorts before its days). */
export function chronologicalKey(value: IsoValue): string {
  const first = value.split('/')[0] ?? value;
  const week = /^(\d{4})-W(\d{2})/.exec(first);
  return week ? isoWeekStart(Number(week[1]), Number(week[2])) : first;
}

export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => {
    const ka = chronologicalKey(a.date);
    const kb = chronologicalKey(b.date);
    return ka < kb ? -1 : ka > kb ? 1 : a.label.localeCompare(b.label);
  });
}

const spanKey = (span: Span): string => `${normalizePath(span.path)}:${span.line}`;

/**
 * Who gives an event the other date: the outlets of that date's position in a date disagreement
 * that also holds the event's own date, preferring one whose evidence overlaps the event's.
 */
function holdersOfConflictingDate(event: TimelineEvent, conflict: IsoValue, disagreements: readonly Disagreement[]): string | undefined {
  const eventSpans = new Set(event.evidence.map(spanKey));
  let fallback: string | undefined;
  for (const disagreement of disagreements) {
    if (disagreement.kind !== 'date') continue;
    const other = disagreement.positions.find((p) => p.value === conflict);
    const own = disagreement.positions.find((p) => p.value === event.date);
    if (!other || !own) continue;
    const overlaps = disagreement.positions.some((p) => p.evidence.some((span) => eventSpans.has(spanKey(span))));
    if (overlaps) return holdersOf(other);
    fallback ??= holdersOf(other);
  }
  return fallback;
}

export function formatTimeline(report: Report, options: FormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const events = sortEvents(report.events);
  if (events.length === 0) return 'No dated events found.\n';

  const indent = ' '.repeat(DATE_COLUMN);
  const out: string[] = [];
  for (const event of events) {
    const inferred = event.inferred ? chalk.dim(' (date inferred)') : '';
    const [first, ...rest] = wrap(event.label, WIDTH - DATE_COLUMN);
    out.push(`${chalk.bold(event.date.padEnd(DATE_COLUMN - 1))} ${chalk.bold(first)}${inferred}`);
    out.push(...rest.map((line) => indent + chalk.bold(line)));
    if (event.participants.length > 0) out.push(...wrap(`participants: ${event.participants.join(', ')}`, WIDTH - DATE_COLUMN).map((l) => indent + l));
    const datedBy = event.outlets.length > 0 ? event.outlets.join(', ') : [...new Set(event.evidence.map((s) => s.path))].join(', ');
    if (datedBy) out.push(...wrap(`dated by: ${datedBy}`, WIDTH - DATE_COLUMN).map((l) => indent + chalk.dim(l)));
    for (const conflict of event.conflictingDates) {
      const holders = holdersOfConflictingDate(event, conflict, report.disagreements);
      const note = `⚠ also dated ${conflict}${holders ? ` by ${holders}` : ''}`;
      out.push(...wrap(oneLine(note), WIDTH - DATE_COLUMN).map((l) => indent + chalk.yellow(l)));
    }
  }
  return `${out.join('\n')}\n`;
}
