// Topics of authenticity stances: which stances are about one item (a recording, a document, the recorded event
// they name). The authenticity, attribution and single-source comparators all group stances this way.
import type { AuthenticityAssertion } from '../types.js';
import type { EventGroup } from '../align/events.js';
import { eventLabel } from './labels.js';
import type { CompareContext } from './context.js';

export interface AuthenticityTopic {
  story: string;
  label: string;
  items: AuthenticityAssertion[];
}

// Kinds of item whose authenticity is judged. Stances on two kinds (a genuine memo, doctored photos) are about two
// items and never contradict each other; a recorded call, its audio and its transcript are one item.
const ITEM_CLASSES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:recordings?|audios?|tapes?|transcripts?|calls?|conversations?|voicemails?|voice|chats?|leaks?|minutes|excerpts?)$/, 'recording'],
  [/^(?:videos?|footage|clips?)$/, 'video'],
  [/^(?:photos?|photographs?|pictures?|images?|screenshots?)$/, 'photo'],
  [/^(?:documents?|memos?|letters?|files?|e-?mails?|messages?|texts|cables?|dossiers?|papers|notes?|diary|logs?|records?|signatures?)$/, 'document'],
  [/^(?:posts?|tweets?)$/, 'post'],
  [/^(?:reports?|stor(?:y|ies)|accounts?|claims?|allegations?|quotes?|quotations?|articles?|news|rumou?rs?|hoax(?:es)?|suggestions?)$/, 'claim'],
];

/** The kind of item a target phrase names, by its head noun ("the leaked recordings of the call" → recording). */
export function itemClass(target: string): string {
  const head = targetHead(target);
  for (const [pattern, cls] of ITEM_CLASSES) if (pattern.test(head) || pattern.test(`${head}s`)) return cls;
  return 'material';
}

/**
 * Groups stances per story and per item: the recorded event the target names ("the report on a May 2 call"),
 * else the kind of item (recording, video, photo, document, claim). A recorded call and its recordings are one
 * item; stances on the material in general join the item when a story has just one.
 */
export function authenticityTopics(assertions: AuthenticityAssertion[], groups: EventGroup[], ctx: CompareContext): Map<string, AuthenticityTopic> {
  const topics = new Map<string, AuthenticityTopic>();
  for (const a of assertions) {
    const story = ctx.storyOf.get(a.docId) ?? a.docId;
    const linked = linkedEvent(a, groups, story);
    const item = linked ? `event:${linked.id}` : itemClass(a.target);
    const key = `${story}|${item}`;
    const topic = topics.get(key) ?? { story, label: linked ? `the ${eventLabel(linked.events)}` : ITEM_LABELS[item] ?? 'the material', items: [] };
    topic.items.push(a);
    topics.set(key, topic);
  }
  const byStory = new Map<string, string[]>();
  for (const key of topics.keys()) {
    const story = key.split('|')[0] ?? '';
    byStory.set(story, [...(byStory.get(story) ?? []), key]);
  }
  for (const keys of byStory.values()) {
    // A recorded event and "the recordings" in one story: the recordings are of that event when it is the only one.
    const events = keys.filter((k) => k.includes('|event:'));
    const recording = keys.find((k) => k.endsWith('|recording'));
    if (events.length === 1 && recording) mergeInto(topics, recording, events[0]!, (label) => label);
    const left = keys.filter((k) => topics.has(k));
    const generalKey = left.find((k) => k.endsWith('|material'));
    const specific = left.filter((k) => !k.endsWith('|material'));
    if (generalKey && specific.length === 1) mergeInto(topics, generalKey, specific[0]!, (label) => `the material, including ${label}`);
  }
  return topics;
}

const ITEM_LABELS: Record<string, string> = {
  recording: 'the recordings',
  video: 'the video',
  photo: 'the photos',
  document: 'the documents',
  post: 'the posts',
  claim: 'the claim',
};

function mergeInto(topics: Map<string, AuthenticityTopic>, fromKey: string, toKey: string, relabel: (label: string) => string): void {
  const from = topics.get(fromKey);
  const to = topics.get(toKey);
  if (!from || !to) return;
  to.items.push(...from.items);
  to.label = relabel(to.label);
  topics.delete(fromKey);
}

/** The last word of a target's head phrase ("the leaked recordings of the call" → "recording"). */
export function targetHead(target: string): string {
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
