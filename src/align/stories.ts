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
  const days = documents.map((d) => (d.published ? intervalOf(d.published.date)?.first ?? null : null));

  // Only documents that share a name can share a story, so pairs are found through an index from each
  // name to the documents that mention it instead of comparing every pair (thousands of documents).
  const dated = documents.map((_, i) => i).filter((i) => days[i] !== null);
  const sharedWithLater = sharedNameCounts(dated.map((i) => names.get(documents[i]!.id)));
  for (let a = 0; a < dated.length; a++) {
    const dayA = days[dated[a]!]!;
    const partners = [...sharedWithLater(a)]
      .filter(([b, count]) => count >= 2 && Math.abs(dayA - days[dated[b]!]!) <= windowDays)
      .map(([b]) => b)
      // Unions in the order of a pairwise scan, so that each story keeps the same representative.
      .sort((x, y) => x - y);
    for (const b of partners) union(documents[dated[a]!]!.id, documents[dated[b]!]!.id);
  }

  const sharedWithAny = sharedNameCounts(documents.map((d) => names.get(d.id)), true);
  documents.forEach((d, i) => {
    if (days[i] !== null) return;
    // The document sharing most names (at least two); the earliest of equals.
    let best = -1;
    let bestShared = 1;
    for (const [other, n] of sharedWithAny(i)) {
      if (n > bestShared || (n === bestShared && best >= 0 && other < best)) {
        best = other;
        bestShared = n;
      }
    }
    if (best >= 0) union(d.id, documents[best]!.id);
  });
  return new Map(documents.map((d) => [d.id, find(d.id)]));
}

/**
 * For a list of name sets, a function giving, for entry `i`, how many names it shares with each other entry
 * that shares any (only later entries unless `anyOrder`).
 */
function sharedNameCounts(
  nameSets: Array<Set<string> | undefined>,
  anyOrder = false,
): (i: number) => Map<number, number> {
  const holders = new Map<string, number[]>();
  nameSets.forEach((set, i) => {
    for (const name of set ?? []) {
      const list = holders.get(name);
      if (list) list.push(i);
      else holders.set(name, [i]);
    }
  });
  return (i) => {
    const counts = new Map<number, number>();
    for (const name of nameSets[i] ?? []) {
      const list = holders.get(name)!;
      // Lists are in ascending order: walk down from the end while entries are later than `i`.
      for (let k = list.length - 1; k >= 0; k--) {
        const other = list[k]!;
        if (other === i) {
          if (anyOrder) continue;
          break;
        }
        counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    return counts;
  };
}
