// What surrounds and makes up a name: honorifics, particles, suffixes, the nouns that make a capitalised run an
// organisation or a place. General English and transliteration knowledge, read by text (finding mentions, name
// keys) and resolve (merging entities). No name of any particular story.
import { subsetOf } from './subset.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './roles.js';

/** Honorifics and short forms that precede a name and are never part of it. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'rev', 'reverend', 'fr', 'father', 'sister', 'brother', 'sheikh', 'sheik', 'imam', 'rabbi', 'pope',
  'rep', 'sen', 'gov', 'gen', 'lt', 'col', 'capt', 'cmdr', 'adm', 'sgt', 'maj', 'pres', 'amb', 'hon', 'atty',
]);

/** Words that read like capitalised title parts but say when someone held a role: "Former", "Acting". */
export const ROLE_FILLERS: ReadonlySet<string> = new Set(['former', 'acting', 'then', 'ex', 'outgoing', 'incoming', 'late']);

/** A title word before a name: a role head, a role modifier, an honorific or a filler ("former"). */
export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || HONORIFICS.has(w) || ROLE_FILLERS.has(w);
}

/** The head of a title before a name: a role head or an honorific. */
export function isRoleHead(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return TITLE_HEADS.has(w) || HONORIFICS.has(w);
}

/**
 * Last words that make a capitalised sequence an organisation ("… News", "… Agency", "… Appliances"): the nouns
 * of news outlets, bodies of state, and the plural common nouns companies are named after.
 */
export const ORGANISATION_TAILS: ReadonlySet<string> = new Set([
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'observer',
  'review', 'magazine', 'press', 'daily', 'weekly', 'network', 'networks', 'media', 'broadcasting', 'radio',
  'tv', 'television', 'channel', 'wire', 'agency', 'fund', 'bank', 'ministry', 'department', 'office', 'bureau',
  'service', 'services', 'council', 'committee', 'commission', 'parliament', 'congress', 'senate', 'assembly',
  'court', 'party', 'union', 'alliance', 'coalition', 'league', 'federation', 'association', 'foundation',
  'institute', 'institution', 'university', 'college', 'school', 'academy', 'centre', 'center', 'company',
  'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'co', 'group', 'holdings', 'partners', 'capital',
  'airlines', 'airways', 'army', 'navy', 'forces', 'guard', 'police', 'organization', 'organisation',
  'authority', 'administration', 'government', 'cabinet', 'treasury', 'board', 'team', 'club', 'society', 'trust',
  'intelligence', 'directorate', 'secretariat', 'command', 'brigade', 'battalion', 'movement', 'front',
  'nations', 'courier', 'bulletin', 'dispatch', 'monitor', 'express', 'mirror', 'hospital', 'clinic',
  'appliances', 'motors', 'industries', 'systems', 'technologies', 'pharmaceuticals', 'foods', 'brands', 'stores',
  'labs', 'laboratories', 'solutions', 'enterprises', 'electronics', 'resources', 'logistics', 'materials',
  'chemicals', 'studios', 'records', 'ventures', 'insurance', 'bancorp', 'consortium', 'cooperative', 'firm',
  'freight', 'shipping', 'energy', 'mining', 'petroleum', 'railways', 'telecom', 'telecoms', 'pharma', 'utilities',
]);

/**
 * First words that make "<word> of …" an organisation ("Ministry of Defence", "Bank of England"): organisation
 * nouns that also lead a name, and a few that only lead one ("House of …", "Church of …", "Order of …").
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  ...subsetOf(ORGANISATION_TAILS, [
    'ministry', 'department', 'bank', 'university', 'office', 'bureau', 'council', 'committee', 'commission',
    'league', 'federation', 'association', 'institute', 'court', 'party', 'board',
  ]),
  'house', 'church', 'order',
]);

/** Generational suffixes that distinguish a father from a son: they stay in the name key. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);

/** Lower-case particles that sit inside names ("bin", "van der", "de la"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'bint', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la',
  'le', 'dos', 'das', 'ter', 'op', 'abu',
]);

/** Pronouns of one man, and of one woman (resolve/pronouns.ts matches them to a first name's gender). */
export const MASCULINE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
export const FEMININE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'herself']);

/** Third-person pronouns that refer to one person: text/mentions.ts finds them, resolve/pronouns.ts links them. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set([...MASCULINE_PRONOUNS, ...FEMININE_PRONOUNS]);

// What types a capitalised run (text/names/): the words that join a name, and the nouns and acronyms that make it
// an institution, an organisation or a place, or no name at all.

/** Words that may join the words of a name ("Bank of England", "Centre for …", "Marks & Co"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', '&']);

/**
 * Nouns for bodies of state that, capitalised on their own mid-sentence, name an institution ("Congress voted").
 * A capitalised common noun is otherwise no name at all.
 */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'congress', 'senate', 'parliament', 'cabinet', 'treasury', 'government', 'presidency', 'judiciary', 'legislature',
]);

/** Buildings and streets that stand for whoever sits in them when they speak or act ("the Marlow House said"). */
export const SEAT_NOUNS: ReadonlySet<string> = new Set(['house', 'palace', 'hall', 'street', 'hill', 'building', 'castle', 'mansion']);

/** First words of place names ("Port …", "Mount …", "Lake …"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'port', 'fort', 'mount', 'mt', 'lake', 'cape', 'saint', 'st', 'san', 'santa', 'sao', 'são', 'point', 'isle',
]);

/** Last words of place names ("… City", "… Island", "… Valley"). */
export const PLACE_TAILS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'island', 'islands', 'valley', 'bay', 'beach', 'county', 'province', 'district',
  'region', 'coast', 'river', 'mountains', 'hills', 'heights', 'springs', 'falls', 'harbour', 'harbor',
  'peninsula', 'strait', 'gulf', 'sea', 'ocean', 'desert', 'oblast', 'prefecture',
]);

/** Prepositions after which an unknown capitalised name is usually a place ("in Halvern", "near Port Vell"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'across', 'throughout']);

/** Words before "to" that make the name after it a destination ("ambassador to X", "flew to X"). */
export const DESTINATION_WORDS: ReadonlySet<string> = new Set([
  'ambassador', 'envoy', 'embassy', 'trip', 'visit', 'travelled', 'traveled', 'flew', 'returned', 'moved', 'exported', 'deported',
]);

/** Acronyms that name countries rather than organisations. */
export const PLACE_ACRONYMS: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK', 'GB']);

/** Lower-case nouns after a name that make it a news outlet or other organisation ("X newspaper"). */
export const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'newspaper', 'daily', 'magazine', 'broadcaster', 'channel', 'outlet', 'agency', 'network', 'tabloid',
  'website', 'company', 'firm', 'group', 'party', 'publication', 'weekly', 'shares', 'shareholders', 'stock',
  'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chairperson',
]);

/**
 * Of those, the nouns only a company owns, also after a possessive ("X's shares"); "X's party" or "X's company" may
 * belong to a person.
 */
export const CORPORATE_POSSESSIONS: ReadonlySet<string> = new Set(['shares', 'shareholders', 'stock']);

/** Words after "chief" that make a corporate title ("X chief executive Y"): X is then a company. */
export const CHIEF_TITLES: ReadonlySet<string> = new Set(['executive', 'financial', 'operating', 'technology']);

/** Lower-case nouns of a state that a nationality adjective qualifies ("the Omani foreign ministry"). */
export const STATE_NOUNS: ReadonlySet<string> = new Set([
  'government', 'foreign', 'ministry', 'officials', 'authorities', 'army', 'military', 'forces', 'troops', 'embassy',
  'delegation', 'mediators', 'negotiators', 'diplomats', 'border', 'capital', 'state', 'navy', 'police', 'citizens',
  'nationals', 'president', 'prime', 'king', 'emir', 'sultan', 'crown',
]);

/** Upper-case abbreviations that are not organisations: time zones and clock marks. */
export const NON_ENTITY_ACRONYMS: ReadonlySet<string> = new Set([
  'IST', 'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'CET', 'CEST', 'EET', 'EEST',
  'BST', 'MSK', 'AEST', 'AEDT', 'JST', 'KST', 'HKT', 'SGT', 'WIB', 'AM', 'PM', 'OK', 'TV', 'PS', 'NB', 'FAQ',
  'PDF', 'URL', 'AD', 'BC', 'CE', 'BCE', 'AI',
]);
