import type { AuthenticityAssertion, Stance } from '../types.js';
import type { EventGroup } from '../align/events.js';
import { refName } from '../resolve/refs.js';
import { eventLabel } from './dates.js';
import { type CompareContext, type DisagreementDraft, listOutlets, makePosition, outletOf, stableId, storyKeyOf } from './context.js';

const STANCE_WORDS: Record<Stance, string> = { authentic: 'authentic', fake: 'fake', unconfirmed: 'neither confirmed nor denied' };

export interface AuthenticityTopic {
  story: string;
  label: string;
  items: AuthenticityAssertion[];
}

/**
 * Groups stances per story and per recorded event when the target names one ("the report on a May 2
 * call"); stances about the material in general form one topic, and join the event's topic when a story has
 * just one such event.
 */
export function authenticityTopics(assertions: AuthenticityAssertion[], groups: EventGroup[], ctx: CompareContext): Map<string, AuthenticityTopic> {
  const topics = new Map<string, AuthenticityTopic>();
  for (const a of assertions) {
    const story = ctx.storyOf.get(a.docId) ?? a.docId;
    const linked = linkedEvent(a, groups, story);
    const key = `${story}|${linked?.id ?? 'material'}`;
    const topic = topics.get(key) ?? { story, label: linked ? `the ${eventLabel(linked.events)}` : 'the material', items: [] };
    topic.items.push(a);
    topics.set(key, topic);
  }
  const byStory = new Map<string, string[]>();
  for (const key of topics.keys()) {
    const story = key.split('|')[0] ?? '';
    byStory.set(story, [...(byStory.get(story) ?? []), key]);
  }
  for (const keys of byStory.values()) {
    const generalKey = keys.find((k) => k.endsWith('|material'));
    const specificKey = keys.find((k) => !k.endsWith('|material'));
    if (keys.length !== 2 || !generalKey || !specificKey) continue;
    const general = topics.get(generalKey)!;
    const specific = topics.get(specificKey)!;
    specific.items.push(...general.items);
    specific.label = `the material, including ${specific.label}`;
    topics.delete(generalKey);
  }
  return topics;
}

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
      inferredOnly: false,
    });
  }
  return drafts;
}

/** The last word of a target's head phrase ("the leaked recordings of the call" → "recording"). */
function targetHead(target: string): string {
  const head = target.toLowerCase().split(/\s+(?:of|on|about|between|from|by|in)\s+/)[0] ?? target;
  return (head.split(/\s+/).pop() ?? head).replace(/s$/, '');
}

/** The event group whose date the target names ("report on a May 2 call between him and Y"). */
function linkedEvent(a: AuthenticityAssertion, groups: EventGroup[], story: string): EventGroup | undefined {
  const candidates = groups.filter((g) => g.story === story && g.type !== 'statement');
  for (const g of candidates) {
    if (g.events.some((e) => e.docId === a.docId && e.sentenceIndex === a.sentenceIndex && e.time?.text && a.target.includes(e.time.text))) return g;
  }
  return undefined;
}
