// Name normalisation shared by mention finding (text/) and entity resolution (resolve/): name keys that fold
// transliteration variants, titles stripped, first/last split, acronyms and initials.
// Everything here is general English / transliteration knowledge: no names of any particular story.
import { NAME_PARTICLES, NAME_SUFFIXES, isRoleWord } from '../lexicon/names.js';

/** Removes a trailing possessive ('s, ’s, or a bare apostrophe after s). */
export function stripPossessive(text: string): string {
  return text.replace(/['’]s$/i, '').replace(/(s)['’]$/i, '$1');
}

/** Removes accents so that "José" and "Jose" compare equal. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Splits a name into word tokens, dropping punctuation but keeping internal hyphens and apostrophes. */
export function nameTokens(name: string): string[] {
  return stripPossessive(name.trim())
    .split(/[\s\u00a0]+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter((token) => token.length > 0);
}

/** Drops leading honorifics and role words ("President", "Deputy Foreign Minister", "Mr.") from a name. */
export function stripTitles(name: string): string {
  const tokens = nameTokens(name);
  let first = 0;
  // Only strip while something name-like remains after the title.
  while (first < tokens.length - 1 && isRoleWord(tokens[first]!)) first++;
  return tokens.slice(first).join(' ');
}

export interface NameParts {
  first: string | null;
  middle: string[];
  last: string;
  suffix: string | null;
}

/** First / middle / last / generational suffix of a cleaned person name. */
export function splitPersonName(name: string): NameParts {
  const tokens = nameTokens(stripTitles(name));
  let suffix: string | null = null;
  const lastToken = tokens[tokens.length - 1];
  if (tokens.length > 1 && lastToken && NAME_SUFFIXES.has(lastToken.toLowerCase().replace(/\.$/, ''))) {
    suffix = lastToken.toLowerCase().replace(/\.$/, '');
    tokens.pop();
  }
  if (tokens.length === 0) return { first: null, middle: [], last: '', suffix };
  if (tokens.length === 1) return { first: null, middle: [], last: tokens[0]!, suffix };
  // Particles belong to the surname: "Amina bin Rashid" → last "bin Rashid".
  let lastStart = tokens.length - 1;
  while (lastStart > 1 && NAME_PARTICLES.has(tokens[lastStart - 1]!.toLowerCase())) lastStart--;
  return {
    first: tokens[0]!,
    middle: tokens.slice(1, lastStart),
    last: tokens.slice(lastStart).join(' '),
    suffix,
  };
}

/** Keys of recently seen words: names recur in every sentence and every article, and keying one costs a dozen regexes. */
const wordKeys = new Map<string, string>();
const WORD_KEY_CACHE_SIZE = 50_000;

/**
 * Phonetic key of one word: collapses common transliteration variants so that
 * Petrenkyy / Petrenky / Petrenkiy, Smirnoff / Smirnov, Aleksandr / Alexander, Petr / Peter, Tchaikovsky / Chaikovsky
 * land on one key. Deliberately coarse: it is only compared within one entity type and token position.
 */
export function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    // Bounded so that a long-running process reading many corpora does not keep every word it has seen.
    if (wordKeys.size >= WORD_KEY_CACHE_SIZE) wordKeys.clear();
    key = computeWordKey(word);
    wordKeys.set(word, key);
  }
  return key;
}

function computeWordKey(word: string): string {
  let w = foldAccents(word).toLowerCase().replace(/['’.\-]/g, '');
  if (w.length === 0) return w;
  w = w
    .replace(/tch/g, 'ch')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/kh/g, 'h')
    .replace(/^j(?=[aeiou])/, 'y')
    .replace(/dzh|dj/g, 'j');
  // Final -ff / -off / -eff are the French/German spellings of Slavic -v.
  w = w.replace(/ff$/, 'v');
  // A final -er after a consonant is the western spelling of Slavic -r (Alexander / Aleksandr, Peter / Petr).
  if (w.length > 4) w = w.replace(/(?<=[^aeiou])er$/, 'r');
  // Endings -yy, -iy, -ii, -yi, -ij, -y, -i are one Slavic ending.
  if (w.length > 3) w = w.replace(/(?:yy|iy|ii|yi|ij|y|i)$/, 'i');
  // y and j before a vowel inside a word are the same glide (Yakov / Iakov / Jakov, Petrovskaya / Petrovskaia).
  w = w.replace(/(?<=.)[yj](?=[aeiou])/g, 'i');
  w = w.replace(/^y(?=[aeiou])/, 'i');
  w = w.replace(/ou/g, 'u');
  // Doubled letters are a spelling choice.
  w = w.replace(/(.)\1+/g, '$1');
  return w;
}

/** Phonetic key of a full name: titles and possessives dropped, words keyed and joined by spaces. */
export function nameKey(name: string): string {
  return nameTokens(stripTitles(name))
    .map(wordKey)
    .filter((key) => key.length > 0)
    .join(' ');
}

/** Lower-case ASCII slug for ids ("John Smith Jr." → "john-smith-jr"). */
export function slug(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Letters of an acronym without dots: "U.S." → "US". Null when the text is not an acronym. */
export function acronymLetters(text: string): string | null {
  const compact = text.replace(/\./g, '');
  if (!/^[A-Z]{2,6}$/.test(compact)) return null;
  return compact;
}

/** Words skipped when building initials ("Bank of England" → "BE", also "BOE"). */
const INITIAL_SKIP: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', '&', 'de', 'du', 'la']);

/** Possible acronyms of a multi-word name: initials with and without function words. */
export function initialsOf(name: string): string[] {
  const tokens = nameTokens(name.replace(/^the\s+/i, '')).filter((token) => /^\p{L}/u.test(token));
  if (tokens.length < 2) return [];
  const all = tokens.map((token) => token[0]!.toUpperCase()).join('');
  const content = tokens
    .filter((token) => !INITIAL_SKIP.has(token.toLowerCase()))
    .map((token) => token[0]!.toUpperCase())
    .join('');
  return all === content ? [all] : [all, content];
}
