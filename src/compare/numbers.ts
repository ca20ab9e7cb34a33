import type { Document, FigureAssertion, FactKey } from '../types.js';
import { refKey, refName } from '../resolve/refs.js';
import { incidentKindIn } from '../lexicon/incidents.js';
import { intervalOf, overlaps } from '../time/intervals.js';
import { ConfidenceBuilder } from './confidence.js';
import { type CompareContext, type DisagreementDraft, makePosition, stableId, storyKeyOf } from './context.js';
import { groupBy } from '../util/group.js';
import { contentStems } from '../util/stems.js';
import { escapeRegExp } from '../util/regexp.js';

/** The range of values a figure allows, given its qualifier: "at least 30" allows 30 and up. */
export function allowedRange(f: FigureAssertion): [number, number] {
  const q = f.quantity;
  const upper = f.upper ?? q;
  switch (f.qualifier) {
    case 'at-least':
      return [q, Number.POSITIVE_INFINITY];
    case 'more-than':
      return [q, Number.POSITIVE_INFINITY];
    case 'at-most':
      return [Number.NEGATIVE_INFINITY, upper];
    case 'less-than':
      return [Number.NEGATIVE_INFINITY, upper];
    case 'about':
      return [q * 0.9, upper * 1.1];
    case 'exact':
      return [q, upper];
  }
}

export function figuresAgree(a: FigureAssertion, b: FigureAssertion): boolean {
  const [a1, a2] = allowedRange(a);
  const [b1, b2] = allowedRange(b);
  return a1 <= b2 && b1 <= a2;
}

// Words for one tally: "120 killed", "120 dead", "120 people died" and "a death toll of 120" count the same thing.
const TALLIES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:killed|dead|died|deaths?|death toll|toll|fatalities|lives|perished|slain)\b/, 'deaths'],
  // Taken to hospital is not the same count as injured: some of the hurt are treated at the scene.
  [/\b(?:hospitali[sz]ed|taken to hospital)\b/, 'hospitalized'],
  [/\b(?:injured|wounded|hurt|injuries)\b/, 'injured'],
  [/\b(?:missing|unaccounted)\b/, 'missing'],
  [/\b(?:displaced|evacuated|homeless)\b/, 'displaced'],
];

/** The tally a counted phrase names ("people killed" → deaths), or null when it names no tally. */
export function tallyOf(counted: string): string | null {
  const lower = counted.toLowerCase();
  for (const [pattern, key] of TALLIES) if (pattern.test(lower)) return key;
  return null;
}

// Nouns that say who was counted without narrowing it: "3 people killed" and "3 killed" count the same people.
const GENERIC_COUNTED = /^(?:people|persons|individuals|others|victims|residents|civilians)$/;

/** The counted noun in front of the tally word, when it narrows the count: "two officers wounded" → officer. */
function countedNoun(f: FigureAssertion): string | null {
  const words = f.counted.toLowerCase().split(/\s+/).filter((w) => tallyOf(w) === null);
  const noun = words[words.length - 1];
  if (!noun || GENERIC_COUNTED.test(noun)) return null;
  return noun.replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '');
}

// A tally for a period or a place rather than for one incident: "the city's 30th homicide this year", "killed
// 12 people since January", "the deadliest since 1990".
const AGGREGATE = /\b(?:this year|so far|last year|a year|per year|each year|every year|annually|since|in all of|altogether|overall|this month|last month|over the (?:past|last)|in the (?:past|last)|record|average|statewide|nationwide|citywide|in \d{4}|deadliest|worst)\b/i;

/** A figure about a year other than the article's own ("a quake in 1987 killed 300") is background, not the story. */
function isBackground(f: FigureAssertion, ctx: CompareContext): boolean {
  const published = ctx.documents.get(f.docId)?.published?.date.slice(0, 4);
  // A year as a date ("in 1987", "since 2010"), not a count ("1900 people").
  const years = [...(f.evidence[0]?.text ?? '').matchAll(/\b(?:in|since|of|until|by|from|year|early|late|mid-?)\s+((?:1[89]|20)\d\d)\b/gi)].map((m) => m[1] ?? '');
  return years.some((y) => (published ? Math.abs(Number(y) - Number(published)) > 1 : true));
}

interface Keyed {
  figure: FigureAssertion;
  key: FactKey;
  /** The incident kind the sentence names ("shooting"), for tallies. */
  incident: string | null;
  /**
   * How the key was found. Tallies and ages have owners the sentence states; a count of a story noun ("nine
   * hostages") and a sum paid are only comparable when the two sentences share their context.
   */
  basis: 'tally' | 'age' | 'count' | 'price' | 'magnitude';
}

// Counted nouns that name no thing of the story: units of time or measure, or anyone at all.
const UNCOUNTABLE_KEY = /^(?:people|person|individual|other|time|year|month|week|day|hour|minute|second|decade|century|percent|point|game|match|season|mile|kilometre|kilometer|km|meter|metre|foot|feet|inch|pound|kilogram|kg|ton|tonne|degree|dollar|cent|euro|page|word|line|member|part|step|way|thing|one|case|story|article|report|round|lap|shot|set|inning|minute|goal|run|yard|vote|block|street|avenue|road|floor|storey|story|count|charge|indictment|leader|official|member|player|officer)$/;

const RATE = /\b(?:a|per|each|every) (?:year|month|week|day|hour|season)\b|\b(?:annually|annual|salary|wages?|budget)\b/i;

// A period rather than one event: "21 goals in 34 games last season".
const PERIOD = /\b(?:last season|this season|a season|career|all-time|per game|a game|in his career|in her career)\b/i;

// Words that say what a sum of money is, nearest first before the figure: a fee and a price paid are one
// quantity; a fine, bail, a ransom, a reward, a settlement or a cost are each another.
const MONEY_KINDS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:fined?|penalty|penalties)\b/i, 'fine'],
  [/\bbail\b/i, 'bail'],
  [/\bransom\b/i, 'ransom'],
  [/\breward\b/i, 'reward'],
  [/\b(?:settlement|settled|damages|compensation)\b/i, 'settlement'],
  [/\b(?:cost|costs|costing|bill)\b/i, 'cost'],
  [/\b(?:fee|paid|pay|pays|paying|price|priced|sold|bought|buys?|acquired?|acquisition|purchased?|takeover|deal|transfer|bid|valued|worth)\b/i, 'price'],
];

const MONEY_LABELS: Record<string, string> = { price: 'the fee or price paid', fine: 'the fine', bail: 'the bail', ransom: 'the ransom', reward: 'the reward', settlement: 'the settlement', cost: 'the cost' };

/** What a sum is (a price, a fine...), from the words just before it, or null when the sentence does not say. */
export function moneyKindOf(f: FigureAssertion): string | null {
  const sentence = f.evidence[0]?.text ?? '';
  const at = sentence.indexOf(f.value);
  if (at < 0) return null;
  // "for €45 million" after a deal verb; otherwise the nearest kind word in the 60 characters before the sum.
  const before = sentence.slice(Math.max(0, at - 60), at);
  const after = sentence.slice(at + f.value.length, at + f.value.length + 25);
  if (/\bfor\s+(?:a\s+)?(?:reported\s+|record\s+)?$/i.test(before) && /\b(?:signed|joined|sold|bought|acquired?|buy|move|deal|agreed)\b/i.test(sentence)) return 'price';
  let best: { at: number; kind: string } | null = null;
  for (const [pattern, kind] of MONEY_KINDS) {
    for (const m of before.matchAll(new RegExp(pattern.source, 'gi'))) {
      if (!best || m.index > best.at) best = { at: m.index, kind };
    }
  }
  if (best) return best.kind;
  // "€40 million for him" after "paid": the verb may sit further back; the kind word right after also counts.
  for (const [pattern, kind] of MONEY_KINDS) if (pattern.test(after)) return kind;
  return null;
}

/** The counted noun as one key word: "Veldmark prisoners" → prisoner, "fires" → fire. */
function headNoun(counted: string): string | null {
  const last = counted.toLowerCase().split(/\s+/).pop() ?? '';
  if (!/^[a-z][a-z-]+$/.test(last)) return null;
  const singular = last.replace(/ies$/, 'y').replace(/(?:ches|shes|sses|xes)$/, (m) => m.slice(0, -2)).replace(/(?<!s)s$/, '');
  return UNCOUNTABLE_KEY.test(singular) ? null : singular;
}

/**
 * What a figure is the value of. Only quantities whose owner the text makes clear are keyed: the tallies of a
 * story's incident (killed, injured, missing, displaced), the age of a named person, a count of one kind of
 * thing in the story ("twelve hostages") and a sum of one kind (a fee, a fine). Everything else (scores,
 * counts of games or seasons, sums the sentence does not name) has no key and is never compared: a number
 * without its owner is not a fact two outlets can disagree on.
 */
export function keyFigure(f: FigureAssertion, ctx: CompareContext): Keyed | null {
  const story = ctx.storyOf.get(f.docId) ?? f.docId;
  if (f.counted === 'age') {
    if (!f.owner?.entityId) return null;
    return { figure: f, key: { about: refKey(f.owner), attribute: 'age', label: refName(f.owner) }, incident: null, basis: 'age' };
  }
  const sentence = f.evidence[0]?.text ?? '';
  if (isBackground(f, ctx) || PERIOD.test(sentence)) return null;
  if (isMagnitude(f, sentence)) {
    // Only the quake an article opens with is the story's: later sentences list aftershocks, earlier quakes and
    // scales ("rates 4.6 as a light quake").
    if (f.sentenceIndex > MAGNITUDE_LEAD || OTHER_QUAKE.test(sentence)) return null;
    return { figure: f, key: { about: `story:${story}`, attribute: 'magnitude', label: 'the earthquake' }, incident: 'earthquake', basis: 'magnitude' };
  }
  if (f.unit !== null) {
    // A salary or a budget ("$80,000 a year") is a rate, not a sum paid once; "a club-record fee" is still one fee.
    if (RATE.test(sentence)) return null;
    if (!/^[A-Z]{3}$/.test(f.unit)) return null;
    const kind = moneyKindOf(f);
    if (!kind) return null;
    return { figure: f, key: { about: `story:${story}`, attribute: `${kind}:${f.unit}`, label: MONEY_LABELS[kind] ?? kind }, incident: null, basis: 'price' };
  }
  if (AGGREGATE.test(sentence)) return null;
  const tally = tallyOf(f.counted);
  if (tally) {
    const incident = incidentKindIn(sentence);
    return { figure: f, key: { about: `story:${story}`, attribute: tally, label: incident ? `the ${incident}` : 'the incident' }, incident, basis: 'tally' };
  }
  // A count with a qualifier word in front ("the nine pro-death jurors") or a bare number is not a story's count.
  // "two additional life sentences" or "two other victims" count a part, not the whole.
  if (/\b(?:additional|other|more|further|another|extra|new|remaining|separate|former|top|first|last)\b/i.test(f.counted)) return null;
  // "their 8 Block gang": news style spells out small counts, so a digit before a capitalised word is a name.
  if (f.quantity < 10 && /^\d+$/.test(f.value) && new RegExp(`\\b${f.value}\\s+\\p{Lu}`, 'u').test(sentence)) return null;
  // A count is written as a plain number or number word followed by a space: "15-inch", "650M", "4GB" and
  // "3.0" are sizes and model numbers, not how many of something there are.
  const at = sentence.indexOf(f.value);
  const numeral = f.value.split(/\s+/).pop() ?? '';
  if (!/^(?:\d{1,3}(?:,\d{3})*|\d+|\p{L}+(?:-\p{L}+)?)$/u.test(numeral) || (at >= 0 && !/^\s/.test(sentence.slice(at + f.value.length)))) return null;
  // The counted noun as written is a common noun: "two USB ports" or "the 15-inch MacBook Pros" count no noun.
  const written = new RegExp(`\\b${escapeRegExp(f.counted.split(/\s+/).pop() ?? '')}\\b`, 'i').exec(sentence.slice(Math.max(0, at)));
  if (!written || /^\p{Lu}/u.test(written[0])) return null;
  // "four suspects, who are among five charged", "one of three suspects": one count is part of another.
  if (/\bamong\b/i.test(sentence) || (at >= 0 && PARTITIVE_BEFORE.test(sentence.slice(0, at)))) return null;
  // "possibly indicating two guns": a guess is no count an outlet stands behind.
  if (HEDGED.test(sentence) || /\bmay\b/.test(sentence)) return null;
  const noun = headNoun(f.counted);
  if (!noun || f.quantity < 2 || !Number.isInteger(f.quantity) || noun.endsWith('ing')) return null;
  // A count is the story's only when what it counts is what the story is about: named in a headline or a lead.
  if (!storyLeads(ctx, story).some((lead) => new RegExp(`\\b${noun.slice(0, Math.max(4, noun.length - 1))}`).test(lead))) return null;
  return { figure: f, key: { about: `story:${story}`, attribute: `count:${noun}`, label: f.counted.toLowerCase().split(/\s+/).pop() ?? noun }, incident: null, basis: 'count' };
}

const PARTITIVE_BEFORE = /\b(?:one|two|three|four|five|\d+|each|all|both|none|some|most|any|several|many|either|neither)\s+of\s+(?:the\s+)?$/i;

// "may" only in lower case: "May 3" is a date.
const HEDGED = /\b(?:possibly|perhaps|maybe|might|could|appear(?:s|ed)? to|seem(?:s|ed)? to|likely|probably|believed to|suggest(?:s|ed|ing)?|indicat(?:e|es|ed|ing))\b/i;

/** Sentences (headline included) that open an article: the quake it is about is named there. */
const MAGNITUDE_LEAD = 2;
/** A magnitude as news writes it: "magnitude 4.4", "a magnitude of 4.4", "4.4-magnitude", "measuring 4.6", "a 4.4 quake". */
const MAGNITUDE_CONTEXT = (value: string) =>
  new RegExp(
    `(?:magnitude(?:\\s+of)?\\s+|measur\\w*\\s+(?:a\\s+)?|\\bM\\s?)${escapeRegExp(value)}\\b|\\b${escapeRegExp(value)}[-\\s]+(?:magnitude|(?:earth)?quake|temblor|tremor)`,
    'i',
  );
/** Sentences about another quake than the one the article opens with, or about the scale itself. */
const OTHER_QUAKE = /\b(?:aftershocks?|foreshocks?|followed by|earlier|previous|last (?:big|major|large)|or (?:above|greater|higher|more)|rates?|scale)\b/i;

const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g;
const DAY_MARK = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}:\d{2}\b/g;

/**
 * Two articles open with the same quake only when their openings share its day or its clock time and name no
 * two different weekdays: two quakes in one area a year apart are told in the same words.
 */
function sameQuake(a: FigureAssertion, b: FigureAssertion, ctx: CompareContext): boolean {
  const lead = (docId: string) => {
    const doc = ctx.documents.get(docId);
    return doc ? leadOf(doc) : '';
  };
  const [la, lb] = [lead(a.docId), lead(b.docId)];
  // "Sunday" → "sun", "Sept. 14" → "sep14", "9:27" → "9:27".
  const canonical = (mark: string) => (/^[a-z]+/.exec(mark)?.[0].slice(0, 3) ?? '') + (/\d+(?::\d+)?/.exec(mark)?.[0] ?? '');
  const marks = (text: string) => new Set((text.match(DAY_MARK) ?? []).map(canonical));
  const days = (text: string) => new Set(text.match(WEEKDAY) ?? []);
  const [da, db] = [days(la), days(lb)];
  if (da.size > 0 && db.size > 0 && ![...da].some((d) => db.has(d))) return false;
  const mb = marks(lb);
  return [...marks(la)].some((m) => mb.has(m));
}

/** A figure that is an earthquake's magnitude: one decimal between 1 and 10, written as a magnitude. */
function isMagnitude(f: FigureAssertion, sentence: string): boolean {
  return /^\d\.\d$/.test(f.value) && f.quantity >= 1 && f.quantity < 10 && MAGNITUDE_CONTEXT(f.value).test(sentence);
}

const leadsByContext = new WeakMap<CompareContext, Map<string, string[]>>();

/** The headlines and opening lines of a story's articles: what the story is about. */
function storyLeads(ctx: CompareContext, story: string): string[] {
  let byStory = leadsByContext.get(ctx);
  if (!byStory) {
    byStory = new Map();
    for (const doc of ctx.documents.values()) {
      const key = ctx.storyOf.get(doc.id) ?? doc.id;
      const list = byStory.get(key) ?? [];
      list.push(leadOf(doc));
      byStory.set(key, list);
    }
    leadsByContext.set(ctx, byStory);
  }
  return byStory.get(story) ?? [];
}

function leadOf(doc: Document): string {
  return `${doc.title?.value ?? ''} ${doc.text.slice(0, 400)}`.toLowerCase();
}

// Words any two news sentences share without being about one thing.
const COMMON_CONTEXT = /^(?:between|during|while|after|before|since|said|says|told|according|police|officials?|report|reported|people|news|one|two|three|four|five|six|seven|eight|nine|ten|dozen|more|than|least|about|around|nearly|some|other|others)$/;


// Capitalised words that are not names.
const NOT_NAMES = /^(?:The|A|An|In|On|At|He|She|It|They|We|I|But|And|So|As|If|When|After|Before|His|Her|Their|Its|This|That|There|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr)$/;

function namesIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\b\p{Lu}[\p{L}'’-]{2,}/gu)].map((m) => m[0]).filter((w) => !NOT_NAMES.test(w) && w !== w.toUpperCase()));
}

/**
 * Do two sentences give their figure in one context? A sum must be paid by or for someone both name; a count
 * must share at least one other word with the other sentence ("reports of 12 fires" / "reports of 17 fires").
 */
function sameContext(a: Keyed, b: Keyed): boolean {
  const ta = a.figure.evidence[0]?.text ?? '';
  const tb = b.figure.evidence[0]?.text ?? '';
  if (a.basis === 'price') {
    const names = namesIn(tb);
    return [...namesIn(ta)].some((n) => names.has(n));
  }
  if (a.basis === 'count') {
    const noun = a.key.attribute.slice('count:'.length).slice(0, 7);
    // Two words besides the counted noun: "received reports of 12 fires" / "received reports of 17 fires".
    const strip = (t: string, f: FigureAssertion) => [...contentStems(t.replace(f.value, ' '))].filter((w) => w !== noun && !/^\d/.test(w) && !COMMON_CONTEXT.test(w));
    const sb = new Set(strip(tb, b.figure));
    // "four young men" (the victims) and "five men" (the gunmen) are two groups: what qualifies the noun must match.
    if (qualifiersOf(a.figure.counted) !== qualifiersOf(b.figure.counted)) return false;
    return strip(ta, a.figure).filter((w) => sb.has(w)).length >= 2;
  }
  return true;
}

/** The words before the counted noun ("young" in "young men"), articles left out. */
function qualifiersOf(counted: string): string {
  return counted.toLowerCase().split(/\s+/).slice(0, -1).filter((w) => !/^(?:the|a|an)$/.test(w)).join(' ');
}

/**
 * Can the two ages be one person's at the two articles' dates? Articles published more than a month apart may
 * each give the age at their own time (21 at the arrest, 23 at the trial).
 */
function agedBetween(a: FigureAssertion, b: FigureAssertion, ctx: CompareContext): boolean {
  const da = ctx.documents.get(a.docId)?.published?.date;
  const db = ctx.documents.get(b.docId)?.published?.date;
  if (!da || !db) return false;
  const days = Math.abs(Date.parse(da.slice(0, 10)) - Date.parse(db.slice(0, 10))) / 86_400_000;
  if (!Number.isFinite(days) || days <= 30) return false;
  return Math.abs(a.quantity - b.quantity) <= Math.floor(days / 365) + 1;
}

/** Incident dates a document gives, by kind, for telling two incidents of one kind apart. */
export type IncidentDates = Map<string, Array<{ kind: string; value: string }>>;

/** Do two documents date an incident of this kind on days that cannot be the same? */
function datesApart(a: string, b: string, kind: string | null, incidents: IncidentDates | undefined): boolean {
  const of = (doc: string) => (incidents?.get(doc) ?? []).filter((i) => kind === null || i.kind === kind).map((i) => intervalOf(i.value)).filter((x) => x !== null);
  const x = of(a);
  const y = of(b);
  if (x.length === 0 || y.length === 0) return false;
  return !x.some((i) => y.some((j) => overlaps(i, j)));
}

/** One quantity of one thing (same key), values that do not agree within the stated qualifiers. */
export function compareFigures(figures: FigureAssertion[], ctx: CompareContext, incidents?: IncidentDates): DisagreementDraft[] {
  const keyed = figures.map((f) => keyFigure(f, ctx)).filter((k): k is Keyed => k !== null);
  const drafts: DisagreementDraft[] = [];
  for (const [, group] of groupBy(keyed, (k) => `${k.key.about}|${k.key.attribute}`)) {
    // An article that gives two values for one thing is counting two things (or updating itself): its figures
    // say nothing about which value it holds.
    const perDoc = groupBy(group, (k) => k.figure.docId);
    const usable = [...perDoc.values()].filter((list) => list.every((a) => list.every((b) => figuresAgree(a.figure, b.figure)))).flat();
    if (new Set(usable.map((k) => k.figure.docId)).size < 2) continue;
    // Pairs from different articles that clash and can be the same thing.
    const clashing = new Set<Keyed>();
    let sameIncidentWord = true;
    for (const a of usable) {
      for (const b of usable) {
        if (a.figure.docId >= b.figure.docId || figuresAgree(a.figure, b.figure)) continue;
        if (a.incident && b.incident && a.incident !== b.incident) continue;
        // "two officers wounded" is a part of "five people wounded", and "two officers" are not "three children".
        if (a.basis === 'age' && agedBetween(a.figure, b.figure, ctx)) continue;
        if (a.basis === 'tally' && countedNoun(a.figure) !== countedNoun(b.figure)) continue;
        if (a.basis === 'magnitude' && !sameQuake(a.figure, b.figure, ctx)) continue;
        if (!sameContext(a, b)) continue;
        if (a.basis !== 'age' && datesApart(a.figure.docId, b.figure.docId, a.incident ?? b.incident, incidents)) continue;
        if (!(a.incident && a.incident === b.incident)) sameIncidentWord = false;
        clashing.add(a);
        clashing.add(b);
      }
    }
    if (clashing.size === 0) continue;
    const involved = [...clashing];
    const values = [...new Set(involved.map((k) => k.figure.normalized))].sort((x, y) => Number(x) - Number(y));
    const first = involved[0]!;
    const positions = values.map((v) => {
      const holders = involved.filter((k) => k.figure.normalized === v).map((k) => k.figure);
      return makePosition(
        v,
        first.basis === 'age' ? `${v} years old` : first.basis === 'price' ? holders[0]!.value : first.basis === 'magnitude' ? `magnitude ${v}` : `${holders[0]!.value} ${holders[0]!.counted}`,
        holders.map((h) => ({ docId: h.docId, span: h.evidence[0]!, inferred: false })),
        ctx,
      );
    });
    const confidence = figureConfidence(first.key, involved, sameIncidentWord, ctx);
    drafts.push({
      id: stableId('number', `${storyKeyOf(ctx, first.figure.docId)}|${first.key.attribute}|${first.basis === 'age' ? first.key.label.toLowerCase() : first.incident ?? ''}`, values),
      kind: 'number',
      topic: topicOf(first),
      positions,
      selfInconsistent: [],
      inferredOnly: false,
      ...confidence,
    });
  }
  return drafts;
}

function topicOf(k: Keyed): string {
  switch (k.basis) {
    case 'age':
      return `Age of ${k.key.label}`;
    case 'price':
      return `Amount of ${k.key.label}`;
    case 'count':
      return `How many ${k.key.label}`;
    case 'magnitude':
      return 'Magnitude of the earthquake';
    case 'tally':
      return `How many ${TALLY_WORDS[k.key.attribute] ?? k.key.attribute} in ${k.key.label}`;
  }
}

const TALLY_WORDS: Record<string, string> = { deaths: 'killed', injured: 'injured', hospitalized: 'taken to hospital', missing: 'missing', displaced: 'displaced' };

/** Every article with the highest value was published after every article with the lowest: maybe an update. */
function higherLater(involved: Keyed[], ctx: CompareContext): boolean {
  const published = (k: Keyed) => ctx.documents.get(k.figure.docId)?.published?.date ?? null;
  const byValue = groupBy(involved, (k) => k.figure.quantity);
  const ordered = [...byValue.entries()].sort((a, b) => a[0] - b[0]);
  const latestOf = (list: Keyed[]) => list.map(published).filter((d): d is string => d !== null).sort().pop() ?? null;
  const earliestOf = (list: Keyed[]) => list.map(published).filter((d): d is string => d !== null).sort()[0] ?? null;
  const lowLatest = latestOf(ordered[0]![1]);
  const highEarliest = earliestOf(ordered[ordered.length - 1]![1]);
  return lowLatest !== null && highEarliest !== null && highEarliest > lowLatest;
}

function figureConfidence(key: FactKey, involved: Keyed[], sameIncidentWord: boolean, ctx: CompareContext) {
  if (involved[0]?.basis === 'price') {
    return new ConfidenceBuilder(0.75, `one kind of sum (${key.label}) paid by or for the same named parties`).build();
  }
  if (involved[0]?.basis === 'magnitude') {
    return new ConfidenceBuilder(0.75, 'the magnitude of the earthquake each article opens with, in articles of one story')
      .cap(involved.some((k) => /\bpreliminary\b/i.test(k.figure.evidence[0]?.text ?? '')), 0.65, 'a preliminary magnitude is often revised')
      .build();
  }
  if (involved[0]?.basis === 'count') {
    return new ConfidenceBuilder(0.65, `a count of the same thing (${key.label}) in articles of one story, in sentences that share their context`)
      .cap(higherLater(involved, ctx), 0.45, 'the higher count comes from later articles: it may be an update (a third suspect arrested), not a contradiction')
      .build();
  }
  if (key.attribute === 'age') {
    const fullNames = involved.every((k) => /\s/.test(k.figure.owner?.text.trim() ?? ''));
    return new ConfidenceBuilder(0.85, `the age of one person, ${key.label}, named in every article`)
      .cap(!fullNames, 0.5, 'some articles name the person by one name only: it may be a relative')
      .build();
  }
  // A later article with a higher toll may be reporting an update ("a second victim died in hospital").
  const update = higherLater(involved, ctx);
  return new ConfidenceBuilder(0.7, `the same tally (${TALLY_WORDS[key.attribute] ?? key.attribute}) in articles of one story`)
    .adjust(sameIncidentWord, 1.15, `every sentence names the ${involved[0]?.incident ?? 'incident'}`)
    .cap(update, 0.45, 'the higher count comes from later articles: it may be an update, not a contradiction')
    .build();
}
