import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { collectInputs } from '../../src/cli/inputs.js';
import { ingest } from '../../src/ingest/index.js';
import type { Document } from '../../src/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function seedDocuments(): Promise<Map<string, Document>> {
  const collected = await collectInputs(['corpus'], { cwd: root });
  expect(collected.errors).toEqual([]);
  expect(collected.skipped).toEqual([]);
  return new Map(collected.inputs.map((input) => [input.path.replace(/^corpus\//, ''), ingest(input)]));
}

describe('seed corpus', async () => {
  const documents = await seedDocuments();

  it('reads all five articles, in path order', () => {
    expect([...documents.keys()]).toEqual([
      '000_20625b93c3960cf0.txt',
      '001_55a646ee1f8c475c.txt',
      '002_f0e2a542fdebcddb.txt',
      '003_4cbbd6204c096e5c.txt',
      '004_94520113fadd3ae1.txt',
    ]);
  });

  it.each([
    ['000_20625b93c3960cf0.txt', { outlet: 'NewsBytes', outletSource: 'user', date: '2025-11-27', time: '17:53', timezone: undefined, iso: undefined, line: 8 }],
    ['001_55a646ee1f8c475c.txt', { outlet: 'Firstpost', outletSource: 'text', date: '2025-11-27', time: '13:06:53', timezone: 'IST', iso: '2025-11-27T13:06:53+05:30', line: 5 }],
    ['002_f0e2a542fdebcddb.txt', { outlet: 'News18', outletSource: 'text', date: '2025-11-27', time: '19:38', timezone: 'IST', iso: '2025-11-27T19:38+05:30', line: 59 }],
    ['004_94520113fadd3ae1.txt', { outlet: 'Reuters', outletSource: 'text', date: '2025-11-26', time: undefined, timezone: undefined, iso: undefined, line: 5 }],
  ])('%s', (file, expected) => {
    const doc = documents.get(file);
    expect(doc?.outlet).toEqual({ value: expected.outlet, source: expected.outletSource });
    expect(doc?.published?.date).toBe(expected.date);
    expect(doc?.published?.time).toBe(expected.time);
    expect(doc?.published?.timezone).toBe(expected.timezone);
    expect(doc?.published?.iso).toBe(expected.iso);
    expect(doc?.published?.source).toBe('text');
    expect(doc?.published?.evidence?.line).toBe(expected.line);
    expect(doc?.warnings).toEqual([]);
  });

  it('002 takes the First Published stamp over Last Updated', () => {
    const doc = documents.get('002_f0e2a542fdebcddb.txt');
    expect(doc?.published?.evidence?.text).toBe('November 27, 2025, 19:38 IST');
  });

  it('003 has no date, a user-given outlet and one warning', () => {
    const doc = documents.get('003_4cbbd6204c096e5c.txt');
    expect(doc?.published).toBeNull();
    expect(doc?.outlet).toEqual({ value: 'Unnamed blog', source: 'user' });
    expect(doc?.warnings.map((warning) => warning.code)).toEqual(['no-publication-date']);
  });

  it.each([
    ['000_20625b93c3960cf0.txt', ['LOADING...', 'Summarize']],
    ['001_55a646ee1f8c475c.txt', ['Trending:', 'Advertisement', 'STORY CONTINUES BELOW THIS AD', 'End of Article', 'Enjoying the news?', 'Subscribe', 'Home Video Quick Reads Shorts Live TV']],
    ['002_f0e2a542fdebcddb.txt', ['1 hour ago', 'Read More', 'Read Full Article at Source']],
    ['003_4cbbd6204c096e5c.txt', ['Post a Comment', '0 Comments', 'Close Menu']],
    ['004_94520113fadd3ae1.txt', ['Next In World', 'Seven elephants killed in India train accident', 'Others Also Read']],
  ])('%s: page chrome is furniture', (file, lines) => {
    const doc = documents.get(file);
    if (!doc) throw new Error(file);
    const furniture = new Set(doc.blocks.filter((block) => block.kind === 'furniture').map((block) => doc.text.slice(block.start, block.end)));
    for (const line of lines) expect(furniture, line).toContain(line);
  });

  it.each([
    ['001_55a646ee1f8c475c.txt', 'seemingly confirmed the authenticity of the recordings on Wednesday'],
    ['002_f0e2a542fdebcddb.txt', 'Witkoff and Ushakov spoke on October 12'],
    ['003_4cbbd6204c096e5c.txt', 'centers on an October 14 phone conversation'],
    ['004_94520113fadd3ae1.txt', "said that Bloomberg's report on an October 29 call"],
    ['000_20625b93c3960cf0.txt', 'Shortly after meeting with Zelenskyy on October 17'],
  ])('%s: the story stays body text', (file, phrase) => {
    const doc = documents.get(file);
    if (!doc) throw new Error(file);
    const at = doc.text.indexOf(phrase);
    const block = doc.blocks.find((candidate) => candidate.start <= at && candidate.end > at);
    expect(block?.kind).toBe('body');
  });

  it('photo captions are captions, not body', () => {
    for (const file of ['001_55a646ee1f8c475c.txt', '002_f0e2a542fdebcddb.txt', '004_94520113fadd3ae1.txt']) {
      const doc = documents.get(file);
      expect(doc?.blocks.some((block) => block.kind === 'caption'), file).toBe(true);
    }
  });
});
