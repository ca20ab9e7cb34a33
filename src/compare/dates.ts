import type { EventAssertion, Inference } from '../types.js';
import type { EventGroup } from '../align/events.js';
import { describeType } from '../util/labels.js';
import { eventLabel } from './labels.js';

export { eventLabel };
import { incidentKind } from '../lexicon/incidents.js';
import { intervalOf, overlaps, readableDate } from '../time/intervals.js';
import { type CompareContext, type DisagreementDraft, makePosition, selfInconsistent, stableId, storyKeyOf } from './context.js';
import { groupBy } from '../util/group.js';
import { ConfidenceBuilder, type Confidence } from './confidence.js';
import type { Position } from '../types.js';

/** Same event by what: named participants, or only the kind of incident in one story. */
function dateConfidence(group: EventGroup, positions: Position[], inferredOnly: boolean, shared: boolean): Confidence {
  const multiOutletSides = positions.every((p) => p.documents.length >= 2);
  const base =
    group.participants.length >= 2
      ? new ConfidenceBuilder(0.9, `the same ${describeType(group.type)}: the same ${group.participants.length} participants in every article`)
      : group.participants.length === 1
        ? new ConfidenceBuilder(0.75, `the same ${group.type === 'incident' ? incidentKind(group.events[0]?.trigger ?? '') : describeType(group.type)} of the one person named`)
        : new ConfidenceBuilder(0.55, `the same kind of incident (${incidentKind(group.events[0]?.trigger ?? '')}) in one story, with no named participant to confirm it`);
  return base
    .adjust(group.participants.length === 0 && multiOutletSides, 1.2, 'each date is given by more than one article')
    .adjust(group.participants.length === 0 && shared, 1.2, 'the sentences on each side give the same details of the incident')
    .cap(inferredOnly, 0.45, 'the conflict rests only on inferred dates (a weekday or year resolved by crosscheck)')
    .build();
}

/**
 * One event, dates that do not overlap: a `date` disagreement. Coarser dates ("March") agree with any day
 * inside them. An article that gives both dates is named as inconsistent with itself.
 */
export function compareEventDates(groups: EventGroup[], ctx: CompareContext): DisagreementDraft[] {
  const drafts: DisagreementDraft[] = [];
  for (const group of groups) {
    let dated = group.events.filter((e) => e.time?.value && intervalOf(e.time.value));
    if (group.type === 'incident' || (group.type === 'visit' && group.participants.length === 1)) {
      // "A quake in 1987 …" is background, not the story's quake.
      dated = dated.filter((e) => isRecent(e, ctx));
      // An article that dates the same kind of incident twice is telling of two incidents, not contradicting itself.
      if (datesTwice(dated)) continue;
    }
    const values = [...new Set(dated.map((e) => e.time?.value ?? ''))];
    const near = new Map(values.map((v) => [v, nearMidnight(v, dated.filter((e) => e.time?.value === v))]));
    // "late Tuesday" and "early Wednesday" meet; "late Tuesday" and a plain "Wednesday" do not.
    const meet = (v: string, w: string) => {
      const [iv, iw] = [intervalOf(v)!, intervalOf(w)!];
      if (overlaps(iv, iw)) return true;
      return (near.get(v)!.late && near.get(w)!.early && iw.first - iv.last === 1) || (near.get(w)!.late && near.get(v)!.early && iv.first - iw.last === 1);
    };
    const conflicting = values.filter((v) => values.some((w) => w !== v && !meet(v, w)));
    if (conflicting.length < 2) continue;
    const label = eventLabel(group.events);
    const positions = conflicting.map((value) => {
      const holders = dated.filter((e) => e.time?.value === value);
      return makePosition(
        value,
        readableDate(value),
        holders.map((e) => ({ docId: e.docId, span: e.evidence[0]!, inferred: restsOnInference(e.inferred) })),
        ctx,
      );
    });
    const statedConflict = conflicting.some((v) =>
      conflicting.some((w) => w !== v && statedPartsConflict(dated.filter((e) => e.time?.value === v), dated.filter((e) => e.time?.value === w))),
    );
    drafts.push({
      ...dateConfidence(group, positions, !statedConflict, sharesDetails(conflicting.map((v) => dated.filter((e) => e.time?.value === v)))),
      // The participants every grouped event shares, sorted: the id does not depend on which article came first.
      id: stableId('date', `${storyKeyOf(ctx, group.events[0]?.docId ?? '')}|${group.type}:${[...group.participants].sort().join('+')}`, conflicting),
      kind: 'date',
      topic: `Date of the ${label}`,
      positions,
      selfInconsistent: selfInconsistent(positions),
      inferredOnly: !statedConflict,
    });
  }
  return drafts;
}


/**
 * Whether a date is told as the end of its day ("late Tuesday", "Tuesday night") or the start ("early Wednesday"):
 * the end of one day and the start of the next may be the same hour.
 */
function nearMidnight(value: string, holders: EventAssertion[]): { late: boolean; early: boolean } {
  // The time as written with the words just before it: the tagger leaves "late" and "early" out of "late Tuesday".
  const texts = holders.map((e) => {
    const time = e.time?.text ?? '';
    const sentence = e.evidence[0]?.text ?? '';
    const at = time ? sentence.indexOf(time) : -1;
    return at < 0 ? time : sentence.slice(Math.max(0, at - 16), at + time.length);
  });
  // "shortly before midnight" is still that day; "around midnight" may be either.
  const late = /TNI$/.test(value) || texts.some((t) => /\b(?:late|overnight|(?:around|about|near|at) midnight)\b/i.test(t));
  const early = texts.some((t) => /\b(?:early|overnight|(?:after|around|about|near|at) midnight|before dawn|predawn|pre-dawn)\b/i.test(t));
  return { late, early };
}

const RECENT_DAYS = 366;

// Words that any account of any incident uses: sharing them says nothing about being the same incident.
const COMMON_DETAIL = /^(?:said|says|police|officials?|people|report|reported|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|day|year|years|according|told|news|two|three|one)/;

/**
 * Details of a sentence that can tell one incident from another: numbers that are not ages or dates (a
 * magnitude, a flight number) and names inside the sentence (a street, a school).
 */
function detailsOf(event: EventAssertion): { numbers: Set<string>; words: Set<string> } {
  const text = (event.evidence[0]?.text ?? '').replace(event.time?.text ?? '\u0000', ' ');
  const numbers = new Set(
    [...text.matchAll(/\b\d+(?:[.,]\d+)?\b(?!-year|\s*(?:years?|a\.m|p\.m))/g)].map((m) => m[0]).filter((n) => !/^(?:1[89]|20)\d\d$/.test(n) && Number(n.replace(',', '')) > 1),
  );
  // Capitalised words after the first: names the account gives; the city or outlet alone is not enough (see below).
  const words = new Set([...text.matchAll(/(?<=\s)\p{Lu}[\p{L}'’-]{2,}/gu)].map((m) => m[0].toLowerCase()).filter((w) => !COMMON_DETAIL.test(w)));
  return { numbers, words };
}

/**
 * Do the accounts on every side share what identifies the incident: a number ("a magnitude 5.4 aftershock") or
 * at least two names (a street and a school; one city is not enough)? Without named participants, that is what makes two dated accounts one incident.
 */
function sharesDetails(sides: EventAssertion[][]): boolean {
  const details = sides.map((side) => side.map(detailsOf));
  for (let i = 0; i < details.length; i++) {
    for (let j = i + 1; j < details.length; j++) {
      for (const a of details[i]!) {
        for (const b of details[j]!) {
          const numbers = [...a.numbers].filter((n) => b.numbers.has(n)).length;
          const words = [...a.words].filter((w) => b.words.has(w)).length;
          if (numbers === 0 && words < 2) return false;
        }
      }
    }
  }
  return true;
}

function isRecent(event: EventAssertion, ctx: CompareContext): boolean {
  const published = ctx.documents.get(event.docId)?.published?.date;
  const date = intervalOf(event.time?.value ?? '');
  const anchor = published ? intervalOf(published) : null;
  return !date || !anchor || Math.abs(date.first - anchor.first) <= RECENT_DAYS;
}

function datesTwice(events: EventAssertion[]): boolean {
  for (const group of groupBy(events, (e) => e.docId).values()) {
    const values = group.map((e) => e.time?.value ?? '');
    if (values.some((v) => values.some((w) => w !== v && !overlaps(intervalOf(v)!, intervalOf(w)!)))) return true;
  }
  return false;
}

/** A weekday or relative date resolved by crosscheck is inference; a year filled in is not, for the day itself. */
export function restsOnInference(inferred: Inference[]): boolean {
  // Tense only chose the year of a stated month and day ("March 12" narrated in the past).
  return inferred.some((i) => i !== 'year-from-publication' && i !== 'year-from-story' && i !== 'tense-direction');
}

/** Characters between an event's word and its date for the date to be plainly the event's ("fired a gun Sunday night"). */
const BESIDE_TRIGGER_CHARS = 40;

/**
 * Does the date stand beside the event's word in its sentence? "Jurors on Monday asked to review … the shooting"
 * dates the asking: a weekday far from the incident word is no statement about the incident's day.
 */
function besideTrigger(event: EventAssertion): boolean {
  const sentence = event.evidence[0]?.text ?? '';
  const time = event.time?.text ?? '';
  const at = time ? sentence.indexOf(time) : -1;
  if (at < 0) return false;
  const lower = sentence.toLowerCase();
  const trigger = event.trigger.toLowerCase();
  for (let from = lower.indexOf(trigger); from >= 0; from = lower.indexOf(trigger, from + 1)) {
    const gap = from >= at + time.length ? from - (at + time.length) : at - (from + trigger.length);
    if (gap >= 0 && gap <= BESIDE_TRIGGER_CHARS) return true;
  }
  return false;
}

const WEEKDAY_STEMS = ['thurs', 'fri', 'satur', 'sun', 'mon', 'tues', 'wednes'];

/**
 * Is a month-day date (its year filled in or stated) on another day of the week than the weekday an account names,
 * the two accounts dating the event less than a week apart?
 * Day numbers count from Thursday, 1970-01-01.
 */
function namesOtherWeekday(weekday: string, dated: EventAssertion, named: EventAssertion): boolean {
  const interval = intervalOf(dated.time?.value ?? '');
  if (!interval || interval.first !== interval.last) return false;
  // Only accounts less than a week apart: further apart ("arrested Thursday" against "arrested Nov. 22", three
  // months before) they are more likely two events than two readings of one day.
  const other = intervalOf(named.time?.value ?? '');
  if (!other || Math.abs(other.first - interval.first) >= 7) return false;
  const stem = WEEKDAY_STEMS[((interval.first % 7) + 7) % 7] ?? '';
  return `${stem}day` !== weekday;
}

/** Do the parts the texts state (month and day, when only the year was filled in) conflict? */
function statedPartsConflict(a: EventAssertion[], b: EventAssertion[]): boolean {
  const stated = (e: EventAssertion): { year: string | null; rest: string } | null => {
    const value = e.time?.value ?? '';
    if (restsOnInference(e.inferred)) return null;
    const yearInferred = e.inferred.includes('year-from-publication') || e.inferred.includes('year-from-story');
    return { year: yearInferred ? null : value.slice(0, 4), rest: value.slice(4) };
  };
  // Two different weekday names are words the articles state, whatever day crosscheck resolves them to.
  const weekday = (e: EventAssertion): string | null => /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.exec(e.time?.text ?? '')?.[0].toLowerCase() ?? null;
  for (const x of a) {
    for (const y of b) {
      const wx = weekday(x);
      const wy = weekday(y);
      if (wx !== null && wy !== null && wx !== wy) return true;
      const sx = stated(x);
      const sy = stated(y);
      // "Sunday night" against "July 18", a Monday: whichever week the weekday is read in, the named day is not the
      // other side's day of the week (the two are one incident, dated within days of each other).
      if (besideTrigger(x) && besideTrigger(y) && ((wx !== null && wy === null && sy !== null && namesOtherWeekday(wx, y, x)) || (wy !== null && wx === null && sx !== null && namesOtherWeekday(wy, x, y)))) return true;
      if (sx === null || sy === null) continue;
      if (sx.rest !== sy.rest) return true;
      if (sx.year !== null && sy.year !== null && sx.year !== sy.year) return true;
    }
  }
  return false;
}
