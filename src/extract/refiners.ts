import type { Assertion, AuthenticityAssertion, Document, QuoteAssertion, Sentence } from '../types.js';

/**
 * Document-level refiners run after every extractor has seen every sentence (as chrono-node refines its
 * parsers' results): they fix what one sentence alone cannot tell.
 */
export function refineAssertions(assertions: Assertion[], document: Document, sentences: Sentence[]): Assertion[] {
  return holdersFromQuotes(assertions, document, sentences);
}

const QUOTE_MARKS = /["“”‘’]/g;
const squash = (text: string) => text.replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A stance voiced inside a quote ("“The document is fabricated. No such email was sent,” X said.") belongs to
 * the quote's speaker, who is often named only after the quote has ended, sentences later.
 */
function holdersFromQuotes(assertions: Assertion[], document: Document, sentences: Sentence[]): Assertion[] {
  const quotes = assertions.filter((a): a is QuoteAssertion => a.kind === 'quote' && a.speaker !== undefined && !a.partial);
  if (quotes.length === 0) return assertions;
  const outletVoice = new Set([document.outlet?.value ?? '', 'the outlet']);
  return assertions.map((a) => {
    if (a.kind !== 'authenticity' || !outletVoice.has(a.holder.text)) return a;
    const sentence = squash(sentences[a.sentenceIndex]?.text ?? '');
    if (sentence.length < 12) return a;
    const quote = quotes.find((q) => q.sentenceIndex <= a.sentenceIndex && squash(q.quote).includes(sentence.slice(0, Math.min(40, sentence.length - 1))));
    if (!quote?.speaker) return a;
    const stance: AuthenticityAssertion = { ...a, holder: quote.speaker, speaker: quote.speaker };
    return stance;
  });
}
