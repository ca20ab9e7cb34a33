// Readable forms of the report's ISO values, written out by hand so that the page does not depend on the
// locale or time zone of the machine that renders it.

import { MONTHS } from '../../lexicon/calendar.js';

function month(index: string, short: boolean): string | undefined {
  const name = MONTHS[Number(index) - 1];
  if (!name) return undefined;
  return short && name.length > 4 ? name.slice(0, 3) : name;
}

/** One ISO value (`2024-03-05`, `2024-03`, `2024-W10`, `2024`) in words; anything else as it is. */
function readableOne(value: string, short: boolean): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const name = month(day[2]!, short);
    if (name) return `${name} ${Number(day[3])}, ${day[1]}`;
  }
  const monthOnly = /^(\d{4})-(\d{2})$/.exec(value);
  if (monthOnly) {
    const name = month(monthOnly[2]!, short);
    if (name) return `${name} ${monthOnly[1]}`;
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return `${short ? 'wk' : 'week'} ${Number(week[2])}, ${week[1]}`;
  return value;
}

/** `2024-03-05` → `March 5, 2024`; with `short`, `Mar 5, 2024`. Intervals `a/b` → `a – b`. */
export function readableDate(value: string, short = false): string {
  const parts = value.split('/');
  if (parts.length === 2 && parts[0] && parts[1]) return `${readableOne(parts[0], short)} – ${readableOne(parts[1], short)}`;
  return readableOne(value, short);
}
