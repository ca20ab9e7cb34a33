// Trigger words of the event frames crosscheck knows (extract/events.ts).
import type { EventType } from '../types.js';
import { INCIDENT_NOUNS, INCIDENT_VERBS } from './incidents.js';

// General English trigger words for the event frames crosscheck knows. Multi-word triggers come first so that
// "phone call" wins over "call".
export const EVENT_TRIGGERS: ReadonlyArray<{ pattern: RegExp; type: EventType; noun: boolean }> = [
  { pattern: /\b(?:phone|telephone|video|conference)[\s-]+(?:call|calls|conversation|conversations)\b/gi, type: 'communication', noun: true },
  { pattern: /\b(?:call|calls|conversation|conversations|phone conversation|chat)\b/gi, type: 'communication', noun: true },
  { pattern: /\b(?:spoke|speak|speaks|speaking|talked|talking|phoned|telephoned|rang|called up)\b/gi, type: 'communication', noun: false },
  // "X called Y" is a call; "X called Y a liar" / "called it “fake”" is a label. Case matters here: no `i` flag,
  // since /\p{Lu}/iu would match lower-case letters too.
  {
    pattern: /\b[Cc]alled\b(?=\s+(?:\p{Lu}|him\b|her\b|them\b|each other\b))(?!\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:a|an|the|his|her|their|its|one|["“‘]))(?!\s+(?:him|her|them)\s+(?:a|an|the|["“‘]))/gu,
    type: 'communication',
    noun: false,
  },
  { pattern: /\b(?:meeting|meetings|summit|talks)\b/gi, type: 'meeting', noun: true },
  { pattern: /\b(?:met|meet|meets)\b/gi, type: 'meeting', noun: false },
  { pattern: /\b(?:visit|visits|trip)\b/gi, type: 'visit', noun: true },
  { pattern: /\b(?:visited|visiting|travelled|traveled|travelling|traveling|travel|arrived|arrive)\b/gi, type: 'visit', noun: false },
  { pattern: /\b(?:published|leaked|released|broke the story|first reported|reported)\b/gi, type: 'publication', noun: false },
  { pattern: new RegExp(`\\b(?:${Object.keys(INCIDENT_VERBS).filter((v) => v.includes(' ')).join('|')})\\b`, 'gi'), type: 'incident', noun: false },
  { pattern: new RegExp(`\\b(?:${Object.keys(INCIDENT_NOUNS).join('|')})\\b`, 'gi'), type: 'incident', noun: true },
  { pattern: new RegExp(`\\b(?:${Object.keys(INCIDENT_VERBS).join('|')})\\b`, 'gi'), type: 'incident', noun: false },
];
