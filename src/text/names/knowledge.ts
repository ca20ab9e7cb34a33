// What a document teaches about its own names: the candidates a sentence yields, the names learned from strong
// evidence (people, organisations, places), the places it states for certain (datelines, demonyms) and its outlet.
// Pass 1 learns, pass 2 reads the knowledge everywhere (text/mentions.ts).
import type { Document, EntityType, Sentence } from '../../types.js';
import { NAME_SUFFIXES } from '../../lexicon/names.js';
import { wordKey } from '../names.js';
import { hasTag, isCapitalised, lexiconTags, type Token } from '../nlp.js';
import { datelinePlaces } from './datelines.js';

export interface Candidate {
  tokens: Token[];
  type: EntityType | null;
  /** How sure the type is: strong candidates teach the document its names. */
  strong: boolean;
}

/** What a first pass learned about a document's names (word keys). */
export interface DocKnowledge {
  personWords: Set<string>;
  personFull: Set<string>;
  /** One-word organisations. */
  orgWords: Set<string>;
  /** First words of multi-word organisations ("Brightwell" of "Brightwell Appliances"): weaker than a place. */
  orgHeads: Set<string>;
  orgFull: Set<string>;
  /** Places, one word or several ("port almira"). */
  placeWords: Set<string>;
  /** Places the document names in a dateline or by a demonym ("Varenian" → "Varenia"): stronger than any guess. */
  certainPlaces: Set<string>;
  /** Demonyms derived from a place the document names ("Varenian"): adjectives, not names. */
  demonyms: Set<string>;
  /** The document's own outlet, in full ("brasfield ledger") and by its last word ("ledger"). */
  outletFull: Set<string>;
  outletWords: Set<string>;
}

function emptyKnowledge(): DocKnowledge {
  return {
    personWords: new Set(),
    personFull: new Set(),
    orgWords: new Set(),
    orgHeads: new Set(),
    orgFull: new Set(),
    placeWords: new Set(),
    certainPlaces: new Set(),
    demonyms: new Set(),
    outletFull: new Set(),
    outletWords: new Set(),
  };
}

/** A fresh knowledge that keeps only what the document states for certain (datelines, demonyms). */
export function certainKnowledge(known: DocKnowledge): DocKnowledge {
  const fresh = emptyKnowledge();
  for (const place of known.certainPlaces) {
    fresh.certainPlaces.add(place);
    fresh.placeWords.add(place);
  }
  for (const demonym of known.demonyms) fresh.demonyms.add(demonym);
  for (const outlet of known.outletFull) fresh.outletFull.add(outlet);
  for (const word of known.outletWords) fresh.outletWords.add(word);
  return fresh;
}

export function tokensKey(tokens: Token[]): string {
  return tokens.map((t) => wordKey(t.text)).join(' ');
}

/** Nationality adjectives ("British", "Kenyan", or "Varenian" beside "Varenia"): they describe, they do not name. */
export function isDemonym(token: Token, known?: DocKnowledge): boolean {
  if (hasTag(token, 'Demonym') || lexiconTags(token.text).includes('Demonym')) return true;
  if (known?.demonyms.has(wordKey(token.text))) return true;
  return /^\p{Lu}\p{Ll}+ish$/u.test(token.text) && !hasTag(token, 'Organization', 'Person');
}

/** Forms of a place name its demonym may come from: "Varenian" ← "Varenia", "Italian" ← "Italy", "Chinese" ← "China". */
function demonymStems(word: string): string[] {
  const stems: string[] = [];
  if (word.endsWith('ian')) stems.push(word.slice(0, -3), `${word.slice(0, -3)}y`, `${word.slice(0, -3)}a`);
  if (word.endsWith('an')) stems.push(`${word.slice(0, -2)}o`);
  if (word.endsWith('n')) stems.push(word.slice(0, -1));
  if (word.endsWith('ese')) stems.push(word.slice(0, -3), `${word.slice(0, -3)}a`);
  if (word.endsWith('i')) stems.push(word.slice(0, -1));
  return stems.filter((stem) => stem.length >= 4);
}

export function isGivenName(word: string): boolean {
  return lexiconTags(word).some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName' || tag === 'Person');
}

/**
 * What a document states for certain about places before any guessing: the places of its datelines, and a place
 * named beside its demonym ("Varenia" and "the Varenian minister").
 */
export function certainFacts(tokensBySentence: Token[][], sentences: Sentence[]): DocKnowledge {
  const known = emptyKnowledge();
  tokensBySentence.forEach((tokens, i) => {
    for (const place of datelinePlaces(tokens, sentences[i]!)) known.certainPlaces.add(tokensKey(place));
  });
  const capitalised = new Set<string>();
  for (const tokens of tokensBySentence) {
    for (const token of tokens) if (isCapitalised(token.text)) capitalised.add(token.text);
  }
  for (const word of capitalised) {
    if (word.length < 5 || word === word.toUpperCase() || isGivenName(word)) continue;
    const stem = demonymStems(word).find((candidate) => candidate !== word && capitalised.has(candidate) && !isGivenName(candidate));
    if (stem === undefined) continue;
    known.demonyms.add(wordKey(word));
    known.certainPlaces.add(wordKey(stem));
  }
  for (const place of known.certainPlaces) known.placeWords.add(place);
  return known;
}

/**
 * The document's own outlet is an organisation wherever the text names it, in full or by its last word
 * ("The Brassfield Ledger" … "the Ledger said").
 */
export function learnOutlet(known: DocKnowledge, doc: Document): void {
  const words = (doc.outlet?.value ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w.toLowerCase() !== 'the');
  if (words.length < 2 || words.length > 5) return;
  const keys = words.map(wordKey);
  known.outletFull.add(keys.join(' '));
  known.outletWords.add(keys[keys.length - 1]!);
}

export function learn(known: DocKnowledge, candidate: Candidate): void {
  const keys = candidate.tokens
    .filter((t) => !NAME_SUFFIXES.has(t.text.toLowerCase().replace(/\.$/, '')))
    .map((t) => wordKey(t.text));
  if (candidate.tokens.some((t) => isDemonym(t, known))) return;
  if (candidate.type === 'person') {
    if (keys.length > 1) known.personFull.add(keys.join(' '));
    // Surnames (and single-word names) identify a person alone; first names do not.
    const last = keys[keys.length - 1];
    if (last) known.personWords.add(last);
  } else if (candidate.type === 'organization') {
    // A lone word already known as the head of a longer name adds nothing, and must not outrank a place.
    if (keys.length === 1 && !known.orgHeads.has(keys[0]!)) known.orgWords.add(keys[0]!);
    else if (keys.length > 1) {
      known.orgHeads.add(keys[0]!);
      known.orgFull.add(keys.join(' '));
    }
  } else if (candidate.type === 'place') {
    if (keys.length > 0) known.placeWords.add(keys.join(' '));
  }
}
