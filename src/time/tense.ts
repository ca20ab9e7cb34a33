// Decides whether an expression with a missing year or a bare weekday points to the past or the future,
// from the verbs near it in the same sentence. News narrates the past, so past is the default.
import { FUTURE_CUES, IRREGULAR_PAST } from './lexicon.js';

export type Direction = 'past' | 'future';

export interface TenseVerdict {
  direction: Direction;
  /** True when a verb decided it; false when the news default (past) applied. */
  decided: boolean;
  /** Characters between the expression and the deciding verb (Infinity when none). */
  distance: number;
  /**
   * The deciding verb is the verb of the expression's own clause: nothing but words stand between them (no comma,
   * dash, conjunction, relative word, infinitive or present-tense verb), as in "he was firing shots toward a home
   * July 18".
   */
  sameClause: boolean;
}

// What ends a clause between a verb and a date: punctuation, a conjunction, a relative or complement word.
// An infinitive or a verb of the present between them ("said it is calling for … Dec. 7", "agreed to buy … in
// February") starts another verb phrase with its own time.
const CLAUSE_BETWEEN =
  /[,;:()\[\]—–"“”]|\b(?:and|but|or|while|whereas|although|though|because|after|before|when|until|since|that|which|who|whom|whose|where|if|unless|to|is|are|am|has|have|can|may|must|should|expects?|says?|plans?|wants?|hopes?)\b/i;

// Abbreviations whose period does not end a sentence.
const ABBREVIATION_BEFORE_PERIOD =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|a\.m|p\.m|U\.S|U\.N|U\.K|[A-Z]))$/;

/** Start and end offsets of the sentence around `[start, end)`. */
export function sentenceBounds(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0) {
    const ch = text[from - 1];
    if (ch === '\n' && text[from - 2] === '\n') break;
    if (/[.!?]/.test(ch) && /\s/.test(text[from] ?? ' ') && !ABBREVIATION_BEFORE_PERIOD.test(text.slice(Math.max(0, from - 8), from - 1))) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const ch = text[to];
    if (ch === '\n' && text[to + 1] === '\n') break;
    if (/[.!?]/.test(ch) && /\s|$/.test(text[to + 1] ?? ' ') && !ABBREVIATION_BEFORE_PERIOD.test(text.slice(Math.max(0, to - 7), to))) {
      to++;
      break;
    }
    to++;
  }
  return { start: from, end: to };
}

// Contractions ("they'll") attach to the previous word, so they need no boundary on the left.
const FUTURE_RE = new RegExp(
  `(?:(?:^|[^\\w'’])(?:${FUTURE_CUES.filter((cue) => !cue.startsWith("'")).join('|')})|[’'](?:${FUTURE_CUES.filter((cue) => cue.startsWith("'")).map((cue) => cue.slice(1)).join('|')}))(?![\\w])`,
  'gi',
);
// A participle after a form of "be" is passive ("will be held"), not past narration.
const PASSIVE_AUXILIARY = /\b(?:be|been|being|is|are|am|get|gets)\s+$/i;
const IRREGULAR_PAST_SET = new Set(IRREGULAR_PAST);
const PAST_RE = new RegExp(`\\b(?:${IRREGULAR_PAST.join('|')}|[a-z]{2,}ed)\\b`, 'gi');
// "-ed" words that are not past-tense narration (adjectives, nouns, or future cues themselves).
const NOT_PAST = new Set(['scheduled', 'expected', 'planned', 'need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'indeed', 'united', 'limited', 'based', 'proposed', 'related', 'interested', 'concerned', 'supposed', 'used']);

const SENTENCE_FINAL_ATTRIBUTION =
  /,\s*(?:[''"”’]+\s*)?(?:(?:according\s+to\s+[^,.;]{1,60})|(?:[A-Za-z.'’-]+\s+){0,6}(?:said|says|told\s+\w+|added|noted|stated|reported|announced|explained|wrote)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?)\s*[.!?]?[''"”’]*\s*$/i;

// "had been due to expire", "was scheduled to open": an intention told in the past says nothing about which side
// of publication the date falls on (blanked to the same length, so other distances hold).
const PAST_INTENTION = /\b(?:was|were|had\s+been)\s+(?:due|scheduled|set|expected|supposed|planned|slated)\s+to\s+[a-z]+/gi;

function blankPastIntentions(segment: string): string {
  return segment.replace(PAST_INTENTION, (intention: string) => ' '.repeat(intention.length));
}

/** A past-tense word of narration ("was", "became", "released"). */
export function isPastVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return !NOT_PAST.has(lower) && (IRREGULAR_PAST_SET.has(lower) || /^[a-z]{2,}ed$/.test(lower));
}

/** Tense of the narration around the expression `[start, end)` of `text`. */
export function tenseAround(text: string, start: number, end: number): TenseVerdict {
  const sentence = sentenceBounds(text, start, end);
  // Verbs of another clause often narrate another time ("declared a dividend, payable Dec. 15").
  const wholeBefore = text.slice(sentence.start, start);
  let before = wholeBefore.replace(/^[\s\S]*[;(—]/, '');
  // A complement clause after the date ("warned on Thursday that strikes could follow") has its own tense.
  let after = text
    .slice(end, sentence.end)
    .replace(/[;)—][\s\S]*$/, '')
    .replace(/^([^,]*?)\s(?:that|which|who)\s[\s\S]*$/i, '$1')
    // A closing attribution (", the company said.") dates the report, not the event the sentence narrates.
    .replace(SENTENCE_FINAL_ATTRIBUTION, '');
  before = blankPastIntentions(before);
  after = blankPastIntentions(after);
  let best: { distance: number; direction: Direction; between: string } | null = null;
  const consider = (segment: string, offsetOf: (index: number, length: number) => number, direction: Direction, re: RegExp, side: 'before' | 'after' | 'outside' = 'before') => {
    re.lastIndex = 0;
    for (let m = re.exec(segment); m; m = re.exec(segment)) {
      const word = m[0].replace(/^[^\w'’]/, '').toLowerCase();
      if (direction === 'past' && (NOT_PAST.has(word) || PASSIVE_AUXILIARY.test(segment.slice(Math.max(0, m.index - 8), m.index)))) continue;
      const distance = offsetOf(m.index, m[0].length);
      // The words between the verb and the expression, for `sameClause`.
      const between = side === 'outside' ? '(' : side === 'after' ? segment.slice(0, m.index) : segment.slice(m.index + m[0].length);
      if (!best || distance < best.distance || (distance === best.distance && direction === 'future')) best = { distance, direction, between };
    }
  };
  consider(before, (index, length) => before.length - (index + length), 'future', FUTURE_RE);
  consider(before, (index, length) => before.length - (index + length), 'past', PAST_RE);
  consider(after, (index) => index, 'future', FUTURE_RE, 'after');
  consider(after, (index) => index, 'past', PAST_RE, 'after');
  // A date in a parenthesis that restates the clause before it ("will leave at dawn (4 a.m. Thursday)")
  // takes that clause's tense when the parenthesis has no verb of its own.
  const parenthesis = wholeBefore.lastIndexOf('(');
  if (!best && parenthesis >= 0 && !wholeBefore.includes(')', parenthesis)) {
    const outer = blankPastIntentions(wholeBefore.slice(0, parenthesis).replace(/^[\s\S]*[;—]/, ''));
    const offset = wholeBefore.length - parenthesis;
    consider(outer, (index, length) => outer.length - (index + length) + offset, 'future', FUTURE_RE, 'outside');
    consider(outer, (index, length) => outer.length - (index + length) + offset, 'past', PAST_RE, 'outside');
  }
  const verdict = best as { distance: number; direction: Direction; between: string } | null;
  return verdict
    ? { direction: verdict.direction, decided: true, distance: verdict.distance, sameClause: !CLAUSE_BETWEEN.test(verdict.between) }
    : { direction: 'past', decided: false, distance: Number.POSITIVE_INFINITY, sameClause: false };
}
