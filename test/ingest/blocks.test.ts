import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitBlocks } from '../../src/ingest/blocks.js';
import { ingest } from '../../src/ingest/index.js';
import type { BlockKind } from '../../src/types.js';

/** Classifies `line` in the middle of an ordinary article, so position rules do not interfere. */
function kindOf(line: string): { kind: BlockKind; reason?: string } {
  const before = [
    'Harbour Plan Faces New Delay',
    'The port authority said on Monday that the expansion would be delayed until next spring.',
    'Officials gave no reason for the change, which surprised local traders.',
  ];
  const after = [
    'The mayor is expected to comment on the plan later this week, aides said.',
    'Traders said they would wait for the final decision before hiring more staff.',
    'The council meets again in two weeks.',
  ];
  const text = [...before, line, ...after].join('\n\n');
  const blocks = classifyBlocks(text, splitBlocks(text, 'plain'), { format: 'txt' });
  const start = text.indexOf(line);
  const block = blocks.find((candidate) => candidate.start <= start + 2 && candidate.end > start + 2);
  if (!block) throw new Error(`no block for ${line}`);
  return block.reason === undefined ? { kind: block.kind } : { kind: block.kind, reason: block.reason };
}

describe('furniture lines', () => {
  it.each([
    'Posted by Jo Lind | 14 comments',
    'By Mara Quist | 5 min read',
    'Advertisement',
    'ADVERTISEMENT',
    'Story continues below advertisement',
    'Article continues after advertisement',
    'Loading...',
    'Summarise',
    'Listen to this article',
    'Share this article',
    'Share on Facebook',
    'Copy link',
    'Sign up for our morning newsletter to get the top headlines.',
    'Get the best stories sent directly to your inbox every morning.',
    'Subscribe to our weekly digest',
    'Download the Harbour News app',
    'Follow Harbour Daily on Google News for the latest updates.',
    'Follow us on Telegram',
    'Read More',
    'Read full story',
    'Continue reading',
    'Recommended for you',
    'You may also like',
    'Most Read',
    'Leave a comment',
    '12 Comments',
    'Comments reflect the views of readers, not of this website.',
    'Disclaimer: views expressed by readers are their own.',
    'Trending: Budget 2024, Transfer window, Heatwave',
    'Tags: harbour, council, ferries',
    'Skip to main content',
    'Back to top',
    'Close Menu',
    'End of Story',
    'Home News Sport Business Opinion Culture',
    '3 hours ago',
    'Updated 25 mins ago',
    'just now',
    '© 2024 Example Media Group. All rights reserved.',
    'Liked this story?',
    'More from Business',
    'Share this story',
    'Copyright 2024 Example Media',
  ])('%s', (line) => {
    expect(kindOf(line).kind).toBe('furniture');
  });
});

describe('body sentences that merely use chrome words stay body', () => {
  it.each([
    'Read more about the plan in the annex, the minister said.',
    'Advertisement revenue fell by a third last year, the company said.',
    'Share prices rose 4% after the announcement.',
    'Follow the money, the investigator told the committee.',
    'She said residents should subscribe to the alerts service before the storm arrives.',
    'Comments from the minister were not recorded, the clerk said.',
    'Home prices in the region fell for a third month.',
    'The app will be available to download next week, officials said.',
    'Loading of the cargo began at dawn on Tuesday.',
    'He said the trip was "a total success."',
    'By Wednesday, the leak had set off an international round of speculation.',
    'Updated figures released on Friday showed a sharp rise in exports.',
    'Published reports said the minister would resign.',
    'More on the plan emerged on Tuesday, when the minister spoke.',
    'The comments reflect a growing frustration among farmers, analysts said.',
    'Copyright law changes were approved by parliament on Monday.',
    'Share this with your family, the health minister urged residents.',
    'Subscribe now or lose access, the letter warned readers.',
    'Trending topics on the platform included the strike and the budget.',
    'Next in line for the post is the deputy governor, aides said.',
    'Home Video Quick Reads is the name of a new streaming start-up, its founder said.',
  ])('%s', (line) => {
    expect(kindOf(line).kind).toBe('body');
  });
});

describe('other block kinds', () => {
  it.each<[string, BlockKind, string?]>([
    ['Fishing boats in the old harbour at dawn. Photo: Ivo Brandt', 'caption'],
    ['The minister speaks to reporters in Lisbon. (IMAGE: HARBOUR NEWS/FILE)', 'caption'],
    ['The minister arrives for talks in Brussels, Belgium May 2, 2024. JOHN DOE/Pool via AGENCY', 'caption'],
    ['Protesters march through the city centre on Saturday. File Photo/Staff via Agency', 'caption'],
    ['The prime minister attends a summit with her counterpart (both not pictured) in Oslo, Norway on June 3, 2024.', 'caption'],
    ['A worker inspects a turbine at the plant. AFP', 'caption'],
    ['Councillors Welcome Ferry Plan', 'heading'],
    ['What happens next', 'heading'],
    ['The council voted.', 'body'],
    ['It passed!', 'body'],
    ['"We are ready," she said.', 'body'],
    ['Why did they vote now?', 'body'],
    ['Last Updated: March 5, 2024, 10:02 IST', 'metadata', 'dateline'],
    ['By Marta Quill', 'metadata', 'byline'],
    ['(Reporting by Ana Ruiz; Editing by Tom Hale)', 'metadata', 'credits'],
    ['With inputs from agencies', 'metadata', 'credits'],
    ['Location: Lisbon', 'metadata', 'label'],
    ['LISBON —', 'metadata', 'dateline'],
  ])('%s → %s', (line, kind, reason) => {
    const result = kindOf(line);
    expect(result.kind).toBe(kind);
    if (reason) expect(result.reason).toBe(reason);
  });

  it('classifies bullets and numbered items as list items and drops the marker from the block', () => {
    const text = 'Key points:\n\n• Ferries will run hourly\n- Fares rise in May\n* A new pier opens\n1. The first phase\n2) The second phase';
    const blocks = classifyBlocks(text, splitBlocks(text, 'plain'), { format: 'txt' });
    const items = blocks.filter((block) => block.kind === 'list-item').map((block) => text.slice(block.start, block.end));
    expect(items).toEqual(['Ferries will run hourly', 'Fares rise in May', 'A new pier opens', 'The first phase', 'The second phase']);
  });

  it('marks a repeated line as a duplicate', () => {
    const text = 'Harbour plan delayed again\n\nThe plan was delayed, officials said.\n\nHarbour plan delayed again\n\nMore text follows here, said the mayor.';
    const blocks = classifyBlocks(text, splitBlocks(text, 'plain'), { format: 'txt' });
    expect(blocks.map((block) => [block.kind, block.reason])).toEqual([
      ['heading', undefined],
      ['body', undefined],
      ['furniture', 'duplicate'],
      ['body', undefined],
    ]);
  });

  it('marks a run of linked headlines after a related-stories header', () => {
    const body = Array.from({ length: 6 }, (_, index) => `Paragraph ${index} of the story, the reporter wrote.`).join('\n\n');
    const text = `${body}\n\nMore From Business\n\nOil prices climb as supply tightens\nCentral bank holds rates steady\nWhy are ferry fares rising?`;
    const doc = ingest({ path: 'x.txt', content: text, format: 'txt' });
    const tail = doc.blocks.slice(-4).map((block) => [block.kind, block.reason]);
    expect(tail).toEqual([
      ['furniture', 'prompt'],
      ['furniture', 'related-links'],
      ['furniture', 'related-links'],
      ['furniture', 'related-links'],
    ]);
    expect(doc.blocks.filter((block) => block.kind === 'body')).toHaveLength(6);
  });

  it('does not swallow the headline after a "Trending" label at the top of a page', () => {
    const text = 'Trending:\n\nCouncil delays harbour vote\n\nThe council delayed its vote on Monday, officials said.';
    const doc = ingest({ path: 'x.txt', content: text, format: 'txt' });
    expect(doc.blocks.map((block) => block.kind)).toEqual(['furniture', 'heading', 'body']);
    expect(doc.title?.value).toBe('Council delays harbour vote');
  });

  it('recognises an author bio and the name line above it', () => {
    const body = Array.from({ length: 6 }, (_, index) => `Paragraph ${index} of the story, the reporter wrote.`).join('\n\n');
    const text = `${body}\n\nMarta Quill\n\nMarta Quill is a senior reporter at Harbour Daily. She covers transport.\n\nRead More`;
    const doc = ingest({ path: 'x.txt', content: text, format: 'txt' });
    expect(doc.blocks.slice(-3).map((block) => [block.kind, block.reason])).toEqual([
      ['metadata', 'byline'],
      ['metadata', 'author-bio'],
      ['furniture', 'page-chrome'],
    ]);
    expect(doc.outlet).toEqual({ value: 'Harbour Daily', source: 'text' });
  });

  it.each([
    'The suspect is a freelance journalist at a local paper, police said.',
    'Maria Lopez is a former reporter at the city paper who now runs a bakery.',
  ])('a sentence about a journalist near the top is not an author bio: %s', (line) => {
    const text = `Harbour vote delayed\n\n${line}\n\nThe council met on Monday.`;
    const doc = ingest({ path: 'x.txt', content: text, format: 'txt' });
    const at = doc.text.indexOf(line);
    expect(doc.blocks.find((block) => block.start === at)?.kind).toBe('body');
  });

  it('joins hard-wrapped plain-text lines that continue a sentence', () => {
    const text = 'The council said the plan, which had been\ndebated for months, would go ahead.\nA second paragraph starts here.';
    const blocks = splitBlocks(text, 'plain');
    expect(blocks.map((block) => text.slice(block.start, block.end))).toEqual([
      'The council said the plan, which had been\ndebated for months, would go ahead.',
      'A second paragraph starts here.',
    ]);
  });

  it('joins markdown paragraph lines and strips heading markers', () => {
    const text = '# Ferry news\n\nThe ferry\nsailed at dawn.\n\n- one item\n- two items\n';
    const blocks = classifyBlocks(text, splitBlocks(text, 'markdown'), { format: 'md' });
    expect(blocks.map((block) => [block.kind, text.slice(block.start, block.end)])).toEqual([
      ['heading', 'Ferry news'],
      ['body', 'The ferry\nsailed at dawn.'],
      ['list-item', 'one item'],
      ['list-item', 'two items'],
    ]);
  });
});
