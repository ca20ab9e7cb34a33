// Attribution: who said what, as statement assertions ("X said (that) …", "according to X, …", "X told Y …").
// The parsing is in speakers.ts, shared with the other claim extractors.
import type { ExtractContext, Extractor, Sentence, StatementAssertion, Timex } from '../types.js';
import { baseFields, normalizeText } from './claim-helpers.js';
import { findAttributions, type Attribution } from './speakers.js';

function timeOf(attribution: Attribution, sentence: Sentence, ctx: ExtractContext): Timex | null {
  const inContent = (t: Timex) => t.start - sentence.start >= attribution.contentStart && t.end - sentence.start <= attribution.contentEnd;
  return ctx.timexes.find((t) => t.start >= sentence.start && t.end <= sentence.end && !inContent(t) && t.type !== 'DURATION') ?? null;
}

export const attributionExtractor: Extractor = {
  name: 'attribution',
  kinds: ['statement'],
  extract(sentence: Sentence, ctx: ExtractContext): StatementAssertion[] {
    return findAttributions(sentence, ctx).map((a) => {
      const from = Math.min(a.speakerStart, a.verbStart, a.contentStart);
      const to = Math.max(a.speakerEnd, a.verbEnd, a.contentEnd);
      const statement: StatementAssertion = {
        id: ctx.nextId('stmt'),
        kind: 'statement',
        ...baseFields(sentence),
        subject: a.source ? `statement by ${a.speaker.text} (via ${a.source})` : `statement by ${a.speaker.text}`,
        value: a.content,
        normalized: normalizeText(a.content),
        speaker: a.speaker,
        evidence: [ctx.spanOf(sentence.start + from, sentence.start + to)],
        verb: a.verb,
        content: a.content,
        time: timeOf(a, sentence, ctx),
      };
      if (a.addressee !== undefined) statement.addressee = a.addressee;
      return statement;
    });
  },
};
