// Words for labels and topics, shared by the extractors that write event subjects and the comparators that
// write disagreement topics.
import type { EventType } from '../types.js';

/** The noun a reader knows an event type by ("call" for a communication). */
export function describeType(type: EventType): string {
  switch (type) {
    case 'communication':
      return 'call';
    case 'meeting':
      return 'meeting';
    case 'visit':
      return 'visit';
    case 'publication':
      return 'publication';
    case 'statement':
      return 'statement';
    case 'incident':
      return 'incident';
  }
}

export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
