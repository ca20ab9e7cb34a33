// Types one capitalised run (person, organisation, place, or no name) from its words, their compromise tags, what
// the document already knows and the words around it ("in X", "X said", "the X House", ", the … envoy").
import {
  CHIEF_TITLES,
  CORPORATE_POSSESSIONS,
  DESTINATION_WORDS,
  INSTITUTION_NOUNS,
  NAME_CONNECTORS,
  NON_ENTITY_ACRONYMS,
  ORGANISATION_HEADS,
  ORGANISATION_TAILS,
  ORG_NOUNS_AFTER,
  PLACE_ACRONYMS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  PLACE_TAILS,
  SEAT_NOUNS,
  STATE_NOUNS,
  isRoleHead,
  isRoleWord,
} from '../../lexicon/names.js';
import { ACTOR_WORDS, PUBLIC_ACT_VERBS, SUBJECT_VERB_FILLERS } from '../../lexicon/reporting-verbs.js';
import { SERVING_ROLES } from '../../lexicon/roles.js';
import { acronymLetters, wordKey } from '../names.js';
import { hasTag, isCapitalised, isCommonWord, isDateWord, lexiconTags, type Token } from '../nlp.js';
import { isDemonym, isGivenName, tokensKey, type Candidate, type DocKnowledge } from './knowledge.js';

/** Verbs that make the name before them the one that speaks or acts publicly ("X dismissed", "X announced"). */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(PUBLIC_ACT_VERBS);

/** Verbs that, right after an unknown capitalised word, suggest an actor ("Smith said"). */
const ACTOR_VERBS: ReadonlySet<string> = new Set(ACTOR_WORDS);

/** Endings of abstract English nouns ("Negotiations", "Policy"): such words are not surnames. */
const COMMON_NOUN_ENDING = /(?:tions?|sions?|ments?|ness|ity|ities|ance|ence|ship|ism|ology|ics|ture|ings?|acy|ncy|ies)$/i;

/** The word before the name is "in", "near"… (or "to" after "ambassador", "flew"…): the name is where something is. */
function afterPlacePreposition(ctx: ClassifyContext): boolean {
  const previous = ctx.sentenceTokens[ctx.firstIndex - 1];
  if (!previous || !/^\s+$/.test(previous.gapAfter)) return false;
  const word = previous.text.toLowerCase();
  if (PLACE_PREPOSITIONS.has(word)) return true;
  // "the mayor of Halvern": one word after "of" (several could be a person: "the arrest of Ana Lind").
  if (word === 'of' && ctx.firstIndex === ctx.lastIndex) return true;
  if (word !== 'to') return false;
  const beforeTo = ctx.sentenceTokens[ctx.firstIndex - 2];
  return beforeTo !== undefined && DESTINATION_WORDS.has(beforeTo.text.toLowerCase());
}

/**
 * The name is followed by a verb of speaking or acting, perhaps after a date or an auxiliary
 * ("X said", "X on Wednesday dismissed", "X has also denied").
 */
function actsAsSubject(sentenceTokens: Token[], lastIndex: number): boolean {
  if (!/^\s+$/.test(sentenceTokens[lastIndex]!.gapAfter)) return false;
  for (let i = lastIndex + 1; i < sentenceTokens.length && i <= lastIndex + 4; i++) {
    const token = sentenceTokens[i]!;
    const word = token.text.toLowerCase();
    if (SUBJECT_VERBS.has(word)) return true;
    if (!SUBJECT_VERB_FILLERS.has(word) && !isDateWord(token)) return false;
    if (!/^\s+$/.test(token.gapAfter)) return false;
  }
  return false;
}

/**
 * A building or street that stands for an institution: "the Marlow House", "Carver Street said",
 * "a Marlow House official". Said of any "<Name> House/Palace/Street…" that takes the article, speaks, or
 * qualifies an official.
 */
function isSeatOfPower(tokens: Token[], ctx: ClassifyContext): boolean {
  if (tokens.length < 2 || !SEAT_NOUNS.has(tokens[tokens.length - 1]!.text.toLowerCase())) return false;
  if (ctx.determined || actsAsSubject(ctx.sentenceTokens, ctx.lastIndex)) return true;
  const following = ctx.sentenceTokens[ctx.lastIndex + 1];
  return following !== undefined && !isCapitalised(following.text) && isRoleHead(following.text) &&
    /^\s+$/.test(tokens[tokens.length - 1]!.gapAfter);
}

function isOrgByForm(tokens: Token[], following: Token | undefined, afterFollowing: Token | undefined): boolean {
  const last = tokens[tokens.length - 1]!;
  const first = tokens[0]!;
  if (tokens.length > 1 && ORGANISATION_TAILS.has(last.text.toLowerCase())) return true;
  if (tokens.length > 2 && ORGANISATION_HEADS.has(first.text.toLowerCase()) && tokens[1]!.text.toLowerCase() === 'of') return true;
  if (!following || isCapitalised(following.text) || !/^\s+$/.test(last.gapAfter.replace(/^['’]s?/u, ''))) return false;
  const word = following.text.toLowerCase();
  if (ORG_NOUNS_AFTER.has(word) && (!last.possessive || CORPORATE_POSSESSIONS.has(word))) return true;
  // "Halcyon Freight chief executive Dagny Ormerod".
  return !last.possessive && word === 'chief' && afterFollowing !== undefined && CHIEF_TITLES.has(afterFollowing.text.toLowerCase());
}

/** Person evidence from the words right after a name: ", the/a … envoy", ", who", "said". */
function appositionSaysPerson(sentenceTokens: Token[], lastIndex: number): boolean {
  const last = sentenceTokens[lastIndex]!;
  if (!/^\s*,\s*$/.test(last.gapAfter)) return false;
  const window = sentenceTokens.slice(lastIndex + 1, lastIndex + 8);
  if (window.length === 0) return false;
  if (window[0]!.text.toLowerCase() === 'who') return true;
  const startsDeterminer = /^(the|a|an)$/i.test(window[0]!.text) || window[0]!.possessive;
  if (!startsDeterminer) return false;
  for (const token of window.slice(1)) {
    if (isRoleHead(token.text)) return true;
    if (/[,.;]/.test(token.gapAfter)) break;
  }
  return false;
}

export interface ClassifyContext {
  sentenceTokens: Token[];
  /** Index of the run's first and last token in the sentence. */
  firstIndex: number;
  lastIndex: number;
  known: DocKnowledge;
  titleCase: boolean;
  upperCase: boolean;
  /** A title or role word stood right before the name. */
  titled: boolean;
  /** "the" stood right before the name. */
  determined: boolean;
}

export function classify(tokens: Token[], ctx: ClassifyContext): Candidate | null {
  const previous = ctx.sentenceTokens[ctx.firstIndex - 1];
  const following = ctx.sentenceTokens[ctx.lastIndex + 1];
  const key = tokensKey(tokens);
  const single = tokens.length === 1 ? tokens[0]! : null;

  if (single && isDemonym(single, ctx.known)) return null;
  // "the Varenian foreign ministry": a -ian/-ese word used as an adjective is a demonym even when its country is not named.
  if (
    single && following && /^\p{Lu}\p{Ll}{3,}(?:ian|ean|ese)$/u.test(single.text) && !isCapitalised(following.text) &&
    /^\s+$/.test(single.gapAfter) && !isGivenName(single.text) && !ctx.known.personWords.has(key)
  ) {
    return null;
  }
  // "the Dalmuni foreign ministry", "a Dalmuni government jet": an -i demonym ("Omani", "Kuwaiti") before a noun of
  // the state. Only before such nouns: "the Ferrari team" or "Rossi aides" are names.
  if (
    single && following && /^\p{Lu}\p{Ll}{3,}i$/u.test(single.text) && STATE_NOUNS.has(following.text) &&
    /^\s+$/.test(single.gapAfter) && !isGivenName(single.text) && !ctx.known.personWords.has(key)
  ) {
    return null;
  }
  const knownPersonWord = single !== null && ctx.known.personWords.has(key);
  if (ctx.known.certainPlaces.has(key) && !knownPersonWord) return { tokens, type: 'place', strong: true };
  if (isSeatOfPower(tokens, ctx)) return { tokens, type: 'organization', strong: true };
  if (ctx.known.outletFull.has(key)) return { tokens, type: 'organization', strong: true };
  if (single && !single.initial && INSTITUTION_NOUNS.has(single.text.toLowerCase())) {
    return { tokens, type: 'organization', strong: true };
  }
  // Digits belong to outlet brands, models and codes, not to people or places we can resolve.
  if (tokens.some((t) => /\d/.test(t.text))) return null;
  // Names shouted in capitals (photo credits, bylines) are not reliable unless already known.
  if (tokens.length > 1 && tokens.every((t) => t.text === t.text.toUpperCase()) && !ctx.known.personFull.has(key)) return null;
  const placeLike = tokens.some((t) => hasTag(t, 'Country', 'City', 'Region', 'Place')) ||
    (single !== null && PLACE_ACRONYMS.has(acronymLetters(single.text) ?? ''));
  if (tokens.length > 1 && ORGANISATION_TAILS.has(tokens[tokens.length - 1]!.text.toLowerCase())) {
    return { tokens, type: 'organization', strong: true };
  }
  if (!placeLike && isOrgByForm(tokens, following, ctx.sentenceTokens[ctx.lastIndex + 2])) return { tokens, type: 'organization', strong: true };

  if (single) {
    const letters = acronymLetters(single.text);
    if (letters && NON_ENTITY_ACRONYMS.has(letters)) return null;
    if (letters && !ctx.upperCase && (letters.length <= 5 || hasTag(single, 'Organization'))) {
      if (PLACE_ACRONYMS.has(letters)) return { tokens, type: 'place', strong: true };
      if (!isCommonWord(single.text) || hasTag(single, 'Organization')) return { tokens, type: 'organization', strong: true };
    }
    if (ctx.upperCase && single.text === single.text.toUpperCase() && !hasTag(single, 'Organization', 'Country', 'City')) {
      return null;
    }
  }

  const personTagged = tokens.some((t) => hasTag(t, 'Person', 'FirstName', 'LastName', 'Honorific'));
  const placeTagged = tokens.some((t) => hasTag(t, 'Place', 'Country', 'City', 'Region'));
  const orgTagged = tokens.every((t) => hasTag(t, 'Organization') || NAME_CONNECTORS.has(t.text.toLowerCase()));
  const firstNameStart = tokens.length >= 2 && hasTag(tokens[0]!, 'FirstName');
  const knownPerson = ctx.known.personFull.has(key) || knownPersonWord;
  const knownOrg = single !== null && ctx.known.orgWords.has(key);
  const knownOrgHead = single !== null && ctx.known.orgHeads.has(key);
  const knownPlace = ctx.known.placeWords.has(key);

  if (ctx.titled || firstNameStart) return { tokens, type: 'person', strong: true };
  // A surname of someone the document names in full is that person, even when it is also a town somewhere.
  if (knownPersonWord && !(placeTagged && afterPlacePreposition(ctx))) return { tokens, type: 'person', strong: false };
  if (placeTagged && !personTagged) return { tokens, type: 'place', strong: true };
  if (orgTagged && !personTagged && !knownPerson) return { tokens, type: 'organization', strong: true };
  if (knownPerson) return { tokens, type: 'person', strong: false };
  // "Halcyon Freight" in an article that calls the company "Halcyon" elsewhere.
  if (tokens.length > 1 && ctx.known.orgWords.has(wordKey(tokens[0]!.text)) && !personTagged && !placeTagged) {
    return { tokens, type: 'organization', strong: false };
  }
  if (tokens.length > 1 && PLACE_HEADS.has(tokens[0]!.text.toLowerCase()) && !tokens.some((t) => hasTag(t, 'FirstName'))) {
    return { tokens, type: 'place', strong: true };
  }
  if (tokens.length > 1 && PLACE_TAILS.has(tokens[tokens.length - 1]!.text.toLowerCase())) {
    return { tokens, type: 'place', strong: true };
  }
  // People do not take the article: "the Daily Ledger", "the Evening Standard".
  const attributive = following !== undefined && /^\p{Ll}/u.test(following.text) && hasTag(following, 'Noun') &&
    /^\s+$/.test(tokens[tokens.length - 1]!.gapAfter);
  if (ctx.determined && !placeTagged && !attributive) return { tokens, type: 'organization', strong: false };
  if (knownOrg) return { tokens, type: 'organization', strong: false };
  if (single && ctx.known.outletWords.has(key) && !ctx.known.placeWords.has(key) && (!single.initial || !isCommonWord(single.text))) {
    return { tokens, type: 'organization', strong: false };
  }
  if (knownPlace) return { tokens, type: 'place', strong: false };
  const unknownWords = tokens.every((t) => !isCommonWord(t.text) && !COMMON_NOUN_ENDING.test(t.text));
  if (afterPlacePreposition(ctx) && !personTagged && (unknownWords || placeTagged) && !single?.possessive) {
    return { tokens, type: 'place', strong: false };
  }
  if (knownOrgHead) return { tokens, type: 'organization', strong: false };
  if (appositionSaysPerson(ctx.sentenceTokens, ctx.lastIndex)) return { tokens, type: 'person', strong: true };
  if (placeTagged && !tokens.some((t) => hasTag(t, 'FirstName'))) return { tokens, type: 'place', strong: false };
  if (personTagged) return { tokens, type: 'person', strong: tokens.length > 1 };
  if (orgTagged) return { tokens, type: 'organization', strong: false };
  const followingWord = following?.text.toLowerCase() ?? '';
  const actorNext = following !== undefined && ACTOR_VERBS.has(followingWord) && /^\s+$/.test(tokens[tokens.length - 1]!.gapAfter);
  // "Kessler Dynamics on Monday said": a name that speaks is a company when it ends in a plural noun.
  const unknownHead = tokens.slice(0, -1).every((t) => !isCommonWord(t.text) && !COMMON_NOUN_ENDING.test(t.text));
  if (tokens.length >= 2 && tokens.length <= 4 && unknownHead && actsAsSubject(ctx.sentenceTokens, ctx.lastIndex)) {
    const lastWord = tokens[tokens.length - 1]!.text;
    const pluralTail = /[^s'’]s$/.test(lastWord) && !hasTag(tokens[0]!, 'FirstName');
    if (pluralTail) return { tokens, type: 'organization', strong: false };
    if (unknownWords) return { tokens, type: 'person', strong: false };
  }
  if (tokens.length >= 2 && tokens.length <= 4 && unknownWords && !tokens[0]!.initial) {
    return { tokens, type: 'person', strong: false };
  }
  // At a sentence start capitals prove less, but two or three unknown words acting as a subject are still a name
  // ("Teodor Brankovic won", "Teodor Brankovic has won").
  const verbNext = following !== undefined && hasTag(following, 'Verb') && /^\p{Ll}/u.test(following.text) &&
    /^\s+$/.test(tokens[tokens.length - 1]!.gapAfter);
  if (tokens.length >= 2 && tokens.length <= 3 && unknownWords && verbNext && !tokens[tokens.length - 1]!.possessive) {
    return { tokens, type: 'person', strong: false };
  }
  // "Smith envoy", "Smith's aide": a name used as the principal of a role (places and institutions were ruled out above).
  if (
    single && !single.initial && following && SERVING_ROLES.has(following.text.toLowerCase()) &&
    !isRoleWord(single.text) && !hasTag(single, 'Acronym') && /^\s+$/.test(single.gapAfter)
  ) {
    return { tokens, type: 'person', strong: false };
  }
  // A lone unknown capitalised word acting like a person: "Smith said", "talks with Smith".
  if (single && unknownWords && !hasTag(single, 'Acronym')) {
    const previousWord = previous?.text.toLowerCase() ?? '';
    const personSlot = ['with', 'between', 'told', 'by'].includes(previousWord) && /^\s+$/.test(previous!.gapAfter);
    if (actorNext && (!single.initial || lexiconTags(single.text).length === 0)) return { tokens, type: 'person', strong: false };
    if (personSlot && !single.initial && (actorNext || following === undefined || !/^\p{Lu}/u.test(following.text))) {
      return { tokens, type: 'person', strong: false };
    }
  }
  if (single && unknownWords && !single.initial && previous !== undefined) {
    // An unknown proper word mid-sentence: some kind of name; guess by what the text around it says.
    if (single.possessive) return { tokens, type: 'person', strong: false };
  }
  return null;
}
