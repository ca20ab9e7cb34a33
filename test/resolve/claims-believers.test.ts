// Which articles report a debunked claim as plain fact: the debunkers' whole text as the claim's wording, doubt
// words that are ordinary crime-report wording, denials in an article's own words, and articles that report a dispute.
import { describe, expect, it } from 'vitest';
import { itemClass } from '../../src/compare/authenticity-topics.js';
import { claimsReportedAsFact } from '../../src/resolve/claims.js';
import type { AuthenticityAssertion, Sentence } from '../../src/types.js';
import { doc, span, stance } from '../compare/fixtures.js';

const sentence = (docId: string, index: number, text: string): Sentence => ({ docId, index, start: 0, end: text.length, text, blockKind: 'body', blockIndex: index });

function run(bodies: Record<string, string[]>, stances: AuthenticityAssertion[]): AuthenticityAssertion[] {
  const ids = Object.keys(bodies);
  return claimsReportedAsFact({
    stances,
    documents: new Map(ids.map((id) => [id, doc(id, id)])),
    sentencesByDoc: new Map(Object.entries(bodies).map(([id, texts]) => [id, texts.map((t, i) => sentence(id, i, t))])),
    storyOf: new Map(ids.map((id) => [id, 'story'])),
    itemOf: itemClass,
    spanOf: (d, s) => span(d.id, s.index + 1, s.text),
  });
}

const believers = (found: AuthenticityAssertion[]) => found.filter((a) => a.inferred.includes('reported-as-fact')).map((a) => a.docId);

// A debunker whose opening names the claim only briefly and quotes the hoax text whole further down.
const DEBUNKER = [
  'A satirical site says a famous rapper was barred from award shows.',
  'It is a hoax.',
  'The site wrote: "The rapper reprised his infamous stunt at the music awards, storming the stage as the winner accepted the trophy for album of the year."',
];
const debunk = () => stance('debunker', 'debunker', 'fake', 'hoax', DEBUNKER[1]!, 1);

describe('claims reported as fact: the claim told in the debunkers’ words', () => {
  it('a lead the debunkers quote nearly whole further down states the claim', () => {
    const found = run(
      { debunker: DEBUNKER, believer: ['The rapper reprised his infamous stunt at the music awards, storming the stage as the winner accepted the album trophy.'] },
      [debunk()],
    );
    expect(believers(found)).toEqual(['believer']);
  });

  it('an article sharing only the topic stays out', () => {
    const found = run({ debunker: DEBUNKER, bystander: ['The rapper released a new album on Friday with eleven songs.'] }, [debunk()]);
    expect(believers(found)).toEqual([]);
  });

  it('a denial of the material the claim rests on counts; a doctored video is an item of its own', () => {
    const bodies = {
      denier: ['Reports that the company cuts off customers who use the browser are false.', 'The chat evidence described in these reports is not accurate.'],
      believer: ['A customer says the company threatened to cut off customers who use the browser, in a chat he had with an agent.'],
    };
    expect(believers(run(bodies, [stance('denier', 'denier', 'fake', 'chat evidence described in these reports', bodies.denier[1]!, 1)]))).toEqual(['believer']);
    expect(believers(run(bodies, [stance('denier', 'denier', 'fake', 'video', bodies.denier[1]!, 1)]))).toEqual([]);
  });

  it('"manipulated evidence" in a trial is no one\'s claim: the articles reporting the verdict stay out', () => {
    const bodies = {
      trial: ['A jury convicted a man of murder in the shooting death of his girlfriend.', 'His lawyer contended the detective manipulated evidence throughout the investigation.'],
      report: ['A jury convicted a man of murder in the shooting death of his pregnant girlfriend.'],
    };
    expect(believers(run(bodies, [stance('trial', 'lawyer', 'fake', 'evidence throughout', bodies.trial[1]!, 1)]))).toEqual([]);
  });
});

describe('claims reported as fact: doubt and denial', () => {
  const denial = 'A hoax report claimed that police arrested the painter Lee Marlow in his studio and revealed his real name.';
  const denier = () => stance('denier', 'denier', 'fake', 'hoax report', denial, 0);
  const lead = 'Police arrested the painter Lee Marlow in his studio early this morning and revealed his real name.';

  it.each([
    ['crime-report wording far down the article', [lead, 'His studio was searched.', 'Officers found paint.', 'He faces charges of conspiracy, and it is unclear who else will be sought.'], true],
    ['"reportedly" in the lead', [lead, 'Officers reportedly found paint in the studio.'], false],
    ['"purported" anywhere', [lead, 'His studio was searched.', 'Officers found paint.', 'The purported name was printed by a tabloid.'], false],
    ['a lead that denies the claim', ['Police have not arrested the painter Lee Marlow, and his real name was never revealed.', lead], false],
    ['"however … not" about the claim further down', [lead, 'His studio was searched.', 'Officers found paint.', 'However, it turned out police had not arrested the painter Lee Marlow at all.'], false],
  ])('%s', (_label, body, reported) => {
    expect(believers(run({ denier: [denial], believer: body }, [denier()])).includes('believer')).toBe(reported);
  });

  it('an article that reports a denial and a confirmation tells of a dispute and makes no one a believer', () => {
    const both = [
      stance('disputed', 'Chief', 'fake', 'article', 'The chief called the article false.', 0),
      stance('disputed', 'sources', 'authentic', 'report', 'Sources confirmed the accuracy of the report.', 1),
    ];
    const found = run({ disputed: ['The chief called the article false.', 'Sources confirmed the accuracy of the report.'], believer: [lead] }, both);
    expect(believers(found)).toEqual([]);
  });

  it('an article that mostly denies still debunks, though it grants that other articles are real', () => {
    const mostly = [
      stance('denier', 'denier', 'fake', 'hoax report', denial, 0),
      stance('denier', 'denier', 'fake', 'article', 'This article is fake.', 1),
      stance('denier', 'denier', 'authentic', 'articles', 'Some of the articles are real news.', 2),
    ];
    expect(believers(run({ denier: [denial, 'This article is fake.', 'Some of the articles are real news.'], believer: [lead] }, mostly))).toEqual(['believer']);
  });
});
