// The candidate names of one sentence: dateline places, then each capitalised run with titles, leading ordinary
// words and "the" peeled off and the rest classified; in headlines, only the names the document already knows.
import type { EntityType, Sentence } from '../../types.js';
import {
  HONORIFICS,
  INSTITUTION_NOUNS,
  NAME_CONNECTORS,
  NON_ENTITY_ACRONYMS,
  PLACE_ACRONYMS,
  isRoleHead,
  isRoleWord,
} from '../../lexicon/names.js';
import { acronymLetters, wordKey } from '../names.js';
import { hasTag, isCapitalised, isCommonWord, isDictionaryNoun, type Token } from '../nlp.js';
import { classify } from './classify.js';
import { datelinePlaces } from './datelines.js';
import { isDemonym, tokensKey, type Candidate, type DocKnowledge } from './knowledge.js';
import { capitalisedRuns, isMostlyUpperCase, isTitleCase, splitHyphenPairs } from './runs.js';

export function candidatesInSentence(tokens: Token[], known: DocKnowledge, sentence: Sentence): Candidate[] {
  const titleCase = sentence.blockKind === 'heading' || isTitleCase(tokens, sentence.text);
  const upperCase = isMostlyUpperCase(tokens);
  const results: Candidate[] = [];
  const dateline = datelinePlaces(tokens, sentence);
  const inDateline = new Set(dateline.flat());
  for (const place of dateline) results.push({ tokens: place, type: 'place', strong: true });
  for (const run of capitalisedRuns(inDateline.size > 0 ? tokens.filter((t) => !inDateline.has(t)) : tokens)) {
    for (const part of splitHyphenPairs(run, tokens, known)) {
      for (const candidate of analyseRun(part, tokens, known, titleCase, upperCase)) results.push(candidate);
    }
  }
  return results;
}

/** Peels titles, sentence-initial common words and institutions off a run, then classifies the rest. */
function analyseRun(run: Token[], sentenceTokens: Token[], known: DocKnowledge, titleCase: boolean, upperCase: boolean): Candidate[] {
  let tokens = run.slice();
  const results: Candidate[] = [];
  if (titleCase) return knownSubNames(tokens.filter((t) => t.text.toLowerCase() !== 'the'), known);
  const isKnownWord = (t: Token): boolean => {
    const k = wordKey(t.text);
    return known.personWords.has(k) || known.orgWords.has(k) || known.orgHeads.has(k) || known.placeWords.has(k);
  };
  // Sentence-initial ordinary words ("However", "The", "Leaked") and a leading "The".
  while (tokens.length > 0) {
    const head = tokens[0]!;
    const lower = head.text.toLowerCase();
    // "Prosecutors said …", "Officials added …": people named by their role, not by a name.
    const pluralRole = /[^s]s$/.test(head.text) && isRoleHead(head.text.slice(0, -1)) && !isKnownWord(head);
    const initialCommon =
      pluralRole ||
      head.initial && isCommonWord(head.text) && !isKnownWord(head) && !hasTag(head, 'Honorific') && !isRoleWord(head.text) &&
      // "Jean-Pierre", "Grace Okafor": a first name joined to a following name is not an ordinary word.
      !(head.gapAfter === '-' && tokens.length > 1) &&
      !(hasTag(head, 'FirstName') && tokens.length > 1 && !isCommonWord(tokens[1]!.text)) &&
      // "Alma Rysgaard": a dictionary noun that compromise reads as a person before a surname ("When" it may also
      // tag a person, but that is no noun).
      !(hasTag(head, 'Person') && isDictionaryNoun(head.text) && tokens.length > 1 && !isCommonWord(tokens[1]!.text)) &&
      // "Alma Rysgaard" named in full elsewhere: "Alma" is her first name, not the noun.
      !(tokens.length > 1 && known.personFull.has(tokensKey(tokens.slice(0, 2))));
    if (lower === 'the' || initialCommon || NAME_CONNECTORS.has(lower)) tokens.shift();
    else break;
  }
  if (tokens.length === 0) return results;

  // Titles: the name starts after the last role word, when a name follows it.
  let titled = false;
  const previous = sentenceTokens[sentenceTokens.indexOf(tokens[0]!) - 1];
  if (previous && isRoleHead(previous.text) && !isCapitalised(previous.text)) titled = true;
  if (previous && HONORIFICS.has(previous.text.toLowerCase())) titled = true;
  let lastRole = -1;
  tokens.forEach((t, i) => {
    if (i < tokens.length - 1 && isRoleWord(t.text) && !hasTag(t, 'FirstName', 'LastName')) lastRole = i;
  });
  if (lastRole >= 0) {
    // Only a run that contains a head noun ("Minister", "CEO", "Mr") is a title; "National Security" alone is not.
    let roleStart = lastRole;
    for (;;) {
      const prev = tokens[roleStart - 1];
      if (prev && isRoleWord(prev.text)) roleStart--;
      // "Director of National Intelligence": "of" inside a title after a head noun.
      else if (prev && prev.text === 'of' && roleStart >= 2 && isRoleHead(tokens[roleStart - 2]!.text)) roleStart -= 2;
      else break;
    }
    const roleTokens = tokens.slice(roleStart, lastRole + 1);
    let rest = tokens.slice(lastRole + 1);
    if (roleTokens.some((t) => isRoleHead(t.text)) && rest.length > 0) {
      const prefix = tokens.slice(0, roleStart);
      // "Director of National Intelligence Mara Tolliver": the name begins at a first name if one is there.
      const firstNameAt = rest.findIndex((t) => hasTag(t, 'FirstName'));
      if (rest.length > 1 && firstNameAt > 0 && rest.length - firstNameAt >= 2) rest = rest.slice(firstNameAt);
      const ofSplit = prefix.findIndex((t) => t.text.toLowerCase() === 'of');
      if (prefix.length > 0 && ofSplit !== 0) {
        for (const found of analyseRun(ofSplit > 0 ? prefix.slice(0, ofSplit) : prefix, sentenceTokens, known, titleCase, upperCase)) results.push(found);
      }
      tokens = rest;
      titled = true;
    }
  }
  // A role word immediately preceding inside the run has been removed; trailing suffixes stay.
  if (tokens.length === 0) return results;
  // "of"-joined names are only organisations; a person name never contains "of".
  const firstIndex = sentenceTokens.indexOf(tokens[0]!);
  const lastIndex = sentenceTokens.indexOf(tokens[tokens.length - 1]!);
  const before = sentenceTokens[firstIndex - 1];
  const determined = before !== undefined && before.text.toLowerCase() === 'the' && !titled;
  const candidate = classify(tokens, { sentenceTokens, firstIndex, lastIndex, known, titleCase, upperCase, titled, determined });
  if (candidate) {
    if (candidate.type === 'person' && tokens.some((t) => NAME_CONNECTORS.has(t.text.toLowerCase()))) {
      return results;
    }
    // Names in capitals (photo credits, bylines) are only trusted when the document already knows them.
    const shouting = tokens.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase());
    if (candidate.type === 'person' && shouting && !known.personFull.has(tokensKey(tokens)) && !known.personWords.has(tokensKey(tokens))) {
      return results;
    }
    results.push(candidate);
    return results;
  }
  // In headlines and unclassified runs, pick out names the document already knows ("Leaked John Smith Call").
  if (tokens.length > 1) for (const found of knownSubNames(tokens, known)) results.push(found);
  return results;
}

/**
 * Names inside a run whose capitals prove nothing (headlines, title-case lines, unclassified runs):
 * only names the document already knows, institutions, acronyms, tagged places and "Firstname Surname".
 */
function knownSubNames(tokens: Token[], known: DocKnowledge): Candidate[] {
  const results: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let length = Math.min(4, tokens.length - i); length >= 1; length--) {
      const part = tokens.slice(i, i + length);
      const head = part[0]!;
      const key = tokensKey(part);
      let type: EntityType | null = null;
      if (length > 1 && known.personFull.has(key)) type = 'person';
      else if (length > 1 && (known.orgFull.has(key) || known.outletFull.has(key))) type = 'organization';
      else if (length > 1 && known.placeWords.has(key)) type = 'place';
      else if (length === 2 && hasTag(head, 'FirstName') && !isCommonWord(part[1]!.text) && !isDemonym(part[1]!)) type = 'person';
      else if (length === 1 && known.personWords.has(key)) type = 'person';
      else if (length === 1 && known.placeWords.has(key)) type = 'place';
      else if (length === 1 && (known.orgWords.has(key) || known.orgHeads.has(key)) && !isCommonWord(head.text)) type = 'organization';
      else if (length === 1 && INSTITUTION_NOUNS.has(head.text.toLowerCase())) type = 'organization';
      else if (length === 1 && hasTag(head, 'Country', 'City')) type = 'place';
      else if (length === 1 && acronymLetters(head.text) && !NON_ENTITY_ACRONYMS.has(acronymLetters(head.text)!)) {
        const letters = acronymLetters(head.text)!;
        if (PLACE_ACRONYMS.has(letters)) type = 'place';
        else if (hasTag(head, 'Organization')) type = 'organization';
      }
      if (type) {
        results.push({ tokens: part, type, strong: false });
        matched = length;
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return results;
}
