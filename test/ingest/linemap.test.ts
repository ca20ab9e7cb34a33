import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/ingest/index.js';
import { lineStartsOf, locate, spanOf } from '../../src/ingest/linemap.js';
import type { Document, SourceFormat } from '../../src/types.js';

/** Expected 1-based line/column of `needle` in `content`, computed independently of linemap. */
function expectedPosition(content: string, needle: string): { line: number; column: number } {
  const at = content.indexOf(needle);
  const before = content.slice(0, at);
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

describe('lineStartsOf', () => {
  it.each([
    ['', [0]],
    ['one', [0]],
    ['a\nb', [0, 2]],
    ['a\r\nb\r\n', [0, 3, 6]],
    ['a\rb', [0, 2]],
    ['\n\n', [0, 1, 2]],
    ['héllo 👋\nnext', [0, 9]],
  ])('%j → %j', (content, starts) => {
    expect(lineStartsOf(content)).toEqual(starts);
  });
});

describe('locate round trips to the original file', () => {
  const cases: Array<{ name: string; format: SourceFormat; content: string; needles: string[] }> = [
    {
      name: 'plain text with LF',
      format: 'txt',
      content: 'Title line\n\nFirst paragraph here.\nSecond one, said Ana.\n',
      needles: ['Title', 'First', 'paragraph', 'Second', 'Ana.'],
    },
    {
      name: 'CRLF line endings',
      format: 'txt',
      content: 'Headline\r\n\r\nThe mayor spoke on Monday.\r\nThe council voted later.\r\n',
      needles: ['Headline', 'mayor', 'council', 'later.'],
    },
    {
      name: 'multi-byte characters (accents, CJK, emoji as two UTF-16 units)',
      format: 'txt',
      content: 'Zoë said “hello” — 東京 👋 then left.\nNext line: café opens.\n',
      needles: ['Zoë', 'hello', '東京', 'then', 'café', 'opens'],
    },
    {
      name: 'markdown with front matter shifts offsets',
      format: 'md',
      content: '---\noutlet: Harbor Times\npublished: 2024-02-01\n---\n# Big day\n\nThe ferry sailed at dawn.\r\nCrowds cheered.\n',
      needles: ['Big day', 'ferry', 'dawn', 'Crowds'],
    },
  ];
  it.each(cases)('$name', ({ format, content, needles }) => {
    const doc = ingest({ path: 'x', content, format });
    for (const needle of needles) {
      const offset = doc.text.indexOf(needle);
      expect(offset, needle).toBeGreaterThanOrEqual(0);
      expect(locate(doc, offset), needle).toEqual(expectedPosition(content, needle));
    }
  });

  it('maps html paragraphs to the source lines holding their words', () => {
    const content = readFileSync(new URL('../fixtures/ingest/article.html', import.meta.url), 'utf8');
    const doc = ingest({ path: 'article.html', content, format: 'html' });
    const sourceLines = content.split('\n');
    for (const needle of ['The town council', 'Councillor Dana Rowe', 'A public hearing', 'Fishing boats', 'needed more time', 'hearing before any']) {
      const offset = doc.text.indexOf(needle);
      expect(offset, needle).toBeGreaterThanOrEqual(0);
      const { line, column } = locate(doc, offset);
      expect(sourceLines[line - 1].slice(column - 1).startsWith(needle), needle).toBe(true);
    }
  });

  it('maps words after an entity to the right column', () => {
    const content = readFileSync(new URL('../fixtures/ingest/article.html', import.meta.url), 'utf8');
    const doc = ingest({ path: 'article.html', content, format: 'html' });
    const offset = doc.text.indexOf('the responsible');
    expect(locate(doc, offset)).toEqual(expectedPosition(content, 'the responsible'));
  });
});

describe('locate edge cases', () => {
  const doc: Pick<Document, 'segments' | 'sourceLineStarts'> = {
    // Text "aaa\n\nbbb" built from two runs of a source "xx aaa\nyy bbb".
    segments: [
      { textStart: 0, sourceStart: 3, length: 3 },
      { textStart: 5, sourceStart: 10, length: 3 },
    ],
    sourceLineStarts: lineStartsOf('xx aaa\nyy bbb'),
  };
  it.each([
    [0, { line: 1, column: 4 }],
    [2, { line: 1, column: 6 }],
    [4, { line: 1, column: 7 }], // a separator the cleaner inserted clamps to the end of the run before it
    [5, { line: 2, column: 4 }],
    [7, { line: 2, column: 6 }],
  ])('offset %i → %j', (offset, position) => {
    expect(locate(doc, offset)).toEqual(position);
  });

  it('spanOf gives start and end positions and the text', () => {
    const full = ingest({ path: 'a.txt', content: 'One.\nTwo words here.\n', format: 'txt' });
    const start = full.text.indexOf('words');
    const span = spanOf(full, start, start + 'words here'.length);
    expect(span).toMatchObject({ path: 'a.txt', docId: full.id, line: 2, column: 5, endLine: 2, endColumn: 15, text: 'words here' });
  });

  // Speed is measured in bench/, not here; this checks the far end of a long line map is right.
  it('locates the last lines of a long document', () => {
    const content = Array.from({ length: 20000 }, (_, index) => `Line ${index} says something.`).join('\n');
    const full = ingest({ path: 'long.txt', content, format: 'txt' });
    expect(locate(full, full.text.indexOf('Line 19999')).line).toBe(20000);
    expect(locate(full, full.text.indexOf('Line 10000') + 5)).toEqual({ line: 10001, column: 6 });
  });
});
