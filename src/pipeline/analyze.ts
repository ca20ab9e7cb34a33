import type { Assertion, Document, DocumentAnalysis, ExtractContext, Extractor, Mention, RawInput, Sentence, Span, Timex } from '../types.js';
import { ingest } from '../ingest/index.js';
import { locate } from '../ingest/linemap.js';
import { splitSentences } from '../text/sentences.js';
import { findMentions } from '../text/mentions.js';
import { tagTimexes } from '../time/index.js';
import { EXTRACTORS } from '../extract/index.js';
import { refineAssertions } from '../extract/refiners.js';

/**
 * The per-document stages: ingest → text → extract. Pure, and cacheable by content: nothing here looks at
 * other documents.
 */
export function analyzeDocument(input: RawInput, extractors: readonly Extractor[] = EXTRACTORS): DocumentAnalysis {
  const document = ingest(input);
  const sentences = splitSentences(document);
  const mentions = findMentions(document, sentences);
  const timexes = tagSentences(document, sentences);
  const assertions: Assertion[] = [];
  const counters = new Map<string, number>();
  const nextId = (prefix: string): string => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${document.id}:${prefix}${n}`;
  };
  // Mentions grouped by sentence once, rather than filtering all of them for every sentence.
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = mentionsBySentence.get(mention.sentenceIndex);
    if (list) list.push(mention);
    else mentionsBySentence.set(mention.sentenceIndex, [mention]);
  }
  for (const sentence of sentences) {
    const ctx: ExtractContext = {
      document,
      sentences,
      mentions: mentionsBySentence.get(sentence.index) ?? [],
      timexes: timexes.get(sentence.index) ?? [],
      spanOf: (start, end) => spanOf(document, sentence, start, end),
      nextId,
    };
    for (const extractor of extractors) {
      for (const assertion of extractor.extract(sentence, ctx)) assertions.push(assertion);
    }
  }
  return { document, sentences, mentions, assertions: refineAssertions(assertions, document, sentences) };
}

/**
 * Tags the readable sentences as one text (so that "later that week" can lean on an earlier date), then hands
 * each sentence its own expressions with offsets into `Document.text`.
 */
function tagSentences(document: Document, sentences: Sentence[]): Map<number, Timex[]> {
  const pieces: string[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const s of sentences) {
    starts.push(offset);
    pieces.push(s.text);
    offset += s.text.length + 1;
  }
  const joined = pieces.join('\n');
  const found = tagTimexes(joined, { publicationDate: document.published?.date ?? null, resolveAnaphora: true });
  const bySentence = new Map<number, Timex[]>();
  let k = 0;
  for (const timex of found) {
    while (k + 1 < starts.length && (starts[k + 1] ?? Infinity) <= timex.start) k++;
    const sentence = sentences[k];
    const base = starts[k];
    if (!sentence || base === undefined || timex.end > base + sentence.text.length) continue;
    const shifted: Timex = { ...timex, start: sentence.start + timex.start - base, end: sentence.start + timex.end - base };
    const list = bySentence.get(sentence.index) ?? [];
    list.push(shifted);
    bySentence.set(sentence.index, list);
  }
  return bySentence;
}

export function spanOf(document: Document, sentence: Sentence, start: number, end: number): Span {
  const from = locate(document, start);
  const to = locate(document, Math.max(start, end));
  const span: Span = {
    docId: document.id,
    path: document.path,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    text: sentence.text,
  };
  if (start > sentence.start || end < sentence.end) span.excerpt = document.text.slice(start, end);
  if (sentence.blockKind === 'caption') span.caption = true;
  return span;
}
