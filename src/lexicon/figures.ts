// Words of figures ("at least 30 people killed", "$2.5 million", "a dozen hostages"), for extract/figures.ts.
import { MONTH_ABBREVIATIONS, MONTHS } from './calendar.js';

/** Number words and their values ("twelve", "a dozen"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, k: 1e3, tn: 1e12, lakh: 1e5, crore: 1e7,
};

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '$': 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'Rs': 'INR', 'Rs.': 'INR', 'C$': 'CAD', 'A$': 'AUD',
};

export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', rupees: 'INR',
  rubles: 'RUB', roubles: 'RUB', yen: 'JPY', yuan: 'CNY', hryvnias: 'UAH',
};

/** Qualifier phrases before a number, longest first so "more than" wins over "more". */
export const FIGURE_QUALIFIERS: ReadonlyArray<[string, 'at-least' | 'at-most' | 'about' | 'more-than' | 'less-than']> = [
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['a minimum of', 'at-least'], ['as many as', 'at-most'],
  ['up to', 'at-most'], ['at most', 'at-most'], ['no more than', 'at-most'], ['a maximum of', 'at-most'],
  ['more than', 'more-than'], ['over', 'more-than'], ['upwards of', 'more-than'], ['in excess of', 'more-than'],
  ['fewer than', 'less-than'], ['less than', 'less-than'], ['under', 'less-than'], ['nearly', 'less-than'],
  ['almost', 'less-than'], ['just under', 'less-than'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'],
  ['approximately', 'about'], ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'],
  ['circa', 'about'], ['approx.', 'about'],
];

/** Verbs and nouns of casualty counts ("killed at least 30 people", "30 dead"). */
export const CASUALTY_WORDS: readonly string[] = [
  'killed', 'dead', 'died', 'injured', 'wounded', 'hurt', 'missing', 'arrested', 'detained', 'displaced',
  'evacuated', 'rescued', 'hospitalised', 'hospitalized', 'captured', 'deaths', 'fatalities', 'casualties',
];

/** Month names and abbreviations, lower case: a number before one is a date, not a count. */
export const MONTH_NAMES: readonly string[] = [...MONTHS, ...MONTH_ABBREVIATIONS].map((m) => m.toLowerCase());

/** Words that end a counted noun phrase. */
export const PHRASE_STOP_WORDS: readonly string[] = [
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'that', 'which', 'who', 'as',
  'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'will', 'would', 'could', 'should', 'may', 'might',
  'the', 'a', 'an', 'than', 'into', 'over', 'after', 'before', 'during', 'since', 'while', 'when', 'where', 'this',
  'these', 'those', 'its', 'their', 'his', 'her', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'not', 'so', 'if',
  'did', 'do', 'does', 'can', 'about', 'between', 'across', 'per', 'each', 'ago', 'later', 'earlier', 'more', 'less',
  'said', 'says', 'told', 'also', 'then', 'there', 'here', 'under', 'through', 'against', 'among', 'without',
];
