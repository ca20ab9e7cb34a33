import type { Assertion, Entity, EntityRef, Mention } from '../types.js';

/**
 * Links the names and pronouns that extractors wrote into assertions (participants, speakers, holders) to the
 * entities the resolve stage built, by finding the mention with the same text in the same sentence.
 */
export function linkAssertionRefs(assertions: Assertion[], mentions: Mention[], entities: Map<string, Entity>): Assertion[] {
  const bySentence = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = `${m.docId}#${m.sentenceIndex}`;
    const list = bySentence.get(key) ?? [];
    list.push(m);
    bySentence.set(key, list);
  }
  const link = (ref: EntityRef, docId: string, sentenceIndex: number): EntityRef => {
    const candidates = bySentence.get(`${docId}#${sentenceIndex}`) ?? [];
    const wanted = ref.text.toLowerCase();
    const mention =
      candidates.find((m) => m.text.toLowerCase() === wanted && m.entityId) ??
      candidates.find((m) => m.entityId && !m.pronoun && (m.text.toLowerCase().includes(wanted) || namesAsHead(wanted, m.text.toLowerCase())));
    const entity = mention?.entityId ? entities.get(mention.entityId) : undefined;
    return entity ? { text: ref.text, entityId: entity.id, name: entity.name } : { text: ref.text, name: ref.text };
  };
  return assertions.map((a) => {
    const at = (r: EntityRef) => link(r, a.docId, a.sentenceIndex);
    const speaker = a.speaker ? { speaker: at(a.speaker) } : {};
    switch (a.kind) {
      case 'event':
        return {
          ...a,
          ...speaker,
          participants: a.participants.map(at),
          ...(a.anchor ? { anchor: { ...a.anchor, participants: a.anchor.participants.map(at) } } : {}),
        };
      case 'authenticity':
        return { ...a, ...speaker, holder: at(a.holder) };
      case 'role':
        return { ...a, ...speaker, person: at(a.person) };
      case 'figure':
        return a.owner ? { ...a, ...speaker, owner: at(a.owner) } : { ...a, ...speaker };
      default:
        return { ...a, ...speaker };
    }
  });
}

/**
 * Does a longer reference name this mention as its head ("President Ann Lee" → "Ann Lee")? Not when the
 * mention only ends a phrase inside it ("the ministry in Kaskela" is the ministry, not Kaskela).
 */
function namesAsHead(reference: string, mention: string): boolean {
  const at = reference.indexOf(mention);
  if (at < 0) return false;
  return !/\b(?:in|of|at|from|near|for|to|with|by)\s+(?:the\s+)?$/.test(reference.slice(0, at));
}

/** The key an entity reference is compared by: its entity id, or its lower-cased text when unresolved. */
export function refKey(ref: EntityRef): string {
  return ref.entityId ?? `text:${ref.text.toLowerCase()}`;
}

export function refName(ref: EntityRef): string {
  return ref.name ?? ref.text;
}
