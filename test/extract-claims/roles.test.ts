import { describe, it, expect } from 'vitest';
import { run } from './helpers.js';
import { roleExtractor } from '../../src/extract/roles.js';
import type { RoleAssertion } from '../../src/types.js';

const roles = (text: string, mentions: string[]) =>
  run<RoleAssertion>(roleExtractor, text, { mentions: mentions.map((m) => ({ text: m, type: 'person' as const })) });

describe('roles: positives', () => {
  it.each([
    ['Former acting US Director of National Intelligence Richard Grenell said so.', ['Richard Grenell'], 'Richard Grenell', 'former acting us director of national intelligence'],
    ['Richard Grenell, the US president’s special missions envoy, has called for firing the leaker.', ['Richard Grenell'], 'Richard Grenell', "us president's special missions envoy"],
    ['Don Bacon, a Republican representative, called for his sacking.', ['Don Bacon'], 'Don Bacon', 'republican representative'],
    ['The US president’s special missions envoy, Richard Grenell, has called for firing the leaker.', ['Richard Grenell'], 'Richard Grenell', "us president's special missions envoy"],
    ['Kirill Dmitriev, CEO of the Russian Direct Investment Fund, met him.', ['Kirill Dmitriev'], 'Kirill Dmitriev', 'ceo of the russian direct investment fund'],
    ['The plan was drafted by Finance Minister Clara Holt.', ['Clara Holt'], 'Clara Holt', 'finance minister'],
    ['The report quoted journalist Glenn Park.', ['Glenn Park'], 'Glenn Park', 'journalist'],
    ['Marco Ruiz, the Secretary of State, declined to comment.', ['Marco Ruiz'], 'Marco Ruiz', 'secretary of state'],
    ['Aid was sent by Ana Lima, a Pennsylvania Republican.', ['Ana Lima'], 'Ana Lima', 'pennsylvania republican'],
    // Cases of the entity-level role finder this extractor replaced.
    ['White House Communications Director Ben Ortiz said so.', ['Ben Ortiz'], 'Ben Ortiz', 'white house communications director'],
    ["Kirill Dmitriev, Putin's economic adviser, said so.", ['Kirill Dmitriev'], 'Kirill Dmitriev', "putin's economic adviser"],
    ['Deputy Foreign Minister Ivan Orlov spoke.', ['Ivan Orlov'], 'Ivan Orlov', 'deputy foreign minister'],
    ["Ivan Orlov, the country's chief negotiator, left.", ['Ivan Orlov'], 'Ivan Orlov', "country's chief negotiator"],
  ])('%s', (text, mentions, person, role) => {
    const out = roles(text, mentions);
    const found = out.find((r) => r.person.text === person && r.normalized === role);
    expect(found, JSON.stringify(out.map((r) => r.normalized))).toBeDefined();
    expect(found!.subject).toBe(`role of ${person}`);
  });
});

describe('roles: negatives', () => {
  it.each([
    ['Trump and Putin spoke by phone.', ['Trump', 'Putin']],
    ['The envoy met with Zelensky in Kyiv.', ['Zelensky']],
    ['Witkoff, Kushner and Dmitriev drafted the plan.', ['Witkoff', 'Kushner', 'Dmitriev']],
    ['Ushakov, who was on both of the calls, spoke.', ['Ushakov']],
    ['Yesterday Lena Fox said nothing.', ['Lena Fox']],
  ])('%s', (text, mentions) => {
    expect(roles(text, mentions)).toEqual([]);
  });
});

describe('roles: coordination and clauses', () => {
  it('does not carry a coordinated name into a title', () => {
    const out = roles('Former acting Director Ann Lee and journalist Glenn Park spoke.', ['Ann Lee', 'Glenn Park']);
    expect(out.map((r) => [r.person.text, r.normalized])).toEqual([['Ann Lee', 'former acting director'], ['Glenn Park', 'journalist']]);
  });
  it('ignores a clause after a name', () => {
    expect(roles('According to Mary Poe, possible suspects include intelligence operatives.', ['Mary Poe'])).toEqual([]);
  });
});
