import type { EventType } from '../../types.js';

// Incidents by the word that names them, mapped to one kind so that "quake" and "earthquake" meet.
export const INCIDENT_NOUNS: Readonly<Record<string, string>> = {
  earthquake: 'earthquake', quake: 'earthquake', tremor: 'earthquake', aftershock: 'aftershock',
  explosion: 'explosion', blast: 'explosion', bombing: 'attack', attack: 'attack', airstrike: 'airstrike', 'air strike': 'airstrike',
  shooting: 'shooting', fire: 'fire', blaze: 'fire', wildfire: 'fire', flood: 'flood', flooding: 'flood', landslide: 'landslide',
  hurricane: 'storm', typhoon: 'storm', cyclone: 'storm', storm: 'storm', tornado: 'tornado', eruption: 'eruption',
  crash: 'crash', collision: 'crash', derailment: 'crash', verdict: 'verdict', conviction: 'verdict', acquittal: 'verdict',
  sentencing: 'sentencing', arrest: 'arrest', indictment: 'indictment', ruling: 'ruling', resignation: 'resignation',
  election: 'election', referendum: 'referendum', recall: 'recall', launch: 'launch', coup: 'coup',
};
export const INCIDENT_VERBS: Readonly<Record<string, string>> = {
  convicted: 'verdict', 'found guilty': 'verdict', acquitted: 'verdict', sentenced: 'sentencing', arrested: 'arrest',
  indicted: 'indictment', resigned: 'resignation', erupted: 'eruption', exploded: 'explosion', crashed: 'crash',
  // "opened fire" is a shooting, not a fire; "stepped down" is a resignation.
  'opened fire': 'shooting', 'open fire': 'shooting', 'opens fire': 'shooting', 'opening fire': 'shooting',
  'shot and killed': 'shooting', 'fatally shot': 'shooting', 'gunned down': 'shooting', 'stepped down': 'resignation',
};

// Multi-word verbs first, so that "opened fire" wins over "fire".
const INCIDENT_WORD = new RegExp(`\\b(?:${[...Object.keys(INCIDENT_VERBS), ...Object.keys(INCIDENT_NOUNS)].sort((a, b) => b.split(' ').length - a.split(' ').length).join('|')})\\b`, 'i');

/** The first incident a sentence names, as a kind ("opened fire" is a shooting, not a fire), or null. */
export function incidentKindIn(text: string): string | null {
  const m = INCIDENT_WORD.exec(text);
  if (!m) return null;
  return incidentKind(m[0]);
}

/** The kind of incident a trigger names ("quake" → earthquake, "found guilty" → verdict). */
export function incidentKind(trigger: string): string {
  const word = trigger.toLowerCase().replace(/\s+/g, ' ');
  return INCIDENT_NOUNS[word] ?? INCIDENT_VERBS[word] ?? word;
}

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

/**
 * Reporting verbs that date a statement by a named speaker (an event of type `statement`). Narrower than the
 * claims' REPORTING_VERBS on purpose: "promised to visit", "conceded … in a call" or "called X" make their
 * subject a participant of another event, not only a speaker.
 */
export const STATEMENT_VERBS =
  /\b(?:said|says|told|stated|announced|confirmed|denied|downplayed|dismissed|accused|warned|insisted|added|claimed|suggested|hinted|wrote|posted|declared|admitted|acknowledged|argued|rejected|condemned|praised|criticised|criticized|urged|vowed|noted)\b/i;

/** Role nouns: "<Name> envoy <Name>" or "<Name>'s aide" make the first name a modifier, not a participant. */
export const ROLE_NOUNS =
  /^\s*(?:(?:peace|special|presidential|senior|top|chief|foreign[- ]policy|foreign|economic|investment|national security|security|press|communications|deputy|former|acting|key|most senior|own|top senior|lead|main|personal|official)\s+)*(?:envoy|envoys|aide|aides|adviser|advisers|advisor|advisors|spokesman|spokeswoman|spokesperson|official|officials|administration|admin|government|son-in-law|daughter|son|wife|husband|boss|team|lawyer|lawyers|minister|secretary|ambassador|counterpart|representative|negotiator|ally|allies|campaign|department|office|staff|cabinet|regime|forces|army|military|peace plan|plan|deal|proposal|position|role|reputation|conduct|approach|request|side|camp)\b/i;

/** Words that open a subordinate clause: a date after them belongs to that clause's event. */
export const SUBORDINATORS = /\b(?:before|after|when|while|as|because|until|since|although|though|whereas|which|who|whom|where)\b/i;
