// Merges mentions into entities across sentences and articles, links pronouns, and names each entity.
import nlp from 'compromise';
import type { Entity, EntityType, Mention, Sentence } from '../types.js';
import { NAME_SUFFIXES, ORGANISATION_TAILS, isRoleHead, isRoleWord } from '../lexicon/names.js';
import { TITLE_HEADS } from '../lexicon/roles.js';
import {
  acronymLetters,
  initialsOf,
  nameKey,
  nameTokens,
  slug,
  splitPersonName,
  stripPossessive,
  stripTitles,
  wordKey,
} from '../text/names.js';

export interface ResolveOptions {
  /** User-provided aliases: canonical name → other names of the same entity. */
  aliases?: Record<string, string[]>;
}

export interface ResolveResult {
  entities: Entity[];
  /** The input mentions (copies) with `entityId` set where resolved, per document id. */
  mentions: Map<string, Mention[]>;
}

/** Words after an organisation's first word that do not change which organisation it is ("X News" = "X"). */
const GENERIC_ORG_TAILS: ReadonlySet<string> = new Set([...ORGANISATION_TAILS, 'online', 'newspaper', 'international', 'global']);

const MASCULINE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
const FEMININE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'herself']);
const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(['himself', 'herself']);

/** Words that may open a sentence before its subject ("But", "Meanwhile", "the", "former"). */
const SUBJECT_LEAD_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'meanwhile', 'however', 'then', 'later', 'also', 'still', 'yet', 'so',
  'former', 'acting', 'then-', 'now', 'earlier',
]);

const LEXICON: Readonly<Record<string, string | string[]>> = (
  nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }
).model().one.lexicon;

type Gender = 'male' | 'female' | null;

function genderOfFirstName(first: string | null): Gender {
  if (!first) return null;
  const entry = LEXICON[first.toLowerCase()];
  const tags = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  if (tags.includes('MaleName') && !tags.includes('FemaleName')) return 'male';
  if (tags.includes('FemaleName') && !tags.includes('MaleName')) return 'female';
  return null;
}

// ───────────────────────────── union-find ─────────────────────────────

class DisjointSets {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}

// ───────────────────────────── mention analysis ─────────────────────────────

interface NamedMention {
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

function orgKey(clean: string): string {
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
function analyser(aliasKeys: Map<string, string>): (mention: Mention, index: number) => NamedMention {
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

function mergePeople(named: NamedMention[], sets: DisjointSets): { unlinkedSingles: NamedMention[] } {
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

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
function mergeNonPeople(named: NamedMention[], sets: DisjointSets, type: EntityType): void {
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
function retypeFalsePeople(named: NamedMention[]): void {
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

function isGivenName(word: string | null): boolean {
  if (!word) return false;
  const entry = LEXICON[word.toLowerCase()];
  const tags = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  return tags.some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
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
function retypeUnlinkedSingles(unlinked: NamedMention[], named: NamedMention[], sets: DisjointSets): void {
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

// ───────────────────────────── roles ─────────────────────────────

/** Title/role words right before a name ("special envoy", "Deputy Foreign Minister") or in an apposition after it. */
export function rolesAround(sentence: Sentence, mention: Mention): string[] {
  const roles: string[] = [];
  const before = sentence.text.slice(0, mention.start - sentence.start);
  const words = before.match(/[\p{L}.’'-]+(?:\s+|$)/gu) ?? [];
  const trimmed = words.map((w) => w.trim());
  // Only the words directly before the name, stopping at a possessive ("Smith's envoy") or punctuation.
  const touching = /[\p{L}.]\s+$/u.test(before) || before.length === 0;
  if (touching) {
    let start = trimmed.length;
    while (start > 0) {
      const word = trimmed[start - 1]!;
      if (/['’]s?$/u.test(word)) break;
      if (isRoleWord(word)) start--;
      // "Director of National Intelligence": "of" after a head noun stays inside the title.
      else if (word === 'of' && start >= 2 && isRoleHead(trimmed[start - 2]!)) start--;
      else break;
    }
    // Titles of the form "Director of National Intelligence" end with capitalised words after "of".
    if (start === trimmed.length) {
      let i = trimmed.length;
      while (i > 0 && /^\p{Lu}/u.test(trimmed[i - 1]!) && !isRoleHead(trimmed[i - 1]!)) i--;
      if (i > 1 && trimmed[i - 1]!.toLowerCase() === 'of' && isRoleHead(trimmed[i - 2]!)) {
        let head = i - 2;
        while (head > 0 && isRoleWord(trimmed[head - 1]!) && !/['’]s?$/u.test(trimmed[head - 1]!)) head--;
        const phrase = trimmed.slice(head);
        if (phrase.length > 0) roles.push(cleanRole(phrase));
      }
    } else {
      const phrase = trimmed.slice(start);
      if (phrase.some((w) => isRoleHead(w))) roles.push(cleanRole(phrase));
    }
  }
  // Apposition: "Name, the ministry's top aide," / "Name, a Smith investment envoy,".
  const after = sentence.text.slice(mention.end - sentence.start);
  const apposition = /^\s*,\s+(?:the|a|an|[\p{Lu}][\p{L}-]*['’]s)\s+([^,;:()“”"]{2,60}?)\s*(?:,|\.|;|$)/u.exec(after);
  if (apposition) {
    const phrase = apposition[1]!.split(/\s+/);
    const headAt = phrase.map((w) => TITLE_HEADS.has(w.toLowerCase())).lastIndexOf(true);
    if (headAt >= 0 && headAt >= phrase.length - 3) {
      let start = headAt;
      while (start > 0 && isRoleWord(phrase[start - 1]!)) start--;
      roles.push(cleanRole(phrase.slice(start, phrase.length)));
    }
  }
  return roles.filter((r) => r.length > 0);
}

function cleanRole(words: string[]): string {
  const filler = new Set(['former', 'acting', 'then', 'ex', 'outgoing', 'incoming', 'late', 'the', 'a', 'an']);
  let start = 0;
  while (start < words.length - 1 && filler.has(words[start]!.toLowerCase())) start++;
  // Honorifics are forms of address, not roles.
  const kept = words.slice(start).filter((w) => !/^(mr|mrs|ms|dr|miss|mx)\.?$/i.test(w));
  return kept.join(' ').replace(/\.$/, (m) => (kept.length === 1 && /^[A-Z][a-z]+\.$/.test(kept[0]!) ? m : ''));
}

// ───────────────────────────── naming ─────────────────────────────

/**
 * The name an entity goes by: for people and places the fullest form; for an organisation the form the articles
 * use most ("Brightwell" over a rarer "Brightwell Appliances"), the fuller one on a tie.
 */
function canonicalName(members: NamedMention[], type: EntityType): string {
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

// ───────────────────────────── pronouns ─────────────────────────────

interface PersonInSentence {
  entityId: string;
  mention: Mention;
}

function genderFits(pronoun: string, gender: Gender): boolean {
  const lower = pronoun.toLowerCase();
  if (gender === 'male') return !FEMININE_PRONOUNS.has(lower);
  if (gender === 'female') return !MASCULINE_PRONOUNS.has(lower);
  return true;
}

/** The person a sentence is about: the first person named before any ordinary lower-case word. */
function subjectOf(sentence: Sentence | undefined, people: PersonInSentence[]): string | null {
  if (!sentence || people.length === 0) return null;
  const first = people[0]!;
  const before = sentence.text.slice(0, first.mention.start - sentence.start);
  const words = before.match(/[\p{L}’'-]+/gu) ?? [];
  const leadOnly = words.every((w) => /^\p{Lu}/u.test(w) || isRoleWord(w) || SUBJECT_LEAD_WORDS.has(w.toLowerCase()));
  return leadOnly ? first.entityId : null;
}

function resolvePronouns(
  mentions: Mention[],
  sentences: Sentence[],
  genderOf: (entityId: string) => Gender,
): void {
  const sentenceAt = new Map(sentences.map((s) => [s.index, s]));
  const peopleBySentence = new Map<number, PersonInSentence[]>();
  for (const mention of mentions) {
    if (mention.pronoun || mention.type !== 'person' || !mention.entityId) continue;
    const list = peopleBySentence.get(mention.sentenceIndex) ?? [];
    list.push({ entityId: mention.entityId, mention });
    peopleBySentence.set(mention.sentenceIndex, list);
  }
  for (const list of peopleBySentence.values()) list.sort((a, b) => a.mention.start - b.mention.start);

  for (const pronoun of mentions) {
    if (!pronoun.pronoun) continue;
    const fits = (p: PersonInSentence): boolean => genderFits(pronoun.text, genderOf(p.entityId));
    const here = (peopleBySentence.get(pronoun.sentenceIndex) ?? []).filter((p) => p.mention.end <= pronoun.start && fits(p));
    if (REFLEXIVE_PRONOUNS.has(pronoun.text.toLowerCase())) {
      // "Smith himself": the nearest person before it.
      const nearest = here[here.length - 1];
      if (nearest) pronoun.entityId = nearest.entityId;
      continue;
    }
    const distinctHere = [...new Set(here.map((p) => p.entityId))];
    if (distinctHere.length === 1) {
      pronoun.entityId = distinctHere[0];
      continue;
    }
    if (distinctHere.length > 1) continue; // Two people in the same clause: nothing decides.
    for (let back = 1; back <= 2; back++) {
      const index = pronoun.sentenceIndex - back;
      const people = (peopleBySentence.get(index) ?? []).filter(fits);
      const distinct = [...new Set(people.map((p) => p.entityId))];
      if (distinct.length === 0) continue;
      if (distinct.length === 1) pronoun.entityId = distinct[0];
      else {
        const subject = subjectOf(sentenceAt.get(index), people);
        if (subject) pronoun.entityId = subject;
      }
      break;
    }
  }
}

// ───────────────────────────── public API ─────────────────────────────

/**
 * Groups mentions into entities across sentences and documents, resolves pronouns to people,
 * and gives each entity a canonical name, aliases, roles and a stable id.
 */
export function resolveEntities(
  mentionsByDoc: Map<string, Mention[]>,
  sentencesByDoc: Map<string, Sentence[]>,
  options: ResolveOptions = {},
): ResolveResult {
  const copies = new Map<string, Mention[]>();
  const all: Mention[] = [];
  for (const [docId, mentions] of mentionsByDoc) {
    const list = mentions.map((m) => {
      const copy: Mention = { ...m };
      delete copy.entityId;
      return copy;
    });
    copies.set(docId, list);
    // A loop, not push(...list): spreading a huge array into arguments overflows the call stack.
    for (const mention of list) all.push(mention);
  }

  const aliasKeys = new Map<string, string>();
  for (const [canonical, others] of Object.entries(options.aliases ?? {})) {
    for (const other of [canonical, ...others]) {
      aliasKeys.set(nameKey(other), canonical);
      aliasKeys.set(orgKey(nameTokens(other.replace(/^the\s+/i, '')).join(' ')), canonical);
    }
  }

  const nameMentions = all.filter((m) => !m.pronoun);
  const analyse = analyser(aliasKeys);
  const named = nameMentions.map((m, i) => analyse(m, i));
  const sets = new DisjointSets(named.length);

  // User aliases join everything that maps to the same canonical name, whatever its type.
  const byAlias = new Map<string, number>();
  // (Skipped without aliases: no key can then match, and keying every mention again is costly.)
  for (const n of aliasKeys.size > 0 ? named : []) {
    const canonical = aliasKeys.get(n.mention.type === 'person' ? nameKey(n.clean) : orgKey(n.clean));
    if (canonical === undefined) continue;
    const first = byAlias.get(canonical);
    if (first === undefined) byAlias.set(canonical, n.index);
    else sets.union(first, n.index);
  }

  retypeFalsePeople(named);
  const { unlinkedSingles } = mergePeople(named, sets);
  mergeNonPeople(named, sets, 'organization');
  mergeNonPeople(named, sets, 'place');
  retypeUnlinkedSingles(unlinkedSingles, named, sets);

  // Build entities.
  const groups = new Map<number, NamedMention[]>();
  for (const n of named) {
    const root = sets.find(n.index);
    const list = groups.get(root) ?? [];
    list.push(n);
    groups.set(root, list);
  }
  const sentenceLookup = new Map<string, Map<number, Sentence>>();
  for (const [docId, sentences] of sentencesByDoc) sentenceLookup.set(docId, new Map(sentences.map((s) => [s.index, s])));

  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  const genders = new Map<string, Gender>();
  const orderedGroups = [...groups.values()].sort((a, b) => a[0]!.index - b[0]!.index);
  for (const members of orderedGroups) {
    const typeCounts = new Map<EntityType, number>();
    for (const m of members) typeCounts.set(m.type, (typeCounts.get(m.type) ?? 0) + 1);
    const type = [...typeCounts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const aliasedCanonical = members.map((m) => aliasKeys.get(m.key)).find((c) => c !== undefined);
    const name = aliasedCanonical ?? canonicalName(members, type);
    const baseId = `${type}:${slug(name) || 'unnamed'}`;
    let id = baseId;
    for (let n = 2; usedIds.has(id); n++) id = `${baseId}-${n}`;
    usedIds.add(id);

    const roles: string[] = [];
    const aliases: string[] = [];
    for (const member of members) {
      member.mention.entityId = id;
      member.mention.type = type;
      if (!aliases.includes(member.clean)) aliases.push(member.clean);
      if (type !== 'person') continue;
      const sentence = sentenceLookup.get(member.mention.docId)?.get(member.mention.sentenceIndex);
      if (!sentence) continue;
      for (const role of rolesAround(sentence, member.mention)) {
        if (!roles.some((r) => r.toLowerCase() === role.toLowerCase())) roles.push(role);
      }
    }
    if (type === 'person') genders.set(id, genderOfFirstName(splitPersonName(name).first));
    entities.push({ id, type, name, aliases, roles, mentions: members.map((m) => m.mention) });
  }

  // Pronouns, per document, after names are settled.
  const entityById = new Map(entities.map((e) => [e.id, e]));
  for (const [docId, mentions] of copies) {
    resolvePronouns(mentions, sentencesByDoc.get(docId) ?? [], (entityId) => genders.get(entityId) ?? null);
    for (const mention of mentions) {
      if (mention.pronoun && mention.entityId) entityById.get(mention.entityId)?.mentions.push(mention);
    }
  }
  return { entities, mentions: copies };
}
