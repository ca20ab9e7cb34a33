import type { FigureAssertion, FactKey } from '../types.js';
import { refKey, refName } from '../resolve/refs.js';
import { incidentKindIn } from '../extract/lexicon/events.js';
import { intervalOf, overlaps } from './intervals.js';
import { ConfidenceBuilder } from './confidence.js';
import { type CompareContext, type DisagreementDraft, makePosition, stableId, storyKeyOf } from './context.js';
import { groupBy } from '../util/group.js';

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
}

/**
 * What a figure is the value of. Only quantities whose owner the text makes clear are keyed: the tallies of a
 * story's incident (killed, injured, missing, displaced) and the age of a named person. Everything else (scores,
 * sums, counts of jurors, games or seasons) has no key and is never compared: a number without its owner is
 * not a fact two outlets can disagree on.
 */
export function keyFigure(f: FigureAssertion, ctx: CompareContext): Keyed | null {
  const story = ctx.storyOf.get(f.docId) ?? f.docId;
  if (f.counted === 'age') {
    if (!f.owner?.entityId) return null;
    return { figure: f, key: { about: refKey(f.owner), attribute: 'age', label: refName(f.owner) }, incident: null };
  }
  if (f.unit !== null) return null;
  const tally = tallyOf(f.counted);
  if (!tally) return null;
  const sentence = f.evidence[0]?.text ?? '';
  if (isBackground(f, ctx) || AGGREGATE.test(sentence)) return null;
  const incident = incidentKindIn(sentence);
  return { figure: f, key: { about: `story:${story}`, attribute: tally, label: incident ? `the ${incident}` : 'the incident' }, incident };
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
        if (countedNoun(a.figure) !== countedNoun(b.figure)) continue;
        if (a.key.attribute !== 'age' && datesApart(a.figure.docId, b.figure.docId, a.incident ?? b.incident, incidents)) continue;
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
        first.key.attribute === 'age' ? `${v} years old` : `${holders[0]!.value} ${holders[0]!.counted}`,
        holders.map((h) => ({ docId: h.docId, span: h.evidence[0]!, inferred: false })),
        ctx,
      );
    });
    const confidence = figureConfidence(first.key, involved, sameIncidentWord, ctx);
    drafts.push({
      id: stableId('number', `${storyKeyOf(ctx, first.figure.docId)}|${first.key.attribute}|${first.key.attribute === 'age' ? first.key.label.toLowerCase() : first.incident ?? ''}`, values),
      kind: 'number',
      topic: first.key.attribute === 'age' ? `Age of ${first.key.label}` : `How many ${TALLY_WORDS[first.key.attribute] ?? first.key.attribute} in ${first.key.label}`,
      positions,
      selfInconsistent: [],
      inferredOnly: false,
      ...confidence,
    });
  }
  return drafts;
}

const TALLY_WORDS: Record<string, string> = { deaths: 'killed', injured: 'injured', hospitalized: 'taken to hospital', missing: 'missing', displaced: 'displaced' };

function figureConfidence(key: FactKey, involved: Keyed[], sameIncidentWord: boolean, ctx: CompareContext) {
  const published = (k: Keyed) => ctx.documents.get(k.figure.docId)?.published?.date ?? null;
  if (key.attribute === 'age') {
    const fullNames = involved.every((k) => /\s/.test(k.figure.owner?.text.trim() ?? ''));
    return new ConfidenceBuilder(0.85, `the age of one person, ${key.label}, named in every article`)
      .cap(!fullNames, 0.5, 'some articles name the person by one name only: it may be a relative')
      .build();
  }
  // A later article with a higher toll may be reporting an update ("a second victim died in hospital").
  const byValue = groupBy(involved, (k) => k.figure.quantity);
  const ordered = [...byValue.entries()].sort((a, b) => a[0] - b[0]);
  const latestOf = (list: Keyed[]) => list.map(published).filter((d): d is string => d !== null).sort().pop() ?? null;
  const earliestOf = (list: Keyed[]) => list.map(published).filter((d): d is string => d !== null).sort()[0] ?? null;
  const lowLatest = latestOf(ordered[0]![1]);
  const highEarliest = earliestOf(ordered[ordered.length - 1]![1]);
  const update = lowLatest !== null && highEarliest !== null && highEarliest > lowLatest;
  return new ConfidenceBuilder(0.7, `the same tally (${TALLY_WORDS[key.attribute] ?? key.attribute}) in articles of one story`)
    .adjust(sameIncidentWord, 1.15, `every sentence names the ${involved[0]?.incident ?? 'incident'}`)
    .cap(update, 0.45, 'the higher count comes from later articles: it may be an update, not a contradiction')
    .build();
}
