import type { Document, Mention } from '../types.js';
import { intervalOf } from '../time/intervals.js';
import { contentStems } from '../util/stems.js';

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
  // An undated article joins the article it shares most names with (at least two; the earliest of equals).
  // A copy of it (nearly the same names: a reprint, an edited copy) says nothing about where it belongs: it
  // is not a candidate, so that two copies of one undated article do not form a story of their own beside the
  // one they belong to; the copies join each other too.
  const copies: Array<[number, number]> = [];
  documents.forEach((d, i) => {
    if (days[i] !== null) return;
    let best = -1;
    let bestShared = 1;
    for (const [other, n] of sharedWithAny(i)) {
      if (days[other] === null && nearlySameNames(names.get(d.id), names.get(documents[other]!.id), n)) {
        copies.push([i, other]);
        continue;
      }
      if (n > bestShared || (n === bestShared && best >= 0 && other < best)) {
        best = other;
        bestShared = n;
      }
    }
    if (best >= 0) union(d.id, documents[best]!.id);
  });
  for (const [a, b] of copies) union(documents[a]!.id, documents[b]!.id);
  joinLoneUndated(documents, days, names, find, union);
  return new Map(documents.map((d) => [d.id, find(d.id)]));
}

/** Do two articles name nearly the same people and organisations (nine in ten of all they name)? */
function nearlySameNames(a: Set<string> | undefined, b: Set<string> | undefined, shared: number): boolean {
  if (!a || !b || shared < 3) return false;
  return shared / (a.size + b.size - shared) >= 0.9;
}

// How many words of their opening an undated article must share with another (besides a name) to join it.
const LEAD_WORDS_SHARED = 6;

/**
 * An undated article that shares fewer than two names with any other (a viral claim retold with one name)
 * still joins the article whose opening tells the same thing: one shared name and many shared words.
 */
function joinLoneUndated(
  documents: Document[],
  days: Array<number | null>,
  names: Map<string, Set<string>>,
  find: (id: string) => string,
  union: (a: string, b: string) => void,
): void {
  const storySize = new Map<string, number>();
  for (const d of documents) storySize.set(find(d.id), (storySize.get(find(d.id)) ?? 0) + 1);
  const lone = documents.filter((d, i) => days[i] === null && storySize.get(find(d.id)) === 1);
  if (lone.length === 0) return;
  const leads = new Map(documents.map((d) => [d.id, contentStems(d.text.slice(0, 600))]));
  for (const d of lone) {
    const own = leads.get(d.id)!;
    const ownNames = names.get(d.id) ?? new Set<string>();
    let best: { id: string; shared: number } | undefined;
    for (const other of documents) {
      if (other.id === d.id || ![...(names.get(other.id) ?? [])].some((n) => ownNames.has(n))) continue;
      const theirs = leads.get(other.id)!;
      let shared = 0;
      for (const w of own) if (theirs.has(w)) shared++;
      if (shared >= LEAD_WORDS_SHARED && (!best || shared > best.shared)) best = { id: other.id, shared };
    }
    if (best) union(d.id, best.id);
  }
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
