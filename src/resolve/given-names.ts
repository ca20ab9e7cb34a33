// What compromise's lexicon knows of a first name: whether it is a given name, and of which gender.
import { lexiconTags } from '../text/nlp.js';

export type Gender = 'male' | 'female' | null;

export function genderOfFirstName(first: string | null): Gender {
  if (!first) return null;
  const tags = lexiconTags(first);
  if (tags.includes('MaleName') && !tags.includes('FemaleName')) return 'male';
  if (tags.includes('FemaleName') && !tags.includes('MaleName')) return 'female';
  return null;
}

/** A word compromise knows as a first name. */
export function isGivenName(word: string | null): boolean {
  if (!word) return false;
  return lexiconTags(word).some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}
