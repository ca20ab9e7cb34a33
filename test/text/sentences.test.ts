import { describe, expect, it } from 'vitest';
import { splitBlock } from '../../src/text/sentences.js';

const split = (text: string) => splitBlock(text, { start: 0, end: text.length }).map(([s, e]) => text.slice(s, e));

describe('splitBlock', () => {
  it.each([
    ['One sentence. Another one.', ['One sentence.', 'Another one.']],
    ['He met Rep. Smith in Jan. 2020 at the office. Then he left.', ['He met Rep. Smith in Jan. 2020 at the office.', 'Then he left.']],
    ['The U.S. envoy spoke. It went well.', ['The U.S. envoy spoke.', 'It went well.']],
    ['Officials in the U.S. The next day they met.', ['Officials in the U.S.', 'The next day they met.']],
    ['J. R. Hartley wrote a book. It sold.', ['J. R. Hartley wrote a book.', 'It sold.']],
    ['“This is unacceptable,” she told reporters. “We will respond.”', ['“This is unacceptable,” she told reporters.', '“We will respond.”']],
    ['"Is it fake?" he asked. Nobody knew.', ['"Is it fake?" he asked.', 'Nobody knew.']],
    ['The call — which lasted an hour — ended. They spoke again.', ['The call — which lasted an hour — ended.', 'They spoke again.']],
    ['Prices rose 2.5 percent. Markets fell.', ['Prices rose 2.5 percent.', 'Markets fell.']],
    ['Heading without a full stop', ['Heading without a full stop']],
    ['  • congratulating the president,', ['congratulating the president,']],
    ['Wait... what happened? Nobody knows!', ['Wait... what happened?', 'Nobody knows!']],
    ['It was confirmed by Dr. Jones at 5 p.m. on Friday.', ['It was confirmed by Dr. Jones at 5 p.m. on Friday.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets into the original text', () => {
    const text = 'xx First one. Second one. yy';
    const ranges = splitBlock(text, { start: 3, end: 25 });
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['First one.', 'Second one.']);
  });

  it('yields nothing for punctuation-only blocks', () => {
    expect(split(' — • ')).toEqual([]);
  });
});

describe('run-on lines', () => {
  it('cuts a line without full stops into pieces no longer than the limit, keeping every word', async () => {
    const { MAX_SENTENCE_LENGTH } = await import('../../src/text/sentences.js');
    const text = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const pieces = split(text);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(pieces.join(' ')).toBe(text);
  });
});
