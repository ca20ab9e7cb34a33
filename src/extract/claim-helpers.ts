// Shared helpers for the claim extractors: quote pairing, masking, normalisation, mention lookup.
import type { Document, EntityRef, ExtractContext, Mention, Sentence } from '../types.js';
import { escapeRegExp } from '../util/regexp.js';

/** A pair of quote marks, offsets into `Document.text`. `close` is the index of the closing mark (or the paragraph end). */
export interface QuoteRange {
  open: number;
  close: number;
  closed: boolean;
  mark: 'double' | 'single';
}

const DOUBLE_OPENERS = new Set(['“', '„', '«']);
const DOUBLE_CLOSERS = new Set(['”', '»']);
const LETTER = /[\p{L}\p{N}]/u;

/** The character used to hide quoted words from clause parsing: not a letter, not a space, not punctuation we split on. */
export const MASK_CHAR = '\u2022';

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/**
 * Pairs quote marks in a run of text. Double quotes may mix curly and straight marks (“…" is common), single quotes
 * inside a double quote are nested and ignored, and a lone ’ between letters is an apostrophe.
 * Offsets returned are relative to `text` plus `base`.
 */
export function pairQuotes(text: string, base = 0): QuoteRange[] {
  const ranges: QuoteRange[] = [];
  let openDouble: number | null = null;
  let openSingle: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (DOUBLE_OPENERS.has(ch)) {
      if (openDouble === null) {
        openDouble = i;
        openSingle = null;
      }
    } else if (DOUBLE_CLOSERS.has(ch)) {
      if (openDouble !== null) {
        ranges.push({ open: base + openDouble, close: base + i, closed: true, mark: 'double' });
        openDouble = null;
      }
    } else if (ch === '"') {
      if (openDouble !== null) {
        ranges.push({ open: base + openDouble, close: base + i, closed: true, mark: 'double' });
        openDouble = null;
      } else {
        openDouble = i;
        openSingle = null;
      }
    } else if (openDouble === null && (ch === '‘' || (ch === "'" && !isLetter(prev) && isLetter(next)))) {
      if (openSingle === null) openSingle = i;
    } else if (openDouble === null && openSingle !== null && (ch === '’' || ch === "'") && !isLetter(next) && prev !== ' ') {
      // A trailing apostrophe of a plural possessive ("leakers’ ") looks the same; a scare quote is short, so cap it.
      if (i - openSingle < 200) ranges.push({ open: base + openSingle, close: base + i, closed: true, mark: 'single' });
      openSingle = null;
    }
  }
  // A double quote left open runs to the end of the paragraph (multi-paragraph quotes repeat the opener instead).
  if (openDouble !== null) ranges.push({ open: base + openDouble, close: base + text.length, closed: false, mark: 'double' });
  return ranges.sort((a, b) => a.open - b.open);
}

const quoteCache = new WeakMap<Document, Map<number, QuoteRange[]>>();

/** The quote ranges of the paragraph a sentence belongs to (memoised per document). */
export function paragraphQuotes(sentence: Sentence, ctx: ExtractContext): QuoteRange[] {
  let perDoc = quoteCache.get(ctx.document);
  if (!perDoc) {
    perDoc = new Map();
    quoteCache.set(ctx.document, perDoc);
  }
  const cached = perDoc.get(sentence.blockIndex);
  if (cached) return cached;
  const { start, end } = paragraphBounds(sentence, ctx);
  const ranges = pairQuotes(ctx.document.text.slice(start, end), start);
  perDoc.set(sentence.blockIndex, ranges);
  return ranges;
}

/** Start and end (document offsets) of the sentence's paragraph, from the sentences sharing its block. */
export function paragraphBounds(sentence: Sentence, ctx: ExtractContext): { start: number; end: number } {
  let start = sentence.start;
  let end = sentence.end;
  for (const other of ctx.sentences) {
    if (other.docId !== sentence.docId || other.blockIndex !== sentence.blockIndex) continue;
    start = Math.min(start, other.start);
    end = Math.max(end, other.end);
  }
  return { start, end };
}

/** The sentence text with the insides of quotes (marks kept) replaced by MASK_CHAR, so clause rules skip quoted words. */
export function maskedSentence(sentence: Sentence, ctx: ExtractContext): string {
  const chars = sentence.text.split('');
  for (const q of paragraphQuotes(sentence, ctx)) {
    const from = Math.max(q.open + 1, sentence.start) - sentence.start;
    const to = Math.min(q.close, sentence.end) - sentence.start;
    for (let i = from; i < to; i++) chars[i] = MASK_CHAR;
  }
  return chars.join('');
}

/** Lowercase, quote marks and punctuation stripped, whitespace collapsed: for comparing quotes and content. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes surrounding quote marks and punctuation left over from slicing a clause. */
export function cleanClause(text: string): string {
  return text
    .replace(/^[\s,;:—–-]+/, '')
    .replace(/[\s,;:—–-]+$/, '')
    .replace(/^["“”‘’']+|["“”‘’']+$/g, '')
    .replace(/[\s,.;:]+$/, '')
    .replace(/^\s+/, '')
    .replace(/\s+/g, ' ');
}

/** An EntityRef for a mention: its exact text, and its entity when already resolved. */
export function refFromMention(mention: Mention): EntityRef {
  return mention.entityId ? { text: mention.text, entityId: mention.entityId } : { text: mention.text };
}

/** Mentions of this sentence sorted by start, offsets relative to the sentence. */
export interface LocalMention {
  mention: Mention;
  start: number;
  end: number;
}

export function localMentions(sentence: Sentence, ctx: ExtractContext): LocalMention[] {
  return ctx.mentions
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    .map((m) => ({ mention: m, start: m.start - sentence.start, end: m.end - sentence.start }))
    .sort((a, b) => a.start - b.start);
}

/** Words with offsets (relative to the string given). */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}$€£¥₹][\p{L}\p{N}'’.,$€£¥₹%-]*[\p{L}\p{N}%]|[\p{L}\p{N}$€£¥₹%]/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** True when the text (a sentence) is a question. */
export function isQuestion(text: string): boolean {
  return /\?\s*["”’']*\s*$/.test(text.trim());
}

/** Escapes a string for use in a RegExp. */
export { escapeRegExp };

/** A regex alternation of words, longest first so that multiword entries win. */
export function alternation(list: readonly string[]): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** Sentences of the same document, by index. */
export function sentenceAt(ctx: ExtractContext, sentence: Sentence, offset: number): Sentence | undefined {
  const pos = ctx.sentences.indexOf(sentence);
  if (pos >= 0) return ctx.sentences[pos + offset];
  return ctx.sentences.find((s) => s.docId === sentence.docId && s.index === sentence.index + offset);
}

/** Evidence-friendly base fields shared by every claim assertion. */
export function baseFields(sentence: Sentence): { docId: string; sentenceIndex: number; inferred: [] } {
  return { docId: sentence.docId, sentenceIndex: sentence.index, inferred: [] };
}
