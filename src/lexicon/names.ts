// What surrounds and makes up a name: honorifics, particles, suffixes, the nouns that make a capitalised run an
// organisation. General English and transliteration knowledge, read by text (finding mentions, name keys) and
// resolve (merging entities). No name of any particular story.
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
