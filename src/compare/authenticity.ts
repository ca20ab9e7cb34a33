import type { AuthenticityAssertion, Stance } from '../types.js';
import type { EventGroup } from '../align/events.js';
import { refName } from '../resolve/refs.js';
import { authenticityTopics, targetHead, type AuthenticityTopic } from './authenticity-topics.js';
import { ConfidenceBuilder, type Confidence } from './confidence.js';
import { type CompareContext, type DisagreementDraft, listOutlets, makePosition, outletOf, stableId, storyKeyOf } from './context.js';

const STANCE_WORDS: Record<Stance, string> = { authentic: 'authentic', fake: 'fake', unconfirmed: 'neither confirmed nor denied' };

/** Who holds that the material is authentic, fake, or leaves it open. */
export function compareAuthenticity(assertions: AuthenticityAssertion[], groups: EventGroup[], ctx: CompareContext): DisagreementDraft[] {
  const topics = authenticityTopics(assertions, groups, ctx);
  const drafts: DisagreementDraft[] = [];
  for (const [key, topic] of topics) {
    const stances = [...new Set(topic.items.map((a) => a.stance))].sort();
    if (stances.length < 2) continue;
    const positions = stances.map((stance) => {
      const holders = topic.items.filter((a) => a.stance === stance);
      const who = [...new Set(holders.map((a) => `${refName(a.holder)}${a.qualifiers.length ? ` (${a.qualifiers.join(', ')})` : ''} per ${outletOf(ctx.documents.get(a.docId))}`))];
      return makePosition(
        stance,
        `${STANCE_WORDS[stance]}: ${listOutlets(who)}`,
        holders.map((a) => ({ docId: a.docId, span: a.evidence[0]!, inferred: false })),
        ctx,
      );
    });
    // Name the material by its shortest descriptions ("recordings", "transcript").
    const targets = [...new Set(topic.items.map((a) => a.target.toLowerCase()))].sort((a, b) => a.length - b.length).slice(0, 3);
    drafts.push({
      // The story, the recorded event (or "material") and what kinds of material are judged name the topic.
      id: stableId(
        'authenticity',
        `${storyKeyOf(ctx, topic.items[0]?.docId ?? '')}|${key.replace(/^[^|]*\|/, '')}|${[...new Set(topic.items.map((a) => targetHead(a.target)))].sort().join(',')}`,
        stances,
      ),
      kind: 'authenticity',
      topic: `Authenticity of ${topic.label} (${targets.join(', ')}): ${stances.map((s) => STANCE_WORDS[s]).join(' vs ')}`,
      positions,
      // One article reporting two holders with different stances is reporting, not contradicting itself.
      selfInconsistent: [],
      inferredOnly: positions.every((p) => p.inferred),
      ...authenticityConfidence(topic, stances),
    });
  }
  return drafts;
}

/**
 * Opposite stances on one item. "Fake" and "unconfirmed" are not opposite claims (a doubt and a denial), and a
 * side that rests only on an article reporting the claim without comment is weaker than one that says so.
 */
function authenticityConfidence(topic: AuthenticityTopic, stances: Stance[]): Confidence {
  const opposite = stances.includes('authentic') && stances.includes('fake');
  const inferredSide = topic.items.some((a) => a.inferred.length > 0);
  const outlets = new Set(topic.items.map((a) => a.docId));
  return new ConfidenceBuilder(0.85, `stances on one item (${topic.label})`)
    .cap(!opposite, 0.5, 'only doubt against a verdict: "could not verify" does not contradict "fake" or "genuine"')
    .cap(outlets.size < 2, 0.4, 'all stances come from one article, which reports the dispute rather than taking a side')
    .adjust(inferredSide, 0.85, 'one side reports the claim as fact without saying so in words')
    .build();
}
