// Clustering of name mentions into entities: each name analysed once (key, first name, surname), then people
// merged by surname and compatible first names, organisations and places by key, acronym or short form, and
// names the corpus types two ways retyped.
import type { EntityType, Mention } from '../types.js';
import { NAME_SUFFIXES, ORGANISATION_TAILS } from '../lexicon/names.js';
import { initialsOf, acronymLetters, nameKey, nameTokens, splitPersonName, stripPossessive, stripTitles, wordKey } from '../text/names.js';
import type { DisjointSets } from '../util/disjoint-sets.js';
import { pushTo } from '../util/group.js';
import { isGivenName } from './given-names.js';

/** Words after an organisation's first word that do not change which organisation it is ("X News" = "X"). */
const GENERIC_ORG_TAILS: ReadonlySet<string> = new Set([...ORGANISATION_TAILS, 'online', 'newspaper', 'international', 'global']);

export interface NamedMention {
  index: number;
  mention: Mention;
  type: EntityType;
  /** Surface form without possessive (and without titles for people, without "the" otherwise). */
  clean: string;
  key: string;
  /** For people: keyed first name, surname, suffix. */
  firstKey: string | null;
  lastKey: string;
  suffix: string | null;
  tokenCount: number;
}

function cleanSurface(mention: Mention): string {
  const text = stripPossessive(mention.text.trim());
  if (mention.type === 'person') return stripTitles(text);
  return nameTokens(text.replace(/^the\s+/i, '')).join(' ');
}

export function orgKey(clean: string): string {
  return nameTokens(clean).map(wordKey).join(' ');
}

type NameAnalysis = Omit<NamedMention, 'index' | 'mention' | 'type'>;

function analyseName(mention: Mention, aliasKeys: Map<string, string>): NameAnalysis {
  const clean = cleanSurface(mention);
  const rawKey = mention.type === 'person' ? nameKey(clean) : orgKey(clean);
  const aliased = aliasKeys.get(rawKey);
  const effective = aliased ?? clean;
  const parts = splitPersonName(effective);
  const tokens = nameTokens(effective);
  return {
    clean,
    key: aliased ? nameKey(aliased) : rawKey,
    firstKey: parts.first ? wordKey(parts.first) : null,
    lastKey: nameTokens(parts.last).map(wordKey).join(' '),
    suffix: parts.suffix,
    tokenCount: tokens.filter((t) => !NAME_SUFFIXES.has(t.toLowerCase().replace(/\.$/, ''))).length,
  };
}

/** `analyse` with the name work done once per distinct (type, surface form): corpora repeat names thousands of times. */
export function analyser(aliasKeys: Map<string, string>): (mention: Mention, index: number) => NamedMention {
  const byForm = new Map<string, NameAnalysis>();
  return (mention, index) => {
    const form = `${mention.type}\u0000${mention.text}`;
    let analysis = byForm.get(form);
    if (!analysis) {
      analysis = analyseName(mention, aliasKeys);
      byForm.set(form, analysis);
    }
    return { index, mention, type: mention.type, ...analysis };
  };
}

/** Two keyed first names of one person: equal, a short form (Tom/Thomas), or an initial. */
function firstNamesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

// ───────────────────────────── merging ─────────────────────────────

interface PersonCluster {
  root: number;
  firstKey: string;
  lastKey: string;
  suffix: string | null;
  docs: Set<string>;
}

export function mergePeople(named: NamedMention[], sets: DisjointSets): { unlinkedSingles: NamedMention[] } {
  const people = named.filter((n) => n.type === 'person');
  // Clusters indexed by surname (and by surname + suffix), each list in creation order, so that a lookup
  // returns what a scan of all clusters in order would, without comparing every name with every cluster.
  const bySurname = new Map<string, PersonCluster[]>();
  const bySurnameAndSuffix = new Map<string, PersonCluster[]>();
  const suffixedKey = (lastKey: string, suffix: string | null): string => JSON.stringify([lastKey, suffix]);
  const sameSurname = (lastKey: string): PersonCluster[] => bySurname.get(lastKey) ?? [];
  const sameSurnameAndSuffix = (lastKey: string, suffix: string | null): PersonCluster[] =>
    bySurnameAndSuffix.get(suffixedKey(lastKey, suffix)) ?? [];
  const addCluster = (person: NamedMention): void => {
    const cluster: PersonCluster = {
      root: person.index,
      firstKey: person.firstKey!,
      lastKey: person.lastKey,
      suffix: person.suffix,
      docs: new Set([person.mention.docId]),
    };
    pushTo(bySurname, cluster.lastKey, cluster);
    pushTo(bySurnameAndSuffix, suffixedKey(cluster.lastKey, cluster.suffix), cluster);
  };
  // Full names (first + last) first: same surname and suffix, compatible first names.
  const full = people.filter((n) => n.firstKey !== null).sort((a, b) => b.tokenCount - a.tokenCount || a.index - b.index);
  // Exact full keys merge first so that initials do not decide between two complete names.
  for (const person of full.filter((n) => (n.firstKey ?? '').length > 1)) {
    const match = sameSurnameAndSuffix(person.lastKey, person.suffix).find((c) => firstNamesCompatible(c.firstKey, person.firstKey!));
    if (match) {
      sets.union(match.root, person.index);
      match.docs.add(person.mention.docId);
    } else {
      addCluster(person);
    }
  }
  for (const person of full.filter((n) => (n.firstKey ?? '').length === 1)) {
    const matches = sameSurnameAndSuffix(person.lastKey, person.suffix).filter((c) => firstNamesCompatible(c.firstKey, person.firstKey!));
    if (matches.length === 1) {
      sets.union(matches[0]!.root, person.index);
      matches[0]!.docs.add(person.mention.docId);
    } else {
      addCluster(person);
    }
  }

  // A surname alone joins the one full name it can mean: in its own article first, then in the corpus.
  const unlinkedSingles: NamedMention[] = [];
  const singles = people.filter((n) => n.firstKey === null);
  for (const single of singles) {
    const suffixed = sameSurnameAndSuffix(single.lastKey, single.suffix);
    // "Smith" means the father, not "Smith Jr.", when both are known.
    const pool = suffixed.length > 0 ? suffixed : sameSurname(single.lastKey);
    const distinct = distinctClusters(pool, sets);
    const local = distinct.filter((c) => c.docs.has(single.mention.docId));
    const chosen = local.length === 1 ? local[0] : local.length === 0 && distinct.length === 1 ? distinct[0] : undefined;
    if (chosen) sets.union(chosen.root, single.index);
    else unlinkedSingles.push(single);
  }
  // Unlinked surnames with the same key are one (unknown) person.
  const firstBySurname = new Map<string, NamedMention>();
  for (const single of unlinkedSingles) {
    const key = `${single.lastKey}|${single.suffix ?? ''}`;
    const first = firstBySurname.get(key);
    if (first) sets.union(first.index, single.index);
    else firstBySurname.set(key, single);
  }
  return { unlinkedSingles };
}

/** Clusters that are still different entities after merging (two clusters may have been joined by aliases). */
function distinctClusters(clusters: PersonCluster[], sets: DisjointSets): PersonCluster[] {
  const seen = new Map<number, PersonCluster>();
  for (const cluster of clusters) {
    const root = sets.find(cluster.root);
    const existing = seen.get(root);
    if (existing) cluster.docs.forEach((d) => existing.docs.add(d));
    else seen.set(root, { ...cluster, docs: new Set(cluster.docs) });
  }
  return [...seen.values()];
}

/**
 * Organisations and places: same key, acronym of a longer name, or a name plus a generic tail. An organisation's
 * one-word short form also joins the one longer organisation it begins or ends ("Halcyon" of "Halcyon Freight",
 * "Courier" of "Fenwick Courier").
 */
export function mergeNonPeople(named: NamedMention[], sets: DisjointSets, type: EntityType): void {
  const items = named.filter((n) => n.type === type);
  const byKey = new Map<string, NamedMention>();
  for (const item of items) {
    const existing = byKey.get(item.key);
    if (existing) sets.union(existing.index, item.index);
    else byKey.set(item.key, item);
  }
  const distinctNames = [...byKey.values()];
  // Multi-word names indexed by their initials and by their first word when the rest is a generic tail.
  const byInitials = new Map<string, NamedMention[]>();
  const byHeadBeforeTail = new Map<string, NamedMention[]>();
  const byLastWord = new Map<string, NamedMention[]>();
  const byFirstWord = new Map<string, NamedMention[]>();
  for (const other of distinctNames) {
    if (other.tokenCount <= 1) continue;
    for (const initials of new Set(initialsOf(other.clean))) pushTo(byInitials, initials, other);
    const head = genericTailHead(other.clean);
    if (head !== null) pushTo(byHeadBeforeTail, head, other);
    const words = nameTokens(other.clean);
    if (type === 'organization' && words.length > 1) {
      pushTo(byLastWord, wordKey(words[words.length - 1]!), other);
      pushTo(byFirstWord, wordKey(words[0]!), other);
    }
  }
  // A word that also names a place is a town, not the short form of "<Town> Gazette".
  const placeKeys = new Set(named.filter((n) => n.type === 'place').map((n) => n.key));
  for (const item of distinctNames) {
    if (item.tokenCount !== 1) continue;
    const letters = acronymLetters(item.clean);
    const targets = new Set<number>();
    if (letters) {
      for (const other of byInitials.get(letters) ?? []) targets.add(sets.find(other.index));
    }
    if (!placeKeys.has(item.key)) {
      for (const other of byHeadBeforeTail.get(item.key) ?? []) targets.add(sets.find(other.index));
      for (const other of byLastWord.get(item.key) ?? []) targets.add(sets.find(other.index));
      // "Halcyon" of "Halcyon Freight": a company's short name is its first word.
      for (const other of byFirstWord.get(item.key) ?? []) targets.add(sets.find(other.index));
    }
    if (targets.size === 1) sets.union([...targets][0]!, item.index);
  }
}

/**
 * A two-word "person" whose first word is no given name and whose name the corpus also gives a place or an
 * organisation ("Port Almira" typed a person in one article, a place in another) takes that type.
 */
export function retypeFalsePeople(named: NamedMention[]): void {
  const otherTypes = new Map<string, Map<EntityType, number>>();
  for (const n of named) {
    if (n.type === 'person') continue;
    const counts = otherTypes.get(n.key) ?? new Map<EntityType, number>();
    counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
    otherTypes.set(n.key, counts);
  }
  if (otherTypes.size === 0) return;
  for (const n of named) {
    if (n.type !== 'person' || n.tokenCount < 2) continue;
    const counts = otherTypes.get(n.key);
    if (!counts || isGivenName(splitPersonName(n.clean).first)) continue;
    n.type = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  }
}

/** The keyed first word of a name whose other words are all generic tails ("X News" → key of "X"); else null. */
function genericTailHead(clean: string): string | null {
  const words = nameTokens(clean);
  if (words.length === 0) return null;
  if (!words.slice(1).every((w) => GENERIC_ORG_TAILS.has(w.toLowerCase()))) return null;
  return wordKey(words[0]!);
}

/**
 * A one-word "person" that matched no person (e.g. an outlet before "said") joins an organisation or
 * place of that name when there is exactly one.
 */
export function retypeUnlinkedSingles(unlinked: NamedMention[], named: NamedMention[], sets: DisjointSets): void {
  // Organisations and places by the key a single word must have to match them (exactly, or as "X" of "X News"),
  // each list in the order of `named`.
  const othersByKey = new Map<string, NamedMention[]>();
  for (const other of named) {
    if (other.type === 'person') continue;
    pushTo(othersByKey, other.key, other);
    const head = nameTokens(other.clean).length > 1 ? genericTailHead(other.clean) : null;
    if (head !== null && head !== other.key) pushTo(othersByKey, head, other);
  }
  // The unlinked singles of each group, kept up to date as groups join organisations and places below.
  const unlinkedByRoot = new Map<number, NamedMention[]>();
  for (const single of unlinked) pushTo(unlinkedByRoot, sets.find(single.index), single);
  for (const single of unlinked) {
    const key = wordKey(single.clean);
    const roots = new Map<number, NamedMention>();
    for (const other of othersByKey.get(key) ?? []) roots.set(sets.find(other.index), other);
    if (roots.size !== 1) continue;
    const [root, other] = [...roots.entries()][0]!;
    // Every mention of that surname-only group moves with it.
    const singleRoot = sets.find(single.index);
    for (const member of unlinkedByRoot.get(singleRoot) ?? []) member.type = other.type;
    const otherRoot = sets.find(root);
    sets.union(root, single.index);
    if (otherRoot === singleRoot) continue;
    const merged = sets.find(single.index);
    const members = [...(unlinkedByRoot.get(otherRoot) ?? []), ...(unlinkedByRoot.get(singleRoot) ?? [])];
    unlinkedByRoot.delete(otherRoot);
    unlinkedByRoot.delete(singleRoot);
    if (members.length > 0) unlinkedByRoot.set(merged, members);
  }
}

// ───────────────────────────── naming ─────────────────────────────

/**
 * The name an entity goes by: for people and places the fullest form; for an organisation the form the articles
 * use most ("Brightwell" over a rarer "Brightwell Appliances"), the fuller one on a tie.
 */
export function canonicalName(members: NamedMention[], type: EntityType): string {
  const counts = new Map<string, { count: number; tokens: number; first: number }>();
  for (const member of members) {
    const entry = counts.get(member.clean);
    if (entry) entry.count++;
    else counts.set(member.clean, { count: 1, tokens: nameTokens(member.clean).length, first: member.index });
  }
  const byUse = type === 'organization';
  const ranked = [...counts.entries()].sort(
    ([nameA, a], [nameB, b]) =>
      (byUse ? b.count - a.count : 0) ||
      b.tokens - a.tokens ||
      b.count - a.count ||
      nameB.length - nameA.length ||
      // Mixed case beats shouting capitals; then the earliest seen.
      Number(nameA === nameA.toUpperCase()) - Number(nameB === nameB.toUpperCase()) ||
      a.first - b.first,
  );
  return ranked[0]![0];
}
