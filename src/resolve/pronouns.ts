// Pronouns to people, within one document: "Smith himself", "Smith said … He added", by gender where the first
// name tells it.
import type { Mention, Sentence } from '../types.js';
import { FEMININE_PRONOUNS, MASCULINE_PRONOUNS, isRoleWord } from '../lexicon/names.js';
import type { Gender } from './given-names.js';

const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(['himself', 'herself']);

/** Words that may open a sentence before its subject ("But", "Meanwhile", "the", "former"). */
const SUBJECT_LEAD_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'meanwhile', 'however', 'then', 'later', 'also', 'still', 'yet', 'so',
  'former', 'acting', 'then-', 'now', 'earlier',
]);

interface PersonInSentence {
  entityId: string;
  mention: Mention;
}

function genderFits(pronoun: string, gender: Gender): boolean {
  const lower = pronoun.toLowerCase();
  if (gender === 'male') return !FEMININE_PRONOUNS.has(lower);
  if (gender === 'female') return !MASCULINE_PRONOUNS.has(lower);
  return true;
}

/** The person a sentence is about: the first person named before any ordinary lower-case word. */
function subjectOf(sentence: Sentence | undefined, people: PersonInSentence[]): string | null {
  if (!sentence || people.length === 0) return null;
  const first = people[0]!;
  const before = sentence.text.slice(0, first.mention.start - sentence.start);
  const words = before.match(/[\p{L}’'-]+/gu) ?? [];
  const leadOnly = words.every((w) => /^\p{Lu}/u.test(w) || isRoleWord(w) || SUBJECT_LEAD_WORDS.has(w.toLowerCase()));
  return leadOnly ? first.entityId : null;
}

/** Links each pronoun of one document to a person: in its own clause, else in the two sentences before. */
export function resolvePronouns(
  mentions: Mention[],
  sentences: Sentence[],
  genderOf: (entityId: string) => Gender,
): void {
  const sentenceAt = new Map(sentences.map((s) => [s.index, s]));
  const peopleBySentence = new Map<number, PersonInSentence[]>();
  for (const mention of mentions) {
    if (mention.pronoun || mention.type !== 'person' || !mention.entityId) continue;
    const list = peopleBySentence.get(mention.sentenceIndex) ?? [];
    list.push({ entityId: mention.entityId, mention });
    peopleBySentence.set(mention.sentenceIndex, list);
  }
  for (const list of peopleBySentence.values()) list.sort((a, b) => a.mention.start - b.mention.start);

  for (const pronoun of mentions) {
    if (!pronoun.pronoun) continue;
    const fits = (p: PersonInSentence): boolean => genderFits(pronoun.text, genderOf(p.entityId));
    const here = (peopleBySentence.get(pronoun.sentenceIndex) ?? []).filter((p) => p.mention.end <= pronoun.start && fits(p));
    if (REFLEXIVE_PRONOUNS.has(pronoun.text.toLowerCase())) {
      // "Smith himself": the nearest person before it.
      const nearest = here[here.length - 1];
      if (nearest) pronoun.entityId = nearest.entityId;
      continue;
    }
    const distinctHere = [...new Set(here.map((p) => p.entityId))];
    if (distinctHere.length === 1) {
      pronoun.entityId = distinctHere[0];
      continue;
    }
    if (distinctHere.length > 1) continue; // Two people in the same clause: nothing decides.
    for (let back = 1; back <= 2; back++) {
      const index = pronoun.sentenceIndex - back;
      const people = (peopleBySentence.get(index) ?? []).filter(fits);
      const distinct = [...new Set(people.map((p) => p.entityId))];
      if (distinct.length === 0) continue;
      if (distinct.length === 1) pronoun.entityId = distinct[0];
      else {
        const subject = subjectOf(sentenceAt.get(index), people);
        if (subject) pronoun.entityId = subject;
      }
      break;
    }
  }
}
