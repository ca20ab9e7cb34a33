// Single-source claims: several outlets carry a claim (a dated event, an authenticity stance, a figure) and every
// one of them rests on the same original source. Agreement between them is then no corroboration. A claim that
// one outlet confirms itself (or credits another source) has a second, independent source and is not reported.
import type { Assertion, AuthenticityAssertion, Document, PositionSources, SourceRef, Span } from '../types.js';
import type { EventGroup } from '../align/events.js';
import { UNNAMED_AGENCY, originalsOf, sameSource, sourceKey } from '../resolve/provenance.js';
import { type CompareContext, type DisagreementDraft, dedupeSpans, listOutlets, outletOf, stableId, storyKeyOf } from './context.js';
import { ConfidenceBuilder } from './confidence.js';
import { eventLabel } from './labels.js';
import { authenticityTopics } from './authenticity-topics.js';
import { groupBy } from '../util/group.js';

/** One claim and the assertions, from several articles, that carry it. */
interface Claim {
  topicKey: string;
  /** What names the claim across runs (no run-local group ids), for the finding's stable id. */
  idKey: string;
  label: string;
  assertions: Assertion[];
}

/** A source an account rests on: an original it credits, or the article (its reprint group) itself. */
interface Root {
  key: string;
  name: string;
  /** The credits naming it; empty when the article is its own source. */
  refs: SourceRef[];
}

/**
 * What one article's account of a claim rests on: the originals its assertions credit (a named report beats a
 * wire credit: the wire retells it), else its wire credit, else the article itself (its reprint group's outlet).
 */
export function rootsOf(docId: string, assertions: Assertion[], ctx: CompareContext, reprintOf?: Map<string, string>): Root[] {
  const originals = assertions.flatMap(originalsOf);
  const named = originals.filter((s) => s.relation !== 'wire');
  const chosen = named.length > 0 ? named : originals;
  const roots: Root[] = [];
  for (const ref of chosen) {
    // Unnamed agencies ("with agency inputs") may be any wire: one article's is never another's.
    const key = ref.key === UNNAMED_AGENCY ? `${UNNAMED_AGENCY}#${docId}` : ref.key;
    const known = roots.find((r) => sameSource(r.key, key));
    if (known) known.refs.push(ref);
    else roots.push({ key, name: ref.key === UNNAMED_AGENCY ? 'an unnamed agency' : ref.name, refs: [ref] });
  }
  if (roots.length > 0) return roots;
  const group = reprintOf?.get(docId) ?? docId;
  const doc: Document | undefined = ctx.documents.get(group) ?? ctx.documents.get(docId);
  const name = outletOf(doc);
  return [{ key: sourceKey(name), name, refs: [] }];
}

/** Outlets and independent sources of a set of assertions (a position's or a claim's). */
export function positionSources(assertions: Assertion[], docIds: string[], ctx: CompareContext, reprintOf?: Map<string, string>): PositionSources {
  const byDoc = groupBy(assertions, (a) => a.docId);
  const roots: Root[] = [];
  const originals: string[] = [];
  for (const docId of new Set(docIds)) {
    for (const root of rootsOf(docId, byDoc.get(docId) ?? [], ctx, reprintOf)) {
      if (!roots.some((r) => sameSource(r.key, root.key))) roots.push(root);
      if (root.refs.length > 0 && !originals.includes(root.name) && !originals.some((o) => sameSource(sourceKey(o), root.key))) originals.push(root.name);
    }
  }
  const outlets = new Set([...new Set(docIds)].map((id) => outletOf(ctx.documents.get(id))));
  return { outlets: outlets.size, independentSources: roots.length, originals };
}

function claimsOf(assertions: Assertion[], groups: EventGroup[], ctx: CompareContext): Claim[] {
  const claims: Claim[] = [];
  // The groups were aligned before provenance was written: take each event as it now stands.
  const current = new Map(assertions.map((a) => [a.id, a]));
  for (const group of groups) {
    const dated = group.events.filter((e) => e.time?.value).map((e) => current.get(e.id) ?? e);
    if (dated.length > 0) claims.push({ topicKey: `event|${group.story}|${group.id}`, idKey: `event|${group.type}:${[...group.participants].sort().join('+')}`, label: `the ${eventLabel(group.events)}`, assertions: dated });
  }
  const stances = assertions.filter((a): a is AuthenticityAssertion => a.kind === 'authenticity');
  for (const [key, topic] of authenticityTopics(stances, groups, ctx)) {
    for (const [stance, items] of groupBy(topic.items, (a) => a.stance)) {
      claims.push({ topicKey: `authenticity|${key}|${stance}`, idKey: `authenticity|${topic.label}|${stance}`, label: `that ${topic.label} ${stance === 'authentic' ? 'are authentic' : stance === 'fake' ? 'are fake' : 'are unconfirmed'}`, assertions: items });
    }
  }
  const figures = assertions.filter((a) => a.kind === 'figure' && a.key);
  for (const [key, items] of groupBy(figures, (a) => `${a.key!.about}|${a.key!.attribute}|${a.normalized}`)) {
    const first = items[0]!;
    claims.push({ topicKey: `figure|${key}`, idKey: `figure|${first.key!.attribute}|${first.key!.label.toLowerCase()}|${first.normalized}`, label: `the figure “${first.value}” (${first.key!.label}, ${first.key!.attribute.split(':')[0]})`, assertions: items });
  }
  return claims;
}

/** Articles needed to call a claim widely carried. */
const MIN_OUTLETS = 2;

export function compareSingleSource(assertions: Assertion[], groups: EventGroup[], ctx: CompareContext, reprintOf?: Map<string, string>): DisagreementDraft[] {
  const drafts: DisagreementDraft[] = [];
  const seen = new Set<string>();
  for (const claim of claimsOf(assertions, groups, ctx)) {
    const byDoc = groupBy(claim.assertions, (a) => a.docId);
    const outlets = new Set([...byDoc.keys()].map((id) => outletOf(ctx.documents.get(id))));
    if (outlets.size < MIN_OUTLETS) continue;
    const rootsByDoc = new Map([...byDoc].map(([docId, list]) => [docId, rootsOf(docId, list, ctx, reprintOf)] as const));
    // Every article rests on exactly one original, and it is the same one; an article that is its own source, or
    // that credits a second source, is an independent confirmation.
    const all = [...rootsByDoc.values()];
    if (!all.every((roots) => roots.length === 1 && roots[0]!.refs.length > 0)) continue;
    const root = all[0]![0]!;
    if (root.key.startsWith(UNNAMED_AGENCY) || !all.every((roots) => sameSource(roots[0]!.key, root.key))) continue;
    // One finding per original and item: the dated call and its recording are one account.
    const docIds = [...byDoc.keys()];
    const dedupe = `${root.key}|${[...docIds].sort().join(',')}|${claim.topicKey.split('|')[0]}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);

    const refs = all.flatMap((roots) => roots[0]!.refs);
    const evidence: Span[] = dedupeSpans(refs.map((r) => r.evidence).filter((s): s is Span => s !== undefined));
    const onlyArticle = [...rootsByDoc.values()].some((roots) => roots[0]!.refs.every((r) => r.scope === 'article'));
    const wireOnly = refs.every((r) => r.relation === 'wire' || r.relation === 'reprint');
    const { confidence, reasons } = new ConfidenceBuilder(0.8, `every article that carries it credits ${root.name} (${outlets.size} outlets, 1 independent source)`)
      .cap(onlyArticle, 0.7, 'some articles credit the source elsewhere in the article, not in the sentence that carries the claim')
      .cap(wireOnly, 0.65, 'the articles are credited to one wire, which may have reported it first-hand')
      .build();
    const docs = docIds.map((id) => ctx.documents.get(id)).filter((d): d is Document => d !== undefined);
    const sources = positionSources(claim.assertions, docIds, ctx, reprintOf);
    const story = storyKeyOf(ctx, docIds[0]!);
    drafts.push({
      id: stableId('single-source', `${story}|${claim.idKey}`, [root.key]),
      kind: 'single-source',
      topic: `${capitalise(claim.label)}: ${listOutlets([...outlets])} ${outlets.size === 2 ? 'both' : 'all'} rest on one original source, ${root.name}`,
      positions: [
        {
          value: root.key,
          label: `rests on ${root.name}`,
          outlets: [...outlets],
          documents: docs.map((d) => d.path),
          evidence,
          inferred: false,
          sources,
        },
      ],
      selfInconsistent: [],
      inferredOnly: false,
      confidence,
      reasons,
    });
  }
  return drafts;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
