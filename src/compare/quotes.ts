import type { QuoteAssertion } from '../types.js';
import { refKey, refName } from '../resolve/refs.js';
import { contentStems } from '../util/stems.js';
import { NUMBER_WORDS } from '../lexicon/figures.js';
import { ConfidenceBuilder, type Confidence } from './confidence.js';
import { type CompareContext, type DisagreementDraft, makePosition, stableId, storyKeyOf } from './context.js';

/**
 * The same speaker quoted with different wording for what is recognisably the same remark: a misquote
 * candidate. Quotes contained in one another are the same quote cut differently, not a disagreement.
 */
export function compareQuotes(quotes: QuoteAssertion[], ctx: CompareContext): DisagreementDraft[] {
  const bySpeaker = new Map<string, QuoteAssertion[]>();
  for (const q of quotes) {
    if (!q.speaker || (!q.speaker.entityId && !/\s/.test(q.speaker.text))) continue;
    const key = `${ctx.storyOf.get(q.docId) ?? q.docId}|${refKey(q.speaker)}`;
    const list = bySpeaker.get(key);
    if (list) list.push(q);
    else bySpeaker.set(key, [q]);
  }
  const drafts: DisagreementDraft[] = [];
  for (const list of bySpeaker.values()) {
    const used = new Set<QuoteAssertion>();
    for (const q of list) {
      if (used.has(q)) continue;
      const cluster = [q];
      for (const other of list) {
        if (other === q || used.has(other) || cluster.some((c) => c.docId === other.docId)) continue;
        if (cluster.some((c) => sameRemark(c, other))) cluster.push(other);
      }
      const wordings = [...new Set(cluster.map((c) => c.normalized))];
      if (cluster.length < 2 || new Set(cluster.map((c) => canonicalWording(c.normalized))).size < 2 || new Set(cluster.map((c) => c.docId)).size < 2) continue;
      for (const c of cluster) used.add(c);
      const speaker = refName(q.speaker!);
      const positions = wordings.map((w) => {
        const holders = cluster.filter((c) => c.normalized === w);
        return makePosition(
          w,
          `“${holders[0]!.quote}”`,
          holders.map((h) => ({ docId: h.docId, span: h.evidence[0]!, inferred: false })),
          ctx,
        );
      });
      drafts.push({
        id: stableId('quote', `${storyKeyOf(ctx, q.docId)}|${refKey(q.speaker!)}`, wordings),
        kind: 'quote',
        topic: `${speaker} is quoted with different wording for the same remark`,
        positions,
        selfInconsistent: [],
        inferredOnly: false,
        ...quoteConfidence(cluster),
      });
    }
  }
  return drafts;
}

/**
 * Two wordings of one remark are a misquote only when most of the words recur; quotes that share a few words
 * may be two remarks on one subject ("a departure from the late-night talk-show format" and "get away from this
 * late-night talk show rut").
 */
function quoteConfidence(cluster: QuoteAssertion[]): Confidence {
  let overlap = 1;
  for (const a of cluster) for (const b of cluster) if (a !== b) overlap = Math.min(overlap, stemOverlap(a.quote, b.quote));
  const fragment = cluster.some((q) => q.partial || contentStems(q.quote).size < 4);
  return new ConfidenceBuilder(0.3 + overlap * 0.6, `the same speaker; ${Math.round(overlap * 100)}% of the shorter quote's words recur in the other`)
    .adjust(fragment, 0.85, 'one side is a fragment of a few words, which outlets often paraphrase')
    .adjust(
      cluster.some((q) => /^(?:he|she|they|him|her|them|it|we|i)$/i.test(q.speaker?.text.trim() ?? '')),
      0.85,
      'one side names the speaker only by a pronoun that crosscheck resolved',
    )
    .build();
}

/** The share of the shorter quote's content words found in the longer one. */
function stemOverlap(a: string, b: string): number {
  const x = contentStems(a);
  const y = contentStems(b);
  const shorter = x.size <= y.size ? x : y;
  const longer = shorter === x ? y : x;
  if (shorter.size === 0) return 0;
  let shared = 0;
  for (const w of shorter) if (longer.has(w)) shared++;
  return shared / shorter.size;
}

/** Recognisably the same remark: most content words of the shorter quote recur, and neither contains the other. */
export function sameRemark(a: QuoteAssertion, b: QuoteAssertion): boolean {
  const [x0, y0] = [canonicalWording(a.normalized), canonicalWording(b.normalized)];
  if (x0.includes(y0) || y0.includes(x0)) return false;
  const x = contentStems(a.quote);
  const y = contentStems(b.quote);
  const shorter = x.size <= y.size ? x : y;
  const longer = shorter === x ? y : x;
  if (shorter.size < 2) return false;
  let shared = 0;
  for (const w of shorter) if (longer.has(w)) shared++;
  return shared >= 2 && shared / shorter.size >= 0.5;
}


/**
 * A wording with what outlets' house styles change taken out: number words become digits ("three days" and
 * "3 days" are one wording), punctuation and case go.
 */
export function canonicalWording(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => (NUMBER_WORDS[word] === undefined ? word : String(NUMBER_WORDS[word]))).join(' ');
}
