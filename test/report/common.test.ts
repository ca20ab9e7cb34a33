import { describe, expect, it } from 'vitest';
import { primaryLocation, relativePath, snippetOf, sortDisagreements, wrap } from '../../src/report/common.js';
import type { Disagreement, Severity } from '../../src/types.js';
import { DAILY, WIRE, dateDisagreement } from './fixture.js';

describe('snippetOf', () => {
  it.each([
    ['A short sentence.', undefined, 'A short sentence.'],
    ['Spread\n  over\tlines.', undefined, 'Spread over lines.'],
  ])('keeps a short sentence whole: %j', (sentence, excerpt, expected) => {
    expect(snippetOf(sentence, excerpt, 100).text).toBe(expected);
  });

  it.each([
    ['at the start', 'Starting here', 0],
    ['in the middle', 'middle marker', 1],
    ['at the end', 'finishing words', 2],
  ])('keeps an excerpt %s visible within the width', (_where, excerpt, position) => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(6);
    const parts = [filler, filler];
    parts.splice(position, 0, excerpt);
    const sentence = parts.join(' ');
    const snippet = snippetOf(sentence, excerpt, 60);
    expect(snippet.text.length).toBeLessThanOrEqual(60);
    expect(snippet.text).toContain(excerpt);
    expect(snippet.highlight && snippet.text.slice(snippet.highlight.start, snippet.highlight.end)).toBe(excerpt);
    expect(snippet.text.startsWith('…')).toBe(position !== 0);
    expect(snippet.text.endsWith('…')).toBe(position !== 2);
  });

  it('cuts from the start when the excerpt is absent from the sentence', () => {
    const snippet = snippetOf('word '.repeat(50), 'missing', 40);
    expect(snippet.text.length).toBeLessThanOrEqual(40);
    expect(snippet.text.startsWith('word')).toBe(true);
    expect(snippet.highlight).toBeUndefined();
  });

  it('finds the excerpt regardless of case', () => {
    expect(snippetOf('The Call Took Place.', 'call took', 100).highlight).toEqual({ start: 4, end: 13 });
  });
});

describe('sortDisagreements', () => {
  const make = (severity: Severity, kind: Disagreement['kind'], topic: string): Disagreement => ({ ...dateDisagreement, severity, kind, topic });

  it('orders by severity, then kind, then topic', () => {
    const sorted = sortDisagreements([
      make('low', 'date', 'a'),
      make('high', 'quote', 'a'),
      make('high', 'date', 'z'),
      make('medium', 'number', 'a'),
      make('high', 'date', 'b'),
    ]);
    expect(sorted.map((d) => `${d.severity}/${d.kind}/${d.topic}`)).toEqual(['high/date/b', 'high/date/z', 'high/quote/a', 'medium/number/a', 'low/date/a']);
  });

  it('does not modify its input', () => {
    const input = [make('low', 'date', 'a'), make('high', 'date', 'a')];
    sortDisagreements(input);
    expect(input[0].severity).toBe('low');
  });
});

describe('paths and locations', () => {
  it.each([
    ['corpus/a.txt', undefined, 'corpus/a.txt'],
    ['./corpus/a.txt', undefined, 'corpus/a.txt'],
    ['corpus\\a.txt', undefined, 'corpus/a.txt'],
    ['/home/me/corpus/a.txt', '/home/me', 'corpus/a.txt'],
    ['/home/me/corpus/a.txt', '/home/me/', 'corpus/a.txt'],
    ['/home/mex/a.txt', '/home/me', '/home/mex/a.txt'],
    ['/other/a.txt', '/home/me', '/other/a.txt'],
  ])('relativePath(%j, %j) is %j', (path, cwd, expected) => {
    expect(relativePath(path, cwd)).toBe(expected);
  });

  it('falls back to the first evidence when no focus path holds any', () => {
    expect(primaryLocation(dateDisagreement, { focusPaths: ['nowhere.txt'] })?.span.path).toBe(WIRE);
    expect(primaryLocation(dateDisagreement, { focusPaths: [DAILY] })?.span.path).toBe(DAILY);
  });

  it('skips positions without evidence and gives up when none has any', () => {
    const [first, second] = dateDisagreement.positions;
    expect(primaryLocation({ ...dateDisagreement, positions: [{ ...first, evidence: [] }, second] }, {})?.positionIndex).toBe(1);
    expect(primaryLocation({ ...dateDisagreement, positions: [{ ...first, evidence: [] }] }, {})).toBeUndefined();
  });
});

describe('wrap', () => {
  it.each([
    ['short', 10, ['short']],
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['averyveryverylongword x', 5, ['averyveryverylongword', 'x']],
    ['', 10, ['']],
  ])('wraps %j at %i', (text, width, expected) => {
    expect(wrap(text, width)).toEqual(expected);
  });
});
