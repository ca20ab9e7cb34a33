// Entity typing and merging rules found on invented stories: datelines, place prepositions, demonyms,
// company names that speak, seats of power, surnames that are also towns, short forms of organisations.
import { describe, it, expect } from 'vitest';
import { nameKey } from '../../src/text/names.js';
import type { Entity, EntityType } from '../../src/types.js';
import { named, resolveTexts } from './helpers.js';

const entitiesOf = (texts: string[]): Entity[] => resolveTexts(texts).entities;



function entityOf(entities: Entity[], surface: string): Entity | undefined {
  return entities.find((e) => e.aliases.includes(surface));
}

describe('findMentions: types names by their context', () => {
  it.each<[string, string, string, EntityType]>([
    ['dateline city', 'HARLOW BAY, Calderra (Northline Press) - Forty people were hurt on Monday, officials said.', 'HARLOW BAY', 'place'],
    ['dateline country', 'HARLOW BAY, Calderra (Northline Press) - Forty people were hurt on Monday, officials said.', 'Calderra', 'place'],
    ['dateline agency', 'HARLOW BAY, Calderra (Northline Press) - Forty people were hurt on Monday, officials said.', 'Northline Press', 'organization'],
    ['dateline with a date', 'TREMONT, May 3, 2024 - Crews worked through the night.', 'TREMONT', 'place'],
    ['dateline name used later', 'DUNMERE - The river burst its banks. Relief reached Dunmere\'s old quarter on Tuesday.', 'Dunmere', 'place'],
    ['"in" + unknown name', 'Flooding was worst in Marrowfield, the agency said.', 'Marrowfield', 'place'],
    ['"of" + one unknown word', 'The former mayor of Quenby was arrested on Friday.', 'Quenby', 'place'],
    ['"ambassador to"', 'He served as ambassador to Tessaly for four years.', 'Tessaly', 'place'],
    ['a "Port …" name', 'Residents fled Port Serrano after the storm.', 'Port Serrano', 'place'],
    ['a "… Valley" name', 'Floods hit Tarrow Valley on Sunday.', 'Tarrow Valley', 'place'],
    ['a country beside its demonym', 'The Calderran foreign ministry said Calderra would respond.', 'Calderra', 'place'],
    ['a company named by a plural noun', 'Harrowgate Motors on Tuesday announced a recall of its vans.', 'Harrowgate Motors', 'organization'],
    ['a company after a dateline dash', 'KESTON (Northline Press) - Dunmore Appliances dismissed the report as false.', 'Dunmore Appliances', 'organization'],
    ['an unknown plural name that speaks', 'Kessler Dynamics said the figures were wrong.', 'Kessler Dynamics', 'organization'],
    ['a newspaper', 'The claim was first printed by the Fenmoor Courier on Monday.', 'Fenmoor Courier', 'organization'],
    ['a seat of power with the article', 'The Marlow House said the call was routine.', 'Marlow House', 'organization'],
    ['a seat of power that speaks', 'Carver Street said it would respond within days.', 'Carver Street', 'organization'],
    ['a seat of power qualifying an official', 'A Marlow House official confirmed the meeting.', 'Marlow House', 'organization'],
    ['"the <Name>" that speaks', 'The Vostrel said on Monday that the talks were over.', 'Vostrel', 'organization'],
    ['a legislature', 'The bill failed after Congress voted against it.', 'Congress', 'organization'],
    ['a surname that is also a town', 'Council leader Amelia Carlisle resigned. Carlisle, who ran the council for years, denied wrongdoing.', 'Carlisle', 'person'],
  ])('%s: %s → %s', (_label, text, name, type) => {
    expect(named(text)).toContainEqual([name, type]);
  });

  it.each<[string, string, string]>([
    ['a label in capitals is no dateline', 'BREAKING - The minister resigned on Monday.', 'BREAKING'],
    ['a demonym is no name', 'The Calderran foreign ministry said Calderra would respond.', 'Calderran'],
    ['a demonym of an unnamed country is no name', 'The Ostravian delegation left early.', 'Ostravian'],
    ['a plural role is no name', 'Prosecutors said the mayor took bribes.', 'Prosecutors'],
    ['a plural role mid-sentence is no name', 'After the verdict, Officials said the case was closed.', 'Officials'],
    ['the month of a dated dateline', 'TREMONT, May 3, 2024 - Crews worked through the night.', 'May'],
  ])('%s: %s has no mention %s', (_label, text, surface) => {
    expect(named(text).map(([name]) => name)).not.toContain(surface);
  });

  it.each<[string, string, string, EntityType]>([
    ['a first name keeps a person a person after "of"', 'It was the last film of Julia Stanton before she retired.', 'Julia Stanton', 'place'],
    ['a given name is not read as a demonym', 'Julian Kell met Julia Kell on Friday.', 'Julia Kell', 'place'],
    ['a person who speaks is not a company', 'Tomas Ebbers said the figures were wrong.', 'Tomas Ebbers', 'organization'],
    ['a town named in a dateline does not become a person', 'CARLISLE - The town council met on Monday. Carlisle voted to close the bridge.', 'Carlisle', 'person'],
    ['a street where someone lives is no institution', 'They lived on Carver Street for years.', 'Carver Street', 'organization'],
    ['a town is not the surname of a stranger', 'The train to Carlisle was cancelled on Monday.', 'Carlisle', 'person'],
  ])('%s: %s does not type %s as %s', (_label, text, surface, wrongType) => {
    expect(named(text)).not.toContainEqual([surface, wrongType]);
  });
});

describe('nameKey: western and Slavic spellings of one name', () => {
  it.each([
    ['Aleksandr Petrov', 'Alexander Petroff'],
    ['Petr Novak', 'Peter Novak'],
    ['Aleksandr', 'Alexandr'],
  ])('%s ~ %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Alexander Petrov', 'Alexandra Petrova'],
    ['Walter', 'Walters'],
    ['Peter Novak', 'Pieter Nowak Jr.'],
  ])('%s differs from %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('resolveEntities: merges across spellings and short forms, keeps apart what differs', () => {
  it('"Aleksandr Petrov" and "Alexander Petroff" in two articles are one person', () => {
    const entities = entitiesOf([
      'Foreign Minister Aleksandr Petrov met his counterpart on Monday. Petrov said the talks went well.',
      'Alexander Petroff and Mireille Dubach met in Vienna. Petroff said little.',
    ]);
    const petrov = entities.filter((e) => /Petro(v|ff)/.test(e.name));
    expect(petrov).toHaveLength(1);
    expect(petrov[0]!.type).toBe('person');
    expect(petrov[0]!.aliases).toEqual(expect.arrayContaining(['Aleksandr Petrov', 'Alexander Petroff', 'Petrov', 'Petroff']));
  });

  it('a company and its short name are one organisation, named as the articles name it most', () => {
    const entities = entitiesOf([
      'Dunmore Appliances on Wednesday dismissed the email. Dunmore said it had found no trace of it. No Dunmore engineer sent it.',
      'Dunmore announced a recall on Monday. Engineers at Dunmore Appliances had warned managers.',
    ]);
    const dunmore = entities.filter((e) => /Dunmore/.test(e.name));
    expect(dunmore.map((e) => e.type)).toEqual(['organization']);
    expect(dunmore[0]!.name).toBe('Dunmore');
  });

  it('"The Fenmoor Courier", "the Courier" and "Courier" are one newspaper', () => {
    const entities = entitiesOf([
      'The email was first published by The Fenmoor Courier on Tuesday. The Courier has verified it.',
      'An email published by the Fenmoor Courier raised concerns, while the Courier says it checked the document.',
    ]);
    expect(entities.filter((e) => /Courier/.test(e.name))).toHaveLength(1);
  });

  it('a short form that two organisations share links to neither', () => {
    const entities = entitiesOf([
      'The story ran in the Fenmoor Courier on Monday. The Fenmoor Gazette ran it on Tuesday.',
      'The Fenmoor said on Monday that it stood by the story.',
    ]);
    const courier = entityOf(entities, 'Fenmoor Courier');
    const gazette = entityOf(entities, 'Fenmoor Gazette');
    const short = entityOf(entities, 'Fenmoor');
    expect(courier).toBeDefined();
    expect(gazette).toBeDefined();
    expect(courier!.id).not.toBe(gazette!.id);
    if (short) expect([courier!.id, gazette!.id]).not.toContain(short.id);
  });

  it('a town does not join the newspaper named after it', () => {
    const entities = entitiesOf(['QUENBY (Quenby Gazette) - Floods closed the bridge on Monday, the Quenby Gazette reported.']);
    expect(entityOf(entities, 'Quenby Gazette')?.type).toBe('organization');
    expect(entityOf(entities, 'QUENBY')?.type).toBe('place');
    expect(entityOf(entities, 'QUENBY')?.id).not.toBe(entityOf(entities, 'Quenby Gazette')?.id);
  });

  it('a surname that is also a town resolves to the person in every article', () => {
    const entities = entitiesOf([
      'Former mayor Amelia Carlisle was convicted on Monday. Carlisle showed no emotion.',
      'Amelia Carlisle, the former mayor, was convicted. Carlisle, who led the city for years, has denied wrongdoing.',
    ]);
    expect(entities.filter((e) => /Carlisle/.test(e.name)).map((e) => `${e.type}:${e.name}`)).toEqual(['person:Amelia Carlisle']);
  });

  it('a two-word name typed a person in one article and a place in another is a place', () => {
    const entities = entitiesOf(['Crowds filled Vell Marin on Sunday.', 'VELL MARIN, Calderra - The harbour reopened on Monday.']);
    const vell = entities.filter((e) => /vell marin/i.test(e.name));
    expect(vell.map((e) => e.type)).toEqual(['place']);
  });

  it('a person with a given name keeps the type even when an organisation shares the words', () => {
    const entities = entitiesOf(['Harold Quill said the plan was sound.', 'The Harold Quill said the plan was sound.']);
    expect(entities.find((e) => e.type === 'person' && e.name === 'Harold Quill')).toBeDefined();
  });
});
