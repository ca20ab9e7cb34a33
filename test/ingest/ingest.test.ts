import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/ingest/index.js';
import type { RawInput } from '../../src/types.js';

const BODY = 'The council voted on Monday to delay the plan, the clerk said.\n\nResidents welcomed the delay, according to a local group.';

describe('outlet stated in the text', () => {
  it.each([
    ['LISBON (Harbour Wire) - The council voted on Monday, officials said.', 'Harbour Wire', 'wire credit'],
    ['WASHINGTON (AP) — Lawmakers returned to the capital on Tuesday.', 'AP', 'wire credit with em dash'],
    ['NEW YORK, March 3 (Metro Wire) - Shares rose on Monday.', 'Metro Wire', 'wire credit with date'],
    [`${BODY}\n\nFollow Harbour Daily on Google. Get the latest news.`, 'Harbour Daily', 'follow prompt'],
    [`${BODY}\n\nJane Roe is a senior reporter at The Coastal Ledger. She covers councils.`, 'The Coastal Ledger', 'staff bio'],
    [`${BODY}\n\nDisclaimer: Comments reflect users’ views, not Harbour Daily’s. Please be civil.`, 'Harbour Daily', 'comments disclaimer'],
    [`${BODY}\n\n© 2024 Coastal Media Group`, 'Coastal Media Group', 'copyright'],
    [`Ledger Explainers March 3, 2024, 10:00 IST\n\n${BODY}`, 'Ledger', 'desk byline'],
    [`Council votes on budget\n\nNorth Bay Courier\n\n${BODY}`, 'North Bay Courier', 'masthead line'],
  ])('%s → %s (%s)', (content, outlet) => {
    const doc = ingest({ path: 'a.txt', content, format: 'txt' });
    expect(doc.outlet).toEqual({ value: outlet, source: 'text' });
  });

  it.each([
    `${BODY}\n\nFollow us on our official channel for updates.`,
    `${BODY}\n\nThe minister said: "Follow the rules on the roads."`,
    `Some officials (unnamed) - said nothing.\n\n${BODY}`,
    BODY,
    `${BODY}\n\nThe suspect is a former reporter at The Harbour Times, police said in a statement on Monday.`,
  ])('no outlet: %s', (content) => {
    expect(ingest({ path: 'a.txt', content, format: 'txt' }).outlet).toBeNull();
  });

  it('prefers a page’s own name over the wire it credits', () => {
    const content = `LONDON (Big Wire) - Ministers met on Monday.\n\n${BODY}\n\nFollow Harbour Daily on Google for more.\n\n© 2024 Harbour Daily`;
    expect(ingest({ path: 'a.txt', content, format: 'txt' }).outlet?.value).toBe('Harbour Daily');
  });
});

describe('metadata precedence: user > front matter > text > file name', () => {
  const stated = `Harbour vote\n\nPublished 3 March 2024 08:15 GMT\n\nLISBON (Harbour Wire) - ${BODY}`;
  const front = '---\noutlet: Front Outlet\npublished: 2024-02-01\ntitle: Front Title\nurl: https://front.example/a\n---\n';

  it.each<[string, RawInput, { outlet: [string, string]; published: [string, string]; title?: [string, string] }]>([
    ['text only', { path: '2020-01-01-x.txt', content: stated, format: 'txt' }, { outlet: ['Harbour Wire', 'text'], published: ['2024-03-03', 'text'] }],
    ['front matter beats text', { path: 'x.md', content: front + stated, format: 'md' }, { outlet: ['Front Outlet', 'front-matter'], published: ['2024-02-01', 'front-matter'], title: ['Front Title', 'front-matter'] }],
    [
      'user (manifest) beats front matter',
      { path: 'x.md', content: front + stated, format: 'md', userMetadata: { outlet: 'User Outlet', published: '2024-01-15', title: 'User Title' } },
      { outlet: ['User Outlet', 'user'], published: ['2024-01-15', 'user'], title: ['User Title', 'user'] },
    ],
    ['file name as last resort', { path: 'news/2020-01-01-x.txt', content: BODY, format: 'txt' }, { outlet: ['', ''], published: ['2020-01-01', 'filename'] }],
  ])('%s', (_name, input, expected) => {
    const doc = ingest(input);
    if (expected.outlet[0] === '') expect(doc.outlet).toBeNull();
    else expect(doc.outlet).toEqual({ value: expected.outlet[0], source: expected.outlet[1] });
    expect([doc.published?.date, doc.published?.source]).toEqual(expected.published);
    if (expected.title) expect(doc.title).toEqual({ value: expected.title[0], source: expected.title[1] });
  });

  it('front matter is removed from the text and line numbers still point into the file', () => {
    const doc = ingest({ path: 'x.md', content: front + stated, format: 'md' });
    expect(doc.text.startsWith('Harbour vote')).toBe(true);
    expect(doc.url).toBe('https://front.example/a');
  });

  it('warns about an unreadable user date and falls back to the text', () => {
    const doc = ingest({ path: 'x.txt', content: stated, format: 'txt', userMetadata: { published: 'last spring' } });
    expect(doc.published?.source).toBe('text');
    expect(doc.warnings.map((warning) => warning.code)).toEqual(['unreadable-published']);
    expect(doc.warnings[0].message).toContain('x.txt');
  });

  it('leaves plain text that merely starts with a --- rule alone', () => {
    const content = `---\nA note from the editor: this story was updated.\n---\n${BODY}`;
    const doc = ingest({ path: 'x.txt', content, format: 'txt' });
    expect(doc.text).toBe(content);
    expect(doc.warnings.map((warning) => warning.code)).not.toContain('bad-front-matter');
  });

  it('reads front matter in a .txt file too', () => {
    const doc = ingest({ path: 'x.txt', content: `---\noutlet: Front Outlet\n---\n${BODY}`, format: 'txt' });
    expect(doc.outlet).toEqual({ value: 'Front Outlet', source: 'front-matter' });
    expect(doc.text).toBe(BODY);
  });

  it('warns about broken front matter', () => {
    const doc = ingest({ path: 'x.md', content: `---\ntitle: [unclosed\n---\n${BODY}`, format: 'md' });
    expect(doc.warnings.map((warning) => warning.code)).toContain('bad-front-matter');
  });
});

describe('no publication date', () => {
  it('adds one warning naming the file and how to supply the date', () => {
    const doc = ingest({ path: 'news/story.txt', content: BODY, format: 'txt' });
    expect(doc.published).toBeNull();
    expect(doc.warnings).toHaveLength(1);
    const [warning] = doc.warnings;
    expect(warning.code).toBe('no-publication-date');
    expect(warning.path).toBe('news/story.txt');
    expect(warning.message).toContain('news/story.txt');
    expect(warning.message).toContain('published:');
    expect(warning.message).toContain('crosscheck.sources.json');
    expect(warning.message).toMatch(/relative dates/);
  });
  it('is not raised when a date is found', () => {
    const doc = ingest({ path: 'a.txt', content: `Title\n\nMarch 3, 2024\n\n${BODY}`, format: 'txt' });
    expect(doc.warnings).toEqual([]);
  });
});

describe('html extraction', () => {
  const content = readFileSync(new URL('../fixtures/ingest/article.html', import.meta.url), 'utf8');
  const doc = ingest({ path: 'article.html', content, format: 'html' });

  it('keeps the article and drops navigation, ads, related links and footer', () => {
    expect(doc.text).toContain('The town council on Monday postponed its vote');
    expect(doc.text).toContain('“the responsible thing to do”');
    expect(doc.text).toContain('& asked for a public hearing');
    for (const chrome of ['Advertisement', 'Sport', 'Ferry fares to rise', 'All rights reserved', 'newsletter', 'window.tracking', 'display: none']) {
      expect(doc.text).not.toContain(chrome);
    }
  });
  it('separates paragraphs with blank lines and classifies them', () => {
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs.length).toBe(doc.blocks.length);
    expect(paragraphs[0]).toBe(
      'The town council on Monday postponed its vote on the harbour expansion by three weeks, saying it needed more time to study the environmental report.',
    );
    const kinds = doc.blocks.map((block) => block.kind);
    expect(kinds).toContain('caption');
    expect(kinds).toContain('heading');
    expect(kinds.filter((kind) => kind === 'body')).toHaveLength(4);
  });
  it('reads metadata from the page head', () => {
    expect(doc.title).toEqual({ value: 'Council delays harbour vote', source: 'text' });
    expect(doc.outlet).toEqual({ value: 'The Coastal Ledger', source: 'text' });
    expect(doc.published).toMatchObject({ date: '2024-03-05', time: '08:15:00', iso: '2024-03-05T08:15:00+00:00', source: 'text' });
    expect(doc.published?.evidence?.line).toBe(7);
    expect(doc.url).toBe('https://ledger.example/harbour-vote');
    expect(doc.byline).toBe('Marta Quill');
  });
  it('prefers the page’s publish-time meta tag over an update stamp in the text', () => {
    const page = content.replace('<p class="byline">By Marta Quill</p>', '<p>Updated: March 9, 2024, 10:00 GMT</p>');
    const updated = ingest({ path: 'article.html', content: page, format: 'html' });
    expect(updated.published?.date).toBe('2024-03-05');
  });
  it('reads a bare fragment (as piped in on stdin)', () => {
    const fragment = ingest({ path: '-', content: '<p>First part, she said.</p>\n<p>Second part.</p>', format: 'html' });
    expect(fragment.text).toBe('First part, she said.\n\nSecond part.');
    expect(fragment.blocks.map((block) => block.kind)).toEqual(['body', 'body']);
  });
  it('falls back to the page body when there is no article to find', () => {
    const page = '<html><head><title>Short</title></head><body><nav>Home News</nav><p>One short line, the clerk said.</p><footer>Footer text</footer></body></html>';
    const small = ingest({ path: 's.html', content: page, format: 'html' });
    expect(small.text).toContain('One short line, the clerk said.');
    expect(small.text).not.toContain('Footer text');
  });
});

describe('document ids', () => {
  it('are stable and depend on path and content', () => {
    const a = ingest({ path: 'a.txt', content: BODY, format: 'txt' });
    expect(ingest({ path: 'a.txt', content: BODY, format: 'txt' }).id).toBe(a.id);
    expect(ingest({ path: 'b.txt', content: BODY, format: 'txt' }).id).not.toBe(a.id);
    expect(ingest({ path: 'a.txt', content: `${BODY}!`, format: 'txt' }).id).not.toBe(a.id);
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });
});
