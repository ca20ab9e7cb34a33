// General English words for temporal expressions. Nothing here is specific to any story.

/** Month names and abbreviations (capitalised as in prose) → month number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Pattern for a capitalised month name or abbreviation (with optional period). */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Abbreviated weekdays are only accepted next to a date ("Wed., Nov. 26"), where they cannot be other words. */
export const WEEKDAY_ABBREVIATION_PATTERN = '(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?';

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')];
}

const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, half: 0.5,
};

/** Quantifiers that TimeML writes as `X` (an unspecified number). */
const VAGUE_QUANTITIES = new Set(['several', 'few', 'a few', 'many', 'some', 'numerous', 'a couple of', 'couple of']);

export const NUMBER_PATTERN =
  "(?:\\d+(?:\\.\\d+|\\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred|a couple of|couple of|a few|several|few|many|some|numerous|an|a)";

/** Parses a number written in digits or words; `'X'` for vague quantities, undefined when not a number. */
export function parseQuantity(text: string): number | 'X' | undefined {
  const word = text.toLowerCase().trim();
  if (word === 'a couple of' || word === 'couple of') return 2;
  if (VAGUE_QUANTITIES.has(word)) return 'X';
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  const withHalf = /^(\d+)\s+1\/2$/.exec(word);
  if (withHalf) return Number(withHalf[1]) + 0.5;
  if (word === 'a hundred') return 100;
  const parts = word.split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    const value = SMALL_NUMBERS[part];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};

/** Calendar units as TimeML duration letters. */
export const UNIT_CODES: Record<string, string> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', fortnight: 'W', month: 'M', quarter: 'Q',
  year: 'Y', decade: 'DE', century: 'CE',
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

/** Words that announce the future: a bare weekday or month-day nearby is the next one. */
export const FUTURE_CUES = [
  'will', 'shall', "'ll", 'going to', 'plans to', 'plan to', 'planned to', 'planning to', 'is due', 'are due', 'due to',
  'scheduled', 'expected to', 'set to', 'payable', 'effective', 'would', 'could', 'might', 'as soon as', 'as early as', 'planned', 'hopes to', 'hope to', 'expires', 'expire', 'begins', 'starts', 'to be held', 'upcoming', 'intends to', 'intend to', 'aims to', 'is to', 'are to',
];

/** Irregular past-tense verbs common in news narration (regular ones are caught by their -ed ending). */
export const IRREGULAR_PAST = [
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'spoke', 'went', 'came', 'took', 'made', 'gave', 'saw', 'held',
  'began', 'left', 'sent', 'wrote', 'won', 'lost', 'paid', 'rose', 'fell', 'sold', 'bought', 'brought', 'thought',
  'found', 'became', 'got', 'ran', 'struck', 'led', 'flew', 'knew', 'grew', 'drew', 'threw', 'broke', 'chose', 'spent',
  'stood', 'understood', 'felt', 'kept', 'meant', 'heard', 'shot', 'fought', 'caught', 'taught', 'sought', 'woke',
  'forgot', 'hid', 'bit', 'ate', 'drove', 'rode', 'wore', 'tore', 'swore', 'froze', 'stole', 'sang', 'rang', 'sank',
  'swam', 'dealt', 'built', 'lent', 'slept', 'swept', 'wept', 'fled', 'fed', 'bled', 'arose', 'withdrew', 'undertook',
  'overtook', 'forbade', 'wrote', 'killed', 'died',
];

/** Words before a number that make it an identifier rather than a year ("Section 1999", "Flight 1907"). */
export const NON_YEAR_PREFIXES = [
  'section', 'sec', 'page', 'pages', 'p', 'pp', 'no', 'number', 'nos', 'flight', 'route', 'room', 'article', 'chapter',
  'resolution', 'bill', 'code', 'rule', 'form', 'highway', 'model', 'version', 'item', 'case',
  'paragraph', 'clause', 'table', 'figure', 'fig', 'exhibit', 'line', 'unit', 'apartment', 'suite', 'box', 'street',
  'avenue', 'road', 'gate', 'platform', 'seat', 'channel', 'district', 'precinct', 'block', 'lot', 'ward', 'volume',
  'vol', 'issue', 'episode', 'level', 'grade', 'class', 'type', 'series', 'batch', 'tranche', 'order', 'decree',
];

/** Nouns after a number that show it counts things rather than names a year ("1999 people"). */
export const COUNTED_NOUNS = [
  'people', 'persons', 'troops', 'soldiers', 'shares', 'units', 'points', 'votes', 'dollars', 'euros', 'pounds',
  'miles', 'kilometers', 'kilometres', 'meters', 'metres', 'feet', 'tons', 'tonnes', 'jobs', 'workers', 'employees',
  'residents', 'cases', 'deaths', 'homes', 'houses', 'cars', 'vehicles', 'acres', 'barrels', 'copies', 'words',
  'members', 'students', 'children', 'men', 'women', 'refugees', 'prisoners', 'rounds', 'missiles', 'drones',
  'percent', 'per', 'km', 'kg', 'lbs', 'hectares', 'pages', 'calories', 'megawatts', 'passengers', 'flights',
  'seats', 'beds', 'patients', 'items', 'signatures', 'rooms', 'apartments',
];

/** Tens as words ("ninety") → 90; used for years and decades spoken in words (broadcast transcripts). */
export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Units and teens as words → value. */
export const UNIT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Plural decade words ("the nineties") → tens. */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Ordinal centuries in words ("the twentieth century") → number. */
export const CENTURY_ORDINALS: Record<string, number> = {
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

/** The last two digits of a year in words: "ninety-six", "seventy", "oh five", "twelve". */
export function twoDigitWords(text: string): number | undefined {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  if (words[0] === 'oh' && words.length === 2) return UNIT_WORDS[words[1]] !== undefined && UNIT_WORDS[words[1]] < 10 ? UNIT_WORDS[words[1]] : undefined;
  if (words.length === 1) return TENS_WORDS[words[0]] ?? UNIT_WORDS[words[0]];
  if (words.length === 2 && TENS_WORDS[words[0]] !== undefined && UNIT_WORDS[words[1]] !== undefined && UNIT_WORDS[words[1]] < 10) {
    return TENS_WORDS[words[0]] + UNIT_WORDS[words[1]];
  }
  return undefined;
}
