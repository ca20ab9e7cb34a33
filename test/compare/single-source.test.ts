// single-source: a claim several outlets carry, every one of them resting on the same original source.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { compareSingleSource, positionSources } from '../../src/compare/single-source.js';
import type { Assertion, RawInput, SourceRef } from '../../src/types.js';
import { context, doc, event, span } from './fixtures.js';

function article(outlet: string, body: string[]): RawInput {
  return {
    path: `${outlet.toLowerCase().replace(/\s+/g, '-')}.txt`,
    format: 'txt',
    content: ['Envoys call draws scrutiny', '', 'Published: March 6, 2024', '', ...body.flatMap((b) => [b, ''])].join('\n'),
    userMetadata: { outlet, published: '2024-03-06' },
  };
}

const northwire = article('Northwire', [
  'Trade envoy Marta Kowalczyk and minister Tomas Lindqvist spoke on March 3 about the tariff dispute, according to a transcript published by Meridian.',
  'The call lasted an hour.',
]);
const harbor = article('Harbor Daily', ['Marta Kowalczyk and Tomas Lindqvist spoke by phone on March 3, Meridian reported.', 'Officials declined to comment.']);
const coastline = article('Coastline', [
  'Coastline said it had reviewed a recording of the March 3 call between Marta Kowalczyk and Tomas Lindqvist.',
  'Both ministries declined to comment.',
]);
const granite = article('Granite Post', ['Marta Kowalczyk and Tomas Lindqvist spoke on March 3, according to the Evening Courier.', 'Neither side commented.']);

const singleSource = (inputs: RawInput[]) => check(inputs).disagreements.filter((d) => d.kind === 'single-source');

describe('single-source through the pipeline', () => {
  it('reports a dated call that two outlets carry, both crediting one original, with the sentences naming it', () => {
    const found = singleSource([northwire, harbor]);
    expect(found).toHaveLength(1);
    const [finding] = found;
    expect(finding!.severity).toBe('low');
    expect(finding!.topic).toMatch(/Meridian/);
    expect(finding!.confidence).toBeGreaterThanOrEqual(0.6);
    expect(finding!.reasons[0]).toMatch(/credits Meridian/);
    const [position] = finding!.positions;
    expect(position!.outlets.sort()).toEqual(['Harbor Daily', 'Northwire']);
    expect(position!.sources).toEqual({ outlets: 2, independentSources: 1, originals: ['Meridian'] });
    expect(position!.evidence).toHaveLength(2);
    for (const e of position!.evidence) expect(e.excerpt ?? e.text).toMatch(/Meridian/);
  });

  it('reports nothing when a third outlet reviewed the recording itself: two independent sources', () => {
    expect(singleSource([northwire, harbor, coastline])).toEqual([]);
  });

  it('reports nothing when another outlet cites a different source', () => {
    expect(singleSource([northwire, harbor, granite])).toEqual([]);
  });

  it('reports nothing when one outlet alone carries it', () => {
    expect(singleSource([northwire])).toEqual([]);
  });

  it('writes the source chain on assertions: outlet first, then the original', () => {
    const report = check([northwire, harbor]);
    const call = report.assertions.find((a) => a.kind === 'event' && a.docId === report.documents.find((d) => d.outlet === 'Harbor Daily')!.id);
    expect(call?.sources?.map((s) => [s.key, s.relation])).toEqual([
      ['harbor daily', 'outlet'],
      ['meridian', 'reported-by'],
    ]);
  });

  it('can be turned off like any other kind', () => {
    expect(check([northwire, harbor], { severities: { 'single-source': 'off' } }).disagreements).toEqual([]);
  });
});

const credit = (name: string, docId: string, relation: SourceRef['relation'] = 'reported-by'): SourceRef => ({
  name,
  key: name.toLowerCase(),
  relation,
  scope: 'sentence',
  evidence: span(docId, 1, `${name} reported it.`),
});

function withSources(a: Assertion, ...refs: SourceRef[]): Assertion {
  return { ...a, sources: [{ name: 'outlet', key: 'outlet', relation: 'outlet' }, ...refs] };
}

describe('compareSingleSource', () => {
  const docs = [doc('a', 'Alpha'), doc('b', 'Beta'), doc('c', 'Gamma')];
  const ctx = context(docs);
  const calls = (refs: Record<string, SourceRef[]>) =>
    Object.entries(refs).map(([id, r]) => withSources(event(id, 'communication', ['Ann Lee', 'Bo Park'], '2024-03-03'), ...r)) as Assertion[];
  const groupOf = (events: Assertion[]) => [
    { id: 'g1', type: 'communication' as const, story: 'story', participants: ['person:ann-lee', 'person:bo-park'], events: events.filter((e) => e.kind === 'event') },
  ];

  it.each([
    ['all credit one source', { a: [credit('Delta', 'a')], b: [credit('Delta', 'b')], c: [credit('Delta', 'c')] }, 1],
    ['one credits it by initials of the same name', { a: [credit('Delta Echo', 'a')], b: [credit('DE', 'b')] }, 1],
    ['one credits nothing (its own account)', { a: [credit('Delta', 'a')], b: [credit('Delta', 'b')], c: [] }, 0],
    ['one credits another source too', { a: [credit('Delta', 'a')], b: [credit('Delta', 'b'), credit('Kilo', 'b')] }, 0],
    ['two credit different sources', { a: [credit('Delta', 'a')], b: [credit('Kilo', 'b')] }, 0],
    ['only unnamed agencies', { a: [credit('agency', 'a', 'wire')], b: [credit('agency', 'b', 'wire')] }, 0],
  ])('%s', (_name, refs, expected) => {
    const events = calls(refs as Record<string, SourceRef[]>);
    expect(compareSingleSource(events, groupOf(events), ctx)).toHaveLength(expected);
  });

  it('counts reprints of one article as one source', () => {
    const events = calls({ a: [], b: [] });
    expect(positionSources(events, ['a', 'b'], ctx).independentSources).toBe(2);
    expect(positionSources(events, ['a', 'b'], ctx, new Map([['a', 'a'], ['b', 'a']])).independentSources).toBe(1);
  });
});
