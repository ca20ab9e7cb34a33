import type { Document, Mention } from '../types.js';
import { intervalOf } from '../compare/intervals.js';

/**
 * Splits the documents into stories: articles published within the story window that share named people or
 * organisations. Two earthquakes or two trials of the same kind years apart never meet in one story.
 * Documents without a publication date join the story they share most names with.
 */
export function assignStories(documents: Document[], mentions: Mention[], windowDays: number): Map<string, string> {
  const names = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!m.entityId || m.pronoun || m.type === 'place') continue;
    const set = names.get(m.docId) ?? new Set<string>();
    set.add(m.entityId);
    names.set(m.docId, set);
  }
  const parent = new Map<string, string>(documents.map((d) => [d.id, d.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  const dayOf = (d: Document) => (d.published ? intervalOf(d.published.date)?.first ?? null : null);
  const dated = documents.filter((d) => dayOf(d) !== null);
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const a = dated[i]!;
      const b = dated[j]!;
      if (Math.abs((dayOf(a) ?? 0) - (dayOf(b) ?? 0)) > windowDays) continue;
      if (shared(names.get(a.id), names.get(b.id)) >= 2) union(a.id, b.id);
    }
  }
  for (const d of documents) {
    if (dayOf(d) !== null) continue;
    let best: Document | undefined;
    let bestShared = 1;
    for (const other of documents) {
      if (other === d) continue;
      const n = shared(names.get(d.id), names.get(other.id));
      if (n > bestShared) {
        best = other;
        bestShared = n;
      }
    }
    if (best) union(d.id, best.id);
  }
  return new Map(documents.map((d) => [d.id, find(d.id)]));
}

function shared(a: Set<string> | undefined, b: Set<string> | undefined): number {
  if (!a || !b) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
