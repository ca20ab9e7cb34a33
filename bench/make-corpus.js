#!/usr/bin/env node
// Builds a synthetic corpus for benchmarks by recombining real sentences from corpus/*.txt.
// Person names, dates and figures are varied per story with a seeded PRNG, so the output is
// deterministic: article i is the same for a given seed whatever the corpus size.
//
//   node bench/make-corpus.js OUT_DIR [--articles 3000] [--stories 12] [--seed 1] [--source corpus]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_SOURCE = path.join(benchDir, '..', 'corpus');
const NAMES = JSON.parse(readFileSync(path.join(benchDir, 'names.json'), 'utf8'));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_PATTERN = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_PATTERN} (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?\\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) ${MONTH_PATTERN} (\\d{4})\\b`, 'g');
// Capitalised words that start name-like pairs but are not first names.
const NOT_FIRST_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'But', 'And', 'He', 'She', 'It', 'We', 'They', 'This', 'That',
  'President', 'Prime', 'Foreign', 'Special', 'Senior', 'Deputy', 'White', 'United', 'New', 'North', 'South',
  'East', 'West', 'Russian', 'Ukrainian', 'American', 'European', 'Kremlin', 'State', 'Secretary', 'Minister',
  'Former', 'Mr', 'Ms', 'Mrs', 'Dr', 'Saint', 'File', 'Photo', 'Last', 'Updated', 'According',
  'Although', 'While', 'From', 'To', 'For', 'Follow', 'Read', 'Watch', 'Share', 'Eastern', 'Western',
  'Northern', 'Southern', 'Central',
  ...MONTHS, ...WEEKDAYS,
]);

// ───────────────────────────── PRNG ─────────────────────────────

/** mulberry32: tiny, fast, good enough to vary test data reproducibly. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (probability) => next() < probability,
  };
}

function hashString(text) {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

// ───────────────────────────── source material ─────────────────────────────

/** Sentences, person names and a reference date read from the seed articles. */
export function loadSource(sourceDir = DEFAULT_SOURCE) {
  const files = readdirSync(sourceDir).filter((name) => name.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no .txt files in ${sourceDir}`);
  const texts = files.map((name) => readFileSync(path.join(sourceDir, name), 'utf8'));
  const allText = texts.join('\n\n');

  const sentences = [];
  const seen = new Set();
  for (const text of texts) {
    for (const paragraph of text.split(/\n\s*\n/)) {
      const flat = paragraph.replace(/\s+/g, ' ').trim();
      // Body paragraphs end like sentences; headlines, captions-without-stops and menus do not.
      if (flat.split(' ').length < 12 || !/[.!?]["”’]?$/.test(flat)) continue;
      for (const sentence of flat.split(/(?<=[.!?]["”’]?)\s+(?=["“A-Z])/)) {
        const words = sentence.split(' ').length;
        if (words < 6 || words > 70 || seen.has(sentence)) continue;
        seen.add(sentence);
        sentences.push(sentence);
      }
    }
  }

  return { sentences, people: findPeople(allText), referenceDate: findReferenceDate(allText) };
}

/**
 * "First Last" pairs where neither word ever appears in lower case, the surname also appears on
 * its own, and the first word is never itself a surname: a cheap but decent test for person names.
 */
function findPeople(text) {
  const pairs = new Map();
  for (const match of text.matchAll(/\b([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g)) {
    const [, first, last] = match;
    if (NOT_FIRST_NAMES.has(first) || NOT_FIRST_NAMES.has(last)) continue;
    pairs.set(`${first} ${last}`, { first, last });
  }
  const appearsLowercase = (word) => new RegExp(`\\b${word.toLowerCase()}\\b`).test(text);
  const candidates = [...pairs.values()].filter(({ first, last }) => {
    const alone = text.match(new RegExp(`\\b${last}\\b`, 'g'))?.length ?? 0;
    const together = text.match(new RegExp(`\\b${first} ${last}\\b`, 'g'))?.length ?? 0;
    return alone > together && !appearsLowercase(first) && !appearsLowercase(last);
  });
  const lastNames = new Set(candidates.map(({ last }) => last));
  const firstWordsBefore = new Map();
  for (const { first, last } of candidates) firstWordsBefore.set(last, (firstWordsBefore.get(last) ?? 0) + 1);
  // A place follows many capitalised words ("From Europe", "Eastern Europe"); a surname one first name.
  return candidates.filter(({ first, last }) => !lastNames.has(first) && firstWordsBefore.get(last) === 1);
}

/** The latest full date in the source: a stand-in for its publication date. */
function findReferenceDate(text) {
  let latest = null;
  for (const match of text.matchAll(MONTH_DAY_YEAR)) {
    if (match[3] === undefined) continue;
    const date = utcDate(Number(match[3]), monthIndex(match[1]), Number(match[2]));
    if (latest === null || date > latest) latest = date;
  }
  return latest ?? utcDate(2000, 0, 1);
}

function monthIndex(name) {
  return MONTHS.findIndex((month) => month.startsWith(name.replace('.', '').slice(0, 3)));
}

function utcDate(year, month, day) {
  return new Date(Date.UTC(year, month, day));
}

function addDays(date, days) {
  return new Date(date.getTime() + days * 86_400_000);
}

function formatLong(date, withYear = true) {
  const base = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
  return withYear ? `${base}, ${date.getUTCFullYear()}` : base;
}

// ───────────────────────────── stories and articles ─────────────────────────────

/** Story `index`: its own cast of names and a date shift, stories 45 days apart (beyond a 30-day window). */
function storyFor(index, seed, source) {
  const random = createRandom(hashString(`story:${seed}:${index}`));
  const firstNames = new Map();
  const lastNames = new Map();
  for (const { first, last } of source.people) {
    if (!firstNames.has(first)) firstNames.set(first, random.pick(NAMES.firstNames));
    if (!lastNames.has(last)) lastNames.set(last, random.pick(NAMES.lastNames));
  }
  const published = addDays(source.referenceDate, 60 + index * 45 + random.int(0, 10));
  return {
    index,
    firstNames,
    lastNames,
    published,
    shiftDays: Math.round((published - source.referenceDate) / 86_400_000),
    referenceYear: source.referenceDate.getUTCFullYear(),
    city: random.pick(NAMES.cities),
    // A few facts each outlet may get "wrong" in the same way, so disagreements exist.
    altShift: random.chance(0.5) ? 1 : -1,
  };
}

function rewriteSentence(sentence, story, article, random) {
  let text = sentence;
  for (const [from, to] of story.firstNames) text = text.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  for (const [from, to] of story.lastNames) text = text.replace(new RegExp(`\\b${from}\\b`, 'g'), to);

  // Dates are swapped for placeholders first so that their digits are not treated as figures.
  const dates = [];
  const shiftDate = (year, month, day) => {
    // A date without a year is read in the source's year, then moved with the story.
    const base = addDays(utcDate(year ?? story.referenceYear, month, day), story.shiftDays);
    return article.dateSkew !== 0 && random.chance(0.5) ? addDays(base, article.dateSkew) : base;
  };
  text = text.replace(MONTH_DAY_YEAR, (whole, month, day, year) => {
    const shifted = shiftDate(year === undefined ? undefined : Number(year), monthIndex(month), Number(day));
    dates.push(formatLong(shifted, year !== undefined));
    return `\u0000${dates.length - 1}\u0000`;
  });
  text = text.replace(DAY_MONTH_YEAR, (whole, day, month, year) => {
    const shifted = shiftDate(Number(year), monthIndex(month), Number(day));
    dates.push(`${shifted.getUTCDate()} ${MONTHS[shifted.getUTCMonth()]} ${shifted.getUTCFullYear()}`);
    return `\u0000${dates.length - 1}\u0000`;
  });

  text = text.replace(/(?<![\d:.,\u0000])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d:\u0000])/g, (number) => {
    const value = Number(number.replace(/,/g, ''));
    if (value >= 1900 && value <= 2100 && !number.includes(',')) return number; // a year
    if (!random.chance(article.figureNoise)) return number;
    const varied = Math.max(1, Math.round(value * (1 + (random.next() - 0.5) * 0.4)));
    return varied.toLocaleString('en-US');
  });

  return text.replace(/\u0000(\d+)\u0000/g, (_, index) => dates[Number(index)]);
}

/** The text of article `index` (deterministic for a seed) and the file name to give it. */
export function makeArticle(index, options, source) {
  const { seed = 1, stories = 12 } = options;
  const storyIndex = hashString(`assign:${seed}:${index}`) % stories;
  const story = storyFor(storyIndex, seed, source);
  const random = createRandom(hashString(`article:${seed}:${index}`));
  const article = {
    dateSkew: random.chance(0.15) ? story.altShift : 0,
    figureNoise: random.chance(0.2) ? 0.3 : 0,
  };

  const count = Math.min(source.sentences.length, random.int(8, 24));
  const chosen = new Set();
  while (chosen.size < count) chosen.add(random.int(0, source.sentences.length - 1));
  // Keep source order so the recombined text still reads roughly like a story.
  const body = [...chosen].sort((a, b) => a - b).map((sentenceIndex) => rewriteSentence(source.sentences[sentenceIndex], story, article, random));

  const paragraphs = [];
  for (let start = 0; start < body.length; ) {
    const size = random.int(1, 3);
    paragraphs.push(body.slice(start, start + size).join(' '));
    start += size;
  }

  const published = addDays(story.published, random.int(0, 3));
  const outlet = random.pick(NAMES.outlets);
  const author = `${random.pick(NAMES.firstNames)} ${random.pick(NAMES.lastNames)}`;
  const headline = body.find((sentence) => sentence.split(' ').length <= 16) ?? body[0];
  const time = `${String(random.int(0, 23)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
  const text = [
    headline.replace(/[.!?]["”’]?$/, ''),
    '',
    `By ${author} | ${outlet}`,
    `${WEEKDAYS[published.getUTCDay()]}, ${formatLong(published)}, ${time} ${random.pick(NAMES.timezones)}`,
    '',
    `${story.city.toUpperCase()} — ${paragraphs[0]}`,
    ...paragraphs.slice(1).flatMap((paragraph) => ['', paragraph]),
    '',
  ].join('\n');

  const name = `story${String(storyIndex).padStart(2, '0')}_${String(index).padStart(5, '0')}.txt`;
  return { name, text, story: storyIndex, outlet, published: published.toISOString().slice(0, 10) };
}

/** Writes `articles` articles into `outDir` (created if needed); returns their paths and total bytes. */
export function makeCorpus({ outDir, articles = 3000, stories = 12, seed = 1, sourceDir = DEFAULT_SOURCE }) {
  const source = loadSource(sourceDir);
  mkdirSync(outDir, { recursive: true });
  const files = [];
  let bytes = 0;
  for (let index = 0; index < articles; index++) {
    const { name, text } = makeArticle(index, { seed, stories }, source);
    const file = path.join(outDir, name);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

export function parseFlags(argv, defaults) {
  const values = { ...defaults, positional: [] };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (!arg.startsWith('--')) {
      values.positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.slice(2).split('=', 2);
    if (!(flag in defaults)) throw new Error(`unknown flag --${flag}`);
    if (typeof defaults[flag] === 'boolean') {
      values[flag] = true;
      continue;
    }
    const raw = inline ?? argv[++index];
    if (raw === undefined) throw new Error(`--${flag} needs a value`);
    values[flag] = typeof defaults[flag] === 'number' ? Number(raw) : raw;
    if (typeof defaults[flag] === 'number' && !(Number.isFinite(values[flag]) && values[flag] > 0)) {
      throw new Error(`--${flag} must be a positive number (got ${raw})`);
    }
  }
  return values;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flags = parseFlags(process.argv.slice(2), { articles: 3000, stories: 12, seed: 1, source: DEFAULT_SOURCE, 'show-names': false });
  if (flags['show-names']) {
    console.log(JSON.stringify(loadSource(flags.source).people));
    process.exit(0);
  }
  const outDir = flags.positional[0];
  if (outDir === undefined) {
    console.error('usage: node bench/make-corpus.js OUT_DIR [--articles N] [--stories K] [--seed S] [--source DIR]');
    process.exit(2);
  }
  const { files, bytes } = makeCorpus({ outDir, articles: flags.articles, stories: flags.stories, seed: flags.seed, sourceDir: flags.source });
  console.log(`wrote ${files.length} articles (${(bytes / 1e6).toFixed(1)} MB) to ${outDir}`);
}
