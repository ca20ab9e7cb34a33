// The magnitude of the quake a story is about: compared only between the articles' opening quakes, on the same day.
import { describe, expect, it } from 'vitest';
import { compareFigures, keyFigure } from '../../src/compare/numbers.js';
import type { Document, FigureAssertion } from '../../src/types.js';
import { context, doc, figure, span } from './fixtures.js';

/** A figure read from `sentence` at sentence index `index` of article `docId`. */
function magnitude(docId: string, value: string, sentence: string, index = 0): FigureAssertion {
  return { ...figure(docId, Number(value), 'earthquake', 'exact', index), value, normalized: value, evidence: [span(docId, index + 1, sentence)] };
}

/** An article whose opening (title and first lines) is `lead`. */
function article(id: string, lead: string): Document {
  return { ...doc(id, `Outlet ${id}`), title: { value: lead, source: 'text' }, text: lead };
}

describe('which figures are magnitudes', () => {
  const ctx = context([article('a', 'A quake hit on Sunday at 9:27 a.m.')]);
  it.each([
    ['An earthquake with a preliminary magnitude of 4.4 struck near the valley.', '4.4'],
    ['A 4.2 magnitude earthquake shook a remote area on Sunday.', '4.2'],
    ['The 4.2-magnitude earthquake was recorded at 9:27 a.m. Sunday.', '4.2'],
    ['An earthquake measuring 4.6 rattled two counties early Thursday.', '4.6'],
    ['4.6 quake rattles the county early Thursday', '4.6'],
  ])('%j is the magnitude %s', (sentence, value) => {
    expect(keyFigure(magnitude('a', value, sentence), ctx)?.key.attribute).toBe('magnitude');
  });

  it.each([
    ['It was followed by a 2.9 aftershock at 2:12 a.m.', '2.9', 1],
    ['Earlier this morning, an earthquake with a preliminary magnitude of 2.0 struck nearby.', '2.0', 1],
    ['The agency rates 4.6 magnitude as a light quake.', '4.6', 1],
    ['The quake had a depth of 2.7 miles.', '2.7', 1],
    ['In June 2012, a 3.0 quake struck one mile north of the town.', '3.0', 9],
    ['The 4.4-magnitude temblor was the strongest in years.', '4.4', 6],
  ])('%j is not the story’s magnitude', (sentence, value, index) => {
    expect(keyFigure(magnitude('a', value, sentence, index), ctx)?.key.attribute).not.toBe('magnitude');
  });
});

describe('comparing magnitudes', () => {
  it('two articles opening with the same quake (same day and time) and different magnitudes disagree', () => {
    const ctx = context([article('a', 'Quake on Sunday at 9:27 a.m.'), article('b', 'The temblor on Sunday at 9:27 a.m. was felt widely')]);
    const [d] = compareFigures(
      [magnitude('a', '4.2', 'The 4.2-magnitude earthquake was recorded at 9:27 a.m. Sunday.'), magnitude('b', '4.4', 'The 4.4-magnitude temblor on Sunday at 9:27 a.m. was centered nearby.')],
      ctx,
    );
    expect(d?.topic).toBe('Magnitude of the earthquake');
    expect(d?.positions.map((p) => p.value)).toEqual(['4.2', '4.4']);
  });

  it('two quakes of one area on different weekdays are two quakes', () => {
    const ctx = context([article('a', 'Quake shakes the county on Sunday at 9:27 a.m.'), article('b', 'Quake rattles the county early Thursday at 9:27 a.m.')]);
    const figures = [magnitude('a', '4.2', 'A 4.2 magnitude earthquake shook the county on Sunday.'), magnitude('b', '4.6', 'A 4.6-magnitude earthquake rattled the county early Thursday.')];
    expect(compareFigures(figures, ctx)).toEqual([]);
  });

  it('articles that share no day or time of the quake are not compared', () => {
    const ctx = context([article('a', 'Quake shakes the county this morning'), article('b', 'Quake rattles the county overnight')]);
    const figures = [magnitude('a', '4.2', 'A 4.2 magnitude earthquake shook the county.'), magnitude('b', '4.6', 'A 4.6-magnitude earthquake rattled the county.')];
    expect(compareFigures(figures, ctx)).toEqual([]);
  });
});
