import type {
  EntityRef,
  EventAnchor,
  EventAssertion,
  EventType,
  ExtractContext,
  Extractor,
  Mention,
  Sentence,
  Timex,
} from '../types.js';
import { pairQuotes } from './claim-helpers.js';
import { clauseAt, insideAside, layoutSentence, type SentenceLayout } from './clauses.js';
import { EVENT_TRIGGERS } from '../lexicon/events.js';
import { incidentKind } from '../lexicon/incidents.js';
import { QUALIFIED_NOUN } from '../lexicon/roles.js';
import { STATEMENT_VERBS as STATEMENT_VERB_LIST } from '../lexicon/reporting-verbs.js';
import { describeType, joinNames } from '../util/labels.js';

interface Trigger {
  /** Offsets relative to the sentence text. */
  start: number;
  end: number;
  text: string;
  type: EventType;
  noun: boolean;
}

/** A reporting verb that dates a statement by a named speaker. */
const STATEMENT_VERBS = new RegExp(`\\b(?:${STATEMENT_VERB_LIST.join('|')})\\b`, 'i');

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const ANCHOR = /\b(a|an|one|two|three|four|five|six|seven|\d+)\s+(day|days|week|weeks)\s+(before|after)\s+/i;

/**
 * Event frames: communication (call, spoke), meeting (met, summit), visit, publication (published, leaked) and
 * dated statements. Each event gets its participants from the trigger's clause and the date attached to it.
 */
export const eventExtractor: Extractor = {
  name: 'events',
  kinds: ['event'],
  extract(sentence: Sentence, ctx: ExtractContext): EventAssertion[] {
    const text = sentence.text;
    const layout = layoutSentence(text);
    const mentions = ctx.mentions
      .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }))
      .filter((m) => m.start >= 0 && m.end <= text.length);
    const timexes = ctx.timexes
      .filter((t) => t.type === 'DATE' || t.type === 'TIME')
      .map((t) => ({ ...t, start: t.start - sentence.start, end: t.end - sentence.start }));
    const triggers = findTriggers(text);
    const events: EventAssertion[] = [];
    const claimedTimexes = assignTimexes(triggers, timexes, layout, text);
    const anchorMatch = ANCHOR.exec(text);

    const quoted = quotedRanges(text);
    for (const trigger of triggers) {
      // Words inside a quotation are the speaker's, kept as a quote: "the minutes of the meeting," she said.
      if (quoted.some(([s, e]) => trigger.start > s && trigger.end < e)) continue;
      // A trigger inside an anchor clause ("a day before X met Y") describes the anchor, not a new event.
      if (anchorMatch && trigger.start > (anchorMatch.index ?? 0)) continue;
      const clause = clauseAt(layout, trigger.start);
      const participants = participantsOf(trigger, clause, mentions, layout, text);
      const time = claimedTimexes.get(trigger) ?? null;
      // An incident (a quake, a verdict) needs no named participant, but it needs a date to be worth keeping.
      if (trigger.type === 'incident' ? !time : participants.length === 0) continue;
      let anchor: EventAnchor | undefined;
      if (!time && anchorMatch && (anchorMatch.index ?? 0) > trigger.end) anchor = anchorOf(anchorMatch, text, mentions, layout);
      if (trigger.type === 'publication' && !time) continue;
      const absolute = (s: number, e: number) => ctx.spanOf(sentence.start + s, sentence.start + e);
      const names = participants.map((p) => p.text);
      const subject =
        trigger.type === 'incident'
          ? `${incidentKind(trigger.text)}${names.length ? ` involving ${joinNames(names)}` : ''}`
          : `${describeType(trigger.type)} ${trigger.type === 'publication' ? 'by' : names.length > 1 ? 'between' : 'with'} ${joinNames(names)}`;
      const timeAbs = time ? { ...time, start: time.start + sentence.start, end: time.end + sentence.start } : null;
      const span = absolute(0, text.length);
      const place = placeOf(clause, mentions, text, trigger);
      const ordinal = ordinalOf(trigger, text);
      events.push({
        id: ctx.nextId('event'),
        kind: 'event',
        docId: sentence.docId,
        sentenceIndex: sentence.index,
        subject,
        value: time?.text ?? '',
        normalized: time?.value ?? '',
        inferred: time?.inferred ?? [],
        eventType: trigger.type,
        trigger: trigger.text,
        participants,
        time: timeAbs,
        ...(anchor ? { anchor } : {}),
        ...(place ? { place } : {}),
        ...(ordinal ? { ordinal } : {}),
        evidence: [{ ...span, excerpt: time ? time.text : trigger.text }],
      });
    }

    const statement = datedStatement(sentence, text, mentions, timexes, layout, triggers, claimedTimexes);
    if (statement) {
      const span = ctx.spanOf(sentence.start, sentence.end);
      events.push({
        id: ctx.nextId('event'),
        kind: 'event',
        docId: sentence.docId,
        sentenceIndex: sentence.index,
        subject: `statement by ${statement.speaker.text}`,
        value: statement.time.text,
        normalized: statement.time.value ?? '',
        inferred: statement.time.inferred,
        eventType: 'statement',
        trigger: statement.verb,
        participants: [statement.speaker],
        speaker: statement.speaker,
        time: { ...statement.time, start: statement.time.start + sentence.start, end: statement.time.end + sentence.start },
        evidence: [{ ...span, excerpt: statement.time.text }],
      });
    }
    return events;
  },
};

export function findTriggers(text: string): Trigger[] {
  const found: Trigger[] = [];
  for (const { pattern, type, noun } of EVENT_TRIGGERS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((t) => start < t.end && end > t.start)) continue;
      // "called for", "called it", "calling them" are not phone calls; "talks" as a verb is handled as a meeting noun.
      if (/^call/i.test(m[0]) && /^\s+(?:for|on|it|them|him|her|the|a|an)\b/i.test(text.slice(end)) && !noun) continue;
      // An incident noun is a noun phrase head ("the fire", "Tuesday's quake"), not a verb ("fire them").
      if (type === 'incident' && noun && !/(?:\b(?:a|an|the|this|that|its|their|his|her|another|deadly|massive|powerful|major|fatal)|['’]s|\d)\s+(?:[\p{L}\d.-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, start - 40), start))) continue;
      // "The film was shot in March": what is shot in a sentence about filming is footage, not a person.
      if (type === 'incident' && /\bshot$/i.test(m[0]) && FILMING.test(text)) continue;
      if (type === 'publication' && /^report/i.test(m[0]) && !/\bby\b/i.test(text.slice(end, end + 6)) && /^(?:ly|s)\b/.test(text.slice(end))) continue;
      found.push({ start, end, text: m[0], type, noun });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const FILMING = /\b(?:film|movie|video|footage|scene|episode|series|photo|photograph|picture|documentary|commercial|camera)s?\b/i;

/** Each date goes to the nearest trigger in its clause; a date right before a noun ("a March 3 call") binds to it. */
function assignTimexes(triggers: Trigger[], timexes: Timex[], layout: SentenceLayout, text: string): Map<Trigger, Timex> {
  const candidates: Array<{ timex: Timex; trigger: Trigger; distance: number }> = [];
  for (const timex of timexes) {
    if (timex.value === null && !timex.anaphoric) continue;
    if (timex.anaphoric) continue;
    if (isBareClockTime(timex)) continue;
    const clause = clauseAt(layout, timex.start);
    // "Tuesday's earthquake": a possessive date belongs to the noun right after it.
    const possessive = /^['’]s\b/.test(text.slice(timex.end));
    // "in the March 2005 rampage": a date between a determiner and a noun belongs to that noun.
    const modifiesNoun = /\b(?:the|a|an|its|his|her|their|this|that|last|next)\s+$/i.test(text.slice(0, timex.start)) && /^\s+\p{Ll}/u.test(text.slice(timex.end));
    for (const trigger of triggers) {
      const triggerClause = clauseAt(layout, trigger.start);
      const between = timex.end <= trigger.start ? text.slice(timex.end, trigger.start) : text.slice(trigger.end, timex.start);
      // "a March 3 call", "Tuesday's deadly quake" — but not "Tuesday following his conviction".
      const premodifies =
        trigger.noun && timex.end <= trigger.start && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(between) && !/\b(?:following|after|before|since|until|pending|despite|amid|of|for|in|on|at|to|by|with|from)\b/i.test(between);
      if (triggerClause.start !== clause.start && !premodifies) continue;
      if ((possessive || modifiesNoun) && !premodifies) continue;
      // "began hearing the case Sept. 22 and convicted him on Nov. 7": a date before "and <verb>" is the earlier verb's.
      if (timex.end <= trigger.start && !premodifies && /\b(?:and|but|or|then)\b/i.test(between)) continue;
      if (DATELINE_DATE.test(text.slice(0, timex.start)) && /^\s*[-—–]/.test(text.slice(timex.end))) continue;
      if (trigger.noun && timex.start >= trigger.end && MEASURE_VERB.test(between) && !/\b(?:that|which|who)\b/i.test(between)) continue;
      // "sentenced on Tuesday following his conviction": a noun after "following" or "after" is an earlier event
      // the clause looks back on, not what the date before it dates.
      if (trigger.noun && timex.end <= trigger.start && !premodifies && /\b(?:following|after|before|since|until|ahead of|pending|despite|amid)\s+(?:(?:his|her|their|its|the|a|an)\s+)?$/i.test(text.slice(0, trigger.start))) continue;
      // "talks since the clashes of 2016", "than in March": the date belongs to something else the clause names.
      if (timex.start >= trigger.end && (BACKGROUND_DATE.test(between) || between.length > 80)) continue;
      // "said on Wednesday that … a call": the date belongs to the saying, not to the call.
      if (timex.end <= trigger.start && !premodifies && (STATEMENT_VERBS.test(between) || /\bthat\b/i.test(between))) continue;
      // "the calls, … confirmed … on Wednesday": a reporting verb in between takes the date.
      if (timex.start >= trigger.end && STATEMENT_VERBS.test(between)) continue;
      // A date before a verb trigger is only its own when nothing but a name or adverb stands between.
      const distance = premodifies ? 0 : timex.end <= trigger.start ? (trigger.start - timex.end) * 1.5 : timex.start - trigger.end;
      candidates.push({ timex, trigger, distance });
    }
  }
  // Closest pairs first, each date and each trigger used once: a later date right after its verb is not lost to
  // an earlier date that happened to be looked at first.
  const claimed = new Map<Trigger, Timex>();
  const used = new Set<Timex>();
  for (const { timex, trigger } of candidates.sort((a, b) => a.distance - b.distance)) {
    if (claimed.has(trigger) || used.has(timex)) continue;
    claimed.set(trigger, timex);
    used.add(timex);
  }
  return claimed;
}

/**
 * "The quake hit at 3:14 a.m.": a clock time alone says when in the day, not which day (the text gave that
 * earlier); the tagger's guess of the publication day must not date an event.
 */
function isBareClockTime(timex: Timex): boolean {
  return timex.inferred.includes('relative-to-publication') && /^[^\p{L}]*(?:at\s+|about\s+|around\s+)?[\d:.\s]+(?:a\.?m\.?|p\.?m\.?|h|hrs|GMT|UTC)?[^\p{L}]*$/iu.test(timex.text);
}

const BACKGROUND_DATE = /\b(?:since|until|than|unlike|compared|previous|earlier|ago)\b|\bof\s+(?:the\s+)?$/i;
// "the quake … stood at 95 dead on Friday": a verb of measure between a noun and a later date takes the date.
const MEASURE_VERB = /\b(?:stood|stands|rose|rises|reached|reaches|climbed|climbs|remained|remains|continued|continues|grew|fell|increased|doubled)\b/i;
// "CITY, March 15, 2019 - …": the dateline's date is the report's, not an event's.
const DATELINE_DATE = /^[\p{Lu}][\p{Lu}\p{L} .'’-]*(?:,\s*[\p{L} .'’-]+)?,?\s*$/u;

type LocalMention = Mention;

// Possessive determiners name an owner, never a participant ("A and his counterpart B").
const POSSESSIVE_PRONOUN = /^(?:his|its|their|our|my|your)$/i;

function isPossessivePronoun(m: LocalMention, text: string): boolean {
  if (!m.pronoun) return false;
  if (POSSESSIVE_PRONOUN.test(m.text)) return true;
  // "her counterpart" (determiner) against "met her on Friday" (object).
  return /^her$/i.test(m.text) && /^\s+(?!(?:and|on|in|at|to|for|with|by|after|before|during|that|as|or|but|about|over|from)\b)[\p{Ll}]/u.test(text.slice(m.end));
}

function participantsOf(trigger: Trigger, clause: { start: number; end: number }, mentions: LocalMention[], layout: SentenceLayout, text: string): EntityRef[] {
  const inClause = mentions.filter(
    (m) => m.start >= clause.start && m.end <= clause.end && !insideAside(layout, m.start, m.end) && !isPossessivePronoun(m, text),
  );
  const usable = withoutModifiers(inClause, text, trigger);
  if (trigger.type === 'publication') {
    const agents = usable.filter((m) => m.type === 'organization' || m.type === 'person');
    return dedupe(agents.filter((m) => !m.pronoun).slice(0, 1));
  }
  const speaker = reportingSubject(mentions, text, layout);
  // "between A and B": exactly those two, whatever else the clause names.
  const between = /\bbetween\s/i.exec(text.slice(trigger.end, clause.end));
  if (between) {
    const from = trigger.end + (between.index ?? 0);
    const pair = usable.filter((m) => m.start >= from).slice(0, 2);
    if (pair.length === 2) return dedupe(pair.map((m) => (m.pronoun && speaker ? speaker : m)));
  }
  // "X said Y would travel": the speaker reports the event and is not part of it.
  const verb = STATEMENT_VERBS.exec(text.slice(clause.start, trigger.start));
  const reportedFrom = verb ? clause.start + (verb.index ?? 0) : -1;
  // "… will meet on March 22, a spokesman, Y, said": a trailing speaker is not part of it either.
  const people = usable.filter((m) => m.type === 'person' && m.start > reportedFrom && !isTrailingSpeaker(m, text));
  return dedupe(people.map((m) => (m.pronoun && speaker ? speaker : m)));
}

/** ", X said." / ", said X." at the end of a sentence. */
function isTrailingSpeaker(m: LocalMention, text: string): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end);
  const trailing = /^[\s,]*(?:[\p{Ll}\s-]{0,30},\s*)?(?:said|says|told\s+[^.]{0,40}|added|wrote|posted|announced)\s*[.!]?\s*$/u;
  return (/,\s*(?:[\p{L}'’-]+\s+){0,4}$/u.test(before) && trailing.test(after)) || /,\s*(?:said|says)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(before);
}

/** Spans between paired double quotation marks in the sentence, closing mark included. */
function quotedRanges(text: string): Array<[number, number]> {
  return pairQuotes(text)
    .filter((q) => q.closed && q.mark === 'double')
    .map((q): [number, number] => [q.open, q.close + 1]);
}

/** The named subject of the sentence's reporting verb ("X said that … him"), to which an object pronoun refers. */
function reportingSubject(mentions: LocalMention[], text: string, layout: SentenceLayout): LocalMention | undefined {
  const verb = STATEMENT_VERBS.exec(text);
  if (!verb) return undefined;
  const before = mentions.filter((m) => m.end <= (verb.index ?? 0) && m.type === 'person' && !m.pronoun && !/^['’]s?\s/.test(text.slice(m.end)));
  const subject = before.find((m) => !insideAside(layout, m.start, m.end));
  return subject;
}

/** Names that only qualify someone else: "the president's envoy", "a Novak aide", "advisers to A and B". */
function withoutModifiers(mentions: LocalMention[], text: string, trigger: Trigger): LocalMention[] {
  const kept: LocalMention[] = [];
  let previousWasModifier = false;
  let previousEnd = -1;
  for (const m of mentions) {
    const joined: boolean = previousWasModifier && /^\s*(?:,|and|or|&)\s*$/i.test(text.slice(previousEnd, m.start));
    const modifier: boolean = isModifier(m, text, trigger) || ROLE_OF.test(text.slice(Math.max(0, m.start - 40), m.start)) || joined;
    if (!modifier) kept.push(m);
    previousWasModifier = modifier;
    previousEnd = m.end;
  }
  return kept;
}

const ROLE_OF = /\b(?:advisers?|advisors?|aides?|envoys?|officials?|representatives?|allies|ally|spokes(?:man|woman|person)|lawyers?|staff|associates?|supporters?|critics?|members?)\s+(?:to|of|for|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+)*$/u;

/** "the president's envoy", "a Novak aide", "Novak envoy X": the name qualifies someone else. */
function isModifier(m: LocalMention, text: string, trigger: Trigger): boolean {
  let after = text.slice(m.end);
  const possessive = /^['’]s?\s/.exec(after);
  if (possessive) {
    after = after.slice(possessive[0].length);
    // "X's call with Y": the possessor takes part in the event.
    if (m.end + possessive[0].length <= trigger.start && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(m.end + possessive[0].length, trigger.start))) return false;
    return true;
  }
  return QUALIFIED_NOUN.test(after) && /^\s*[\p{L}-]+/u.test(after);
}

function anchorOf(match: RegExpExecArray, text: string, mentions: LocalMention[], layout: SentenceLayout): EventAnchor | undefined {
  const start = (match.index ?? 0) + match[0].length;
  const clause = clauseAt(layout, start);
  const rest = text.slice(start, Math.max(clause.end, start));
  const inner = findTriggers(rest)[0];
  if (!inner) return undefined;
  const count = NUMBER_WORDS[(match[1] ?? '').toLowerCase()] ?? Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1;
  const participants = dedupe(
    mentions.filter((m) => m.start >= start && m.end <= start + rest.length && m.type === 'person' && !m.pronoun),
  );
  if (participants.length === 0) return undefined;
  return {
    offsetDays: count * unit,
    relation: (match[3] ?? '').toLowerCase() === 'before' ? 'before' : 'after',
    eventType: inner.type,
    participants,
    text: text.slice(match.index ?? 0, start + rest.length).trim(),
  };
}

/** "X on Thursday downplayed …", "X said on Wednesday …": a dated statement by a named speaker. */
function datedStatement(
  sentence: Sentence,
  text: string,
  mentions: LocalMention[],
  timexes: Timex[],
  layout: SentenceLayout,
  triggers: Trigger[],
  claimed: Map<Trigger, Timex>,
): { speaker: EntityRef; verb: string; time: Timex } | undefined {
  const verb = STATEMENT_VERBS.exec(text);
  if (!verb) return undefined;
  const verbAt = verb.index ?? 0;
  const clause = clauseAt(layout, verbAt);
  const taken = new Set(claimed.values());
  // The date nearest the verb, not one that modifies a noun ("Tuesday's quake").
  const time = timexes
    .filter((t) => !taken.has(t) && t.value !== null && t.start >= clause.start && t.end <= clause.end && t.granularity === 'day' && !isBareClockTime(t))
    .filter((t) => !/^['’]s\b/.test(text.slice(t.end)))
    .sort((a, b) => Math.abs(a.start - verbAt) - Math.abs(b.start - verbAt))[0];
  if (!time) return undefined;
  // Nothing else in the clause may claim the date: "said the March 3 call…" dates the call, not the saying.
  if (triggers.some((t) => t.start >= clause.start && t.end <= clause.end && t.start < time.start && t.noun && time.start - t.end < 4)) return undefined;
  // A dateline ("CITY (Agency) -") is not part of the sentence's grammar.
  const dateline = /^[^.]{0,120}?\)\s*[-—–]+\s*/.exec(text);
  const from = dateline ? dateline[0].length : 0;
  const candidates = mentions
    .filter((m) => m.start >= from && m.end <= verbAt && !m.pronoun && !insideAside(layout, m.start, m.end))
    .filter((m) => !/^['’]s?\s/.test(text.slice(m.end)));
  // The speaker may stand before a relative clause ("X, who was on both calls, confirmed …").
  const speaker = candidates.filter((m) => m.start >= clause.start).pop() ?? (/^\s*,?\s*who\b/i.test(text.slice(clause.start)) ? candidates.pop() : undefined);
  if (!speaker || sentence.blockKind === 'heading') return undefined;
  // "the ministry in Kaskela said": the place is inside a phrase; the speaker is a noun the tagger does not name.
  if (speaker.type === 'place' && /\b(?:in|of|at|from|near|for)\s+(?:the\s+)?$/i.test(text.slice(0, speaker.start))) return undefined;
  // The subject stands next to its verb: "X said", "X on Thursday said", "X, who …, confirmed".
  const gap = text
    .slice(speaker.end, verbAt)
    .replace(text.slice(time.start, time.end), ' ')
    .replace(/,\s*who\b[^,]*,/i, ' ')
    .replace(/\b(?:on|has|have|had|also|later|then|again|publicly|flatly|repeatedly|however)\b/gi, ' ');
  if ((gap.match(/[\p{L}\p{N}]+/gu) ?? []).length > 1) return undefined;
  return { speaker: { text: speaker.text }, verb: verb[0], time };
}

/** "in Geneva", "at the Palais", "visited Port Almira", "a visit to Oslo": where the clause puts the event. */
function placeOf(clause: { start: number; end: number }, mentions: LocalMention[], text: string, trigger: Trigger): string | undefined {
  const place = mentions.find((m) => {
    if (m.type !== 'place' || m.start < clause.start || m.end > clause.end) return false;
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    if (/\b(?:in|at)\s+(?:the\s+)?$/i.test(before)) return true;
    // The object of a visit: "visited X", "visit to X", "trip to X".
    return trigger.type === 'visit' && m.start >= trigger.end && /^\s*(?:to\s+)?(?:the\s+)?$/i.test(text.slice(trigger.end, m.start));
  });
  return place?.text;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/** "their second meeting", "the first face-to-face talks": the ordinal a few words before a noun trigger. */
function ordinalOf(trigger: Trigger, text: string): number | undefined {
  if (!trigger.noun) return undefined;
  const before = /\b(first|second|third|fourth|fifth|sixth)\s+(?:[\p{L}-]+\s+){0,2}$/iu.exec(text.slice(Math.max(0, trigger.start - 40), trigger.start));
  return before ? ORDINALS[(before[1] ?? '').toLowerCase()] : undefined;
}

function dedupe(mentions: LocalMention[]): EntityRef[] {
  const seen = new Set<string>();
  const refs: EntityRef[] = [];
  for (const m of mentions) {
    const key = m.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push({ text: m.text });
  }
  return refs;
}
