// A count given as a guess ("possibly indicating two guns") is not one an outlet stands behind: never compared.
import { describe, expect, it } from 'vitest';
import { compareFigures, keyFigure } from '../../src/compare/numbers.js';
import type { Document, FigureAssertion } from '../../src/types.js';
import { context, doc, figure, span } from './fixtures.js';

function stated(docId: string, quantity: number, counted: string, sentence: string): FigureAssertion {
  return { ...figure(docId, quantity, counted), value: String(quantity), evidence: [span(docId, 2, sentence)] };
}

function article(id: string, lead: string): Document {
  return { ...doc(id, `Outlet ${id}`), title: { value: lead, source: 'text' }, text: lead };
}

const ctx = context([article('a', 'Police count the guns fired in the street shooting'), article('b', 'Guns fired in the street shooting')]);

describe('hedged counts', () => {
  it.each([
    'The casings were grouped closely, possibly indicating 2 guns were fired down the street, the captain said.',
    'Investigators believe 2 guns may have been fired down the street.',
    'The casings suggest 2 guns were fired down the street.',
  ])('%j is not keyed', (sentence) => {
    expect(keyFigure(stated('a', 2, 'guns', sentence), ctx)).toBeNull();
  });

  it('a date in May is no hedge', () => {
    expect(keyFigure(stated('a', 2, 'guns', 'Officers said 2 guns were fired down the street on May 3.'), ctx)?.basis).toBe('count');
  });

  it('the same counts stated plainly are compared', () => {
    const figures = [
      stated('a', 2, 'guns', 'Officers said 2 guns were fired down the street from a parked car.'),
      stated('b', 3, 'guns', 'Officers said 3 guns were fired down the street from a parked car.'),
    ];
    expect(compareFigures(figures, ctx).map((d) => d.positions.map((p) => p.value))).toEqual([['2', '3']]);
  });

  it('a hedged count against a plain one says nothing', () => {
    const figures = [
      stated('a', 2, 'guns', 'The casings were grouped closely, possibly indicating 2 guns were fired down the street.'),
      stated('b', 3, 'guns', 'Officers said 3 guns were fired down the street from a parked car.'),
    ];
    expect(compareFigures(figures, ctx)).toEqual([]);
  });
});

describe('counts of different groups, parts and updates', () => {
  const story = context([
    { ...article('a', 'Gunmen fire on a group of men outside the center; suspects held'), published: { date: '2024-03-05', source: 'text' } },
    { ...article('b', 'Men fired on a group outside the center; suspects arrested'), published: { date: '2024-03-09', source: 'text' } },
  ]);
  const counted = (docId: string, quantity: number, what: string, sentence: string) => ({ ...stated(docId, quantity, what, sentence), counted: what });

  it('"four young men" (the victims) and "five men" (the gunmen) are two groups', () => {
    const figures = [
      counted('a', 4, 'young men', 'They fired shots at a group of 4 young men standing in front of the center.'),
      counted('b', 5, 'men', 'Police said a group of 5 men got out of a car and fired at a group standing near the center.'),
    ];
    expect(compareFigures(figures, story)).toEqual([]);
  });

  it('"one of three suspects" is a part, not a count', () => {
    expect(keyFigure(counted('b', 3, 'suspects', 'One of 3 suspects held in the shooting outside the center took his own life.'), story)).toBeNull();
  });

  it('a higher count in a later article may be an update: left under the default confidence', () => {
    const [d] = compareFigures(
      [
        counted('a', 2, 'suspects', 'Police said 2 suspects were held in the shooting outside the center on Monday.'),
        counted('b', 3, 'suspects', 'Police said 3 suspects were held in the shooting outside the center on Monday.'),
      ],
      story,
    );
    expect(d?.confidence).toBeLessThan(0.6);
    expect(d?.reasons.join(' ')).toMatch(/update/);
  });
});
