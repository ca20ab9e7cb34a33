// Roles and titles ("special envoy", "Deputy Foreign Minister", "a close ally"). Two stages read them for two jobs:
// - names (text/names.ts, text/mentions.ts, resolve/): a run of title words before a name is a title, not part
//   of the name, and is stripped ("President Jane Roe" → "Jane Roe");
// - the role extractor (extract/roles.ts) reports "X, a close ally of Y" as a role assertion.
// The head nouns both want are one list; each job adds its own named list, so a word is written once.
import { subsetOf } from './subset.js';

/** Head nouns of roles and titles that both stripping titles and reporting roles use. */
const ROLE_HEADS_SHARED: readonly string[] = [
  'president', 'minister', 'secretary', 'director', 'envoy', 'adviser', 'advisor', 'aide', 'spokesman',
  'spokeswoman', 'spokesperson', 'representative', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'governor',
  'mayor', 'chief', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chair', 'head', 'official', 'ambassador',
  'diplomat', 'commander', 'general', 'leader', 'journalist', 'reporter', 'editor', 'analyst', 'officer',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'judge', 'attorney', 'lawyer', 'founder', 'co-founder',
  'executive', 'economist', 'negotiator', 'counsel', 'strategist', 'professor', 'researcher', 'correspondent',
  'republican', 'democrat', 'speaker', 'premier', 'emir', 'commissioner', 'prosecutor', 'administrator', 'deputy',
  'columnist', 'author', 'manager', 'inspector', 'marshal', 'admiral', 'colonel', 'captain', 'sergeant',
  'lieutenant', 'member', 'candidate', 'nominee', 'cardinal', 'bishop', 'activist', 'investor', 'billionaire',
  'businessman', 'businesswoman', 'tycoon', 'oligarch', 'operative', 'agent', 'spy', 'staffer',
];

/**
 * Heads that title a name ("Coach Smith", "Sheriff Jones", "Prime Minister …") but that the role extractor does
 * not report as a role.
 */
const TITLE_ONLY_HEADS: readonly string[] = [
  'vice-president', 'secretary-general', 'sultan', 'monarch', 'major', 'chairperson', 'cto', 'justice', 'host',
  'anchor', 'writer', 'scientist', 'dean', 'pastor', 'archbishop', 'cleric', 'mediator', 'emissary', 'consul',
  'attaché', 'attache', 'counselor', 'counsellor', 'president-elect', 'whip', 'delegate', 'sheriff',
  'chief-of-staff', 'prime', 'coach', 'player', 'star', 'singer', 'actor', 'actress', 'ruler', 'dictator',
];

/**
 * Relations and descriptions the role extractor reports ("X, a close ally", "his son-in-law X", "an expert") but
 * that are not stripped from a name as a title. ("sheikh", "pope", "rabbi", "imam" are honorifics on the name
 * side: see HONORIFICS in lexicon/names.ts.)
 */
const ROLE_ONLY_HEADS: readonly string[] = [
  'sheikh', 'undersecretary', 'under-secretary', 'coordinator', 'consultant', 'commentator', 'owner', 'partner',
  'mp', 'mep', 'legislator', 'pope', 'rabbi', 'imam', 'dealmaker', 'confidant', 'ally', 'critic', 'son-in-law',
  'daughter', 'son', 'wife', 'husband', 'whistleblower', 'historian', 'scholar', 'fellow', 'expert', 'specialist',
  'veteran',
];

/** Head nouns of titles: a run of role words directly before a name is a title, not part of the name. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([...ROLE_HEADS_SHARED, ...TITLE_ONLY_HEADS]);

/** Head nouns of a role the role extractor reports ("special envoy", "Deputy Foreign Minister", "close ally"). */
export const ROLE_NOUNS: readonly string[] = [...ROLE_HEADS_SHARED, ...ROLE_ONLY_HEADS];

/** Words that qualify a role head in both jobs ("Deputy Foreign", "special", "top senior foreign policy"). */
const ROLE_MODIFIERS_SHARED: readonly string[] = [
  'acting', 'deputy', 'senior', 'special', 'top', 'chief', 'presidential', 'foreign', 'policy', 'economic',
  'national', 'security', 'investment', 'peace', 'state', 'vice', 'assistant', 'associate', 'interim', 'longtime',
  'veteran', 'junior', 'trade', 'defence', 'defense', 'intelligence', 'military', 'political', 'press',
  'communications', 'executive', 'general', 'managing', 'energy', 'finance', 'justice', 'health', 'interior', 'high',
  'regional', 'federal', 'opposition', 'cabinet', 'lead', 'personal',
];

/** Portfolio and office words that qualify a title before a name ("Education Secretary", "Supreme Leader"). */
const TITLE_ONLY_MODIFIERS: readonly string[] = [
  'principal', 'home', 'treasury', 'economy', 'prime', 'education', 'labour', 'labor', 'agriculture', 'transport',
  'culture', 'digital', 'legal', 'public', 'majority', 'minority', 'government', 'campaign', 'district', 'supreme',
];

/**
 * What a reported role phrase may hold besides its head: status words ("former", "newly appointed"), judgements
 * ("close", "trusted") and the connectives of long titles ("Minister for Foreign Affairs and Cooperation"). Status
 * words before a name are ROLE_FILLERS on the name side (lexicon/names.ts).
 */
const ROLE_PHRASE_ONLY_MODIFIERS: readonly string[] = [
  'former', 'missions', 'mission', 'outgoing', 'incoming', 'long-time', 'leading', 'prominent', 'key', 'close',
  'retired', 'then', 'newly', 'appointed', 'elected', 'station', 'and', 'of', 'for', 'affairs', 'relations',
  'climate', 'cooperation', 'with', 'countries', 'high-ranking', 'ranking', 'party', 'ruling', 'co', 'head', 'main',
  'trusted', 'informal', 'unofficial',
];

/** Words that qualify a title head before a name. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([...ROLE_MODIFIERS_SHARED, ...TITLE_ONLY_MODIFIERS]);

/** Modifiers that may lead or fill a reported role ("former", "acting", "senior"). Capitalised words are accepted anyway. */
export const ROLE_MODIFIERS: readonly string[] = [...ROLE_MODIFIERS_SHARED, ...ROLE_PHRASE_ONLY_MODIFIERS];

/** Roles that serve a person ("the X envoy", "an X aide"): the name before them is that person (text/names/classify.ts). */
export const SERVING_ROLES: ReadonlySet<string> = new Set([
  ...subsetOf(ROLE_NOUNS, ['envoy', 'aide', 'adviser', 'advisor', 'ally', 'spokesman', 'spokeswoman', 'spokesperson', 'confidant']),
  'loyalist',
]);

/**
 * Words before a noun that "<Name> envoy <Name>" or "<Name>'s aide" may carry (extract/events.ts): the name
 * before them qualifies someone else and takes no part in the event.
 */
const QUALIFIED_NOUN_MODIFIERS: readonly string[] = [
  'peace', 'special', 'presidential', 'senior', 'top', 'chief', 'foreign-policy', 'foreign policy', 'foreign',
  'economic', 'investment', 'national security', 'security', 'press', 'communications', 'deputy', 'former', 'acting',
  'key', 'most senior', 'own', 'top senior', 'lead', 'main', 'personal', 'official',
];

/**
 * Nouns after a name that make the name a qualifier, not a participant: the people and bodies that serve
 * someone, and what belongs to someone ("X envoy", "X's plan", "the X administration", "X's reputation").
 */
const QUALIFIED_NOUNS: readonly string[] = [
  'envoy', 'envoys', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman',
  'spokesperson', 'official', 'officials', 'administration', 'admin', 'government', 'son-in-law', 'daughter', 'son',
  'wife', 'husband', 'boss', 'team', 'lawyer', 'lawyers', 'minister', 'secretary', 'ambassador', 'counterpart',
  'representative', 'negotiator', 'ally', 'allies', 'campaign', 'department', 'office', 'staff', 'cabinet', 'regime',
  'forces', 'army', 'military', 'peace plan', 'plan', 'deal', 'proposal', 'position', 'role', 'reputation', 'conduct',
  'approach', 'request', 'side', 'camp',
];

/** A qualified noun right after a name ("<Name> envoy", "'s senior aide"): the name is a modifier. */
export const QUALIFIED_NOUN = new RegExp(`^\\s*(?:(?:${QUALIFIED_NOUN_MODIFIERS.join('|')})\\s+)*(?:${QUALIFIED_NOUNS.join('|')})\\b`, 'i');
