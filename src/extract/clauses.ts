// Light clause segmentation for rule-based extractors: enough structure to keep the participants and dates of
// one event apart from those of the next clause, without a parser.

export interface Clause {
  /** Offsets relative to the sentence text. */
  start: number;
  end: number;
}

export interface SentenceLayout {
  clauses: Clause[];
  /** Parenthetical asides (between paired dashes or brackets): names inside them are appositions. */
  asides: Clause[];
}

// ", and", ";", ":", ", but", ", while" … end a clause; a subordinator opens one.
// "in which" / "during which" keep describing the noun before them, so they do not break the clause.
const CLAUSE_BREAK =
  /;|:(?=\s)|,\s+(?:and|but|while|whereas|although|though|as|because|so|yet|who|after|before|when|even as)\b|,\s+which\b|(?<!\b(?:in|during|on|at|of|by|through))\s(?:but|while|whereas|and then|after|before|when|as|until|which|even as)\s(?!well\b)/giu;

/** Splits a sentence into clauses and finds its parenthetical asides. */
export function layoutSentence(text: string): SentenceLayout {
  const asides = findAsides(text);
  const cuts = new Set<number>([0, text.length]);
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const at = match.index ?? 0;
    if (asides.some((a) => at > a.start && at < a.end)) continue;
    cuts.add(at);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    if (end > start) clauses.push({ start, end });
  }
  return { clauses, asides };
}

/** Text between paired em/en dashes ("X — an aide — said") or in brackets. */
export function findAsides(text: string): Clause[] {
  const asides: Clause[] = [];
  const dashes = [...text.matchAll(/\s[—–]\s|\s--\s/g)].map((m) => m.index ?? 0);
  for (let i = 0; i + 1 < dashes.length; i += 2) {
    const start = dashes[i] ?? 0;
    const end = (dashes[i + 1] ?? 0) + 3;
    asides.push({ start, end });
  }
  for (const m of text.matchAll(/\([^()]*\)/g)) {
    asides.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return asides;
}

export function clauseAt(layout: SentenceLayout, offset: number): Clause {
  return layout.clauses.find((c) => offset >= c.start && offset < c.end) ?? { start: 0, end: Number.MAX_SAFE_INTEGER };
}

export function insideAside(layout: SentenceLayout, start: number, end: number): boolean {
  return layout.asides.some((a) => start >= a.start && end <= a.end);
}
