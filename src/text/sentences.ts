import type { Block, BlockKind, Document, Sentence } from '../types.js';
import { MONTH_ABBREVIATIONS } from '../lexicon/calendar.js';

/** Blocks whose text is read for assertions; furniture and metadata never are. */
export const READABLE_BLOCKS: ReadonlySet<BlockKind> = new Set<BlockKind>(['body', 'heading', 'list-item', 'caption']);

const MONTH_SHORT = MONTH_ABBREVIATIONS.map((m) => m.toLowerCase());

// Lower-cased abbreviations (without the final dot) after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rep', 'reps', 'sen', 'sens', 'gov', 'gen', 'lt', 'col',
  'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pres', 'rev', 'hon', 'amb', 'atty', 'supt', 'insp', 'det', 'dept', 'univ',
  'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros', 'no', 'nos', 'vol', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'al',
  ...MONTH_SHORT,
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'a.m', 'p.m', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a', 'ph.d',
]);

// Abbreviations that usually end a sentence when followed by a capitalised word that is not a name part.
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc']);

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

/** Splits every readable block of a document into sentences with offsets into `doc.text`. */
export function splitSentences(doc: Document): Sentence[] {
  const sentences: Sentence[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    if (!READABLE_BLOCKS.has(block.kind)) return;
    for (const [start, end] of splitBlock(doc.text, block)) {
      sentences.push({
        docId: doc.id,
        index: sentences.length,
        start,
        end,
        text: doc.text.slice(start, end),
        blockKind: block.kind,
        blockIndex,
      });
    }
  });
  return sentences;
}

/** Sentence boundaries inside one block, as [start, end) pairs with surrounding whitespace trimmed. */
export function splitBlock(text: string, block: Pick<Block, 'start' | 'end'>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let sentenceStart = block.start;
  for (let i = block.start; i < block.end; i++) {
    const ch = text[i];
    // A bullet or line break inside a block separates items of a list or lines of a heading.
    if (ch === '\n') {
      pushTrimmed(text, sentenceStart, i, ranges);
      sentenceStart = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < block.end && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < block.end && CLOSERS.includes(text[end] ?? '')) end++;
    if (end >= block.end) break;
    if (!/\s/.test(text[end] ?? '')) continue;
    let next = end;
    while (next < block.end && /[ \t\u00a0]/.test(text[next] ?? '')) next++;
    if (next >= block.end) break;
    if (!startsSentence(text, next)) continue;
    if (ch === '.' && !endsSentenceAfterPeriod(text, sentenceStart, i, next)) continue;
    pushTrimmed(text, sentenceStart, end, ranges);
    sentenceStart = next;
    i = next - 1;
  }
  pushTrimmed(text, sentenceStart, block.end, ranges);
  return ranges;
}

function startsSentence(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && OPENERS.includes(text[k] ?? '')) k++;
  const c = text[k] ?? '';
  return /[\p{Lu}\p{N}]/u.test(c) || c === '•' || c === '—' || c === '-';
}

/** Decides whether the full stop at `dot` ends the sentence, looking at the word before it. */
function endsSentenceAfterPeriod(text: string, sentenceStart: number, dot: number, next: number): boolean {
  let wordStart = dot;
  while (wordStart > sentenceStart && /[\p{L}.]/u.test(text[wordStart - 1] ?? '')) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return true;
  // An initial ("J. Smith") or a dotted acronym's inner letter.
  if (/^\p{Lu}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    if (!SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return false;
    // "…in the U.S. The next day…": ends when a common sentence opener follows.
    const following = /^[\p{L}]+/u.exec(text.slice(next))?.[0] ?? '';
    return /^(The|A|An|In|On|At|But|And|He|She|It|They|We|This|That|These|Those|There|His|Her|Its|Their|However|Meanwhile|After|Before|When|While)$/.test(following);
  }
  return true;
}

/**
 * A "sentence" longer than this is a run-on line (a list without full stops, a scraped table): it is cut at a
 * comma, semicolon or space so that the rule-based stages, which look at pairs of words, stay fast.
 */
export const MAX_SENTENCE_LENGTH = 1000;

function pushTrimmed(text: string, start: number, end: number, out: Array<[number, number]>): void {
  let s = start;
  let e = end;
  while (s < e && /[\s•▪◦·*]/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  while (e - s > MAX_SENTENCE_LENGTH) {
    const window = text.slice(s, s + MAX_SENTENCE_LENGTH);
    const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    const at = cut > MAX_SENTENCE_LENGTH / 2 ? cut + 1 : Math.max(window.lastIndexOf(' '), MAX_SENTENCE_LENGTH / 2);
    pushTrimmed(text, s, s + at, out);
    s += at;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
  }
  if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push([s, e]);
}
