// The speaker parser every claim extractor shares: who said what in a sentence ("X said (that) …", "…, X said.",
// "according to X, …", "X told Y …", ", saying …"). The attribution extractor turns its findings into statements;
// quotes and authenticity stances use it to find their speaker.
import type { EntityRef, ExtractContext, Mention, Sentence, Timex } from '../types.js';
import { MASK_CHAR, alternation, cleanClause, localMentions, maskedSentence, refFromMention, type LocalMention } from './claim-helpers.js';
import { ADDRESSEE_VERBS, REPORTING_PARTICIPLES, REPORTING_VERBS } from '../lexicon/reporting-verbs.js';
import { APPOSITIVE_STARTERS, PLATFORM_PHRASE, SPEAKER_HEAD_NOUNS, SPEAKER_PRONOUNS, SPEAKER_VERB_FILLERS } from '../lexicon/speakers.js';

/** One attribution found in a sentence. Offsets are relative to the sentence text. */
export interface Attribution {
  speaker: EntityRef;
  speakerStart: number;
  speakerEnd: number;
  verb: string;
  verbStart: number;
  verbEnd: number;
  content: string;
  contentStart: number;
  contentEnd: number;
  addressee?: string;
  /** The outer reporter of nested reported speech ("Y reported that X said"), or an "according to" source. */
  source?: string;
  /** Hedges such as "reportedly" seen between speaker and verb. */
  hedges: string[];
}

const VERB_RE = new RegExp(`\\b(${alternation(REPORTING_VERBS)})\\b`, 'g');
const PARTICIPLE_RE = new RegExp(`,\\s*(?:(?:also|while|before|after|even)\\s+)?(${alternation(REPORTING_PARTICIPLES)})\\b`, 'g');
const FILLER_RE = new RegExp(`(?:^|\\s)(${alternation(SPEAKER_VERB_FILLERS)}|did not|didn't|does not|would not|could not)\\s*$`, 'i');
const HEDGE_FILLERS = new Set(['reportedly', 'allegedly', 'apparently', 'seemingly']);
const PRONOUN_RE = new RegExp(`(?:^|[^\\p{L}])(${alternation(SPEAKER_PRONOUNS)})$`, 'iu');
const DETERMINERS = /^(?:a|an|the|another|one|some|two|three|four|several|many|most|other|his|her|their|its|our|this|that|these|those|senior|top|both|all|no)\b/i;
// No `i` flag: with it, \p{Lu} would match lower-case letters and ", on behalf," would pass for ", on Monday,".
const ASIDE_RE = /,\s*(?:[Hh]owever|[Mm]eanwhile|though|too|also|in turn|for (?:his|her|their|its) part|in a statement|in response|on (?:\p{Lu}\p{L}+))\s*,/gu;
const CLAUSE_BOUNDARY_RE = /(?:[,;:(—–]|[“”"‘]|\s-\s|\b(?:and|but|while|whereas|that|as|because|after|when|although|though|since|if|so|even|where)\b)(?![\s\S]*(?:[,;:(—–]|[“”"‘]|\s-\s|\b(?:and|but|while|whereas|that|as|because|after|when|although|though|since|if|so|even|where)\b))/iu;
const WHEN_RE = /\s+(?:on|last|this|late|early|earlier|later)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening)(?:\s+(?:morning|afternoon|evening|night))?|\p{Lu}\p{L}+\s+\d{1,2})$/u;
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be|so|it's|it’s)\s+$/i;
const NOUN_BEFORE = /\b(?:the|a|an|phone|two|these|those|media|news|press|such|of|his|her|their|its|our|recent|leaked|both|earlier|any|conflicting|in)\s+$/i;

/** Capitalised runs used as stand-in mentions for neighbouring sentences (ctx.mentions only covers this one). */
export function namedRuns(sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  const re = /\b(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:bin|al|de|van|von|der)\s+)?\p{Lu}[\p{L}'’.-]*)*)/gu;
  for (let m = re.exec(sentence.text); m !== null; m = re.exec(sentence.text)) {
    let text = m[1]!.replace(/['’]s$/, '');
    if (m.index === 0 && /^(?:The|A|An|But|And|However|In|On|As|He|She|They|It|We|I|This|That)$/.test(text)) continue;
    text = text.replace(/^(?:The|A|An|But|And|However|In|On|As)\s+/, '');
    const start = sentence.start + m.index + (m[1]!.length - m[1]!.replace(/^(?:The|A|An|But|And|However|In|On|As)\s+/, '').length);
    out.push({ docId: sentence.docId, sentenceIndex: sentence.index, start, end: start + text.length, text, type: 'person' });
  }
  const pronounRe = /\b(he|she|they|He|She|They)\b/g;
  for (let m = pronounRe.exec(sentence.text); m !== null; m = pronounRe.exec(sentence.text)) {
    const start = sentence.start + m.index;
    out.push({ docId: sentence.docId, sentenceIndex: sentence.index, start, end: start + m[1]!.length, text: m[1]!, type: 'person', pronoun: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Mentions for a sentence: the context's when it is the current sentence, stand-ins otherwise. */
export function mentionsFor(sentence: Sentence, ctx: ExtractContext): LocalMention[] {
  const own = localMentions(sentence, ctx);
  if (own.length > 0) return own;
  return localMentions(sentence, { ...ctx, mentions: namedRuns(sentence) });
}

/** Blanks a range with spaces, keeping offsets. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** A mention that heads the phrase ending at `end` (not a possessive or a modifier of a following noun). */
function mentionEndingAt(mentions: LocalMention[], end: number): LocalMention | undefined {
  return mentions.filter((m) => m.end === end).sort((a, b) => a.start - b.start)[0];
}

interface SpeakerHit {
  ref: EntityRef;
  start: number;
  end: number;
}

/** Finds the speaker of a verb whose left context is `masked.slice(0, end)`. */
function speakerBefore(masked: string, end: number, mentions: LocalMention[], timexes: Array<{ start: number; end: number }>, hedges: string[]): SpeakerHit | undefined {
  let left = masked.slice(0, end);
  // Peel off fillers, time phrases and asides between the speaker and the verb.
  for (let guard = 0; guard < 8; guard++) {
    const trimmed = left.replace(/\s+$/, '');
    const filler = FILLER_RE.exec(trimmed);
    if (filler) {
      if (HEDGE_FILLERS.has(filler[1]!.toLowerCase())) hedges.push(filler[1]!.toLowerCase());
      left = trimmed.slice(0, trimmed.length - filler[0].length);
      continue;
    }
    const timex = timexes.find((t) => t.end === trimmed.length || t.end === trimmed.replace(/\)$/, '').length);
    if (timex) {
      left = trimmed.slice(0, timex.start).replace(/\s*\(?\s*$/, '').replace(/\b(?:on|in|last|this|late|early)\s*$/i, '');
      continue;
    }
    const when = WHEN_RE.exec(trimmed);
    if (when) {
      left = trimmed.slice(0, when.index);
      continue;
    }
    const paren = /\s*\([^()]*\)$/.exec(trimmed);
    if (paren) {
      left = trimmed.slice(0, paren.index);
      continue;
    }
    left = trimmed;
    break;
  }
  const stop = left.length;
  if (stop === 0) return undefined;

  const pronoun = PRONOUN_RE.exec(left);
  if (pronoun) {
    const start = stop - pronoun[1]!.length;
    const m = mentions.find((x) => x.start === start);
    return { ref: m ? refFromMention(m.mention) : { text: pronoun[1]! }, start, end: stop };
  }
  const direct = mentionEndingAt(mentions, stop);
  // "the ministry in Kaskela said": a place inside a prepositional phrase is not the speaker, the noun before it is.
  const insidePhrase = direct?.mention.type === 'place' && /\b(?:in|of|at|from|near|for)\s+(?:the\s+)?$/i.test(masked.slice(0, direct.start));
  if (direct && !insidePhrase && !/['’]s$/.test(direct.mention.text)) return { ref: refFromMention(direct.mention), start: direct.start, end: direct.end };

  if (left.endsWith(',')) {
    const body = left.slice(0, -1).replace(/\s+$/, '');
    const stray = mentionEndingAt(mentions, body.length);
    const prevComma = body.lastIndexOf(',');
    if (prevComma >= 0) {
      const appositive = body.slice(prevComma + 1);
      const head = body.slice(0, prevComma).replace(/\s+$/, '');
      const headMention = mentionEndingAt(mentions, head.length);
      if (headMention && (APPOSITIVE_STARTERS.test(appositive) || /^\s*\d{1,3}\s*$/.test(appositive) || /^\s*\p{Ll}/u.test(appositive) || roleLike(appositive))) {
        return { ref: refFromMention(headMention.mention), start: headMention.start, end: headMention.end };
      }
    }
    if (stray) return { ref: refFromMention(stray.mention), start: stray.start, end: stray.end };
    return undefined;
  }
  return nounPhraseSpeaker(masked, left, mentions);
}

function roleLike(text: string): boolean {
  const last = text.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return SPEAKER_HEAD_NOUNS.includes(last);
}

/** "a senior official", "European officials", "the ministry", "a former journalist who exposed …". */
function nounPhraseSpeaker(masked: string, left: string, mentions: LocalMention[]): SpeakerHit | undefined {
  const boundary = CLAUSE_BOUNDARY_RE.exec(left);
  let start = boundary ? boundary.index + boundary[0].length : 0;
  let phrase = left.slice(start);
  const lead = /^\s+/.exec(phrase);
  if (lead) {
    start += lead[0].length;
    phrase = phrase.slice(lead[0].length);
  }
  if (phrase.length === 0 || phrase.includes(MASK_CHAR)) return undefined;
  // A relative clause after the head noun is not part of the speaker's name.
  const relative = /\s(?:who|which|whose)\s/.exec(phrase);
  const core = relative ? phrase.slice(0, relative.index) : phrase;
  const coreWords = core.trim().split(/\s+/);
  if (coreWords.length > 9 || (!relative && coreWords.length > 7)) return undefined;
  const headMention = mentionEndingAt(mentions, start + core.trimEnd().length);
  // "the foreign ministry in Kaskela": the place ends a prepositional phrase; the head noun comes before it.
  const placePhrase =
    headMention?.mention.type === 'place' ? /\s(?:in|of|at|from|near)\s+(?:the\s+)?$/i.exec(masked.slice(start, headMention.start)) : null;
  if (headMention && !placePhrase && !/['’]s$/.test(headMention.mention.text) && coreWords.length <= 6) {
    return { ref: refFromMention(headMention.mention), start: headMention.start, end: headMention.end };
  }
  const headWords = placePhrase ? masked.slice(start, start + placePhrase.index).trim().split(/\s+/) : coreWords;
  const head = (headWords[headWords.length - 1] ?? '').toLowerCase().replace(/['’]s$/, '');
  if (!SPEAKER_HEAD_NOUNS.includes(head)) return undefined;
  const startsWell = DETERMINERS.test(core) || /^\p{Lu}/u.test(core) || coreWords.length <= 3;
  if (!startsWell) return undefined;
  const text = core.trim();
  void masked;
  return { ref: { text }, start, end: start + text.length };
}

// Lower-case title words between a qualifying place or body and a person's name ("police chief", "county sheriff").
const ROLE_WORD = /^\s+(?:[\p{Ll}.'’-]+\s+){1,3}$/u;

/** The inverted order: "…,” said Jane Doe, a spokeswoman." Returns the speaker after the verb. */
function speakerAfter(masked: string, verbEnd: number, mentions: LocalMention[]): SpeakerHit | undefined {
  const rest = masked.slice(verbEnd);
  const phrase = /^\s+([^,.;:!?]{2,80})/.exec(rest);
  if (!phrase) return undefined;
  const start = verbEnd + phrase[0].length - phrase[1]!.length;
  const first = mentions.find((m) => m.start === start);
  // "said manager Jo Lind", "said Deputy Minister Jo Lind": a title of lower-case or capitalised words, then the name.
  const titled = mentions.find(
    (m) => !m.mention.pronoun && m.start > start && m.end <= start + phrase[1]!.length && /^(?:[\p{L}.'’-]+\s+){1,4}$/u.test(masked.slice(start, m.start)),
  );
  // "said Rochester police chief Jo Lind": the place or body that qualifies a title is not the speaker; the
  // person named after the title is.
  if (first && titled && titled.start > first.end && titled.mention.type === 'person' && ROLE_WORD.test(masked.slice(first.end, titled.start))) {
    return { ref: refFromMention(titled.mention), start: titled.start, end: titled.end };
  }
  if (first) return { ref: refFromMention(first.mention), start: first.start, end: first.end };
  if (titled) return { ref: refFromMention(titled.mention), start: titled.start, end: titled.end };
  const text = phrase[1]!.trim();
  const wordsIn = text.split(/\s+/);
  const head = wordsIn[wordsIn.length - 1]!.toLowerCase();
  if (wordsIn.length <= 6 && DETERMINERS.test(text) && SPEAKER_HEAD_NOUNS.includes(head)) return { ref: { text }, start, end: start + text.length };
  return undefined;
}

/** What follows a verb: addressee, platform, "that"-clause or colon. Returns content start and addressee. */
function afterVerb(masked: string, verb: string, verbEnd: number): { contentStart: number; addressee?: string } {
  let pos = verbEnd;
  let addressee: string | undefined;
  if (ADDRESSEE_VERBS.includes(verb)) {
    const m = /^\s+((?:[\p{L}'’.&-]+\s*){1,7}?)(?=\s*(?:[,.:;]|\bthat\b|\bto\b|\bin\b|\bon\b|\bafter\b|\bbefore\b|\bduring\b|[“"]|$))/u.exec(masked.slice(pos));
    if (m) {
      addressee = m[1]!.trim().replace(/\.$/, '');
      pos += m[0].length;
    }
  }
  const platform = PLATFORM_PHRASE.exec(masked.slice(pos));
  if (platform) pos += platform[0].length;
  const prep = /^\s+(?:in|during|at)\s+(?:a|an|the|his|her|their|its)\s+[\p{L}\s'’-]{0,40}?(?=\s+that\b|\s*[,:])/u.exec(masked.slice(pos));
  if (prep) pos += prep[0].length;
  // "said during the call." / "said when asked about the story.": no content follows, the attribution trails.
  const tail = /^\s*(?:during|in|at|on|to|after|before|from|via|with|without|when|while|as|later|earlier|afterwards|last|this|outside|inside|near|following|upon|in front of|shortly|late|early|yesterday|today)\b[^,.;:“"‘•]{0,60}(?=[.!?]?\s*$)/.exec(masked.slice(pos));
  if (tail) return addressee === undefined ? { contentStart: pos + tail[0].length } : { contentStart: pos + tail[0].length, addressee };
  const that = /^\s*,?\s*(?:on\s+\p{Lu}\p{L}+\s+)?(?:that|:)\s*/u.exec(masked.slice(pos));
  if (that) pos += that[0].length;
  return addressee === undefined ? { contentStart: pos } : { contentStart: pos, addressee };
}

/** All attributions in a sentence. `mentions`/`timexes` default to the context's (for the current sentence). */
export function findAttributions(sentence: Sentence, ctx: ExtractContext, mentionsOverride?: LocalMention[]): Attribution[] {
  const mentions = mentionsOverride ?? mentionsFor(sentence, ctx);
  const timexes = ctx.timexes
    .filter((t: Timex) => t.start >= sentence.start && t.end <= sentence.end)
    .map((t) => ({ start: t.start - sentence.start, end: t.end - sentence.start }));
  let masked = maskedSentence(sentence, ctx);
  for (let aside = ASIDE_RE.exec(masked); aside !== null; aside = ASIDE_RE.exec(masked)) {
    masked = blank(masked, aside.index, aside.index + aside[0].length);
  }
  ASIDE_RE.lastIndex = 0;
  const text = sentence.text;
  const found: Attribution[] = [];
  const sentenceEnd = text.replace(/[\s.!?]+$/, '').length;

  for (let v = VERB_RE.exec(masked); v !== null; v = VERB_RE.exec(masked)) {
    const verb = v[1]!;
    const verbStart = v.index;
    const verbEnd = verbStart + verb.length;
    // "conceded defeat", "concedes" in a headline: conceding something is not saying something.
    if (/^concede/i.test(verb) && !/^\s*(?:that\b|[“"‘:])/.test(masked.slice(verbEnd))) continue;
    const before = masked.slice(0, verbStart);
    if (PASSIVE_BEFORE.test(before)) continue;
    if (NOUN_BEFORE.test(before) && !/\b(?:the|a|an|media|news)\s+\w+\s+$/i.test(before.slice(-40))) {
      // "the calls", "phone calls": a noun, unless a speaker phrase precedes ("the official said" is handled below).
      if (/(?:^|\s)(?:the|a|an|phone|two|these|those|of|in|any|both|such)\s+$/i.test(before)) continue;
    }
    const hedges: string[] = [];
    let speaker = speakerBefore(masked, verbStart, mentions, timexes, hedges);
    let contentStart: number;
    let contentEnd = sentenceEnd;
    let addressee: string | undefined;
    const trimmedBefore = before.replace(/\s+$/, '');
    const inverted = /[,”"’]$/.test(trimmedBefore) && !speaker;
    if (inverted) {
      speaker = speakerAfter(masked, verbEnd, mentions);
      if (!speaker) continue;
      contentStart = 0;
      contentEnd = trimmedBefore.length;
    } else {
      if (!speaker) {
        // "…, and said …" / "… but added …": the subject is the previous speaker of this sentence.
        const previous = found[found.length - 1];
        const coordinated = /(?:,|\b(?:and|but))\s*$/.test(trimmedBefore) && !/[“"]\s*$/.test(trimmedBefore);
        if (!coordinated) continue;
        if (previous) speaker = { ref: previous.speaker, start: previous.speakerStart, end: previous.speakerEnd };
        else speaker = clauseSubject(masked, verbStart, mentions);
        if (!speaker) continue;
      }
      const after = afterVerb(masked, verb, verbEnd);
      addressee = after.addressee;
      contentStart = after.contentStart;
      const quoteAfterComma = /^\s*,\s*(?=[“"‘])/.exec(masked.slice(contentStart));
      if (quoteAfterComma) contentStart += quoteAfterComma[0].length;
      else if (contentStart >= sentenceEnd || /^\s*(?:[.!?]\s*$|[,;—–]|$)/.test(masked.slice(contentStart))) {
        // Trailing attribution: "…,” X said." The content is what precedes the speaker.
        contentStart = 0;
        const lead = masked.slice(0, speaker.start);
        const lastBreak = Math.max(lead.lastIndexOf(','), lead.lastIndexOf('”'), lead.lastIndexOf('"'), lead.lastIndexOf('—'));
        contentEnd = (lastBreak > 0 ? lead.slice(0, lastBreak) : lead).replace(/[\s,—–-]+$/, '').length;
      }
    }
    const content = cleanClause(text.slice(contentStart, contentEnd));
    if (content.length < 2) continue;
    const attribution: Attribution = {
      speaker: speaker.ref,
      speakerStart: speaker.start,
      speakerEnd: speaker.end,
      verb,
      verbStart,
      verbEnd,
      content,
      contentStart,
      contentEnd,
      hedges,
    };
    if (addressee !== undefined) attribution.addressee = addressee;
    found.push(attribution);
  }
  VERB_RE.lastIndex = 0;

  found.push(...participleAttributions(masked, text, mentions, found, sentenceEnd));
  const according = accordingTo(masked, text, mentions, sentenceEnd);
  if (according) {
    const governing = found.find((a) => a.verbStart < according.verbStart && a.contentEnd >= according.verbStart);
    if (governing) governing.source = according.speaker.text;
    else if (found.length === 0) found.push(according);
    else found.forEach((a) => (a.source ??= according.speaker.text));
  }
  return nestReports(found).sort((a, b) => a.verbStart - b.verbStart);
}

/** ", saying …" / ", calling …": the subject of the main clause reports. */
function participleAttributions(masked: string, text: string, mentions: LocalMention[], found: Attribution[], sentenceEnd: number): Attribution[] {
  const out: Attribution[] = [];
  for (let p = PARTICIPLE_RE.exec(masked); p !== null; p = PARTICIPLE_RE.exec(masked)) {
    const verb = p[1]!;
    const verbEnd = p.index + p[0].length;
    const verbStart = verbEnd - verb.length;
    const subject = clauseSubject(masked, p.index, mentions) ?? (found.length > 0 ? { ref: found[0]!.speaker, start: found[0]!.speakerStart, end: found[0]!.speakerEnd } : undefined);
    if (!subject) continue;
    const after = afterVerb(masked, verb === 'telling' ? 'told' : verb, verbEnd);
    const content = cleanClause(text.slice(after.contentStart, sentenceEnd));
    if (content.length < 2) continue;
    const a: Attribution = {
      speaker: subject.ref, speakerStart: subject.start, speakerEnd: subject.end, verb, verbStart, verbEnd,
      content, contentStart: after.contentStart, contentEnd: sentenceEnd, hedges: [],
    };
    if (after.addressee !== undefined) a.addressee = after.addressee;
    out.push(a);
  }
  PARTICIPLE_RE.lastIndex = 0;
  return out;
}

const PREPOSITION_BEFORE = /\b(?:in|of|with|to|for|on|at|by|from|about|between|against|over|under|after|before|during|despite|toward|towards|into|than|like|including|and|or)\s+(?:the\s+)?$/i;

/** The grammatical subject of the clause before `end`: the first person/org mention or pronoun not in a prepositional phrase. */
export function clauseSubject(masked: string, end: number, mentions: LocalMention[]): SpeakerHit | undefined {
  const pronoun = /(?:^|[,;]\s*|\.\s+)(He|She|They|It|We|I|he|she|they)\b/.exec(masked.slice(0, end));
  const candidates = mentions.filter((m) => m.end <= end && !m.mention.pronoun);
  for (const m of candidates) {
    if (pronoun && pronoun.index < m.start) break;
    const before = masked.slice(0, m.start);
    const after = masked.slice(m.end, m.end + 3);
    if (/^['’]s\b/.test(after) || /['’]s$/.test(m.mention.text)) continue;
    if (PREPOSITION_BEFORE.test(before)) continue;
    if (/^\s+\p{Ll}+\s/u.test(masked.slice(m.end)) && /^\s+(?:envoy|official|aide|adviser|advisor|minister|president|leader|government|administration)\b/i.test(masked.slice(m.end))) continue;
    if (m.mention.type === 'place' && /^\s+\p{Lu}/u.test(masked.slice(m.end))) continue;
    return { ref: refFromMention(m.mention), start: m.start, end: m.end };
  }
  if (pronoun) {
    const start = pronoun.index + pronoun[0].length - pronoun[1]!.length;
    const m = mentions.find((x) => x.start === start);
    return { ref: m ? refFromMention(m.mention) : { text: pronoun[1]! }, start, end: start + pronoun[1]!.length };
  }
  return undefined;
}

/** "according to X, …" / "as per X" / "…, according to X." */
function accordingTo(masked: string, text: string, mentions: LocalMention[], sentenceEnd: number): Attribution | undefined {
  const m = /\b(according to|as per)\s+/i.exec(masked);
  if (!m) return undefined;
  const npStart = m.index + m[0].length;
  const npMatch = /^[^,.;:!?—]+/.exec(masked.slice(npStart));
  if (!npMatch) return undefined;
  const npEnd = npStart + npMatch[0].trimEnd().length;
  const inNp = mentions.filter((x) => x.start >= npStart && x.end <= npEnd);
  let speaker: SpeakerHit;
  const first = inNp[0];
  if (first && first.start === npStart + (/^(?:the\s+)?/i.exec(masked.slice(npStart))?.[0].length ?? 0)) {
    speaker = { ref: refFromMention(first.mention), start: first.start, end: first.end };
  } else {
    const np = text.slice(npStart, npEnd).split(/\s+/).slice(0, 8).join(' ');
    speaker = { ref: { text: np }, start: npStart, end: npStart + np.length };
  }
  // Content: the sentence without the "according to" phrase.
  const contentText = cleanClause(`${text.slice(0, m.index)} ${text.slice(npEnd, sentenceEnd)}`.replace(/\s*,\s*,\s*/g, ' '));
  if (contentText.length < 2) return undefined;
  return {
    speaker: speaker.ref, speakerStart: speaker.start, speakerEnd: speaker.end, verb: m[1]!.toLowerCase(),
    verbStart: m.index, verbEnd: npStart, content: contentText, contentStart: m.index === 0 ? npEnd : 0,
    contentEnd: m.index === 0 ? sentenceEnd : m.index, hedges: [],
  };
}

/** "Y reported that X said …": keep the inner speaker, note Y as its source, drop the outer. */
function nestReports(found: Attribution[]): Attribution[] {
  const dropped = new Set<Attribution>();
  for (const outer of found) {
    for (const inner of found) {
      if (inner === outer || dropped.has(inner)) continue;
      if (inner.verbStart > outer.verbEnd && inner.verbStart < outer.contentEnd && outer.contentStart <= inner.speakerStart && outer.contentStart > outer.verbStart) {
        inner.source ??= outer.speaker.text;
        dropped.add(outer);
      }
    }
  }
  return found.filter((a) => !dropped.has(a));
}
