// Claims reported as fact and fact-check ratings: which articles take a side on a claim others call false.
import { describe, expect, it } from 'vitest';
import { itemClass } from '../../src/compare/authenticity-topics.js';
import { claimsReportedAsFact } from '../../src/resolve/claims.js';
import type { AuthenticityAssertion, Sentence } from '../../src/types.js';
import { doc, span, stance } from '../compare/fixtures.js';

const sentence = (docId: string, index: number, text: string): Sentence => ({ docId, index, start: 0, end: text.length, text, blockKind: 'body', blockIndex: index });

/** Runs the resolver over one story made of these articles; `denials` are the stances extractors found. */
function run(bodies: Record<string, string[]>, denials: AuthenticityAssertion[]): AuthenticityAssertion[] {
  const ids = Object.keys(bodies);
  return claimsReportedAsFact({
    stances: denials,
    documents: new Map(ids.map((id) => [id, doc(id, id)])),
    sentencesByDoc: new Map(Object.entries(bodies).map(([id, texts]) => [id, texts.map((t, i) => sentence(id, i, t))])),
    storyOf: new Map(ids.map((id) => [id, 'story'])),
    itemOf: itemClass,
    spanOf: (d, s) => span(d.id, s.index + 1, s.text),
  });
}

const DENIAL = 'A hoax report claimed that the television chef Marla Quist had died of a heart attack in a hospital.';
const denier = (): AuthenticityAssertion => stance('denier', 'denier', 'fake', 'hoax report', DENIAL);

describe('fact-check ratings', () => {
  it.each([
    ['FALSE', 'fake'],
    ['Mostly false.', 'fake'],
    ['Pants on Fire!', 'fake'],
    ['Unproven', 'unconfirmed'],
    ['TRUE', 'authentic'],
  ])('reads the rating %j alone at the top as the outlet’s verdict on the claim', (rating, expected) => {
    const found = run({ checker: [rating, 'Example: [Collected via email, October 2014]', 'A family of five tested positive.'] }, []);
    expect(found.map((a) => [a.docId, a.stance, a.target, a.inferred])).toEqual([['checker', expected, 'claim', []]]);
    expect(found[0]?.evidence[0]?.text).toBe(rating);
  });

  it.each([
    ['a rating word inside a sentence', 'The claim is false, officials said.'],
    ['a rating far down the article', null],
    ['a headline that only starts with a rating word', 'True grit: a town rebuilds'],
  ])('gives no verdict for %s', (_label, first) => {
    const body = first === null ? ['Officials spoke on Monday.', 'The storm passed.', 'Roads reopened.', 'FALSE'] : [first, 'Roads reopened.'];
    expect(run({ checker: body }, [])).toEqual([]);
  });

  it('a fake rating makes the article that states the claim the other side', () => {
    const found = run(
      {
        checker: ['FALSE', 'Television chef Marla Quist died of a heart attack in a hospital, a website said.'],
        believer: ['Television chef Marla Quist died of a heart attack this morning in a hospital in the valley.'],
      },
      [],
    );
    expect(found.map((a) => [a.docId, a.stance])).toEqual([
      ['checker', 'fake'],
      ['believer', 'authentic'],
    ]);
  });
});

describe('claims reported as fact: doubt and denial', () => {
  const believerLead = 'Television chef Marla Quist died of a heart attack this morning in a hospital in the valley.';

  it.each([
    ['it has been verified that', [believerLead, 'It has been verified that she was admitted on Monday.'], true],
    ['could not be verified', [believerLead, 'The report could not be independently verified.'], false],
    ['hasn’t been confirmed', [believerLead, "Her death hasn't been confirmed by the family."], false],
    ['her agent denied it', [believerLead, 'Her agent denied it on Tuesday.'], false],
    ['alive and well', [believerLead, 'She is alive and well, her agent said.'], false],
    ['never happened', [believerLead, 'The collapse never happened, the hospital said.'], false],
  ])('%s', (_label, body, reportedAsFact) => {
    const found = run({ denier: [DENIAL], believer: body }, [denier()]);
    expect(found.some((a) => a.docId === 'believer')).toBe(reportedAsFact);
  });

  it('a long opening sentence counts when it shares many of the claim’s words and the lead goes on with the story', () => {
    const denials = ['A hoax report claimed that television chef Marla Quist had died of a heart attack at the Santa Mira hospital.', 'The report was started by a website posing as a news agency in Mexico.'];
    const long =
      'The 45 year old chef, born in a small town, who made a name for herself with her cooking shows and three books on the topic, reached worldwide popularity with her television series, and she died this morning in the Santa Mira hospital.';
    const found = run(
      {
        denier: denials,
        believer: [long, 'Quist was taken to hospital yesterday afternoon, and medical reports say she suffered a heart attack.', 'Her husband gave the news in Mexico.'],
      },
      [stance('denier', 'denier', 'fake', 'hoax report', denials[0]!)],
    );
    expect(found.map((a) => a.docId)).toEqual(['believer']);
  });

  it('an article on the same topic that does not tell the claim stays out', () => {
    const found = run(
      { denier: [DENIAL], bystander: ['Marla Quist opened a new restaurant in the valley last year.', 'Diners queued for hours.'] },
      [denier()],
    );
    expect(found).toEqual([]);
  });
});
