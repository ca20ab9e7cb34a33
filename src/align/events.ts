import type { EventAssertion, EventType } from '../types.js';
import { refKey } from '../resolve/refs.js';
import { incidentKind } from '../lexicon/incidents.js';
import { intervalOf } from '../time/intervals.js';

export interface EventGroup {
  id: string;
  type: EventType;
  story: string;
  /** Entity keys of the participants the grouped events share. */
  participants: string[];
  events: EventAssertion[];
}

/**
 * Groups events that are the same happening across articles: same story, same kind of event and the same
 * participants (at least two in common). Events with one participant are kept alone: "a visit by X" on two
 * dates is as likely two visits as one.
 */
export function alignEvents(events: EventAssertion[], storyOf: Map<string, string>, publishedOf: (docId: string) => string | null = () => null): EventGroup[] {
  const groups: EventGroup[] = [];
  for (const event of events) {
    if (event.eventType === 'statement') continue;
    const story = storyOf.get(event.docId) ?? event.docId;
    const keys = [...new Set(event.participants.map(refKey))].sort();
    if (event.eventType === 'incident') {
      // Incidents meet by kind and the same named people (often none): "the aftershock", "the verdict on X".
      const kind = incidentKind(event.trigger);
      // An incident dated years before the article ("the 2024 election") is another one of its kind.
      const era = backgroundYear(event, publishedOf(event.docId));
      const id = `incident:${kind}:${keys.join('+')}${era ? `@${era}` : ''}`;
      const same = groups.find((g) => (g.story === story || retold(g, event)) && g.id === id && g.events.every((other) => sameOccasion(other, event)));
      if (same) same.events.push(event);
      else groups.push({ id, type: 'incident', story, participants: keys, events: [event] });
      continue;
    }
    if (event.eventType === 'visit' && keys.length === 1 && event.place) {
      // One person's visit to one named place: outlets dating it differently describe the same trip.
      const id = `visit:${keys[0]}@${event.place.toLowerCase()}`;
      const same = groups.find((g) => g.story === story && g.id === id && g.events.every((other) => sameOccasion(other, event)));
      if (same) same.events.push(event);
      else groups.push({ id, type: 'visit', story, participants: keys, events: [event] });
      continue;
    }
    const group =
      keys.length >= 2
        ? groups.find(
            (g) =>
              g.story === story &&
              g.type === event.eventType &&
              sharedCount(g.participants, keys) >= 2 &&
              compatible(g.participants, keys) &&
              g.events.every((other) => sameOccasion(other, event)),
          )
        : undefined;
    if (group) {
      group.events.push(event);
      if (keys.length < group.participants.length) group.participants = keys;
    } else {
      groups.push({ id: `${event.eventType}:${keys.join('+')}`, type: event.eventType, story, participants: keys, events: [event] });
    }
  }
  return groups;
}

const BACKGROUND_DAYS = 366;
/** How far apart (in days) two accounts of one named person's incident may date it and still be one retelling. */
const RETOLD_DAYS = 2;

/**
 * An article published outside the story window (a plea or a verdict months later) retells the story's incident
 * when it names the same people (the group's id holds them: at least one) and dates it to the day, within
 * RETOLD_DAYS of every account of the group: then its date is compared with theirs. An incident of the same kind
 * dated further away is another incident.
 */
function retold(group: EventGroup, event: EventAssertion): boolean {
  if (group.participants.length === 0) return false;
  const day = dayOf(event);
  return day !== null && group.events.every((other) => {
    const otherDay = dayOf(other);
    return otherDay !== null && Math.abs(otherDay - day) <= RETOLD_DAYS;
  });
}

/** The day an event is dated to, as a day number, or null when its date is coarser than a day. */
function dayOf(event: EventAssertion): number | null {
  const interval = intervalOf(event.time?.value ?? '');
  return interval && interval.first === interval.last ? interval.first : null;
}

/** The year of an incident dated more than a year away from its article's publication, else null. */
function backgroundYear(event: EventAssertion, published: string | null): string | null {
  const date = intervalOf(event.time?.value ?? '');
  const anchor = published ? intervalOf(published) : null;
  if (!date || !anchor || Math.abs(date.first - anchor.first) <= BACKGROUND_DAYS) return null;
  return event.time?.value?.slice(0, 4) ?? null;
}

/** Groups dated statements by speaker and day: statements on different days are different statements. */
export function groupStatements(events: EventAssertion[], storyOf: Map<string, string>): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const event of events) {
    if (event.eventType !== 'statement' || !event.time?.value) continue;
    const speaker = event.participants[0];
    if (!speaker) continue;
    const story = storyOf.get(event.docId) ?? event.docId;
    const key = `${story}|${refKey(speaker)}|${event.time.value}`;
    const group = groups.get(key) ?? { id: `statement:${refKey(speaker)}:${event.time.value}`, type: 'statement' as const, story, participants: [refKey(speaker)], events: [] };
    group.events.push(event);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Different places or different ordinals ("first" and "second" meeting) mean different occasions. */
function sameOccasion(a: EventAssertion, b: EventAssertion): boolean {
  if (a.place && b.place && a.place.toLowerCase() !== b.place.toLowerCase()) return false;
  if (a.ordinal && b.ordinal && a.ordinal !== b.ordinal) return false;
  return true;
}

function sharedCount(a: string[], b: string[]): number {
  return a.filter((x) => b.includes(x)).length;
}

/** A third participant named by one outlet only does not split the event; two different pairs do. */
function compatible(a: string[], b: string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((x) => large.includes(x)) && large.length - small.length <= 1;
}
