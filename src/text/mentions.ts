// Finds person, organisation and place mentions in a document's sentences.
// compromise supplies tokens and lexical tags (FirstName, Place, Organization...); general rules on top
// decide where a name starts and ends (titles, possessives, hyphenated pairs) and what type it has.
import nlp from 'compromise';
import type { Document, EntityType, Mention, Sentence } from '../types.js';
import {
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  acronymLetters,
  isRoleHead,
  isRoleWord,
  wordKey,
} from '../resolve/names.js';

// ───────────────────────────── lexicons (general English) ─────────────────────────────

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'she', 'her', 'himself', 'herself']);

/** Last words that make a capitalised sequence an organisation ("… News", "… Agency", "… Fund"). */
const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'gazette', 'chronicle', 'observer',
  'review', 'magazine', 'press', 'daily', 'weekly', 'network', 'networks', 'media', 'broadcasting', 'radio',
  'tv', 'television', 'channel', 'wire', 'agency', 'fund', 'bank', 'ministry', 'department', 'office', 'bureau',
  'service', 'services', 'council', 'committee', 'commission', 'parliament', 'congress', 'senate', 'assembly',
  'court', 'party', 'union', 'alliance', 'coalition', 'league', 'federation', 'association', 'foundation',
  'institute', 'institution', 'university', 'college', 'school', 'academy', 'centre', 'center', 'company',
  'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'co', 'group', 'holdings', 'partners', 'capital',
  'bank', 'airlines', 'airways', 'army', 'navy', 'forces', 'guard', 'police', 'organization', 'organisation',
  'authority', 'administration', 'government', 'cabinet', 'treasury', 'board', 'team', 'club', 'society', 'trust',
  'fbi', 'intelligence', 'directorate', 'secretariat', 'command', 'brigade', 'battalion', 'movement', 'front',
]);

/** First words that make "<word> of …" an organisation ("Ministry of Defence", "Bank of England"). */
const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'bank', 'university', 'office', 'bureau', 'council', 'committee', 'commission',
  'house', 'league', 'federation', 'association', 'institute', 'court', 'party', 'board', 'church', 'order',
]);

/** Generic institution names that stand for a government ("the Kremlin") and are never people. */
const INSTITUTIONS: ReadonlySet<string> = new Set([
  'kremlin', 'white house', 'pentagon', 'downing street', 'elysee', 'élysée', 'state department', 'congress',
  'senate', 'parliament', 'supreme court', 'united nations', 'european union', 'european commission',
  'vatican', 'knesset', 'bundestag', 'duma', 'state duma', 'politburo', 'whitehall', 'capitol', 'capitol hill',
  'treasury', 'foreign office', 'home office', 'cabinet', 'interpol', 'europol',
]);

/** Acronyms that name countries rather than organisations. */
const PLACE_ACRONYMS: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK', 'GB']);

/** Lower-case nouns after a name that make it a news outlet or other organisation ("X newspaper"). */
const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'newspaper', 'daily', 'magazine', 'broadcaster', 'channel', 'outlet', 'agency', 'network', 'tabloid',
  'website', 'company', 'firm', 'group', 'party', 'publication', 'weekly',
]);

/** Verbs that, right after an unknown capitalised word, suggest an actor ("Smith said"). */
const ACTOR_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'stated', 'wrote', 'writes', 'posted', 'claimed', 'claims',
  'denied', 'denies', 'confirmed', 'confirms', 'urged', 'suggested', 'met', 'called', 'asked', 'argued',
  'insisted', 'warned', 'noted', 'explained', 'replied', 'tweeted', 'accused', 'admitted', 'acknowledged',
  'announced', 'dismissed', 'described', 'spoke', 'speaks', 'advised', 'recalled', 'responded', 'himself',
  'herself', 'who',
]);

/** compromise tags that mark a word as (part of) a name rather than a common word. */
const PROPER_TAGS = [
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City',
  'Region', 'Organization', 'ProperNoun', 'Acronym', 'Demonym',
];

const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', '&']);

/** Roles that serve a person ("the X envoy", "an X aide"): the X before them is that person. */
const PRINCIPAL_ROLES: ReadonlySet<string> = new Set([
  'envoy', 'aide', 'adviser', 'advisor', 'ally', 'loyalist', 'spokesman', 'spokeswoman', 'spokesperson', 'confidant',
]);

/** Endings of abstract English nouns ("Negotiations", "Policy"): such words are not surnames. */
const COMMON_NOUN_ENDING = /(?:tions?|sions?|ments?|ness|ity|ities|ance|ence|ship|ism|ology|ics|ture|ings?|acy|ncy|ies)$/i;

/** Upper-case abbreviations that are not organisations: time zones and clock marks. */
const NON_ENTITY_ACRONYMS: ReadonlySet<string> = new Set([
  'IST', 'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'CET', 'CEST', 'EET', 'EEST',
  'BST', 'MSK', 'AEST', 'AEDT', 'JST', 'KST', 'HKT', 'SGT', 'WIB', 'AM', 'PM', 'OK', 'TV', 'PS', 'NB', 'FAQ',
  'PDF', 'URL', 'AD', 'BC', 'CE', 'BCE', 'AI',
]);

/** Nationality adjectives ("Russian", "British"): they describe, they do not name. */
function isDemonym(token: Token): boolean {
  if (hasTag(token, 'Demonym') || lexiconTags(token.text).includes('Demonym')) return true;
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
function tokenize(doc: Document, sentences: Sentence[]): Token[][] {
  const bySentence: Token[][] = sentences.map(() => []);
  if (sentences.length === 0) return bySentence;
  const spanStart = Math.min(...sentences.map((s) => s.start));
  const spanEnd = Math.max(...sentences.map((s) => s.end));
  // Dashes joining words ("A–B call") become spaces of the same length so compromise splits them
  // while offsets stay valid.
  const slice = doc.text.slice(spanStart, spanEnd).replace(/[\u2013\u2014\u2012\u2015]/g, ' ');
  const terms = tagTerms(slice);
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
  orgWords: Set<string>;
  placeWords: Set<string>;
}

function emptyKnowledge(): DocKnowledge {
  return { personWords: new Set(), personFull: new Set(), orgWords: new Set(), placeWords: new Set() };
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

function isInstitution(tokens: Token[]): boolean {
  return INSTITUTIONS.has(tokens.map((t) => t.text.toLowerCase()).join(' '));
}

function isOrgByForm(tokens: Token[], following: Token | undefined): boolean {
  const last = tokens[tokens.length - 1]!;
  const first = tokens[0]!;
  if (isInstitution(tokens)) return true;
  if (tokens.length > 1 && ORG_SUFFIXES.has(last.text.toLowerCase())) return true;
  if (tokens.length > 2 && ORG_HEADS.has(first.text.toLowerCase()) && tokens[1]!.text.toLowerCase() === 'of') return true;
  if (following && ORG_NOUNS_AFTER.has(following.text.toLowerCase()) && !isCapitalised(following.text)) return true;
  return false;
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

  if (single && isDemonym(single)) return null;
  if (isInstitution(tokens)) return { tokens, type: 'organization', strong: true };
  // Digits belong to outlet brands, models and codes, not to people or places we can resolve.
  if (tokens.some((t) => /\d/.test(t.text))) return null;
  // Names shouted in capitals (photo credits, bylines) are not reliable unless already known.
  if (tokens.length > 1 && tokens.every((t) => t.text === t.text.toUpperCase()) && !ctx.known.personFull.has(key)) return null;
  const placeLike = tokens.some((t) => hasTag(t, 'Country', 'City', 'Region', 'Place')) ||
    (single !== null && PLACE_ACRONYMS.has(acronymLetters(single.text) ?? ''));
  if (tokens.length > 1 && ORG_SUFFIXES.has(tokens[tokens.length - 1]!.text.toLowerCase())) {
    return { tokens, type: 'organization', strong: true };
  }
  if (!placeLike && isOrgByForm(tokens, following)) return { tokens, type: 'organization', strong: true };

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
  const knownPerson = ctx.known.personFull.has(key) || (single !== null && ctx.known.personWords.has(key));
  const knownOrg = single !== null && ctx.known.orgWords.has(key);
  const knownPlace = ctx.known.placeWords.has(key);

  if (ctx.titled || firstNameStart) return { tokens, type: 'person', strong: true };
  if (placeTagged && !personTagged) return { tokens, type: 'place', strong: true };
  if (orgTagged && !personTagged && !knownPerson) return { tokens, type: 'organization', strong: true };
  if (knownPerson) return { tokens, type: 'person', strong: false };
  // People do not take the article: "the Guardian", "the Wall Street Journal".
  const attributive = following !== undefined && /^\p{Ll}/u.test(following.text) && hasTag(following, 'Noun') &&
    /^\s+$/.test(tokens[tokens.length - 1]!.gapAfter);
  if (ctx.determined && !placeTagged && !attributive) return { tokens, type: 'organization', strong: false };
  if (knownOrg) return { tokens, type: 'organization', strong: false };
  if (knownPlace) return { tokens, type: 'place', strong: false };
  if (appositionSaysPerson(ctx.sentenceTokens, ctx.lastIndex)) return { tokens, type: 'person', strong: true };
  if (placeTagged && !tokens.some((t) => hasTag(t, 'FirstName'))) return { tokens, type: 'place', strong: false };
  if (personTagged) return { tokens, type: 'person', strong: tokens.length > 1 };
  if (orgTagged) return { tokens, type: 'organization', strong: false };
  const unknownWords = tokens.every((t) => !isCommonWord(t.text) && !COMMON_NOUN_ENDING.test(t.text));
  const followingWord = following?.text.toLowerCase() ?? '';
  const actorNext = following !== undefined && ACTOR_VERBS.has(followingWord) && /^\s+$/.test(tokens[tokens.length - 1]!.gapAfter);
  if (tokens.length >= 2 && tokens.length <= 4 && unknownWords && !tokens[0]!.initial) {
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

function candidatesInSentence(tokens: Token[], known: DocKnowledge, sentence: Sentence): Candidate[] {
  const titleCase = sentence.blockKind === 'heading' || isTitleCase(tokens, sentence.text);
  const upperCase = isMostlyUpperCase(tokens);
  const results: Candidate[] = [];
  for (const run of capitalisedRuns(tokens)) {
    for (const part of splitHyphenPairs(run, tokens, known)) {
      results.push(...analyseRun(part, tokens, known, titleCase, upperCase));
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
    return known.personWords.has(k) || known.orgWords.has(k) || known.placeWords.has(k);
  };
  // Sentence-initial ordinary words ("However", "The", "Leaked") and a leading "The".
  while (tokens.length > 0) {
    const head = tokens[0]!;
    const lower = head.text.toLowerCase();
    const initialCommon =
      head.initial && isCommonWord(head.text) && !isKnownWord(head) && !hasTag(head, 'Honorific') && !isRoleWord(head.text) &&
      // "Jean-Pierre", "Grace Okafor": a first name joined to a following name is not an ordinary word.
      !(head.gapAfter === '-' && tokens.length > 1) &&
      !(hasTag(head, 'FirstName') && tokens.length > 1 && !isCommonWord(tokens[1]!.text));
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
      // "Director of National Intelligence Richard Grenell": the name begins at a first name if one is there.
      const firstNameAt = rest.findIndex((t) => hasTag(t, 'FirstName'));
      if (rest.length > 1 && firstNameAt > 0 && rest.length - firstNameAt >= 2) rest = rest.slice(firstNameAt);
      const ofSplit = prefix.findIndex((t) => t.text.toLowerCase() === 'of');
      if (prefix.length > 0 && ofSplit !== 0) {
        results.push(...analyseRun(ofSplit > 0 ? prefix.slice(0, ofSplit) : prefix, sentenceTokens, known, titleCase, upperCase));
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
  if (tokens.length > 1) results.push(...knownSubNames(tokens, known));
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
      else if (length > 1 && isInstitution(part)) type = 'organization';
      else if (length === 2 && hasTag(head, 'FirstName') && !isCommonWord(part[1]!.text) && !isDemonym(part[1]!)) type = 'person';
      else if (length === 1 && known.personWords.has(key)) type = 'person';
      else if (length === 1 && known.placeWords.has(key)) type = 'place';
      else if (length === 1 && known.orgWords.has(key) && !isCommonWord(head.text)) type = 'organization';
      else if (length === 1 && isInstitution(part)) type = 'organization';
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
  if (candidate.tokens.some(isDemonym)) return;
  if (candidate.type === 'person') {
    if (keys.length > 1) known.personFull.add(keys.join(' '));
    // Surnames (and single-word names) identify a person alone; first names do not.
    const last = keys[keys.length - 1];
    if (last) known.personWords.add(last);
  } else if (candidate.type === 'organization') {
    if (keys.length === 1) known.orgWords.add(keys[0]!);
    else if (candidate.tokens.length > 1) known.orgWords.add(keys[0]!);
  } else if (candidate.type === 'place') {
    if (keys.length === 1) known.placeWords.add(keys[0]!);
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
  const known = emptyKnowledge();
  tokensBySentence.forEach((tokens, i) => {
    for (const candidate of candidatesInSentence(tokens, emptyKnowledge(), sentences[i]!)) {
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
    mentions.push(...found);
  });
  return mentions;
}
