// Numeric claims: counts, amounts, ages, percentages, casualty figures, with their qualifier and what they count.
import type { EntityRef, ExtractContext, Extractor, FigureAssertion, Sentence } from '../types.js';
import { alternation, baseFields, paragraphQuotes } from './claim-helpers.js';
import {
  CASUALTY_WORDS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  FIGURE_QUALIFIERS,
  MONTH_NAMES,
  NUMBER_WORDS,
  PHRASE_STOP_WORDS,
  SCALE_WORDS,
} from '../lexicon/figures.js';

type Qualifier = FigureAssertion['qualifier'];

const NUMBER_WORD = alternation(Object.keys(NUMBER_WORDS).filter((w) => w !== 'zero'));
const SCALE = alternation(Object.keys(SCALE_WORDS));
const SYMBOL = alternation(Object.keys(CURRENCY_SYMBOLS));
const QUALIFIER = alternation(FIGURE_QUALIFIERS.map(([phrase]) => phrase));
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const WORDNUM = `(?:${NUMBER_WORD})(?:[-\\s](?:${NUMBER_WORD}))?`;

// qualifier? currency? number (scale)? (range)? (percent|-suffix)?
const FIGURE_RE = new RegExp(
  `(?<![\\p{L}\\d.,:/#-])` +
    `(?:(?<qual>${QUALIFIER})\\s+)?` +
    `(?<cur>${SYMBOL})?\\s?` +
    // A number word must end where the word ends: "a tent" holds no "ten".
    `(?<num>${DIGITS}|(?:an?\\s+)?${WORDNUM}(?![\\p{L}\\d]))` +
    `(?:\\s?(?<scale>${SCALE})(?![\\p{L}]))?` +
    `(?:\\s*(?:-|–|to|and)\\s*(?<upper>${DIGITS}|${WORDNUM})(?:\\s?(?<scale2>${SCALE})(?![\\p{L}]))?)?` +
    `(?<pct>\\s?%|\\s+per\\s*cent\\b|\\s+percent\\b|\\s+percentage\\s+points?\\b)?` +
    `(?<suffix>-(?:year-old|years-old|point|day|week|month|year|hour|minute|mile|kilometre|kilometer|km|page|member|strong|nation|seat|storey|story|way|party|man|person)s?\\b)?`,
  'giu',
);

const MONTH_RE = new RegExp(`^(?:${alternation(MONTH_NAMES)})\\.?$`, 'i');
const WEEKDAY_RE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const CASUALTY_RE = new RegExp(`^(?:${alternation(CASUALTY_WORDS)})$`, 'i');
const STOP = new Set(PHRASE_STOP_WORDS);
const PAST_VERBS = new Set(['took', 'made', 'gave', 'came', 'went', 'got', 'fled', 'rose', 'fell', 'shows', 'show', 'remains', 'remain', 'appears', 'began', 'left', 'met', 'held', 'saw', 'won', 'lost', 'became', 'grew', 'set', 'ran']);
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'crew', 'aircraft', 'cattle', 'sheep', 'fish', 'deer', 'civilians']);

function wordValue(text: string): number | undefined {
  const clean = text.toLowerCase().replace(/^an?\s+/, '');
  if (clean === 'dozen') return 12;
  if (clean === 'hundred') return 100;
  const parts = clean.split(/[-\s]+/);
  let total = 0;
  for (const part of parts) {
    const v = NUMBER_WORDS[part];
    if (v === undefined) return undefined;
    total = v === 100 && total > 0 ? total * 100 : total + v;
  }
  return total;
}

function parseNumber(text: string, scale: string | undefined): number | undefined {
  const base = /\d/.test(text) ? Number(text.replace(/,/g, '')) : wordValue(text);
  if (base === undefined || Number.isNaN(base)) return undefined;
  const factor = scale ? SCALE_WORDS[scale.toLowerCase()] ?? 1 : 1;
  // Avoid float noise: 1.2 * 1e6 = 1200000.0000000002 otherwise.
  return Math.round(base * factor * 1e6) / 1e6;
}

/** Plain decimal string (no exponent): "1200000", "4.5". */
export function decimalString(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  return value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

interface Following {
  counted: string;
  unit: string | null;
}

/** What the number counts: the noun phrase after it, "N of the X", casualty verbs, or a hyphen compound. */
function countedAfter(rest: string, suffix: string | undefined): Following | undefined {
  const tokens = rest.match(/^[\s]*((?:[\p{L}'’-]+\s*){0,5})/u)?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (suffix) {
    const s = suffix.replace(/^-/, '').toLowerCase();
    if (/^years?-old$/.test(s)) return { counted: 'age', unit: 'years' };
    const head = nounPhrase(tokens);
    const last = head.split(' ').pop();
    return { counted: last ? `${s.replace(/s$/, '')} ${last}` : s.replace(/s$/, ''), unit: null };
  }
  if (tokens[0]?.toLowerCase() === 'of' && /^(?:the|those|them|these|his|her|their|its)$/i.test(tokens[1] ?? '')) {
    const np = nounPhrase(tokens.slice(2));
    return np ? { counted: np, unit: null } : undefined;
  }
  const np = nounPhrase(tokens);
  if (!np) return undefined;
  const lower = np.toLowerCase();
  const currency = CURRENCY_WORDS[lower.split(' ')[0]!];
  if (currency) return { counted: 'amount', unit: currency };
  return { counted: np, unit: null };
}

/** Up to three content words, stopping at function words and verbs of the clause. */
function nounPhrase(tokens: string[]): string {
  const kept: string[] = [];
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (STOP.has(lower) || MONTH_RE.test(lower) || WEEKDAY_RE.test(lower)) break;
    // Plural nouns without -s ("people", "children") end the phrase unless a casualty word follows.
    if (kept.length > 0 && IRREGULAR_PLURALS.has(kept[kept.length - 1]!) && !CASUALTY_RE.test(lower)) break;
    // A past-tense verb ends the phrase: "the 28-point peace plan took shape", "500 homes destroyed".
    if (kept.length > 0 && !CASUALTY_RE.test(lower) && (/[^e]ed$/.test(lower) || PAST_VERBS.has(lower))) break;
    kept.push(lower);
    if (CASUALTY_RE.test(lower) || kept.length >= 3) break;
    // A plural noun usually ends the phrase ("1,200 troops were …").
    if (/[^s]s$/.test(lower) && kept.length >= 1 && !/(?:ss|us|is)$/.test(lower)) break;
  }
  return kept.join(' ');
}

const BARE_TALLY = /^\s*(?:others\s+|more\s+)?(?:were|was|have been|had been|are)\s+(?:also\s+)?(killed|injured|wounded|hurt|(?:taken|rushed|transported|airlifted|flown)\s+to\s+(?:a\s+|the\s+|area\s+|local\s+|nearby\s+)*hospitals?)\b/i;

/** A casualty verb before the number: "killed at least 30 people", "killing two", "the death toll rose to 45". */
function casualtyBefore(before: string): string | undefined {
  const ing = /\b(killing|injuring|wounding)\s+$/i.exec(before);
  if (ing) return ({ killing: 'killed', injuring: 'injured', wounding: 'wounded' } as Record<string, string>)[ing[1]!.toLowerCase()];
  const m = /\b(killed|injured|wounded|left|claimed)\s+$/i.exec(before);
  if (m && m[1]!.toLowerCase() !== 'left' && m[1]!.toLowerCase() !== 'claimed') return m[1]!.toLowerCase();
  if (/\b(?:death toll|toll|number of (?:dead|deaths))\s+(?:\w+\s+){0,3}(?:to|at|of|reached|hit|stands at|stood at)\s+$/i.test(before)) return 'killed';
  return undefined;
}

function qualifierOf(phrase: string | undefined): Qualifier {
  if (!phrase) return 'exact';
  const found = FIGURE_QUALIFIERS.find(([p]) => p === phrase.toLowerCase());
  return found ? found[1] : 'exact';
}

/** Numbers that name things rather than count them. */
function isNameOrDate(text: string, start: number, end: number, raw: string): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const prevWord = /([\p{L}\d'’.-]+)\s*$/u.exec(before)?.[1] ?? '';
  const nextWord = /^\s*([\p{L}\d'’.]+)/u.exec(after)?.[1] ?? '';
  if (MONTH_RE.test(prevWord) || MONTH_RE.test(nextWord.replace(/,$/, ''))) return true; // May 3 / 3 May
  // "21 of their 68 goals": the whole that a part is counted against, not a claim of its own.
  if (/\d[\d,.]*\s+of\s+(?:their|his|her|its|our|the)\s+$/i.test(before)) return true;
  // Measures and labels, not counts: "magnitude 6.9", "category 4", "flight 370", "page 12".
  if (/^(?:magnitude|level|category|grade|phase|version|no\.?|number|size|gate|route|flight|room|chapter|article|section|page|line|platform|stage|round|week|day|year|season|model)$/i.test(prevWord)) return true;
  if (/^\s*(?:st|nd|rd|th)\b/i.test(after)) return true; // ordinals written with digits
  if (/^[:.]\d/.test(after) || /\d[:.]\s*$/.test(before)) return /:/.test(after.slice(0, 1) + before.slice(-1)); // 19:38
  if (/^\s*(?:am|pm|a\.m\.|p\.m\.|GMT|UTC|IST|EST|EDT|CET|BST)\b/i.test(after)) return true;
  if (/^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) <= 2100) return true; // years
  if (/^s\b|^['’]s\b/.test(after)) return true; // the 1990s
  // Sentence-initial list marker: "1. Transparency", "2) Costs".
  if (before.trim() === '' && /^[.)]\s/.test(after)) return true;
  // Names with numbers: "Section 230", "Boeing 747", "Air Force One", "G7".
  if (/^\p{Lu}/u.test(prevWord) && !/['’]s$/.test(prevWord) && before.trim() !== prevWord && !/^(?:The|A|An|At|In|On|Over|About|Some|Nearly|Around)$/.test(prevWord)) {
    if (!/^\p{Ll}/u.test(nextWord) || /^\p{Lu}/u.test(raw)) return true;
  }
  if (/^\p{Lu}/u.test(raw) && before.trim() !== '' && /^\p{Lu}/u.test(prevWord)) return true;
  return false;
}

function isPhoneNumber(text: string, start: number): boolean {
  return /^\+?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}/.test(text.slice(start));
}

/** "one of the", "one another", "one day": uses of small number words that are not figures. */
function isIdiom(num: string, after: string): boolean {
  const lower = num.toLowerCase();
  if (lower === 'one' || lower === 'a' || lower === 'an') return true;
  if (/^\s*(?:another|of\s+(?:us|them|those|these|whom|which))\b/i.test(after)) return true;
  return false;
}

export const figureExtractor: Extractor = {
  name: 'figures',
  kinds: ['figure'],
  extract(sentence: Sentence, ctx: ExtractContext): FigureAssertion[] {
    const text = sentence.text;
    const out: FigureAssertion[] = [];
    const timexes = ctx.timexes.map((t) => ({ start: t.start - sentence.start, end: t.end - sentence.start }));
    const titleQuotes = paragraphQuotes(sentence, ctx).filter((q) => isTitleLike(ctx.document.text.slice(q.open + 1, q.close)));
    FIGURE_RE.lastIndex = 0;
    for (let m = FIGURE_RE.exec(text); m !== null; m = FIGURE_RE.exec(text)) {
      if (m[0].trim() === '') {
        FIGURE_RE.lastIndex++;
        continue;
      }
      const g = m.groups ?? {};
      const num = g['num']!;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      const numStart = m.index + m[0].indexOf(num);
      const after = text.slice(end);
      if (timexes.some((t) => numStart < t.end && end > t.start)) continue;
      if (titleQuotes.some((q) => sentence.start + numStart > q.open && sentence.start + numStart < q.close)) continue;
      if (isPhoneNumber(text, numStart)) continue;
      // "a mother of 12 killed in crossfire": the number counts her children, not the dead.
      if (/\b(?:mother|father|parent|grandmother|grandfather|mom|dad)\s+of\s+$/i.test(text.slice(Math.max(0, numStart - 25), numStart))) continue;
      if (isIdiom(num, after) && !g['cur'] && !g['pct'] && !g['suffix'] && !g['scale']) continue;
      if (!g['cur'] && !g['pct'] && !g['scale'] && isNameOrDate(text, numStart, numStart + num.length, num)) continue;
      const quantity = parseNumber(num, g['scale']);
      if (quantity === undefined) continue;
      const upperRaw = g['upper'];
      const upper = upperRaw !== undefined ? parseNumber(upperRaw, g['scale2'] ?? g['scale']) : undefined;
      let unit: string | null = null;
      let counted: string | undefined;
      if (g['cur']) {
        unit = CURRENCY_SYMBOLS[g['cur']] ?? g['cur'];
        // "a fee of €45 million", "a budget of $2 billion": the noun before "of" says what the money is.
        const of = /\b([\p{Ll}][\p{Ll}-]{2,})\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|up to\s+|at least\s+|more than\s+)?$/u.exec(text.slice(Math.max(0, start - 40), start));
        counted = of && !/^(?:total|sum|amount|value|worth|cost|price)$/.test(of[1]!) ? of[1]! : 'amount';
      } else if (g['pct']) {
        unit = /point/.test(g['pct']) ? 'percentage points' : 'percent';
        const of = /^\s+of\s+(?:the\s+)?((?:[\p{L}'’-]+\s*){1,3})/u.exec(after);
        counted = of ? nounPhrase(of[1]!.trim().split(/\s+/)) || 'share' : 'share';
      } else {
        const age = /\baged\s+$/i.exec(text.slice(0, start));
        if (age) {
          counted = 'age';
          unit = 'years';
        } else {
          const following = countedAfter(after, g['suffix']);
          const casualty = casualtyBefore(text.slice(0, start));
          if (casualty) counted = `${following?.counted ?? 'people'} ${casualty}`;
          else if (following) {
            counted = following.counted;
            unit = following.unit;
            // "30 people were killed" / "30 killed": the casualty word makes the count a toll.
            const verb = /^\s*(?:people\s+)?(?:were|have been|had been|was|are)?\s*(killed|dead|died|injured|wounded)\b/i.exec(after.slice(after.indexOf(following.counted.split(' ')[0]!) + following.counted.length));
            if (verb && !CASUALTY_RE.test(following.counted)) counted = `${following.counted} ${verb[1]!.toLowerCase()}`;
            if (CASUALTY_RE.test(following.counted)) counted = `people ${following.counted}`;
          } else {
            // A count with no noun: "At least 12 were taken to hospital", "two were killed".
            const bare = BARE_TALLY.exec(after);
            if (bare) counted = /hospital/i.test(bare[1]!) ? 'people taken to hospital' : `people ${bare[1]!.toLowerCase()}`;
          }
        }
      }
      if (!counted) continue;
      // "handed over 40 prisoners", "took over 3 firms": the particle of a phrasal verb is no qualifier.
      const phrasal = /^(?:over|up to)$/i.test(g['qual'] ?? '') && /\b(?:handed|hand|hands|took|take|takes|turned|turn|passed|pass|won|win|signed|sign|gave|give|carried|handing|taking|turning|passing)\s+$/i.test(text.slice(0, m.index));
      const qualifier = phrasal ? 'exact' : qualifierOf(g['qual']);
      const figure: FigureAssertion = {
        id: ctx.nextId('fig'),
        kind: 'figure',
        ...baseFields(sentence),
        subject: `number of ${counted}`,
        value: text.slice(start, end).trim(),
        normalized: decimalString(quantity),
        evidence: [ctx.spanOf(sentence.start + start, sentence.start + end)],
        quantity,
        qualifier,
        unit,
        counted,
      };
      if (upper !== undefined && upper > quantity) figure.upper = upper;
      if (counted === 'age') {
        const owner = ageOwner(text, start, end, localPeople(sentence, ctx));
        if (owner) figure.owner = owner;
      }
      out.push(figure);
    }
    out.push(...appositiveAges(sentence, ctx));
    return out;
  },
};

interface LocalPerson {
  start: number;
  end: number;
  text: string;
}

/** The sentence's named people (no pronouns), with offsets relative to the sentence. */
function localPeople(sentence: Sentence, ctx: ExtractContext): LocalPerson[] {
  return ctx.mentions
    .filter((m) => (m.type === 'person' || personShapedPlace(m.text, sentence.text.slice(m.end - sentence.start))) && !m.pronoun && m.start >= sentence.start && m.end <= sentence.end)
    .map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start, text: m.text }));
}

/**
 * A name the tagger took for a place because its first word is a city's ("Cleveland Smelley, 30,") is a person
 * when it has a given name's shape (two or three capitalised words, none a place word) and an age follows it.
 */
function personShapedPlace(name: string, after: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  if (words.some((w) => /^(?:City|County|Street|Avenue|Road|Park|Lake|River|Island|Valley|Beach|Heights|Hills|Springs|Falls|Bay|Mount|Port|North|South|East|West|New|Saint|San|Santa|Los|Las|El)$/.test(w))) return false;
  return /^\s*,\s*\d{1,3}\s*[,;.]/.test(after);
}

/**
 * Whose age it is, from the phrase's structure: "37-year-old John Smith", "the 37-year-old suspect, John Smith",
 * "John Smith, a 37-year-old", "John Smith, aged 37". Nearness alone is not enough: "Smith's 37-year-old
 * brother" is nobody named.
 */
function ageOwner(text: string, start: number, end: number, people: LocalPerson[]): EntityRef | undefined {
  const after = people.find((p) => p.start >= end && /^\s+(?:(?:[\p{Ll}-]+\s+){0,2}|(?:[\p{Ll}-]+\s*,\s*))$/u.test(text.slice(end, p.start)));
  if (after && !/^['’]s?\b/.test(text.slice(after.end))) {
    // "the 37-year-old suspect, John Smith": a role noun may stand between; a relative ("his brother") may not.
    const between = text.slice(end, after.start).toLowerCase();
    if (!/\b(?:brother|sister|son|daughter|father|mother|wife|husband|friend|girlfriend|boyfriend|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|grandmother|grandfather|neighbou?r|relative)\b/.test(between)) return { text: after.text };
  }
  const before = people.find((p) => p.end <= start && /^\s*,\s*(?:an?\s+|aged\s+)$/i.test(text.slice(p.end, start)));
  if (before && !/['’]s?\s*$/.test(text.slice(0, before.end).slice(-2))) return { text: before.text };
  return undefined;
}

// "John Smith, 37, was …", "Smith, 37." and "John Smith (37)": the age in an apposition right after a name.
const APPOSITIVE_AGE = /^(?:\s*,\s*(\d{1,3})\s*(?=[,.;]|\s+(?:and|of|from|who|was|is|were|died|remains|said)\b)|\s+\((\d{1,3})\))/;

function appositiveAges(sentence: Sentence, ctx: ExtractContext): FigureAssertion[] {
  const text = sentence.text;
  const out: FigureAssertion[] = [];
  for (const person of localPeople(sentence, ctx)) {
    const m = APPOSITIVE_AGE.exec(text.slice(person.end));
    if (!m) continue;
    const raw = m[1] ?? m[2]!;
    const age = Number(raw);
    if (age < 1 || age > 110) continue;
    const numStart = person.end + m[0].indexOf(raw);
    const numEnd = numStart + raw.length;
    // The main pattern leaves a bare number after a comma alone (it counts nothing), so this adds no duplicate.
    // A score ("Lakers, 102") is not an age: the name must be a person, which the mention type says.
    out.push({
      id: ctx.nextId('fig'),
      kind: 'figure',
      ...baseFields(sentence),
      subject: `age of ${person.text}`,
      value: raw,
      normalized: decimalString(age),
      evidence: [ctx.spanOf(sentence.start + person.start, sentence.start + numEnd)],
      quantity: age,
      qualifier: 'exact',
      unit: 'years',
      counted: 'age',
      owner: { text: person.text },
    });
  }
  return out;
}

function isTitleLike(text: string): boolean {
  const ws = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (ws.length < 2) return false;
  const capitalised = ws.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / ws.length >= 0.6;
}
