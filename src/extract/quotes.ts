// Direct quotes with their speakers: “…,” X said. / X said: “…” / partial quotes inside paraphrase.
import type { EntityRef, ExtractContext, Extractor, QuoteAssertion, Sentence } from '../types.js';
import { findAttributions, type Attribution } from './speakers.js';
import { baseFields, normalizeText, paragraphQuotes, sentenceAt, type QuoteRange } from './claim-helpers.js';

/** Quotes of at most this many words with no speaker are scare quotes or titles, not claims. */
const MIN_UNATTRIBUTED_WORDS = 3;
/** How far back a bare continuing quote looks for its speaker. */
const INHERIT_DEPTH = 2;

function sentenceContaining(ctx: ExtractContext, sentence: Sentence, offset: number): Sentence | undefined {
  if (offset >= sentence.start && offset < sentence.end) return sentence;
  return ctx.sentences.find((s) => s.docId === sentence.docId && offset >= s.start && offset < s.end);
}

function inner(ctx: ExtractContext, q: QuoteRange): string {
  return ctx.document.text.slice(q.open + 1, q.close).replace(/\s+/g, ' ').trim();
}

/** The attribution in the sentences a quote touches whose verb sits nearest the quote, outside it. */
function attributionNear(q: QuoteRange, first: Sentence, last: Sentence, ctx: ExtractContext): Attribution | undefined {
  const candidates: Array<{ a: Attribution; distance: number }> = [];
  const seen = new Set<Sentence>();
  for (const s of [first, last]) {
    if (seen.has(s)) continue;
    seen.add(s);
    for (const a of findAttributions(s, s === first ? ctx : { ...ctx, mentions: [] })) {
      const verbAt = s.start + a.verbStart;
      if (verbAt > q.open && verbAt < q.close) continue;
      // The quote must sit in what the speaker said (content) or right beside the attribution.
      const contentFrom = s.start + a.contentStart;
      const contentTo = s.start + a.contentEnd;
      const overlaps = q.open < contentTo + 2 && q.close > contentFrom - 2;
      if (!overlaps) continue;
      const distance = verbAt < q.open ? q.open - verbAt : verbAt - q.close;
      candidates.push({ a, distance });
    }
  }
  candidates.sort((x, y) => x.distance - y.distance);
  return candidates[0]?.a;
}

/** True when the quote fills its sentence(s) apart from punctuation: a continuing quote with no attribution of its own. */
function standsAlone(q: QuoteRange, first: Sentence, last: Sentence, ctx: ExtractContext): boolean {
  const text = ctx.document.text;
  const before = text.slice(first.start, q.open);
  const after = text.slice(Math.min(q.close + 1, last.end), last.end);
  return /^[\s(]*$/.test(before) && /^[\s.,!?;)]*$/.test(after);
}

/** Speaker of the last quote or attribution in the sentences before `sentence` (a continuing quote inherits it). */
function inheritedSpeaker(sentence: Sentence, ctx: ExtractContext, depth: number): EntityRef | undefined {
  for (let back = 1; back <= INHERIT_DEPTH; back++) {
    const prev = sentenceAt(ctx, sentence, -back);
    if (!prev) return undefined;
    if (prev.blockKind === 'furniture' || prev.blockKind === 'metadata') continue;
    const attributions = findAttributions(prev, { ...ctx, mentions: [] });
    const last = attributions[attributions.length - 1];
    if (last) return last.speaker;
    if (depth <= 0) return undefined;
    // The previous sentence may itself be a bare quote continuing an earlier one.
    const quotes = paragraphQuotes(prev, ctx).filter((q) => q.open >= prev.start && q.open < prev.end);
    if (quotes.length === 0) return undefined;
  }
  return undefined;
}

/** Full quotes stand as their own sentence or clause; partial ones are embedded in paraphrase. */
function isPartial(q: QuoteRange, first: Sentence, last: Sentence, ctx: ExtractContext, quote: string): boolean {
  const text = ctx.document.text;
  const before = text.slice(first.start, q.open).trimEnd();
  const after = text.slice(Math.min(q.close + 1, last.end), last.end).trimStart();
  const beforeOk = before === '' || /[:]$/.test(before) || /\b(?:said|says|added|adds|wrote|writes|posted|asked|told\s+[\p{L}\s]{1,30}),$/u.test(before);
  const endsLikeSentence = /[,.!?;]$/.test(quote) || /^[,.!?]/.test(after);
  const afterOk = after === '' || /^[.!?)]*$/.test(after) || endsLikeSentence;
  return !(beforeOk && afterOk && /^[\p{Lu}\d"'“‘…]/u.test(quote));
}

export const quoteExtractor: Extractor = {
  name: 'quotes',
  kinds: ['quote'],
  extract(sentence: Sentence, ctx: ExtractContext): QuoteAssertion[] {
    const out: QuoteAssertion[] = [];
    for (const q of paragraphQuotes(sentence, ctx)) {
      // Emit each quote once, from the sentence where it opens.
      if (q.open < sentence.start || q.open >= sentence.end) continue;
      if (paragraphQuotes(sentence, ctx).some((outer) => outer !== q && outer.open < q.open && outer.close > q.close)) continue;
      const quote = inner(ctx, q);
      const wordCount = quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      if (wordCount === 0) continue;
      const last = sentenceContaining(ctx, sentence, Math.min(q.close, ctx.document.text.length - 1)) ?? sentence;
      let speaker: EntityRef | undefined = attributionNear(q, sentence, last, ctx)?.speaker;
      if (!speaker && standsAlone(q, sentence, last, ctx)) {
        // An attribution may follow in the next sentence ("… ” That is what he said.") — rare; the usual case
        // is a continuing quote after an attributed one.
        speaker = inheritedSpeaker(sentence, ctx, 1);
      }
      if (!speaker && wordCount < MIN_UNATTRIBUTED_WORDS) continue;
      const partial = isPartial(q, sentence, last, ctx, quote) || wordCount < MIN_UNATTRIBUTED_WORDS;
      const cleanQuote = quote.replace(/[\s,;:]+$/, '');
      const assertion: QuoteAssertion = {
        id: ctx.nextId('quote'),
        kind: 'quote',
        ...baseFields(sentence),
        subject: speaker ? `quote by ${speaker.text}` : 'quote (unattributed)',
        value: cleanQuote,
        normalized: normalizeText(cleanQuote),
        evidence: [ctx.spanOf(q.open, Math.min(q.close + 1, sentence.end))],
        quote: cleanQuote,
        partial,
      };
      if (speaker) assertion.speaker = speaker;
      out.push(assertion);
    }
    return out;
  },
};
