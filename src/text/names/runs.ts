// Where names may be: runs of capitalised words in a sentence (with connectors and particles inside), hyphenated
// pairs split when both halves are names, and whether the sentence is a headline whose capitals prove nothing.
import { HONORIFICS, NAME_CONNECTORS, NAME_PARTICLES, isRoleWord } from '../../lexicon/names.js';
import { wordKey } from '../names.js';
import { hasTag, isCapitalised, isCommonWord, isDateWord, type Token } from '../nlp.js';
import type { DocKnowledge } from './knowledge.js';

/**
 * True when most ordinary words of the sentence are capitalised: a headline or title-case line.
 * Names are left out of the count so that a caption full of names is not mistaken for a headline.
 */
export function isTitleCase(tokens: Token[], sentenceText: string): boolean {
  const ordinary = tokens.filter(
    (t) => /^\p{L}{3,}/u.test(t.text) && (isCommonWord(t.text) || !t.tags.has('ProperNoun')) && !isRoleWord(t.text),
  );
  const unpunctuatedLine = !/[.!?]["'”’)]*\s*$/u.test(sentenceText);
  const letterWords = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  // A short label line ("Backchannel Negotiations") with every longer word capitalised.
  if (unpunctuatedLine && letterWords.length > 0 && letterWords.length <= 8 && letterWords.every((t) => isCapitalised(t.text))) {
    return true;
  }
  if (ordinary.length === 0) return false;
  const capitalised = ordinary.filter((t) => isCapitalised(t.text)).length;
  if (ordinary.length < 3) {
    // Short lines: a label without final punctuation whose ordinary words are all capitalised.
    const unpunctuated = !/[.!?]["'”’)]*\s*$/u.test(sentenceText);
    return unpunctuated && capitalised === ordinary.length;
  }
  return capitalised / ordinary.length >= 0.7;
}

export function isMostlyUpperCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{2,}/u.test(t.text));
  if (words.length < 3) return false;
  return words.filter((t) => t.text === t.text.toUpperCase()).length / words.length >= 0.6;
}

/** Could this token be part of a name sequence? */
function isNameLike(token: Token): boolean {
  if (!isCapitalised(token.text) || token.text.includes('/')) return false;
  if (token.text === 'I' || isDateWord(token)) return false;
  if (hasTag(token, 'Pronoun')) return false;
  return true;
}

/** A gap between two tokens that keeps them in one name ("John Smith", "Rep. Jones", "J. Smith"). */
function joinsName(left: Token, gap: string): boolean {
  if (/^[ \u00a0]$/.test(gap)) return true;
  if (/^\.[ \u00a0]$/.test(gap)) {
    const bare = left.text.toLowerCase();
    return hasTag(left, 'Abbreviation', 'Honorific') || /^\p{Lu}$/u.test(left.text) || HONORIFICS.has(bare);
  }
  return false;
}

/** Splits a sentence's tokens into runs of capitalised words (with internal connectors). */
export function capitalisedRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let current: Token[] = [];
  const flush = (): void => {
    // Connectors never end a run.
    while (current.length > 0 && !isNameLike(current[current.length - 1]!)) current.pop();
    if (current.length > 0) runs.push(current);
    current = [];
  };
  tokens.forEach((token, i) => {
    const lower = token.text.toLowerCase();
    const inside =
      current.length > 0 &&
      (NAME_CONNECTORS.has(lower) || NAME_PARTICLES.has(lower)) &&
      tokens[i + 1] !== undefined &&
      isNameLike(tokens[i + 1]!) &&
      joinsName(token, token.gapAfter);
    if (isNameLike(token) || inside) {
      current.push(token);
      const gap = token.gapAfter;
      if (token.possessive || !joinsName(token, gap) || tokens[i + 1] === undefined) {
        if (gap === '-' && tokens[i + 1] && isNameLike(tokens[i + 1]!)) {
          // Hyphenated capitals stay together for now; splitHyphenPairs decides later.
          return;
        }
        flush();
      }
    } else {
      flush();
    }
  });
  flush();
  return runs;
}

/** Splits "Smith-Jones" into two names when both halves are names on their own. */
export function splitHyphenPairs(run: Token[], sentenceTokens: Token[], known: DocKnowledge): Token[][] {
  const parts: Token[][] = [[]];
  run.forEach((token, i) => {
    parts[parts.length - 1]!.push(token);
    const next = run[i + 1];
    if (!next || token.gapAfter !== '-') return;
    const standalone = (t: Token): boolean =>
      known.personWords.has(wordKey(t.text)) ||
      known.placeWords.has(wordKey(t.text)) ||
      hasTag(t, 'Country', 'City', 'LastName', 'Person', 'Place');
    const afterRun = sentenceTokens[sentenceTokens.indexOf(run[run.length - 1]!) + 1];
    // The pair must end the run and be followed by a lower-case word ("the Smith-Jones call").
    const attributive = run[i + 2] === undefined && (afterRun === undefined || !isCapitalised(afterRun.text));
    const bothKnown =
      known.personWords.has(wordKey(token.text)) && known.personWords.has(wordKey(next.text));
    if ((standalone(token) && standalone(next) && attributive) || bothKnown) parts.push([]);
  });
  // Joined hyphen halves stay one name; a remaining '-' gap inside a part is part of the name.
  return parts.filter((part) => part.length > 0);
}
