// Names a document (or its outlet) establishes once and then uses in short forms: sentence-initial full names,
// surnames as objects, companies by their first word, an outlet by its last word, -i demonyms.
import { describe, it, expect } from 'vitest';
import type { Entity, EntityType } from '../../src/types.js';
import { named, resolveTexts } from './helpers.js';

const entitiesOf = (texts: string[]): Entity[] => resolveTexts(texts).entities;



describe('findMentions: a name given in full is known everywhere in its article', () => {
  it.each<[string, string, string, EntityType]>([
    [
      'full name opening a sentence, surname later as an object',
      'Oskar Venneberg won the vote by a wide margin.\n\nHis rival called Venneberg late on Sunday.',
      'Venneberg',
      'person',
    ],
    [
      'full name after a dateline dash',
      'MIRELLO (Dunport Agency) - Henrike Salvesen won the mayoral race on Sunday.\n\nHer opponent phoned Salvesen on Monday.',
      'Henrike Salvesen',
      'person',
    ],
    [
      'full name with an auxiliary before the verb',
      'Teodric Valmont has won the chairmanship of the club.',
      'Teodric Valmont',
      'person',
    ],
    [
      'first name that is also a dictionary noun',
      'Alma Quessing conceded the race in a short speech.',
      'Alma Quessing',
      'person',
    ],
    [
      'surname possessive before "party" is still the person',
      'Alma Quessing conceded the race.\n\nIn 2020, Quessing\'s party won 38 percent.',
      'Quessing',
      'person',
    ],
    [
      'surname object after a verb',
      'Ravel Ostrander said he would serve.\n\nThe council thanked Ostrander for his work.',
      'Ostrander',
      'person',
    ],
  ])('%s: %s', (_label, text, name, type) => {
    const found = named(text).filter(([surface]) => surface === name);
    expect(found.length).toBeGreaterThan(0);
    for (const [, foundType] of found) expect(foundType).toBe(type);
  });
});

describe('findMentions: companies named by their first word', () => {
  it.each<[string, string, string, EntityType]>([
    ['"X chief executive Y" makes X a company', 'Marrowind Freight chief executive Pia Lund resigned.', 'Marrowind Freight', 'organization'],
    ['"X shares fell" makes X a company', 'Quorvex shares fell 4 percent on Friday.', 'Quorvex', 'organization'],
    [
      'the short name in a headline-like opening',
      'Quorvex says the merger is off\n\nQuorvex Logistics chief executive Pia Lund said the talks had failed.',
      'Quorvex',
      'organization',
    ],
    [
      'the full name once the short name is a company',
      'Quorvex shares fell 4 percent.\n\nQuorvex Haulage on Tuesday said the figures were wrong.',
      'Quorvex Haulage',
      'organization',
    ],
    ['industry nouns end company names', 'The contract went to Brennock Shipping last year.', 'Brennock Shipping', 'organization'],
  ])('%s', (_label, text, name, type) => {
    expect(named(text)).toContainEqual([name, type]);
  });

  it.each<[string, string, string]>([
    ['a person\'s party is no company', 'Mira Tallest spoke.\n\nLast year Tallest\'s party lost.', 'Tallest'],
    ['a person\'s company is no company', 'Dov Amsel spoke.\n\nAmsel\'s company denied it.', 'Amsel'],
  ])('%s', (_label, text, name) => {
    expect(named(text).filter(([surface]) => surface === name).map(([, type]) => type)).not.toContain('organization');
  });
});

describe('findMentions: the document\'s own outlet', () => {
  it.each<[string, string, string, EntityType]>([
    ['the outlet by its last word', 'The prosecutor told the Gazetteer that she would appeal.', 'Gazetteer', 'organization'],
    ['the outlet in a title-case line', 'Norbury Gazetteer\n\nThe prosecutor said she would appeal.', 'Norbury Gazetteer', 'organization'],
  ])('%s', (_label, text, name, type) => {
    expect(named(text, 'The Norbury Gazetteer')).toContainEqual([name, type]);
  });

  it('a place that shares the outlet\'s first word stays a place', () => {
    expect(named('The meeting took place in Norbury on Monday.', 'The Norbury Gazetteer')).toContainEqual(['Norbury', 'place']);
  });
});

describe('findMentions: -i demonyms before nouns of the state', () => {
  it.each<[string, string]>([
    ['The Dravani foreign ministry said the talks would resume.', 'Dravani'],
    ['They flew home aboard a Solmeri government jet.', 'Solmeri'],
  ])('%s has no mention %s', (text, word) => {
    expect(named(text).map(([surface]) => surface)).not.toContain(word);
  });

  it.each<[string, string]>([
    ['Luca Brandolini met aides on Monday.\n\nThe Brandolini government fell in May.', 'Brandolini'],
    // Not before a noun of the state: still a name (whatever its type).
    ['The Ferrari team won the race.', 'Ferrari'],
    ['Officials from the Medici bank declined to comment.', 'Medici'],
  ])('%s keeps %s', (text, word) => {
    expect(named(text).map(([surface]) => surface)).toContain(word);
  });
});

describe('findMentions: sentence openings that are not names', () => {
  it.each<[string, string]>([
    ['When Anselm Krugg arrived, the hall was empty.', 'When Anselm Krugg'],
    ['However Krugg said nothing.', 'However Krugg'],
    ['Leaked Quorvex memos show the plan.', 'Leaked Quorvex'],
  ])('%s does not yield "%s"', (text, surface) => {
    expect(named(text).map(([s]) => s)).not.toContain(surface);
  });
});

describe('resolveEntities: short forms join the full organisation', () => {
  it('"Quorvex" joins "Quorvex Freight" across articles', () => {
    const entities = entitiesOf([
      'Quorvex Freight chief executive Pia Lund said the talks had failed.',
      'Quorvex shares fell 4 percent on Tuesday.',
    ]);
    const company = entities.find((e) => e.aliases.includes('Quorvex Freight'));
    expect(company?.type).toBe('organization');
    expect(company?.aliases).toContain('Quorvex');
  });

  it('a one-word organisation that begins two different organisations joins neither', () => {
    const entities = entitiesOf([
      'Quorvex Freight chief executive Pia Lund resigned. Quorvex Mining chief executive Ode Sarr stayed.',
      'Quorvex shares fell 4 percent on Tuesday.',
    ]);
    const short = entities.find((e) => e.aliases.includes('Quorvex'));
    expect(short?.aliases).not.toContain('Quorvex Freight');
    expect(short?.aliases).not.toContain('Quorvex Mining');
  });
});
