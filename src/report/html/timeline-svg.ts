// The timeline picture: the report's dated events top to bottom in date order, one lane per story, and each
// date that outlets dispute drawn as a bracket from the event's other date to the date most outlets give,
// with the outlets of each side written at its end. Pure: text in, markup out, every string escaped.
import type { Disagreement, IsoValue, Report, Span, TimelineEvent } from '../../types.js';
import { holdersOf, normalizePath, oneLine, wrap } from '../common.js';
import { chronologicalKey } from '../timeline.js';
import { readableDate } from './dates.js';
import { attr, text } from './escape.js';

const FONT = 13;
const LINE = 17;
const DETAIL_LINE = 15;
const ROW_GAP = 14;
const DATE_RIGHT = 108;
const BRACKET_LEFT = 122;
const BRACKET_STEP = 14;
const LANE_STEP = 26;
const DOT = 6;
const LABEL_CHARS = 38;
const DETAIL_CHARS = 46;
/** Lines of a label or of its details at most; the rest is in the tooltip and the table of events. */
const MAX_LINES = 3;
/** Width of the label column: LABEL_CHARS characters of a bold 13px sans-serif (about 8 px each), with room to spare. */
const LABEL_WIDTH = 330;

interface Lane {
  key: string;
  name: string;
}

interface Row {
  event: TimelineEvent;
  /** The date this row stands at: the event's own date, or one of its conflicting dates. */
  date: IsoValue;
  /** False for a row that shows an event at the date some outlets give instead. */
  main: boolean;
  lane: number;
  lines: string[];
  /** Who dates the event so, in full; `details` is the same wrapped (and cut) for the picture. */
  note: string;
  details: string[];
  /** The details say where a date is disputed. */
  disputed: boolean;
  y: number;
  height: number;
}

interface Bracket {
  event: TimelineEvent;
  main: Row;
  other: Row;
  column: number;
}

/**
 * The story an event belongs to, when the report says. Reports of this version carry no story on their
 * events, so everything is drawn in one lane; an event that carries a `story` key gets its story's lane.
 */
export function storyOf(event: TimelineEvent): string | undefined {
  const story: unknown = (event as TimelineEvent & { story?: unknown }).story;
  return typeof story === 'string' && story !== '' ? story : undefined;
}

const spanKey = (span: Span): string => `${normalizePath(span.path)}:${span.line}`;

/**
 * Who gives `event` the date `value`: the outlets of that date's position in a date disagreement that also
 * holds the event's other dates, preferring one whose evidence overlaps the event's.
 */
export function holdersOfDate(event: TimelineEvent, value: IsoValue, disagreements: readonly Disagreement[]): string | undefined {
  const eventSpans = new Set(event.evidence.map(spanKey));
  const dates = new Set([event.date, ...event.conflictingDates]);
  let fallback: string | undefined;
  for (const disagreement of disagreements) {
    if (disagreement.kind !== 'date') continue;
    const position = disagreement.positions.find((p) => p.value === value);
    if (!position || !disagreement.positions.some((p) => p !== position && dates.has(p.value))) continue;
    const overlaps = disagreement.positions.some((p) => p.evidence.some((span) => eventSpans.has(spanKey(span))));
    if (overlaps) return holdersOf(position);
    fallback ??= holdersOf(position);
  }
  if (fallback) return fallback;
  return value === event.date && event.outlets.length > 0 ? event.outlets.join(', ') : undefined;
}

/** Wrapped to `width` characters, at most MAX_LINES lines, the last one ending in `…` when text was left out. */
function lines(value: string, width: number): string[] {
  const all = wrap(value, width);
  if (all.length <= MAX_LINES) return all;
  const kept = all.slice(0, MAX_LINES);
  const last = kept[MAX_LINES - 1]!;
  kept[MAX_LINES - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

function lanesOf(events: readonly TimelineEvent[]): { lanes: Lane[]; laneOf: (event: TimelineEvent) => number } {
  const keys = [...new Set(events.map((e) => storyOf(e) ?? ''))];
  const lanes = keys.map((key, index) => {
    // A lane is named by the people its events involve most, which is how a reader tells stories apart.
    const counts = new Map<string, number>();
    for (const e of events) if ((storyOf(e) ?? '') === key) for (const p of e.participants) counts.set(p, (counts.get(p) ?? 0) + 1);
    const names = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2).map(([n]) => n);
    return { key, name: names.length > 0 ? names.join(', ') : `story ${index + 1}` };
  });
  return { lanes, laneOf: (event) => keys.indexOf(storyOf(event) ?? '') };
}

function rowsOf(events: readonly TimelineEvent[], disagreements: readonly Disagreement[], laneOf: (e: TimelineEvent) => number): Row[] {
  const rows: Row[] = [];
  for (const event of events) {
    const lane = laneOf(event);
    const label = lines(event.label, LABEL_CHARS);
    const disputed = event.conflictingDates.length > 0;
    let dated: string;
    if (disputed) {
      const holders = holdersOfDate(event, event.date, disagreements);
      dated = `${readableDate(event.date)}${holders ? ` per ${holders}` : ''}`;
    } else {
      const by = event.outlets.length > 0 ? event.outlets.join(', ') : [...new Set(event.evidence.map((s) => normalizePath(s.path)))].join(', ');
      dated = by ? `dated by ${by}` : 'dated';
    }
    if (event.inferred) dated += ' · date inferred';
    rows.push({ event, date: event.date, main: true, lane, lines: label, note: dated, details: lines(dated, DETAIL_CHARS), disputed, y: 0, height: 0 });
    for (const other of event.conflictingDates) {
      const holders = holdersOfDate(event, other, disagreements);
      const note = `also dated ${readableDate(other)}${holders ? ` per ${holders}` : ''}`;
      rows.push({ event, date: other, main: false, lane, lines: label, note, details: lines(note, DETAIL_CHARS), disputed: true, y: 0, height: 0 });
    }
  }
  rows.sort((a, b) => {
    const ka = chronologicalKey(a.date);
    const kb = chronologicalKey(b.date);
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.lane - b.lane || Number(b.main) - Number(a.main) || a.event.label.localeCompare(b.event.label) || a.event.id.localeCompare(b.event.id);
  });
  return rows;
}

/** Columns for the brackets, so that brackets whose spans overlap stand side by side instead of on top of each other. */
function placeBrackets(rows: Row[]): Bracket[] {
  const brackets: Bracket[] = [];
  for (const other of rows) {
    if (other.main) continue;
    const main = rows.find((r) => r.main && r.event === other.event);
    if (main) brackets.push({ event: other.event, main, other, column: 0 });
  }
  const top = (b: Bracket) => Math.min(b.main.y, b.other.y);
  const bottom = (b: Bracket) => Math.max(b.main.y, b.other.y);
  brackets.sort((a, b) => top(a) - top(b) || bottom(a) - bottom(b));
  const columnEnds: number[] = [];
  for (const bracket of brackets) {
    let column = columnEnds.findIndex((end) => end < top(bracket));
    if (column === -1) column = columnEnds.length;
    columnEnds[column] = bottom(bracket);
    bracket.column = column;
  }
  return brackets;
}

export interface TimelineSvgOptions {
  /** Id prefix for the SVG's title and description, unique within the page. */
  idPrefix?: string;
}

/** The timeline as an inline `<svg>` element; an empty string when the report has no dated events. */
export function timelineSvg(report: Report, options: TimelineSvgOptions = {}): string {
  const events = report.events;
  if (events.length === 0) return '';
  const prefix = options.idPrefix ?? 'timeline';
  const { lanes, laneOf } = lanesOf(events);
  const rows = rowsOf(events, report.disagreements, laneOf);
  const headerHeight = lanes.length > 1 ? 34 : 0;

  let y = 18 + headerHeight;
  for (const row of rows) {
    row.y = y;
    row.height = row.lines.length * LINE + row.details.length * DETAIL_LINE;
    y += row.height + ROW_GAP;
  }
  const height = y;
  const brackets = placeBrackets(rows);
  const columns = brackets.reduce((n, b) => Math.max(n, b.column + 1), 0);
  const laneLeft = BRACKET_LEFT + columns * BRACKET_STEP + (columns > 0 ? 14 : 0);
  const laneX = (lane: number) => laneLeft + lane * LANE_STEP;
  const labelX = laneX(lanes.length - 1) + 18;
  const width = labelX + LABEL_WIDTH;
  /** The dot of a row sits beside the first line of its label. */
  const dotY = (row: Row) => row.y + LINE / 2 - 1;

  const out: string[] = [];
  const conflicts = brackets.length;
  const summary = `${events.length} dated event${events.length === 1 ? '' : 's'}${lanes.length > 1 ? ` in ${lanes.length} stories` : ''}${
    conflicts > 0 ? `, ${conflicts} conflicting date${conflicts === 1 ? '' : 's'}` : ''
  }`;
  out.push(
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${attr(prefix)}-title ${attr(prefix)}-desc">`,
    `<title id="${attr(prefix)}-title">Timeline: ${text(summary)}</title>`,
    `<desc id="${attr(prefix)}-desc">Events top to bottom in date order (spacing is not to scale). A bracket joins two dates that outlets give to the same event; each end names the outlets that give that date.</desc>`,
  );

  // Lanes: one vertical line per story, from its first event to its last.
  lanes.forEach((lane, index) => {
    const own = rows.filter((r) => r.lane === index);
    const first = own[0];
    const last = own[own.length - 1];
    if (!first || !last) return;
    const x = laneX(index);
    out.push(`<g class="lane" data-lane="${attr(lane.key)}">`);
    if (lanes.length > 1) {
      out.push(`<text class="lane-name" x="${x}" y="${14}" text-anchor="start" transform="rotate(-20 ${x} 14)">${text(lane.name)}</text>`);
    }
    out.push(`<line class="lane-line" x1="${x}" y1="${dotY(first) - 10}" x2="${x}" y2="${dotY(last) + 10}"/>`, '</g>');
  });

  // Brackets under the dots, so that each arm ends at its dot.
  for (const bracket of brackets) {
    const x = BRACKET_LEFT + bracket.column * BRACKET_STEP;
    const end = laneX(bracket.main.lane) - DOT - 2;
    const [a, b] = bracket.main.y < bracket.other.y ? [bracket.main, bracket.other] : [bracket.other, bracket.main];
    const dates = [a.date, b.date];
    const mainHolders = holdersOfDate(bracket.event, bracket.main.date, report.disagreements);
    const otherHolders = holdersOfDate(bracket.event, bracket.other.date, report.disagreements);
    const title = `Conflicting dates for ${oneLine(bracket.event.label)}: ${readableDate(bracket.other.date)}${
      otherHolders ? ` per ${otherHolders}` : ''
    } vs ${readableDate(bracket.main.date)}${mainHolders ? ` per ${mainHolders}` : ''}`;
    out.push(
      `<g class="conflict" data-event="${attr(bracket.event.id)}" data-dates="${attr(dates.join(' '))}">`,
      `<title>${text(title)}</title>`,
      `<path class="bracket" d="M ${end} ${dotY(a)} H ${x} V ${dotY(b)} H ${end}"/>`,
      `<text class="bracket-mark" x="${x - 4}" y="${(dotY(a) + dotY(b)) / 2 + 4}" text-anchor="end">≠</text>`,
      '</g>',
    );
  }

  let previousDate: string | undefined;
  for (const row of rows) {
    const x = laneX(row.lane);
    const cy = dotY(row);
    const classes = ['event', row.main ? 'main' : 'other-date', row.disputed ? 'disputed' : '', row.event.inferred ? 'inferred' : ''].filter(Boolean).join(' ');
    const tooltip = [
      `${readableDate(row.date)}: ${oneLine(row.event.label)}`,
      row.event.participants.length > 0 ? `participants: ${row.event.participants.join(', ')}` : '',
      row.note,
    ]
      .filter(Boolean)
      .join('\n');
    out.push(`<g class="${classes}" data-event="${attr(row.event.id)}" data-date="${attr(row.date)}">`, `<title>${text(tooltip)}</title>`);
    if (row.date !== previousDate) {
      out.push(`<text class="date" x="${DATE_RIGHT}" y="${cy + 4.5}" text-anchor="end">${text(readableDate(row.date, true))}</text>`);
    }
    previousDate = row.date;
    out.push(`<circle class="dot" cx="${x}" cy="${cy}" r="${DOT}"/>`);
    row.lines.forEach((line, i) => {
      out.push(`<text class="label" x="${labelX}" y="${row.y + 12 + i * LINE}">${text(line)}</text>`);
    });
    row.details.forEach((line, i) => {
      out.push(`<text class="detail" x="${labelX}" y="${row.y + 11 + row.lines.length * LINE + i * DETAIL_LINE}">${text(line)}</text>`);
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

/** The same events as a table: readable on any screen, by screen readers, and where the picture is too small. */
export function eventsTable(report: Report): string {
  const rows = [...report.events].sort((a, b) => {
    const ka = chronologicalKey(a.date);
    const kb = chronologicalKey(b.date);
    return ka < kb ? -1 : ka > kb ? 1 : a.label.localeCompare(b.label);
  });
  const body = rows.map((event) => {
    const by = event.outlets.length > 0 ? event.outlets.join(', ') : [...new Set(event.evidence.map((s) => normalizePath(s.path)))].join(', ');
    const others = event.conflictingDates
      .map((d) => {
        const holders = holdersOfDate(event, d, report.disagreements);
        return `${readableDate(d)}${holders ? ` per ${holders}` : ''}`;
      })
      .join('; ');
    return [
      '<tr>',
      `<td data-label="date" class="nowrap">${text(readableDate(event.date))}${event.inferred ? ' <span class="muted">(inferred)</span>' : ''}</td>`,
      `<td data-label="event"><strong>${text(oneLine(event.label))}</strong></td>`,
      `<td data-label="dated by">${text(by)}</td>`,
      others ? `<td data-label="other dates given"><span class="warn">${text(others)}</span></td>` : '<td></td>',
      '</tr>',
    ].join('');
  });
  return [
    '<table class="events stack">',
    '<thead><tr><th scope="col">date</th><th scope="col">event</th><th scope="col">dated by</th><th scope="col">other dates given</th></tr></thead>',
    `<tbody>${body.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}
