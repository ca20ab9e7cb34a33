import { createHash } from 'node:crypto';
import type { Disagreement, DisagreementKind, Document, Position, Span } from '../types.js';

export interface CompareContext {
  documents: Map<string, Document>;
  storyOf: Map<string, string>;
  /**
   * A name for each story that stays the same across runs (its most named entities and first month), so that
   * disagreement ids of two stories never collide and do not change when an article is added.
   */
  storyKeys?: Map<string, string>;
}

/** The stable key of the story a document belongs to. */
export function storyKeyOf(ctx: CompareContext, docId: string): string {
  const story = ctx.storyOf.get(docId) ?? docId;
  return ctx.storyKeys?.get(story) ?? '';
}

/** The outlet name a reader knows the document by, or its file name when no outlet is known. */
export function outletOf(doc: Document | undefined): string {
  if (!doc) return 'unknown';
  // Without an outlet the path names the article: two files called a.txt in different folders stay apart.
  return doc.outlet?.value ?? doc.path;
}

/** A disagreement id that stays the same across runs while the same sides are held. */
export function stableId(kind: DisagreementKind, topicKey: string, values: string[]): string {
  const digest = createHash('sha256').update([kind, topicKey, ...[...values].sort()].join('\u0000')).digest('hex');
  return `${kind}-${digest.slice(0, 12)}`;
}

/** Builds a position from the pieces of evidence that hold one value. */
export function makePosition(value: string, label: string, evidence: Array<{ docId: string; span: Span; inferred: boolean }>, ctx: CompareContext): Position {
  const docIds = [...new Set(evidence.map((e) => e.docId))];
  const docs = docIds.map((id) => ctx.documents.get(id)).filter((d): d is Document => d !== undefined);
  return {
    value,
    label,
    outlets: [...new Set(docs.map((d) => outletOf(d)))],
    documents: docs.map((d) => d.path),
    evidence: dedupeSpans(evidence.map((e) => e.span)),
    inferred: evidence.every((e) => e.inferred),
  };
}

export function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.path}:${s.line}:${s.column}:${s.excerpt ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Documents that hold more than one of the positions. */
export function selfInconsistent(positions: Position[]): string[] {
  const counts = new Map<string, number>();
  for (const p of positions) for (const d of p.documents) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([d]) => d).sort();
}

export function listOutlets(outlets: string[]): string {
  return outlets.length <= 2 ? outlets.join(' and ') : `${outlets.slice(0, -1).join(', ')} and ${outlets[outlets.length - 1]}`;
}

export type DisagreementDraft = Omit<Disagreement, 'severity'>;
