import type {
  Assertion,
  AuthenticityAssertion,
  CheckOptions,
  Disagreement,
  DisagreementKind,
  Document,
  DocumentAnalysis,
  Entity,
  EventAssertion,
  FigureAssertion,
  Mention,
  QuoteAssertion,
  Report,
  Sentence,
  Severity,
  SkippedFile,
  TimelineEvent,
  Warning,
} from '../types.js';
import { resolveEntities } from '../resolve/entities.js';
import { linkAssertionRefs, refKey, refName } from '../resolve/refs.js';
import { anchorEventDates, fillMissingYears } from '../resolve/dates.js';
import { assignStories } from '../align/stories.js';
import { alignEvents, groupStatements, type EventGroup } from '../align/events.js';
import { eventLabel, restsOnInference } from '../compare/dates.js';
import { COMPARATORS, DEFAULT_SEVERITIES, severityRank } from '../compare/registry.js';
import { DEFAULT_MIN_CONFIDENCE } from '../compare/confidence.js';
import { keyFigure, type IncidentDates } from '../compare/numbers.js';
import { incidentKind } from '../lexicon/incidents.js';
import { type CompareContext, type DisagreementDraft, dedupeSpans, outletOf } from '../compare/context.js';
import { intervalOf } from '../time/intervals.js';
import { acronymLetters, initialsOf, nameKey, nameTokens, stripPossessive, stripTitles, wordKey } from '../text/names.js';
import { groupBy } from '../util/group.js';
import { claimsReportedAsFact } from '../resolve/claims.js';
import { itemClass } from '../compare/authenticity-topics.js';
import { spanOf } from './analyze.js';
import { attachProvenance } from '../resolve/provenance.js';
import { positionSources } from '../compare/single-source.js';

export const SCHEMA_VERSION = '2.0.0';

export { DEFAULT_SEVERITIES };


export interface CrossCheckExtras {
  skipped?: SkippedFile[];
  warnings?: Warning[];
  toolVersion?: string;
  /** Receives the story of every document (document id → the id of its story's first document), for the cache's story index. */
  onStories?: (storyOf: ReadonlyMap<string, string>) => void;
}

/**
 * The cross-document stages: resolve (entities, anchored dates) → align (stories, events) → compare → report.
 * Pure: takes the per-document analyses and returns the report.
 */
export function crossCheck(analyses: DocumentAnalysis[], options: CheckOptions = {}, extras: CrossCheckExtras = {}): Report {
  const documents = new Map<string, Document>(analyses.map((a) => [a.document.id, a.document]));
  const mentionsByDoc = new Map<string, Mention[]>(analyses.map((a) => [a.document.id, a.mentions]));
  const sentencesByDoc = new Map<string, Sentence[]>(analyses.map((a) => [a.document.id, a.sentences]));
  const resolved = resolveEntities(mentionsByDoc, sentencesByDoc, { aliases: options.aliases ?? {} });
  const entities = new Map<string, Entity>(resolved.entities.map((e) => [e.id, e]));
  const mentions = [...resolved.mentions.values()].flat();

  // Every assertion must show where it stands; one without evidence (a bad cache entry) cannot be reported.
  let assertions = linkAssertionRefs(
    analyses.flatMap((a) => a.assertions).filter((a) => a.evidence.length > 0),
    mentions,
    entities,
  );
  const storyOf = assignStories([...documents.values()], mentions, options.storyWindowDays ?? 30);
  extras.onStories?.(storyOf);
  const ctx: CompareContext = { documents, storyOf, storyKeys: storyKeys(storyOf, documents) };

  // Articles that state as fact a claim other articles of their story call false take the other side.
  assertions = [
    ...assertions,
    ...claimsReportedAsFact({
      stances: assertions.filter((a): a is AuthenticityAssertion => a.kind === 'authenticity'),
      documents,
      sentencesByDoc,
      storyOf,
      itemOf: itemClass,
      spanOf: (document, sentence) => spanOf(document, sentence, sentence.start, sentence.end),
    }),
  ];
  let events = assertions.filter((a): a is EventAssertion => a.kind === 'event');
  events = anchorEventDates(events, storyOf);
  const publishedOf = (docId: string) => documents.get(docId)?.published?.date ?? null;
  let groups = alignEvents(events, storyOf, publishedOf);
  events = fillMissingYears(events, (event) => yearOfGroup(groups, event));
  groups = alignEvents(events, storyOf, publishedOf);
  const byId = new Map(events.map((e) => [e.id, e]));
  assertions = assertions.map((a) => byId.get(a.id) ?? a);

  const incidents: IncidentDates = new Map();
  for (const e of events) {
    if (e.eventType !== 'incident' || !e.time?.value) continue;
    const list = incidents.get(e.docId) ?? [];
    list.push({ kind: incidentKind(e.trigger), value: e.time.value });
    incidents.set(e.docId, list);
  }
  assertions = withKeys(assertions, groups, ctx);
  // Each assertion's source chain: outlet, wire credit or reprint group, and the original it relies on.
  const provenance = attachProvenance({
    assertions,
    documents,
    sentencesByDoc,
    outletOf: (doc) => outletOf(doc),
    spanOf: (document, sentence, start = sentence.start, end = sentence.end) => spanOf(document, sentence, start, end),
  });
  assertions = provenance.assertions;
  const reprintOf = provenance.reprintOf;
  const bySpan = assertionsBySpan(assertions);
  const drafts: DisagreementDraft[] = COMPARATORS.flatMap((c) => c.compare({ assertions, groups, ctx, incidents, reprintOf })).map((d) =>
    withPositionSources(d, bySpan, ctx, reprintOf),
  );
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const disagreements = finalize(drafts, options, documents);
  const shown = disagreements.filter((d) => d.confidence >= minConfidence);
  const timeline = buildTimeline([...groups, ...groupStatements(events, storyOf)], ctx);

  const warnings = [...(extras.warnings ?? []), ...analyses.flatMap((a) => a.document.warnings)];
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const d of shown) counts[d.severity]++;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'crosscheck', version: extras.toolVersion ?? '0.0.0' },
    documents: analyses.map((a) => ({
      id: a.document.id,
      path: a.document.path,
      outlet: a.document.outlet?.value ?? null,
      outletSource: a.document.outlet?.source ?? null,
      published: a.document.published ? a.document.published.iso ?? a.document.published.date : null,
      publishedSource: a.document.published?.source ?? null,
      title: a.document.title?.value ?? null,
      sentences: a.sentences.length,
      assertions: a.assertions.length,
    })),
    skipped: extras.skipped ?? [],
    entities: resolved.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases })),
    events: timeline,
    assertions,
    disagreements: shown,
    warnings,
    summary: {
      documentsChecked: analyses.length,
      documentsSkipped: (extras.skipped ?? []).length,
      assertions: assertions.length,
      disagreements: counts,
      belowConfidence: disagreements.length - shown.length,
      minConfidence,
    },
  };
}

/**
 * Each story's stable name: the month of its first article. Adding an article to a story rarely changes it, so
 * baselines keep matching; two stories in different months never share disagreement ids.
 */
function storyKeys(storyOf: Map<string, string>, documents: Map<string, Document>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const doc of documents.values()) {
    const story = storyOf.get(doc.id) ?? doc.id;
    const month = doc.published?.date.slice(0, 7) ?? '';
    const known = keys.get(story);
    if (known === undefined || (month !== '' && (known === '' || month < known))) keys.set(story, month);
  }
  return keys;
}

/** Writes each comparable assertion's key (what it is about, which attribute) into the report. */
function withKeys(assertions: Assertion[], groups: EventGroup[], ctx: CompareContext): Assertion[] {
  const groupOf = new Map<string, EventGroup>();
  for (const g of groups) for (const e of g.events) groupOf.set(e.id, g);
  return assertions.map((a) => {
    if (a.kind === 'figure') {
      const keyed = keyFigure(a, ctx);
      return keyed ? { ...a, key: keyed.key } : a;
    }
    if (a.kind === 'event') {
      const group = groupOf.get(a.id);
      return group && a.time?.value ? { ...a, key: { about: `${group.story}|${group.id}`, attribute: 'date', label: eventLabel(group.events) } } : a;
    }
    return a;
  });
}

const spanKey = (s: { path: string; line: number; column: number }) => `${s.path}:${s.line}:${s.column}`;

function assertionsBySpan(assertions: Assertion[]): Map<string, Assertion[]> {
  const bySpan = new Map<string, Assertion[]>();
  for (const a of assertions) {
    for (const s of a.evidence) {
      const list = bySpan.get(spanKey(s));
      if (list) list.push(a);
      else bySpan.set(spanKey(s), [a]);
    }
  }
  return bySpan;
}

/**
 * Says of each position how many outlets and independent sources hold it: the assertions behind its evidence
 * carry their source chains; an article whose assertion is not found counts as its own source.
 */
function withPositionSources(draft: DisagreementDraft, bySpan: Map<string, Assertion[]>, ctx: CompareContext, reprintOf: Map<string, string>): DisagreementDraft {
  const docIdOfPath = new Map([...ctx.documents.values()].map((d) => [d.path, d.id]));
  return {
    ...draft,
    positions: draft.positions.map((p) => {
      if (p.sources) return p;
      const held = [...new Set(p.evidence.flatMap((s) => (bySpan.get(spanKey(s)) ?? []).filter((a) => a.docId === s.docId)))];
      const docIds = p.documents.map((path) => docIdOfPath.get(path)).filter((id): id is string => id !== undefined);
      return { ...p, sources: positionSources(held, docIds, ctx, reprintOf) };
    }),
  };
}

/** The year most of a group's events state, for month-day dates from undated articles. */
function yearOfGroup(groups: EventGroup[], event: EventAssertion): string | null {
  const group = groups.find((g) => g.events.includes(event));
  const years = (group?.events ?? [])
    .map((e) => e.time?.value ?? '')
    .filter((v) => /^\d{4}/.test(v))
    .map((v) => v.slice(0, 4));
  if (years.length === 0) return null;
  const counts = new Map<string, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function finalize(drafts: DisagreementDraft[], options: CheckOptions, documents: Map<string, Document>): Disagreement[] {
  const focus = options.focusDocumentIds ? new Set(options.focusDocumentIds.map((id) => documents.get(id)?.path ?? id)) : null;
  const out: Disagreement[] = [];
  for (const draft of drafts) {
    const configured = options.severities?.[draft.kind];
    if (configured === 'off') continue;
    if (focus && !draft.positions.some((p) => p.documents.some((d) => focus.has(d)))) continue;
    out.push({ ...draft, severity: configured ?? DEFAULT_SEVERITIES[draft.kind] ?? 'low' });
  }
  return out.sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.kind.localeCompare(b.kind) || a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id),
  );
}

/** The dated events in order, each with the outlets that date it and the dates others give it. */
function buildTimeline(groups: EventGroup[], ctx: CompareContext): TimelineEvent[] {
  const timeline: TimelineEvent[] = [];
  for (const group of groups) {
    const dated = group.events.filter((e) => e.time?.value && intervalOf(e.time.value));
    if (dated.length === 0) continue;
    const support = groupBy(dated, (e) => e.time?.value ?? '');
    // The date most outlets state; stated beats inferred on ties.
    const ranked = [...support].sort(
      (a, b) =>
        new Set(b[1].map((e) => e.docId)).size - new Set(a[1].map((e) => e.docId)).size ||
        a[1].filter((e) => restsOnInference(e.inferred)).length - b[1].filter((e) => restsOnInference(e.inferred)).length ||
        a[0].localeCompare(b[0]),
    );
    const [date, holders] = ranked[0]!;
    // The participants every grouped event shares: extra names one outlet adds stay in the evidence.
    const names = new Map(group.events.flatMap((e) => e.participants.map((p) => [refKey(p), refName(p)] as const)));
    const participants = [...new Set(group.participants.map((k) => names.get(k) ?? k))];
    timeline.push({
      id: '',
      type: group.type,
      date,
      label: capitalise(eventLabel(group.events)),
      participants,
      outlets: [...new Set(holders.map((e) => outletOf(ctx.documents.get(e.docId))))],
      conflictingDates: ranked.slice(1).map(([v]) => v).filter((v) => !overlapsValue(v, date)),
      inferred: holders.every((e) => restsOnInference(e.inferred)),
      evidence: dedupeSpans(dated.flatMap((e) => e.evidence.slice(0, 1))),
    });
  }
  timeline.sort((a, b) => (intervalOf(a.date)?.first ?? 0) - (intervalOf(b.date)?.first ?? 0) || a.label.localeCompare(b.label));
  return timeline.map((t, i) => ({ ...t, id: `event-${i + 1}` }));
}

function overlapsValue(a: string, b: string): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  return Boolean(x && y && x.first <= y.last && y.first <= x.last);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}


// ───────────────────────────── joining stories, for the cache's story index ─────────────────────────────

/** The publication day of an article as stories compare it (days since the epoch), or null when undated. */
export function publicationDay(document: Document): number | null {
  return document.published ? intervalOf(document.published.date)?.first ?? null : null;
}

/**
 * The names an article mentions (people and organisations, not places or pronouns: what stories are made of),
 * each as the set of keys under which entity merging can match it to a name in another article: every word of
 * the name as merging spells it (titles, possessives and a leading "the" dropped; transliteration variants on
 * one key), and `#` + the initials of a multi-word name or the letters of an acronym. Two names with no key in
 * common are never one entity, unless a configured alias says so: a name matching an alias also takes the keys
 * of every name of that alias.
 */
export function nameKeyGroups(mentions: readonly Mention[], aliases: Readonly<Record<string, string[]>> = {}): string[][] {
  const aliasKeys = new Map<string, string[]>();
  for (const [canonical, others] of Object.entries(aliases)) {
    const all = [canonical, ...others];
    const keys = [...new Set(all.flatMap((name) => keysOfName(name)))];
    for (const name of all) aliasKeys.set(nameKey(name), keys);
  }
  const groups = new Map<string, string[]>();
  for (const m of mentions) {
    if (m.pronoun || m.type === 'place') continue;
    const clean = m.type === 'person' ? stripTitles(stripPossessive(m.text.trim())) : nameTokens(stripPossessive(m.text.trim()).replace(/^the\s+/i, '')).join(' ');
    if (groups.has(clean)) continue;
    const keys = new Set(keysOfName(clean));
    for (const key of aliasKeys.get(nameKey(clean)) ?? []) keys.add(key);
    if (keys.size > 0) groups.set(clean, [...keys]);
  }
  return [...groups.values()];
}

function keysOfName(name: string): string[] {
  const tokens = nameTokens(name);
  const keys = tokens.map(wordKey).filter((key) => key.length > 0);
  const letters = acronymLetters(name);
  if (letters) keys.push(`#${letters}`);
  for (const initials of initialsOf(name)) keys.push(`#${initials}`);
  return keys;
}

/** One article of an indexed corpus: its publication day and its story (the keys of its names are in the postings). */
export interface IndexedArticle {
  day: number | null;
  story: string;
}

/** A new article about to be checked against an indexed corpus. */
export interface JoiningArticle {
  day: number | null;
  /** `nameKeyGroups` of its mentions. */
  nameGroups: readonly (readonly string[])[];
}

/**
 * The stories of an indexed corpus that new articles can join, with every article of each: a dated article
 * joins another dated one within the story window that shares at least two names, an undated one may join an
 * article sharing one name, and a new article can bridge stories. So a corpus article is a candidate when it
 * meets those conditions with a new article on name keys (which over-approximate shared entities), and the
 * whole stories of the candidates are what the full run would put beside the new articles.
 */
export function storiesToJoin(
  articles: readonly JoiningArticle[],
  corpus: readonly IndexedArticle[],
  postings: ReadonlyMap<string, readonly number[]>,
  windowDays: number,
): Set<string> {
  const stories = new Set<string>();
  for (const article of articles) {
    const hits = new Map<number, number>();
    for (const group of article.nameGroups) {
      const docs = new Set<number>();
      for (const key of group) for (const index of postings.get(key) ?? []) docs.add(index);
      for (const index of docs) hits.set(index, (hits.get(index) ?? 0) + 1);
    }
    for (const [index, count] of hits) {
      const other = corpus[index];
      if (other === undefined || stories.has(other.story)) continue;
      const dated = article.day !== null && other.day !== null;
      if (dated ? count >= 2 && Math.abs(article.day! - other.day!) <= windowDays : count >= 1) stories.add(other.story);
    }
  }
  return stories;
}
