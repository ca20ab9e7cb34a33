import type { EventAssertion, Timex } from '../types.js';
import { refKey } from './refs.js';
import { intervalOf, shiftIso } from '../time/intervals.js';
import { groupBy } from '../util/group.js';

/**
 * Fixes event dates that the text gives relative to another event ("a day before the president met X"):
 * the anchor event is looked up in the same article first, then in the same story, and must have a day date.
 */
export function anchorEventDates(events: EventAssertion[], storyOf: Map<string, string>): EventAssertion[] {
  // Candidate anchors are day-dated events, indexed by story so that large corpora stay linear.
  const byStory = groupBy(
    events.filter((e) => e.time?.value != null && e.time.granularity === 'day'),
    (e) => storyOf.get(e.docId) ?? e.docId,
  );
  return events.map((event) => {
    if (event.time?.value || !event.anchor) return event;
    const anchor = event.anchor;
    const wanted = anchor.participants.map(refKey);
    const fits = (other: EventAssertion) =>
      other !== event &&
      other.time?.value != null &&
      other.time.granularity === 'day' &&
      (other.eventType === anchor.eventType || (isInPerson(other.eventType) && isInPerson(anchor.eventType))) &&
      wanted.every((k) => other.participants.some((p) => refKey(p) === k));
    const candidates = byStory.get(storyOf.get(event.docId) ?? event.docId) ?? [];
    const sameDoc = candidates.filter((e) => e.docId === event.docId && fits(e));
    const sameStory = candidates.filter(fits);
    const found = sameDoc[0] ?? sameStory[0];
    if (!found?.time?.value) return event;
    const days = anchor.relation === 'before' ? -anchor.offsetDays : anchor.offsetDays;
    const value = shiftIso(found.time.value, days);
    if (!value) return event;
    const time: Timex = {
      start: 0,
      end: 0,
      text: anchor.text,
      type: 'DATE',
      value,
      granularity: 'day',
      range: { start: value, end: value },
      inferred: [...new Set([...found.time.inferred, 'relative-to-event' as const])],
    };
    return {
      ...event,
      time,
      value: `${anchor.text} (${found.time.text})`,
      normalized: value,
      inferred: time.inferred,
      evidence: [...event.evidence, ...found.evidence.map((s) => ({ ...s, excerpt: found.time?.text ?? s.excerpt }))],
    };
  });
}

function isInPerson(type: string): boolean {
  return type === 'meeting' || type === 'visit';
}

/**
 * Month-day dates from articles without a publication date ("XXXX-10-14") take the year the rest of their
 * event group states, marked as inferred; alone they stay without a year.
 */
export function fillMissingYears(events: EventAssertion[], yearOfGroup: (event: EventAssertion) => string | null): EventAssertion[] {
  return events.map((event) => {
    const value = event.time?.value;
    if (!event.time || !value || !value.startsWith('XXXX')) return event;
    const year = yearOfGroup(event);
    if (!year) return event;
    const filled = `${year}${value.slice(4)}`;
    if (!intervalOf(filled)) return event;
    const time: Timex = {
      ...event.time,
      value: filled,
      range: { start: filled, end: filled },
      inferred: [...new Set([...event.time.inferred, 'year-from-story' as const])],
    };
    return { ...event, time, normalized: filled, inferred: time.inferred };
  });
}
