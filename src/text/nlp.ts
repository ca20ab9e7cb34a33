// The compromise adapter: tagging a document's sentences gives tokens with their lexical tags (FirstName, Place,
// Organization...) and offsets; lookups in compromise's dictionary tell ordinary words from names.
// Everything above this file reads tokens, never compromise itself.
import nlp from './compromise.js';
import type { Document, Sentence } from '../types.js';

/** compromise tags that mark a word as (part of) a name rather than a common word. */
const PROPER_TAGS = [
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City',
  'Region', 'Organization', 'ProperNoun', 'Acronym', 'Demonym',
];

export interface Token {
  /** Offsets into `Document.text`, possessive ending excluded. */
  start: number;
  end: number;
  text: string;
  tags: ReadonlySet<string>;
  possessive: boolean;
  /** First word of its sentence (or of a quote/parenthesis opening a clause). */
  initial: boolean;
  /** Text between this token and the next one in the sentence ('' at the end). */
  gapAfter: string;
}

interface CompromiseTerm {
  text: string;
  tags: ReadonlySet<string>;
  offset: { start: number; length: number };
}

/** The parts of compromise's world we use: its list of analysis steps. */
interface CompromiseWorld {
  hooks: string[];
}

const WORLD = nlp.world() as CompromiseWorld;
/**
 * compromise's analysis steps without the chunker: we read tags, never chunks, and the chunker costs about a
 * fifth of the tagging time.
 */
const TAGGING_HOOKS: string[] = WORLD.hooks.filter((hook) => hook !== 'chunks');

/**
 * Tags whose contextual corrections we need: the name, date and pronoun tags text/ reads, and the noun tags
 * whose corrections take a name tag away ("the Sheriff", "White House"). compromise's post-tagger runs some 570
 * contextual patterns; those that set or remove only other tags (tense, adverbs, passives, units…) never change
 * what we read, and skipping them halves the tagging time.
 */
const CONTEXT_TAGS =
  /Person|FirstName|LastName|MaleName|FemaleName|Honorific|Place|Country|City|Region|Organization|ProperNoun|Acronym|Demonym|SportsTeam|Date|Month|WeekDay|Pronoun|Abbreviation|Actor|Noun|Singular|Plural|Unit|Value|Adverb/;

interface ContextPattern {
  tag?: unknown;
  unTag?: unknown;
}

{
  // compromise compiles its patterns on the first tagging call, so trimming the list here takes effect for the run.
  const model = (nlp as unknown as { model(): { two: { matches: ContextPattern[] } } }).model().two;
  model.matches = model.matches.filter(
    (pattern) => CONTEXT_TAGS.test(String(pattern.tag ?? '')) || CONTEXT_TAGS.test(String(pattern.unTag ?? '')),
  );
}

/** Tokens, tags and offsets of `text`, read straight off compromise's terms (cheaper than `.json()`). */
function tagTerms(text: string): CompromiseTerm[] {
  // nlp() runs `world.hooks`; swap in the shorter list for this synchronous call only.
  const allHooks = WORLD.hooks;
  WORLD.hooks = TAGGING_HOOKS;
  let view: ReturnType<typeof nlp>;
  try {
    view = nlp(text);
  } finally {
    WORLD.hooks = allHooks;
  }
  view.compute('offset');
  const terms: CompromiseTerm[] = [];
  for (const sentence of view.docs) {
    for (const term of sentence) {
      const offset = (term as { offset?: { start: number; length: number } }).offset;
      if (typeof term.text !== 'string' || !offset || !term.tags) continue;
      terms.push({ text: term.text, tags: term.tags, offset });
    }
  }
  return terms;
}

const LEXICON: Readonly<Record<string, string | string[]>> = (
  nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }
).model().one.lexicon;

export function lexiconTags(word: string): string[] {
  const entry = LEXICON[word.toLowerCase()];
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

/** A capitalised word that the dictionary knows as an ordinary word ("However", "Leaked", "The"). */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.length === 0) return false;
  return !tags.some((tag) => PROPER_TAGS.includes(tag));
}

/** A word the dictionary lists only as a noun ("Alma", "Rose"), never as a function word. */
export function isDictionaryNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'Uncountable');
}

export function hasTag(token: Token, ...tags: string[]): boolean {
  return tags.some((tag) => token.tags.has(tag));
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isDateWord(token: Token): boolean {
  return hasTag(token, 'Date', 'Month', 'WeekDay');
}

/** The longest stretch of text compromise tags at once (it slows down more than linearly on long runs). */
const CHUNK_LENGTH = 4000;

/** Runs of whole sentences, each at most CHUNK_LENGTH characters unless one sentence is longer alone. */
function sentenceChunks(sentences: Sentence[]): Array<[number, number]> {
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  const chunks: Array<[number, number]> = [];
  let start = ordered[0]?.start ?? 0;
  let end = start;
  for (const s of ordered) {
    if (s.end - start > CHUNK_LENGTH && end > start) {
      chunks.push([start, end]);
      start = s.start;
    }
    end = Math.max(end, s.end);
  }
  if (end > start) chunks.push([start, end]);
  return chunks;
}

/** Tokens of each sentence, tagged by compromise in chunks of whole sentences, with offsets into `doc.text`. */
export function tokenize(doc: Document, sentences: Sentence[]): Token[][] {
  const bySentence: Token[][] = sentences.map(() => []);
  if (sentences.length === 0) return bySentence;
  // compromise slows down more than linearly on long unpunctuated runs, so it reads the text in chunks of
  // whole sentences; offsets are shifted back into the document.
  const terms: CompromiseTerm[] = [];
  for (const [chunkStart, chunkEnd] of sentenceChunks(sentences)) {
    // Dashes joining words ("A–B call") become spaces of the same length so compromise splits them
    // while offsets stay valid.
    const slice = doc.text.slice(chunkStart, chunkEnd).replace(/[\u2013\u2014\u2012\u2015]/g, ' ');
    for (const term of tagTerms(slice)) terms.push({ ...term, offset: { ...term.offset, start: term.offset.start + chunkStart } });
  }
  const spanStart = 0;
  const order = sentences.map((s, i) => i).sort((a, b) => sentences[a]!.start - sentences[b]!.start);
  let cursor = 0;
  for (const term of terms) {
    let start = spanStart + term.offset.start;
    let end = start + term.offset.length;
    // Trust the text over compromise when they disagree (it trims some punctuation).
    const expected = doc.text.slice(start, end);
    if (expected !== term.text) {
      const found = doc.text.indexOf(term.text, Math.max(0, start - 3));
      if (found < 0 || found > start + 3) continue;
      start = found;
      end = found + term.text.length;
    }
    while (cursor < order.length && sentences[order[cursor]!]!.end <= start) cursor++;
    const sentenceIdx = order[cursor];
    if (sentenceIdx === undefined) break;
    const sentence = sentences[sentenceIdx]!;
    if (start < sentence.start || end > sentence.end) continue;
    let text = term.text;
    let possessive = false;
    const possessiveMatch = /^(.+?)(['’]s|(?<=s)['’])$/u.exec(text);
    if (possessiveMatch && isCapitalised(text)) {
      text = possessiveMatch[1]!;
      end = start + text.length;
      possessive = true;
    }
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    // compromise keeps some "Name-Name" words whole; split them so the pair rule can decide.
    const hyphenPair = /^(\p{Lu}[\p{L}'’]+)-(\p{Lu}[\p{L}'’]+)$/u.exec(text);
    if (hyphenPair) {
      const leftEnd = start + hyphenPair[1]!.length;
      bySentence[sentenceIdx]!.push(
        { start, end: leftEnd, text: hyphenPair[1]!, tags: term.tags, possessive: false, initial: false, gapAfter: '' },
        { start: leftEnd + 1, end, text: hyphenPair[2]!, tags: term.tags, possessive, initial: false, gapAfter: '' },
      );
      continue;
    }
    bySentence[sentenceIdx]!.push({
      start,
      end,
      text,
      tags: term.tags,
      possessive,
      initial: false,
      gapAfter: '',
    });
  }
  sentences.forEach((sentence, i) => {
    const tokens = bySentence[i]!;
    tokens.forEach((token, j) => {
      const next = tokens[j + 1];
      token.gapAfter = next ? doc.text.slice(token.end, next.start) : '';
      const before = j === 0 ? doc.text.slice(sentence.start, token.start) : tokens[j - 1]!.gapAfter;
      token.initial = j === 0 || /["“‘'(\[:•\-–—*]\s*$/u.test(before) || /^\s*[•*\-–—]\s*$/u.test(before);
    });
  });
  return bySentence;
}
