// General words for provenance (src/resolve/provenance.ts): who is credited as a source. No names of outlets, people or places.
import { MONTHS, WEEKDAYS } from './calendar.js';

/** Group nouns a capitalised adjective may qualify ("told Russian media"): such a phrase names no one source. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'media', 'press', 'officials', 'official', 'sources', 'source', 'reporters', 'journalists', 'outlets', 'outlet',
  'newspapers', 'newspaper', 'papers', 'television', 'tv', 'radio', 'agencies', 'agency', 'diplomats', 'lawmakers',
  'authorities', 'intelligence', 'government', 'state', 'news', 'broadcaster', 'broadcasters', 'networks', 'counterparts',
  'colleagues', 'partners', 'allies', 'leaders', 'investigators', 'prosecutors', 'police', 'military', 'forces',
  'people', 'citizens', 'voters', 'audiences', 'viewers', 'readers', 'counterpart', 'aides', 'aide', 'envoy',
  'daily', 'weekly', 'tabloid', 'publication', 'paper', 'channel', 'website', 'site', 'magazine', 'public', 'broadcasters',
]);

const CALENDAR_WORDS = [...WEEKDAYS, ...MONTHS].map((name) => name.toLowerCase());

/** Capitalised words that open a phrase naming no source: pronouns, determiners, days and months, connectives. */
export const NOT_A_SOURCE: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'its',
  'our', 'my', 'your', 'him', 'them', 'us', 'me', 'a', 'an', 'the', 'some', 'many', 'most', 'several', 'one', 'two',
  'others', 'another', 'both', 'all', 'each', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'earlier',
  'later', 'also', 'then', 'when', 'while', 'after', 'before', 'since', 'if', 'as', 'in', 'on', 'at', 'by', 'for',
  ...CALENDAR_WORDS, 'reports', 'report',
  'sources', 'officials', 'critics', 'analysts', 'experts', 'witnesses', 'who', 'what', 'which', 'where', 'why', 'how',
  'according', 'reportedly', 'separately', 'still', 'now', 'today', 'yesterday', 'photo', 'photos', 'video', 'file',
  'image', 'images', 'audio', 'updated', 'advertisement', 'listen', 'watch', 'read', 'more', 'related',
]);
