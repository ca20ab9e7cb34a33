import type { AuthenticityAssertion, EntityRef, QuoteAssertion } from '../types.js';
import type { EventGroup } from '../align/events.js';
import { refKey, refName } from '../resolve/refs.js';
import { authenticityTopics } from './authenticity-topics.js';
import { ConfidenceBuilder, type Confidence } from './confidence.js';
import { type CompareContext, type DisagreementDraft, makePosition, stableId, storyKeyOf } from './context.js';
import { escapeRegExp } from '../util/regexp.js';

interface Attributed {
  docId: string;
  speaker: EntityRef;
  span: QuoteAssertion['evidence'][number];
}

// A stance voiced in quotation marks ("called it “fake”"): a quotable word that outlets attribute to someone.
const QUOTED_STANCE = /["“‘']\s*(?:fake|fabricated|forged|doctored|false|a hoax|genuine|authentic)\b[^"”’']{0,20}["”’']/i;

/**
 * One statement attributed to different speakers by different outlets: the same quoted words, or the same
 * quoted stance on the same material, put in different mouths. Only flagged when no article attributes it to
 * both speakers (two people can say the same thing; that is not a disagreement).
 */
export function compareAttribution(quotes: QuoteAssertion[], stances: AuthenticityAssertion[], groups: EventGroup[], ctx: CompareContext): DisagreementDraft[] {
  const drafts: DisagreementDraft[] = [];
  const byWords = new Map<string, Attributed[]>();
  for (const q of quotes) {
    if (!q.speaker || q.normalized.split(' ').length < 4) continue;
    // A speaker named inside the quoted words ("… watching Johnny Carson host the Oscars") is a misreading.
    if (q.normalized.includes((q.speaker.name ?? q.speaker.text).toLowerCase().split(/\s+/).pop() ?? '\u0000')) continue;
    const key = `${ctx.storyOf.get(q.docId) ?? q.docId}|${q.normalized}`;
    const item = { docId: q.docId, speaker: q.speaker, span: q.evidence[0]! };
    const list = byWords.get(key);
    if (list) list.push(item);
    else byWords.set(key, [item]);
  }
  for (const [key, items] of byWords) {
    const words = key.slice(key.indexOf('|') + 1);
    const draft = attributionDraft(items, `Who said “${truncate(words)}”?`, `quote|${words}`, ctx);
    if (draft) drafts.push(draft);
  }
  for (const [key, topic] of authenticityTopics(stances, groups, ctx)) {
    for (const stance of ['fake', 'authentic'] as const) {
      const items = topic.items
        .filter((a) => a.stance === stance && QUOTED_STANCE.test(a.evidence[0]?.text ?? ''))
        .map((a) => ({ docId: a.docId, speaker: a.holder, span: a.evidence[0]! }));
      const draft = attributionDraft(items, `Who called ${topic.label} “${stance}”?`, `stance|${key.replace(/^[^|]*\|/, '')}|${stance}`, ctx);
      if (draft) drafts.push(draft);
    }
  }
  return drafts;
}

function attributionDraft(items: Attributed[], topic: string, topicKey: string, ctx: CompareContext): DisagreementDraft | undefined {
  const bySpeaker = new Map<string, Attributed[]>();
  for (const item of items) {
    // Unresolved pronouns and outlets speaking for themselves do not make a side.
    if (!item.speaker.entityId || item.speaker.entityId.startsWith('place:')) continue;
    const key = refKey(item.speaker);
    const list = bySpeaker.get(key);
    if (list) list.push(item);
    else bySpeaker.set(key, [item]);
  }
  mergeNameVariants(bySpeaker);
  if (bySpeaker.size < 2) return undefined;
  const docsOf = (list: Attributed[]) => new Set(list.map((i) => i.docId));
  const sides = [...bySpeaker.values()];
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      const a = docsOf(sides[i]!);
      for (const d of docsOf(sides[j]!)) if (a.has(d)) return undefined;
    }
  }
  const positions = sides.map((list) => {
    const name = refName(list[0]!.speaker);
    return makePosition(name, `said by ${name}`, list.map((i) => ({ docId: i.docId, span: i.span, inferred: false })), ctx);
  });
  return {
    id: stableId('attribution', `${storyKeyOf(ctx, items[0]?.docId ?? '')}|${topicKey}`, positions.map((p) => p.value)),
    kind: 'attribution',
    topic,
    positions,
    selfInconsistent: [],
    inferredOnly: false,
    ...attributionConfidence(sides),
  };
}

/**
 * Two speakers for one remark are a disagreement only when no article ties them together: "said X and Y"
 * (a joint statement) or "said Acme's president X" (a person speaking for an organisation) make both right.
 */
function attributionConfidence(sides: Attributed[][]): Confidence {
  const speakers = sides.map((list) => list[0]!.speaker);
  const lastName = (ref: EntityRef) => refName(ref).split(/\s+/).pop()!.toLowerCase();
  const sentences = sides.flat().map((i) => i.span.text.toLowerCase());
  // "said Zadan and Meron", "producers Craig Zadan and Neil Meron said": the speakers are named together.
  const names = speakers.map((ref) => escapeRegExp(lastName(ref)));
  const together = new RegExp(`\\b(?:${names.join('|')})\\s*(?:,|and|&)\\s*(?:[\\p{L}.'’-]+\\s+){0,2}(?:${names.join('|')})\\b`, 'u');
  const joint = sentences.some((s) => together.test(s));
  const types = new Set(speakers.map((ref) => ref.entityId?.split(':')[0] ?? ''));
  return new ConfidenceBuilder(0.8, 'the same words, attributed to different speakers by different articles')
    .cap(joint, 0.3, 'an article names the speakers together: a joint statement')
    .cap(types.has('organization') && types.has('person'), 0.4, 'one side is an organisation, the other a person who may speak for it')
    .build();
}


/**
 * Speakers whose names are one person's written more or less fully ("Thomas", "Dylan Thomas", "Australian Dylan
 * Thomas") are one side: every word of the shorter name is in the longer one.
 */
function mergeNameVariants(bySpeaker: Map<string, Attributed[]>): void {
  const words = (key: string) => refName(bySpeaker.get(key)![0]!.speaker).toLowerCase().split(/[\s.]+/).filter(Boolean);
  const keys = [...bySpeaker.keys()].sort((a, b) => words(b).length - words(a).length);
  for (const shorter of [...keys].reverse()) {
    const own = words(shorter);
    const longer = keys.find((key) => key !== shorter && bySpeaker.has(key) && words(key).length > own.length && own.every((w) => words(key).includes(w)));
    if (!longer) continue;
    bySpeaker.get(longer)!.push(...bySpeaker.get(shorter)!);
    bySpeaker.delete(shorter);
  }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
