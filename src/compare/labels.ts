// Readable names of aligned events for disagreement topics, shared by the comparators (not itself a comparator).
import type { EventAssertion } from '../types.js';
import { incidentKind } from '../lexicon/incidents.js';
import { refName } from '../resolve/refs.js';
import { describeType, joinNames } from '../util/labels.js';

/** "call between A and B", "earthquake involving C": what the events of one group are, in words. */
export function eventLabel(events: EventAssertion[]): string {
  const first = events[0];
  if (!first) return 'event';
  if (first.eventType === 'incident') {
    const names = first.participants.map(refName);
    return `${incidentKind(first.trigger)}${names.length ? ` involving ${joinNames(names)}` : ''}`;
  }
  // Use the participant list of the event that names the fewest extra people: it is the core of the event.
  const names = [...events].sort((a, b) => a.participants.length - b.participants.length)[0]!.participants.map(refName);
  const joiner = first.eventType === 'publication' || first.eventType === 'statement' ? 'by' : names.length > 1 ? 'between' : 'with';
  return `${describeType(first.eventType)} ${joiner} ${joinNames(names)}`;
}
