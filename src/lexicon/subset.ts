// Declared subsets: a list that deliberately keeps some words of a larger list names that list, so that the two
// cannot drift apart unnoticed. test/architecture/lexicons.test.ts checks every declared subset against its base.

interface DeclaredSubset {
  base: ReadonlySet<string>;
  words: readonly string[];
}

const declared: DeclaredSubset[] = [];

/** The words given, recorded as a subset of `base` (every word must be in it; the lexicon test checks). */
export function subsetOf(base: Iterable<string>, words: readonly string[]): readonly string[] {
  declared.push({ base: new Set(base), words });
  return words;
}

/** Words of declared subsets that their base lacks (for the lexicon test). */
export function subsetViolations(): string[] {
  return declared.flatMap(({ base, words }) => words.filter((w) => !base.has(w)));
}
