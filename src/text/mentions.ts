// Finds person, organisation and place mentions in a document's sentences.
// compromise supplies tokens and lexical tags (FirstName, Place, Organization...); general rules on top
// decide where a name starts and ends (titles, possessives, hyphenated pairs) and what type it has.
import nlp from 'compromise';
import type { Document, EntityType, Mention, Sentence } from '../types.js';
import {
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ORGANISATION_HEADS,
  ORGANISATION_TAILS,
  PERSON_PRONOUNS,
  isRoleHead,
  isRoleWord,
} from '../lexicon/names.js';
import { ACTOR_WORDS, PUBLIC_ACT_VERBS } from '../lexicon/reporting-verbs.js';
import { SERVING_ROLES } from '../lexicon/roles.js';
import { acronymLetters, wordKey } from './names.js';

// ───────────────────────────── lexicons (general English) ─────────────────────────────

/** Last words that make a capitalised sequence an organisation ("… News", "… Agency", "… Appliances"). */
const ORG_SUFFIXES: ReadonlySet<string> = ORGANISATION_TAILS;

/**
 * Nouns for bodies of state that, capitalised on their own mid-sentence, name an institution ("Congress voted").
 * A capitalised common noun is otherwise no name at all.
 */
const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'congress', 'senate', 'parliament', 'cabinet', 'treasury', 'government', 'presidency', 'judiciary', 'legislature',
]);

/** Buildings and streets that stand for whoever sits in them when they speak or act ("the Marlow House said"). */
const SEAT_NOUNS: ReadonlySet<string> = new Set(['house', 'palace', 'hall', 'street', 'hill', 'building', 'castle', 'mansion']);

/** First words of place names ("Port …", "Mount …", "Lake …"). */
const PLACE_HEADS: ReadonlySet<string> = new Set([
  'port', 'fort', 'mount', 'mt', 'lake', 'cape', 'saint', 'st', 'san', 'santa', 'sao', 'são', 'point', 'isle',
]);

/** Last words of place names ("… City", "… Island", "… Valley"). */
const PLACE_TAILS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'island', 'islands', 'valley', 'bay', 'beach', 'county', 'province', 'district',
  'region', 'coast', 'river', 'mountains', 'hills', 'heights', 'springs', 'falls', 'harbour', 'harbor',
  'peninsula', 'strait', 'gulf', 'sea', 'ocean', 'desert', 'oblast', 'prefecture',
]);

/** Prepositions after which an unknown capitalised name is usually a place ("in Halvern", "near Port Vell"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'across', 'throughout']);

/** Words before "to" that make the name after it a destination ("ambassador to X", "flew to X"). */
const DESTINATION_WORDS: ReadonlySet<string> = new Set([
  'ambassador', 'envoy', 'embassy', 'trip', 'visit', 'travelled', 'traveled', 'flew', 'returned', 'moved', 'exported', 'deported',
]);

/** Words that may stand between a subject and its verb ("X on Wednesday dismissed", "X has also said"). */
const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set([
  'on', 'last', 'this', 'late', 'early', 'has', 'have', 'had', 'also', 'later', 'earlier', 'again', 'previously',
  'recently', 'yesterday', 'today', 'now', 'then', 'quickly', 'swiftly', 'publicly', 'formally', 'officially',
]);

/** Verbs that make the name before them the one that speaks or acts publicly ("X dismissed", "X announced"). */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(PUBLIC_ACT_VERBS);

/** First words that make "<word> of …" an organisation ("Ministry of Defence", "Bank of England"). */
const ORG_HEADS: ReadonlySet<string> = ORGANISATION_HEADS;

/** Acronyms that name countries rather than organisations. */
const PLACE_ACRONYMS: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK', 'GB']);

/** Lower-case nouns after a name that make it a news outlet or other organisation ("X newspaper"). */
const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'newspaper', 'daily', 'magazine', 'broadcaster', 'channel', 'outlet', 'agency', 'network', 'tabloid',
  'website', 'company', 'firm', 'group', 'party', 'publication', 'weekly', 'shares', 'shareholders', 'stock',
  'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chairperson',
]);

/**
 * Of those, the nouns only a company owns, also after a possessive ("X's shares"); "X's party" or "X's company" may
 * belong to a person.
 */
const CORPORATE_POSSESSIONS: ReadonlySet<string> = new Set(['shares', 'shareholders', 'stock']);

/** Words after "chief" that make a corporate title ("X chief executive Y"): X is then a company. */
const CHIEF_TITLES: ReadonlySet<string> = new Set(['executive', 'financial', 'operating', 'technology']);

/** Verbs that, right after an unknown capitalised word, suggest an actor ("Smith said"). */
const ACTOR_VERBS: ReadonlySet<string> = new Set(ACTOR_WORDS);

/** compromise tags that mark a word as (part of) a name rather than a common word. */
const PROPER_TAGS = [
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City',
  'Region', 'Organization', 'ProperNoun', 'Acronym', 'Demonym',
];

const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', '&']);

/** Roles that serve a person ("the X envoy", "an X aide"): the X before them is that person. */
const PRINCIPAL_ROLES: ReadonlySet<string> = SERVING_ROLES;

/** Endings of abstract English nouns ("Negotiations", "Policy"): such words are not surnames. */
const COMMON_NOUN_ENDING = /(?:tions?|sions?|ments?|ness|ity|ities|ance|ence|ship|ism|ology|ics|ture|ings?|acy|ncy|ies)$/i;

/** Lower-case nouns of a state that a nationality adjective qualifies ("the Omani foreign ministry"). */
const STATE_NOUNS: ReadonlySet<string> = new Set([
  'government', 'foreign', 'ministry', 'officials', 'authorities', 'army', 'military', 'forces', 'troops', 'embassy',
  'delegation', 'mediators', 'negotiators', 'diplomats', 'border', 'capital', 'state', 'navy', 'police', 'citizens',
  'nationals', 'president', 'prime', 'king', 'emir', 'sultan', 'crown',
]);

/** Upper-case abbreviations that are not organisations: time zones and clock marks. */
const NON_ENTITY_ACRONYMS: ReadonlySet<string> = new Set([
  'IST', 'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'CET', 'CEST', 'EET', 'EEST',
  'BST', 'MSK', 'AEST', 'AEDT', 'JST', 'KST', 'HKT', 'SGT', 'WIB', 'AM', 'PM', 'OK', 'TV', 'PS', 'NB', 'FAQ',
  'PDF', 'URL', 'AD', 'BC', 'CE', 'BCE', 'AI',
]);

/** Nationality adjectives ("British", "Kenyan", or "Varenian" beside "Varenia"): they describe, they do not name. */
function isDemonym(token: Token, known?: DocKnowledge): boolean {
  if (hasTag(token, 'Demonym') || lexiconTags(token.text).includes('Demonym')) return true;
  if (known?.demonyms.has(wordKey(token.text))) return true;
  return /^\p{Lu}\p{Ll}+ish$/u.test(token.text) && !hasTag(token, 'Organization', 'Person');
}

// ───────────────────────────── tokens ─────────────────────────────

interface Token {
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
 * Tags whose contextual corrections we need: the name, date and pronoun tags this module reads, and the noun tags
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

function lexiconTags(word: string): string[] {
  const entry = LEXICON[word.toLowerCase()];
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

/** A capitalised word that the dictionary knows as an ordinary word ("However", "Leaked", "The"). */
function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.length === 0) return false;
  return !tags.some((tag) => PROPER_TAGS.includes(tag));
}

/** A word the dictionary lists only as a noun ("Alma", "Rose"), never as a function word. */
function isDictionaryNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'Uncountable');
}

function hasTag(token: Token, ...tags: string[]): boolean {
  return tags.some((tag) => token.tags.has(tag));
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isDateWord(token: Token): boolean {
  return hasTag(token, 'Date', 'Month', 'WeekDay');
}

/** Tokenises the span covered by `sentences` with one compromise pass, then assigns tokens to sentences. */
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

function tokenize(doc: Document, sentences: Sentence[]): Token[][] {
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

// ───────────────────────────── candidates ─────────────────────────────

interface Candidate {
  tokens: Token[];
  type: EntityType | null;
  /** How sure the type is: strong candidates teach the document its names. */
  strong: boolean;
}

/** What a first pass learned about a document's names (word keys). */
interface DocKnowledge {
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
function certainKnowledge(known: DocKnowledge): DocKnowledge {
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

function tokensKey(tokens: Token[]): string {
  return tokens.map((t) => wordKey(t.text)).join(' ');
}

/**
 * True when most ordinary words of the sentence are capitalised: a headline or title-case line.
 * Names are left out of the count so that a caption full of names is not mistaken for a headline.
 */
function isTitleCase(tokens: Token[], sentenceText: string): boolean {
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

function isMostlyUpperCase(tokens: Token[]): boolean {
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
function capitalisedRuns(tokens: Token[]): Token[][] {
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
  if (tokens.length > 1 && ORG_SUFFIXES.has(last.text.toLowerCase())) return true;
  if (tokens.length > 2 && ORG_HEADS.has(first.text.toLowerCase()) && tokens[1]!.text.toLowerCase() === 'of') return true;
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

interface ClassifyContext {
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

function classify(tokens: Token[], ctx: ClassifyContext): Candidate | null {
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
  if (tokens.length > 1 && ORG_SUFFIXES.has(tokens[tokens.length - 1]!.text.toLowerCase())) {
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
    single && !single.initial && following && PRINCIPAL_ROLES.has(following.text.toLowerCase()) &&
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

/** Splits "Smith-Jones" into two names when both halves are names on their own. */
function splitHyphenPairs(run: Token[], sentenceTokens: Token[], known: DocKnowledge): Token[][] {
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

/** An ALL-CAPS place opening a story: "PORT ALMIRA, Nerasca (Meridian Wire) - ", "VIENNA, July 8, 2027 - ". */
const DATELINE =
  /^(\p{Lu}[\p{Lu}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{Lu}'’.-]*){0,3})((?:,[ \u00a0]*[^,()\-–—\n]{1,40}){0,3})(?:[ \u00a0]*\([^()\n]{1,60}\))?[ \u00a0]*[-–—][ \u00a0]+\S/u;
const DATELINE_PART = /,[ \u00a0]*([^,()\-–—\n]{1,40})/gu;
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** Tokens of the places a dateline names: the city and, after commas, its region or country (not a date). */
function datelinePlaces(tokens: Token[], sentence: Sentence): Token[][] {
  const match = DATELINE.exec(sentence.text);
  if (!match) return [];
  const city = match[1]!;
  const cityWords = city.split(/[ \u00a0]+/);
  const lastWord = cityWords[cityWords.length - 1]!;
  // "BREAKING - …", "UPDATE - …": a label in capitals, not a place.
  if (city.replace(/[^\p{L}]/gu, '').length < 3 || isCommonWord(lastWord) || /ING$/.test(lastWord)) return [];
  const ranges: Array<[number, number]> = [[0, city.length]];
  const regions = match[2] ?? '';
  for (const part of regions.matchAll(DATELINE_PART)) {
    const text = part[1]!.trim();
    if (!CAPITALISED_WORDS.test(text)) continue;
    const start = city.length + (part.index ?? 0) + part[0].indexOf(text);
    ranges.push([start, start + text.length]);
  }
  const places: Token[][] = [];
  for (const [from, to] of ranges) {
    const inside = tokens.filter((t) => t.start >= sentence.start + from && t.end <= sentence.start + to);
    if (inside.length > 0 && !inside.some(isDateWord)) places.push(inside);
  }
  return places;
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

function isGivenName(word: string): boolean {
  return lexiconTags(word).some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName' || tag === 'Person');
}

/**
 * What a document states for certain about places before any guessing: the places of its datelines, and a place
 * named beside its demonym ("Varenia" and "the Varenian minister").
 */
function certainFacts(tokensBySentence: Token[][], sentences: Sentence[]): DocKnowledge {
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
function learnOutlet(known: DocKnowledge, doc: Document): void {
  const words = (doc.outlet?.value ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w.toLowerCase() !== 'the');
  if (words.length < 2 || words.length > 5) return;
  const keys = words.map(wordKey);
  known.outletFull.add(keys.join(' '));
  known.outletWords.add(keys[keys.length - 1]!);
}

function candidatesInSentence(tokens: Token[], known: DocKnowledge, sentence: Sentence): Candidate[] {
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

function learn(known: DocKnowledge, candidate: Candidate): void {
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

// ───────────────────────────── public API ─────────────────────────────

/**
 * People, organisations and places mentioned in each sentence, with offsets into `doc.text`.
 * Pronouns that can refer to a person are returned too (`pronoun: true`) for the resolve stage.
 */
export function findMentions(doc: Document, sentences: Sentence[]): Mention[] {
  const tokensBySentence = tokenize(doc, sentences);

  // Pass 1 learns the document's names from strong evidence; pass 2 uses them everywhere,
  // including headlines and sentence starts where capitals prove nothing.
  const certain = certainFacts(tokensBySentence, sentences);
  learnOutlet(certain, doc);
  const known = certainKnowledge(certain);
  const firstPass = certainKnowledge(certain);
  tokensBySentence.forEach((tokens, i) => {
    for (const candidate of candidatesInSentence(tokens, firstPass, sentences[i]!)) {
      if (candidate.strong) learn(known, candidate);
    }
  });
  tokensBySentence.forEach((tokens, i) => {
    for (const candidate of candidatesInSentence(tokens, known, sentences[i]!)) learn(known, candidate);
  });

  const mentions: Mention[] = [];
  tokensBySentence.forEach((tokens, i) => {
    const sentence = sentences[i]!;
    const found: Mention[] = [];
    for (const candidate of candidatesInSentence(tokens, known, sentences[i]!)) {
      if (!candidate.type) continue;
      const first = candidate.tokens[0]!;
      const last = candidate.tokens[candidate.tokens.length - 1]!;
      // "Jr." and "U.S." keep their final period.
      const keepsPeriod =
        last.gapAfter.startsWith('.') &&
        doc.text[last.end] === '.' &&
        (NAME_SUFFIXES.has(last.text.toLowerCase()) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(last.text));
      const end = keepsPeriod ? last.end + 1 : last.end;
      found.push({
        docId: doc.id,
        sentenceIndex: sentence.index,
        start: first.start,
        end,
        text: doc.text.slice(first.start, end),
        type: candidate.type,
      });
    }
    for (const token of tokens) {
      if (PERSON_PRONOUNS.has(token.text.toLowerCase()) && !found.some((m) => m.start <= token.start && token.end <= m.end)) {
        found.push({
          docId: doc.id,
          sentenceIndex: sentence.index,
          start: token.start,
          end: token.end,
          text: doc.text.slice(token.start, token.end),
          type: 'person',
          pronoun: true,
        });
      }
    }
    found.sort((a, b) => a.start - b.start);
    // A loop: one huge sentence can hold more mentions than a call may take arguments.
    for (const mention of found) mentions.push(mention);
  });
  return mentions;
}
