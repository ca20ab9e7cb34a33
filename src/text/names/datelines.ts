// Datelines: the ALL-CAPS place that opens a story ("PORT ALMIRA, Nerasca (Meridian Wire) - "). The places they
// name are certain, before any guessing from capitals.
import type { Sentence } from '../../types.js';
import { isCommonWord, isDateWord, type Token } from '../nlp.js';

/** An ALL-CAPS place opening a story: "PORT ALMIRA, Nerasca (Meridian Wire) - ", "VIENNA, July 8, 2027 - ". */
const DATELINE =
  /^(\p{Lu}[\p{Lu}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{Lu}'’.-]*){0,3})((?:,[ \u00a0]*[^,()\-–—\n]{1,40}){0,3})(?:[ \u00a0]*\([^()\n]{1,60}\))?[ \u00a0]*[-–—][ \u00a0]+\S/u;
const DATELINE_PART = /,[ \u00a0]*([^,()\-–—\n]{1,40})/gu;
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** Tokens of the places a dateline names: the city and, after commas, its region or country (not a date). */
export function datelinePlaces(tokens: Token[], sentence: Sentence): Token[][] {
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
