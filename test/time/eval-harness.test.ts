import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: the harness is plain JavaScript without type declarations.
import { evaluate, formatReport, parseTml, splitOf } from '../../scripts/eval-timex.js';
import { tagTimexes } from '../../src/time/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/timeml', import.meta.url));

interface Measure {
  p: number;
  r: number;
  f1: number;
}
interface Result {
  files: number;
  gold: number;
  system: number;
  strict: Measure;
  relaxed: Measure;
  value: Measure;
  typeAccuracy: number;
  errors: string[];
  kbPerSecond: number;
}

describe('TimeML reader', () => {
  it('strips inline tags and keeps gold spans as offsets into the stripped text', () => {
    const xml =
      '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>' +
      '<TEXT>Sales <EVENT eid="e1">rose</EVENT> &amp; fell <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3>.</TEXT>';
    const { dct, text, gold } = parseTml(xml);
    expect(dct).toBe('1998-01-08');
    expect(text).toBe('Sales rose & fell last year.');
    expect(gold).toHaveLength(1);
    expect(text.slice(gold[0].start, gold[0].end)).toBe('last year');
    expect(gold[0]).toMatchObject({ type: 'DATE', value: '1997' });
  });

  it('splits files deterministically', () => {
    expect(splitOf('wsj_0001.tml')).toBe(splitOf('wsj_0001.tml'));
    const names = Array.from({ length: 200 }, (_, i) => `doc${i}.tml`);
    const held = names.filter((n) => splitOf(n) === 'test').length;
    expect(held).toBeGreaterThan(20);
    expect(held).toBeLessThan(80);
  });
});

describe('eval harness end to end', () => {
  it('scores the fixture with the TempEval-3 measures', async () => {
    const result = (await evaluate([FIXTURES], { split: 'all', errors: 10, tagTimexes })) as Result;
    expect(result.files).toBe(1);
    expect(result.gold).toBe(6);
    expect(result.system).toBe(7); // the un-annotated "now" is an extra
    expect(result.strict.p).toBeCloseTo(4 / 7);
    expect(result.strict.r).toBeCloseTo(4 / 6);
    expect(result.relaxed.r).toBeCloseTo(1);
    expect(result.value.p).toBeCloseTo(5 / 7); // "the summer season" gets a different year
    expect(result.value.r).toBeCloseTo(5 / 6);

    const printed = formatReport(result, 'all') as string;
    expect(printed).toContain('files=1 gold=6 system=7 split=all');
    expect(printed).toMatch(/strict\s+P= 57\.1\s+R= 66\.7\s+F1= 61\.5/);
    expect(printed).toMatch(/relaxed\s+P= 85\.7\s+R=100\.0\s+F1= 92\.3/);
    expect(printed).toMatch(/value\s+P= 71\.4\s+R= 83\.3\s+F1= 76\.9/);
    expect(printed).toMatch(/EXTRA sample\.tml "now"/);
  });

  it('finds no files of the held-out split when the fixture is in dev', async () => {
    const split = splitOf('sample.tml') === 'test' ? 'dev' : 'test';
    const result = (await evaluate([FIXTURES], { split, errors: 0, tagTimexes })) as Result;
    expect(result.files).toBe(0);
    expect(result.value.f1).toBe(0);
  });
});
