// Merges mentions into entities across sentences and articles, links pronouns, and names each entity. The work is
// in cluster.ts (merging names), pronouns.ts and given-names.ts; this is the stage's entry point.
import type { Entity, EntityType, Mention, Sentence } from '../types.js';
import { nameKey, nameTokens, slug, splitPersonName } from '../text/names.js';
import { DisjointSets } from '../util/disjoint-sets.js';
import { analyser, canonicalName, mergeNonPeople, mergePeople, orgKey, retypeFalsePeople, retypeUnlinkedSingles, type NamedMention } from './cluster.js';
import { genderOfFirstName, type Gender } from './given-names.js';
import { resolvePronouns } from './pronouns.js';

export interface ResolveOptions {
  /** User-provided aliases: canonical name → other names of the same entity. */
  aliases?: Record<string, string[]>;
}

export interface ResolveResult {
  entities: Entity[];
  /** The input mentions (copies) with `entityId` set where resolved, per document id. */
  mentions: Map<string, Mention[]>;
}

/**
 * Groups mentions into entities across sentences and documents, resolves pronouns to people,
 * and gives each entity a canonical name, aliases and a stable id.
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

    const aliases: string[] = [];
    for (const member of members) {
      member.mention.entityId = id;
      member.mention.type = type;
      if (!aliases.includes(member.clean)) aliases.push(member.clean);
    }
    if (type === 'person') genders.set(id, genderOfFirstName(splitPersonName(name).first));
    entities.push({ id, type, name, aliases, mentions: members.map((m) => m.mention) });
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
