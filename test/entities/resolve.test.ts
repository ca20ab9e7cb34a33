import { describe, it, expect } from 'vitest';
import type { Entity, EntityType } from '../../src/types.js';
import { resolveTexts } from './helpers.js';

function entityOf(entities: Entity[], surface: string): Entity | undefined {
  return entities.find((e) => e.aliases.includes(surface));
}

function people(entities: Entity[]): Entity[] {
  return entities.filter((e) => e.type === 'person');
}

describe('resolveEntities: merging', () => {
  it.each<[string, string[], string[]]>([
    ['surname alone joins the full name', ['Envoy Marcus Delaney arrived on Monday.', 'Delaney said the talks went well.'], ['Marcus Delaney', 'Delaney']],
    ['titles and possessives', ['President Anna Kowalski spoke first.', "Later, Kowalski's office issued a statement. Ms Kowalski declined to comment."], ['Anna Kowalski', 'Kowalski']],
    ['-yy / -y / -iy endings', ['President Volodymyr Zelenskyy met the envoy.', 'Ukrainian President Volodymyr Zelensky spoke.', 'Zelenskiy said he would travel.'], ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Zelenskiy']],
    ['-off / -ov endings', ['Envoy Pavel Smirnoff arrived.', 'The envoy Pavel Smirnov left early.'], ['Pavel Smirnoff', 'Pavel Smirnov']],
    ['middle initials', ['Senator John Q. Harlan spoke.', 'Senator John Harlan left the chamber.'], ['John Q. Harlan', 'John Harlan']],
    ['short first names', ['Envoy Steven Marlowe arrived.', 'Steve Marlowe told reporters he was optimistic.'], ['Steven Marlowe', 'Steve Marlowe']],
  ])('%s', (_label, texts, surfaces) => {
    const { entities } = resolveTexts(texts);
    const ids = new Set(surfaces.map((s) => entityOf(entities, s)?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^person:/);
  });

  it.each<[string, string[], string, string]>([
    ['father and son', ['Donald Trump Jr. posted a message.', 'President Donald Trump spoke on Friday.'], 'Donald Trump Jr.', 'Donald Trump'],
    ['brothers sharing a surname', ['Jared Kushner met officials.', 'His brother Josh Kushner invested in the firm.'], 'Jared Kushner', 'Josh Kushner'],
    ['people sharing only a first name', ['Envoy Sergei Lavin spoke.', 'Minister Sergei Orlov replied.'], 'Sergei Lavin', 'Sergei Orlov'],
  ])('does not merge %s', (_label, texts, a, b) => {
    const { entities } = resolveTexts(texts);
    const first = entityOf(entities, a);
    const second = entityOf(entities, b);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(first!.id).not.toBe(second!.id);
  });

  it('a surname shared by two people stays unlinked unless the article names only one', () => {
    const { entities, mentions } = resolveTexts([
      'Jared Kushner met officials. Josh Kushner invested. Kushner declined to comment.',
      'Jared Kushner flew to the region. Kushner said the trip went well.',
    ]);
    const jared = entityOf(entities, 'Jared Kushner')!;
    const josh = entityOf(entities, 'Josh Kushner')!;
    const bare = (docId: string) => mentions.get(docId)!.find((m) => m.text === 'Kushner')!;
    expect([jared.id, josh.id]).not.toContain(bare('doc0').entityId);
    expect(bare('doc1').entityId).toBe(jared.id);
  });

  it('"Trump" alone means the father when the son is also named', () => {
    const { entities, mentions } = resolveTexts(['Donald Trump Jr. posted a message. President Donald Trump spoke. Trump later left.']);
    const father = entities.find((e) => e.name === 'Donald Trump')!;
    expect(mentions.get('doc0')!.find((m) => m.text === 'Trump')!.entityId).toBe(father.id);
  });

  it.each<[string, string[], string[], EntityType]>([
    ['acronym of a multi-word organisation', ['The Wall Street Journal reported the leak.', 'Officials told the WSJ it was false.'], ['Wall Street Journal', 'WSJ'], 'organization'],
    ['outlet name with and without "News"', ['The story was published by Harbor News on Tuesday. Harbor said it had reviewed the audio.'], ['Harbor News', 'Harbor'], 'organization'],
    ['country acronym with dots', ['Talks between the U.S. and China resumed.', 'The United States said the talks resumed.', 'The US denied it.'], ['U.S.', 'United States', 'US'], 'place'],
  ])('merges %s', (_label, texts, surfaces, type) => {
    const { entities } = resolveTexts(texts);
    const found = surfaces.map((s) => entityOf(entities, s));
    expect(found.every((e) => e !== undefined)).toBe(true);
    expect(new Set(found.map((e) => e!.id)).size).toBe(1);
    expect(found[0]!.type).toBe(type);
  });

  it('user aliases merge names no rule would', () => {
    const { entities } = resolveTexts(['Marcus Delaney arrived.', 'The Fixer said nothing.'], { 'Marcus Delaney': ['The Fixer'] });
    const delaney = entityOf(entities, 'Marcus Delaney');
    expect(delaney).toBeDefined();
    const allMentions = delaney!.mentions.map((m) => m.text);
    expect(allMentions).toContain('Fixer');
  });
});

describe('resolveEntities: canonical names, ids, roles', () => {
  it('canonical name is the longest full form without titles or possessives', () => {
    const { entities } = resolveTexts(["President Anna Kowalski's plan was new.", 'Kowalski defended it. Anna Kowalski spoke again.']);
    const kowalski = people(entities).find((e) => e.aliases.includes('Kowalski'))!;
    expect(kowalski.name).toBe('Anna Kowalski');
    expect(kowalski.id).toBe('person:anna-kowalski');
    expect(kowalski.aliases).toEqual(expect.arrayContaining(['Anna Kowalski', 'Kowalski']));
  });

  it('most frequent spelling wins a tie in length', () => {
    const { entities } = resolveTexts([
      'President Volodymyr Zelenskyy spoke.',
      'Volodymyr Zelenskyy travelled.',
      'Volodymyr Zelenskiy met the envoy.',
    ]);
    expect(people(entities).find((e) => e.aliases.includes('Volodymyr Zelenskiy'))!.name).toBe('Volodymyr Zelenskyy');
  });

  it('ids are stable across runs and unique', () => {
    const texts = ['Envoy Marcus Delaney met Minister Ivan Orlov in Berlin.', 'Delaney and Orlov spoke again.'];
    const first = resolveTexts(texts).entities.map((e) => e.id);
    const second = resolveTexts(texts).entities.map((e) => e.id);
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(first.length);
  });

  it('the White House is an organisation, not a person', () => {
    const { entities } = resolveTexts(['The White House said the call was routine. A White House official agreed.']);
    const whiteHouse = entityOf(entities, 'White House')!;
    expect(whiteHouse.type).toBe('organization');
    expect(people(entities)).toEqual([]);
  });
});

describe('resolveEntities: pronouns', () => {
  function pronounTarget(text: string, pronoun: string, occurrence = 0): string | undefined {
    const { entities, mentions } = resolveTexts([text]);
    const found = mentions.get('doc0')!.filter((m) => m.pronoun && m.text === pronoun)[occurrence];
    expect(found).toBeDefined();
    return entities.find((e) => e.id === found!.entityId)?.name;
  }

  it.each([
    ['Envoy Marcus Delaney arrived on Monday. He said the talks were useful.', 'He', 'Marcus Delaney'],
    ['Minister Ivan Orlov said his office would reply.', 'his', 'Ivan Orlov'],
    ['Ivan Orlov himself made the call.', 'himself', 'Ivan Orlov'],
    // The subject of the previous sentence wins over an object.
    ['Envoy Marcus Delaney told Ivan Orlov about the plan. He later denied it.', 'He', 'Marcus Delaney'],
    // Gender from the first name rules out the wrong person.
    ['Envoy Mary Holt met Minister Ivan Orlov. She said the meeting went well.', 'She', 'Mary Holt'],
  ])('%s → %s = %s', (text, pronoun, expected) => {
    expect(pronounTarget(text, pronoun)).toBe(expected);
  });

  it.each([
    ['Two people in the same clause', 'Marcus Delaney told Ivan Orlov that he would resign.', 'he'],
    ['No subject in the previous sentence', 'The plan was drafted by Marcus Delaney and Ivan Orlov. He said it was fair.', 'He'],
    ['Nobody named nearby', 'The weather was fine. The roads were clear. Traffic was light. He arrived late.', 'He'],
  ])('leaves ambiguous pronouns unresolved: %s', (_label, text, pronoun) => {
    expect(pronounTarget(text, pronoun)).toBeUndefined();
  });

  it('does not look further back than two sentences', () => {
    expect(pronounTarget('Envoy Marcus Delaney arrived. The weather was fine. Roads were clear. He left.', 'He')).toBeUndefined();
  });
});

describe('resolveEntities on seed sentences', () => {
  it('merges the envoys across articles and links a following pronoun', () => {
    const { entities, mentions } = resolveTexts([
      "The conversation was between President Donald Trump's special envoy Steve Witkoff and senior Kremlin official Yuri Ushakov.",
      'Ushakov said that his conversations with Witkoff were not intended for publication. He said the leak was unacceptable.',
      'Bloomberg published a call in which Trump envoy Steve Witkoff advised Putin\'s foreign policy aide Yuri Ushakov.',
    ]);
    const witkoff = entityOf(entities, 'Steve Witkoff')!;
    const ushakov = entityOf(entities, 'Yuri Ushakov')!;
    expect(witkoff.aliases).toContain('Witkoff');
    expect(ushakov.aliases).toContain('Ushakov');
    expect(entityOf(entities, 'Donald Trump')!.aliases).toContain('Trump');
    const doc1 = mentions.get('doc1')!;
    expect(doc1.find((m) => m.text === 'his')!.entityId).toBe(ushakov.id);
    expect(doc1.find((m) => m.text === 'He')!.entityId).toBe(ushakov.id);
    expect(people(entities).map((e) => e.name).sort()).toEqual(['Donald Trump', 'Putin', 'Steve Witkoff', 'Yuri Ushakov']);
  });
});
