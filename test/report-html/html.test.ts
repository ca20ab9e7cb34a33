import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { formatHtml, formatTimelineHtml, FORMAT_NAMES } from '../../src/report/index.js';
import type { Report, TimelineEvent } from '../../src/types.js';
import { DAILY, WIRE, makeQuietReport, makeReport, span } from '../report/fixture.js';
import { IMG, SCRIPT, hostileReport } from './hostile.js';

interface El {
  tagName: string;
  textContent: string | null;
  attributes: ArrayLike<{ name: string; value: string }>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}

function dom(html: string): El {
  const { document } = parseHTML(html) as unknown as { document: El };
  return document;
}

const all = (root: El, selector: string): El[] => Array.from(root.querySelectorAll(selector));
const textOf = (el: El | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The texts of an element's children of one kind, joined with ` | `: table cells, a term and its definition. */
const parts = (el: El, selector: string): string => all(el, selector).map(textOf).join(' | ');

function one(root: El, selector: string): El {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** The y coordinates a bracket path `M x y H x V y H x` joins. */
function bracketEnds(d: string): [number, number] {
  const match = /^M [\d.]+ ([\d.]+) H [\d.]+ V ([\d.]+) H [\d.]+$/.exec(d);
  if (!match) throw new Error(`unexpected bracket path ${d}`);
  return [Number(match[1]), Number(match[2])];
}

describe('html formatter', () => {
  const report = makeReport();
  const html = formatHtml(report, { color: false });
  const doc = dom(html);

  it('is registered as a report format', () => {
    expect(FORMAT_NAMES).toContain('html');
  });

  it('is one self-contained page: no script, no resource from anywhere but itself', () => {
    expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/@import|url\(/i);
    for (const el of all(doc, '[src]')) throw new Error(`element with src: ${el.tagName}`);
    // Links only point inside the page (or are the empty data: icon that keeps browsers from fetching one).
    const hrefs = all(doc, '[href]').map((el) => el.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href === 'data:,' || href.startsWith('#')).toBe(true);
    // The only http(s) text is the SVG namespace, which browsers never fetch.
    expect(html.match(/https?:\/\/[^\s"']+/g) ?? []).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('allows its own stylesheet, by hash, and nothing else', () => {
    const csp = one(doc, 'meta[http-equiv="Content-Security-Policy"]').getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
    expect(style).toBeDefined();
    const hash = createHash('sha256').update(style ?? '', 'utf8').digest('base64');
    // A stale hash would make the browser drop every style; the browser test sees that too.
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|script-src/);
    expect(all(doc, 'style')).toHaveLength(1);
    expect(all(doc, '[style]')).toHaveLength(0);
  });

  it('reads on a phone: a viewport, and a layout that narrows', () => {
    expect(one(doc, 'meta[name="viewport"]').getAttribute('content')).toBe('width=device-width, initial-scale=1');
    expect(html).toMatch(/@media print/);
  });

  it('sums the report up', () => {
    const stats = all(doc, '.stats div').map((div) => parts(div, 'dt, dd'));
    expect(stats).toEqual(['articles checked | 2', 'files skipped | 1', 'assertions | 28', 'disagreements | 3', 'by severity | 1 high 1 medium 1 low']);
    expect(textOf(one(doc, '.stats .severities'))).toBe('1 high 1 medium 1 low');
    const articles = all(doc, 'table.documents tbody tr').map((tr) => parts(tr, 'td'));
    expect(articles).toEqual([
      `Wire Service | Envoy coached Kremlin aide on call, transcript shows | November 26, 2025 | ${WIRE}`,
      `Daily Ledger | — | not found | ${DAILY}`,
    ]);
  });

  it('shows one card per disagreement, most severe first', () => {
    const cards = all(doc, 'article.card');
    expect(cards.map((c) => c.getAttribute('data-id'))).toEqual(['d-date-7f3a91', 'd-auth-02bc44', 'd-date-inferred-55e0']);
    expect(cards.map((c) => c.getAttribute('data-kind'))).toEqual(['date', 'authenticity', 'date']);
    expect(cards.map((c) => textOf(c.querySelector('header .badge')))).toEqual(['high', 'medium', 'low']);
    expect(textOf(cards[0]!.querySelector('h3'))).toBe('Date of the call between Steve Witkoff and Yuri Ushakov');
    // Newlines in a topic are collapsed, as everywhere else.
    expect(textOf(cards[1]!.querySelector('h3'))).toBe('Authenticity of the recording: 100% genuine, says one side, fake says the other');
  });

  it('gives each side its value, label, outlets and evidence with the excerpt highlighted and path:line', () => {
    const card = one(doc, 'article[data-id="d-date-7f3a91"]');
    const sides = all(card, '.position');
    expect(sides.map((s) => s.getAttribute('data-value'))).toEqual(['2025-10-14', '2025-10-12']);
    expect(textOf(sides[0]!.querySelector('.value'))).toBe('October 14, 2025 2025-10-14');
    expect(textOf(sides[0]!.querySelector('.label'))).toBe('October 14, 2025 (per Wire Service)');
    expect(all(sides[1]!, '.outlets li').map(textOf)).toEqual(['Daily Ledger']);
    const evidence = one(sides[1]!, '.evidence li');
    expect(textOf(evidence.querySelector('blockquote'))).toBe('The call took place on Sunday, October 12, a recording shows.');
    expect(textOf(evidence.querySelector('mark'))).toBe('October 12');
    expect(textOf(evidence.querySelector('.where'))).toBe(`${DAILY}:7`);
  });

  it('cuts a long sentence around its excerpt, keeping the excerpt marked', () => {
    const long = `${'An unrelated clause about the weather and the roads. '.repeat(12)}The envoy called on October 14 at noon. ${'More words follow here. '.repeat(12)}`;
    const r = makeReport();
    r.disagreements[2]!.positions[0]!.evidence = [span(WIRE, 40, 1, long, 'October 14')];
    const card = one(dom(formatHtml(r, { color: false })), 'article[data-id="d-date-7f3a91"]');
    const quote = textOf(card.querySelector('.evidence blockquote'));
    expect(quote.length).toBeLessThan(long.length);
    expect(quote.startsWith('…')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    expect(textOf(card.querySelector('.evidence mark'))).toBe('October 14');
  });

  it('notes captions, inferred sides and articles that contradict themselves', () => {
    const auth = one(doc, 'article[data-id="d-auth-02bc44"]');
    expect(all(auth, '.where').map(textOf)).toContain(`${DAILY}:18 · photo caption`);
    const inferred = one(doc, 'article[data-id="d-date-inferred-55e0"]');
    expect(textOf(inferred.querySelector('.notes'))).toBe(`Rests only on inferred dates. Inconsistent with itself: ${DAILY} gives more than one side.`);
    expect(all(inferred, '.position .badge').map(textOf)).toEqual(['inferred', 'inferred']);
  });

  it('makes absolute evidence paths relative to the working directory', () => {
    const r = makeReport();
    r.disagreements[2]!.positions[0]!.evidence[0]!.path = `/home/me/news/${WIRE}`;
    const card = one(dom(formatHtml(r, { color: false, cwd: '/home/me/news' })), 'article[data-id="d-date-7f3a91"]');
    expect(textOf(card.querySelector('.where'))).toBe(`${WIRE}:12`);
  });

  it('lists skipped files and warnings, and says when there are none', () => {
    const problems = one(doc, '#problems');
    expect(all(problems, 'ul.problems li').map(textOf)).toEqual([
      'corpus/notes.pdf: unsupported format (.pdf)',
      `${DAILY}:1 no-publication-date No publication date found; relative dates left unresolved.`,
    ]);
    const quiet = makeQuietReport();
    quiet.skipped = [];
    const empty = one(dom(formatHtml(quiet, { color: false })), '#problems');
    expect(all(empty, 'ul.problems li')).toHaveLength(0);
    expect(textOf(empty)).toContain('No file was skipped.');
    expect(textOf(empty)).toContain('No warnings.');
    expect(textOf(one(dom(formatHtml(quiet, { color: false })), '#disagreements'))).toContain('The articles agree');
  });

  it('is pure: the same page twice, and the report left as it was', () => {
    const r = makeReport();
    const before = structuredClone(r);
    expect(formatHtml(r, { color: false })).toBe(formatHtml(r, { color: false }));
    expect(r).toEqual(before);
  });
});

describe('html timeline', () => {
  const doc = dom(formatHtml(makeReport(), { color: false }));

  it('draws every event at its date in date order', () => {
    const svg = one(doc, '#timeline svg.timeline');
    expect(svg.getAttribute('role')).toBe('img');
    const rows = all(svg, 'g.event');
    expect(rows.map((g) => g.getAttribute('data-date'))).toEqual(['2025-10-12', '2025-10-14', '2025-10-17']);
    expect(rows.map((g) => g.getAttribute('data-event'))).toEqual(['ev-call', 'ev-call', 'ev-meeting']);
    expect(all(svg, 'text.date').map(textOf)).toEqual(['Oct 12, 2025', 'Oct 14, 2025', 'Oct 17, 2025']);
  });

  it('brackets the conflicting dates of one event, with the outlets that give each', () => {
    const svg = one(doc, 'svg.timeline');
    const conflicts = all(svg, 'g.conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.getAttribute('data-event')).toBe('ev-call');
    expect(conflicts[0]!.getAttribute('data-dates')).toBe('2025-10-12 2025-10-14');
    expect(textOf(conflicts[0]!.querySelector('title'))).toBe(
      'Conflicting dates for Call between Steve Witkoff and Yuri Ushakov: October 12, 2025 per Daily Ledger vs October 14, 2025 per Wire Service',
    );
    // The bracket's arms end at the dots of the two dates.
    const [top, bottom] = bracketEnds(one(conflicts[0]!, 'path.bracket').getAttribute('d') ?? '');
    const cy = (date: string) => Number(one(svg, `g.event[data-date="${date}"] circle`).getAttribute('cy'));
    expect(top).toBe(cy('2025-10-12'));
    expect(bottom).toBe(cy('2025-10-14'));
    // Each end says who gives that date.
    expect(all(one(svg, 'g.event.other-date'), 'text.detail').map(textOf).join(' ')).toBe('also dated October 12, 2025 per Daily Ledger');
    expect(all(one(svg, 'g.event.main.disputed'), 'text.detail').map(textOf).join(' ')).toBe('October 14, 2025 per Wire Service');
    expect(all(svg, 'g.event.disputed')).toHaveLength(2);
  });

  it('puts events of different stories in different lanes when the events say which story they belong to', () => {
    const r = makeReport();
    const inStory = (event: TimelineEvent, story: string): TimelineEvent => Object.assign(event, { story });
    r.events = [inStory(r.events[0]!, 'summit'), inStory(r.events[1]!, 'leak')];
    const svg = one(dom(formatHtml(r, { color: false })), 'svg.timeline');
    expect(all(svg, 'g.lane').map((g) => g.getAttribute('data-lane'))).toEqual(['summit', 'leak']);
    const x = (selector: string) => Number(one(svg, `${selector} circle`).getAttribute('cx'));
    expect(x('g.event[data-event="ev-meeting"]')).not.toBe(x('g.event[data-event="ev-call"]'));
    // A lane is named by the people most of its events involve.
    expect(all(svg, 'text.lane-name').map(textOf)).toEqual(['Donald Trump, Steve Witkoff', 'Steve Witkoff, Yuri Ushakov']);
    // Without story keys there is one lane and no lane names.
    const single = one(doc, 'svg.timeline');
    expect(all(single, 'g.lane')).toHaveLength(1);
    expect(all(single, 'text.lane-name')).toHaveLength(0);
  });

  it('stacks brackets whose spans overlap side by side', () => {
    const r = makeReport();
    r.events[0]!.conflictingDates = ['2025-10-13'];
    const svg = one(dom(formatHtml(r, { color: false })), 'svg.timeline');
    const xs = all(svg, 'path.bracket').map((p) => Number(/H ([\d.]+) V/.exec(p.getAttribute('d') ?? '')?.[1]));
    expect(xs).toHaveLength(2);
    expect(new Set(xs).size).toBe(2);
  });

  it('keeps a long label to three lines in the picture, whole in its tooltip and the table', () => {
    const r = makeReport();
    const long = `Meeting between ${Array.from({ length: 30 }, (_, i) => `Delegate Number${i}`).join(', ')}`;
    r.events[0]!.label = long;
    r.events[0]!.outlets = Array.from({ length: 40 }, (_, i) => `Outlet ${i}`);
    const page = dom(formatHtml(r, { color: false }));
    const row = one(page, 'svg.timeline g.event[data-event="ev-meeting"]');
    const labels = all(row, 'text.label').map(textOf);
    expect(labels).toHaveLength(3);
    expect(labels[2]!.endsWith('…')).toBe(true);
    expect(all(row, 'text.detail')).toHaveLength(3);
    expect(textOf(row.querySelector('title'))).toContain(`${long} participants:`);
    expect(textOf(row.querySelector('title'))).toContain('Outlet 39');
    expect(all(page, 'table.events td').map(textOf)).toContain(long);
  });

  it('gives the timeline page alone for `crosscheck timeline --format html`', () => {
    const page = dom(formatTimelineHtml(makeReport(), { color: false }));
    expect(all(page, 'svg.timeline')).toHaveLength(1);
    expect(all(page, 'article.card')).toHaveLength(0);
    expect(all(page, '#problems')).toHaveLength(0);
    expect(textOf(page.querySelector('h1'))).toBe('crosscheck timeline');
    expect(all(page, 'table.events tbody tr').map((tr) => parts(tr, 'td'))).toEqual([
      'October 14, 2025 | Call between Steve Witkoff and Yuri Ushakov | Wire Service | October 12, 2025 per Daily Ledger',
      'October 17, 2025 (inferred) | Meeting between the envoy and the president | Daily Ledger | ',
    ]);
  });

  it('says so when there are no dated events', () => {
    const r: Report = { ...makeReport(), events: [] };
    const page = dom(formatTimelineHtml(r, { color: false }));
    expect(all(page, 'svg')).toHaveLength(0);
    expect(textOf(one(page, '#timeline'))).toContain('No dated events found.');
  });
});

describe('html escaping: a hostile article stays text', () => {
  for (const [name, render] of [
    ['report', formatHtml],
    ['timeline', formatTimelineHtml],
  ] as const) {
    it(`the ${name} page holds no element or attribute that the article wrote`, () => {
      const html = render(hostileReport(), { color: false });
      const doc = dom(html);
      expect(all(doc, 'script, img, iframe, object, embed, textarea')).toHaveLength(0);
      expect(all(doc, 'svg')).toHaveLength(1);
      for (const el of all(doc, '*')) {
        for (const attribute of Array.from(el.attributes)) expect(attribute.name).not.toMatch(/^on/i);
      }
      // In the raw text too: every tag the page opens is one the formatter writes.
      const tags = new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));
      const allowed = 'html head meta link title style body header div h1 h2 h3 p nav a main section dl dt dd span table thead tbody tr th td article ul li blockquote code mark strong details summary svg desc g text line path circle footer';
      expect([...tags].filter((t) => !allowed.split(' ').includes(t))).toEqual([]);
      expect(html).not.toMatch(/<script|<img|<!--/i);
      // Every '<' in the page opens a tag the formatter wrote (text has '&lt;'), and no tag has an event handler
      // outside its quoted attribute values (which cannot hold a raw '"').
      for (const [tag] of html.matchAll(/<[^>]*>/g)) expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toContain('\u0000');
      // The words are still there for the reader, as text.
      expect(one(doc, 'body').textContent).toContain(SCRIPT);
      expect(one(doc, 'body').textContent).toContain(IMG);
    });
  }

  it('escapes inside the highlighted excerpt too', () => {
    const doc = dom(formatHtml(hostileReport(), { color: false }));
    const marks = all(doc, 'mark').map(textOf);
    expect(marks).toContain(IMG);
    expect(marks).toContain(SCRIPT);
  });
});

describe('html formatter: independent sources', () => {
  it('says how many independent sources a side rests on when it is fewer than its outlets, and nothing otherwise', () => {
    const report = makeReport();
    const position = report.disagreements[0]!.positions[0]!;
    position.sources = { outlets: 3, independentSources: 1, originals: ['Ledger Wire'] };
    const html = formatHtml(report, { color: false });
    expect(html).toContain('<p class="sources">3 outlets, 1 independent source (Ledger Wire)</p>');
    position.sources = { outlets: 2, independentSources: 2, originals: [] };
    expect(formatHtml(report, { color: false })).not.toContain('class="sources"');
  });
});
