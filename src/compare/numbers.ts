import type { FigureAssertion } from '../types.js';
import { type CompareContext, type DisagreementDraft, makePosition, stableId, storyKeyOf } from './context.js';

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
  [/\b(?:injured|wounded|hurt|injuries|casualties)\b/, 'injured'],
  [/\b(?:missing|unaccounted)\b/, 'missing'],
  [/\b(?:displaced|evacuated|homeless)\b/, 'displaced'],
  [/\b(?:arrested|detained|arrests)\b/, 'arrested'],
];
const FILLER = /\b(?:people|persons|residents|civilians|individuals|the|a|an|of|were|was|have|had|has|been|at least|about|some)\b/g;

function isMoney(f: FigureAssertion): boolean {
  return f.unit !== null && /^[A-Z]{3}$/.test(f.unit);
}

const GENERIC_COUNTS = new Set(['share', 'percent', 'per cent', 'percentage', 'number', 'total', 'figure', 'rate', 'level', 'point', 'time', 'vote']);

/** What a figure counts, in words that let different phrasings of one tally meet. */
export function countedKey(counted: string): string {
  const lower = counted.toLowerCase();
  for (const [pattern, key] of TALLIES) if (pattern.test(lower)) return key;
  return lower.replace(FILLER, ' ').replace(/s\b/g, '').replace(/\s+/g, ' ').trim();
}

/** A figure about a year other than the article's own ("a quake in 1987 killed 300") is background, not the story. */
function isBackground(f: FigureAssertion, ctx: CompareContext): boolean {
  const published = ctx.documents.get(f.docId)?.published?.date.slice(0, 4);
  // A year as a date ("in 1987", "since 2010"), not a count ("1900 people").
  const years = [...(f.evidence[0]?.text ?? '').matchAll(/\b(?:in|since|of|until|by|from|year|early|late|mid-?)\s+((?:1[89]|20)\d\d)\b/gi)].map((m) => m[1] ?? '');
  return years.some((y) => (published ? Math.abs(Number(y) - Number(published)) > 1 : true));
}

/** One quantity of one thing, values that do not agree within the stated qualifiers. */
export function compareFigures(figures: FigureAssertion[], ctx: CompareContext): DisagreementDraft[] {
  const byThing = new Map<string, FigureAssertion[]>();
  for (const f of figures) {
    // Sums of money in one currency meet whatever noun the outlet used ("a fee of €45m", "paid €40m"); an
    // article naming two sums in that currency then takes the comparison out (see below).
    const counted = isMoney(f) ? 'money' : countedKey(f.counted);
    if (!counted || isBackground(f, ctx)) continue;
    const key = `${ctx.storyOf.get(f.docId) ?? f.docId}|${counted}|${f.unit ?? ''}`;
    const list = byThing.get(key);
    if (list) list.push(f);
    else byThing.set(key, [f]);
  }
  const drafts: DisagreementDraft[] = [];
  for (const [key, list] of byThing) {
    if (new Set(list.map((f) => f.docId)).size < 2) continue;
    // Words like "share", "percent" or "amount" say what kind of number it is, not what it counts.
    if (GENERIC_COUNTS.has(key.slice(key.indexOf('|') + 1, key.lastIndexOf('|')))) continue;
    // An article that gives two values for one thing ("21 of their 68 goals") is counting two things.
    if (list.some((a) => list.some((b) => a.docId === b.docId && !figuresAgree(a, b)))) continue;
    const clash = list.some((a) => list.some((b) => a.docId !== b.docId && !figuresAgree(a, b)));
    if (!clash) continue;
    const values = [...new Set(list.map((f) => f.normalized))];
    const counted = list[0]!.counted;
    const positions = values.map((v) => {
      const holders = list.filter((f) => f.normalized === v);
      return makePosition(
        v,
        `${holders[0]!.value} ${holders[0]!.counted}`,
        holders.map((h) => ({ docId: h.docId, span: h.evidence[0]!, inferred: false })),
        ctx,
      );
    });
    drafts.push({
      id: stableId('number', `${storyKeyOf(ctx, list[0]!.docId)}|${key.replace(/^[^|]*\|/, '')}`, values),
      kind: 'number',
      topic: isMoney(list[0]!) ? `How much: the ${list.find((f) => f.counted !== 'amount')?.counted ?? 'sum'} (${list[0]!.unit})` : `How many ${counted}`,
      positions,
      selfInconsistent: [],
      inferredOnly: false,
    });
  }
  return drafts;
}
