// crosscheck on four invented stories it was never fitted to: other outlets, other years, other kinds of
// news. Each corpus under fixtures/<story>/ mixes .txt, .md (front matter) and .html, with page furniture.
// The tests assert what a careful fact-checker expects; each was first written against the behaviour it found
// wrong, then src/ was fixed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  AuthenticityAssertion,
  EventAssertion,
  FigureAssertion,
  QuoteAssertion,
} from '../../src/types.js';
import { ROOT } from '../e2e/helpers.js';
import { fileOf, storyRuns, values } from './story-runs.js';

const STORIES = ['earthquake', 'trial', 'recall', 'summits'] as const;

const { run, disagreementsOf, assertionsAt, allEvidence } = storyRuns('test/stories/fixtures', STORIES);

// Page furniture the fixtures contain; none of it may ever be read as evidence.
const FURNITURE =
  /^(?:Advertisement|Read more\b.*|Share this article|Share on Facebook|Subscribe to our newsletter|Story continues below.*|Follow us on social media|Listen again\b.*)$/i;

describe.each(STORIES)('%s: documents and furniture', (story) => {
  it('reads every file, names its outlet and publication date, and warns about nothing', () => {
    const { report } = run(story);
    const files = report.documents.map((d) => path.basename(d.path)).sort();
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(report.skipped).toEqual([]);
    for (const doc of report.documents) {
      expect(doc.outlet, doc.path).toBeTruthy();
      expect(doc.published, doc.path).toMatch(/^20(19|22|27|31)-/);
    }
    expect(report.warnings).toEqual([]);
  });

  it('never cites page furniture as evidence', () => {
    const furniture = allEvidence(story).filter((span) => FURNITURE.test(span.text.trim()));
    expect(furniture.map((s) => `${fileOf(s)}:${s.line} ${s.text}`)).toEqual([]);
  });

  it('cites evidence on the source line that holds its words', () => {
    for (const span of allEvidence(story)) {
      const source = readFileSync(path.join(ROOT, span.path), 'utf8').split('\n');
      const line = source[span.line - 1] ?? '';
      // The first word of the excerpt must be on the cited line (HTML lines carry tags around it).
      const firstWord = /[\p{L}\p{N}]+/u.exec(span.excerpt ?? span.text)?.[0] ?? '';
      expect(line, `${fileOf(span)}:${span.line}`).toContain(firstWord);
    }
  });
});

describe('earthquake (2019): death toll and aftershock day differ', () => {
  it.each([
    ['meridian-wire.txt', 'Meridian Wire', '2019-03-15'],
    ['coastline-herald.md', 'Coastline Herald', '2019-03-15'],
    ['kestrel-news.html', 'Kestrel News', '2019-03-15'],
  ])('%s is credited to %s, published %s', (file, outlet, date) => {
    const doc = run('earthquake').report.documents.find((d) => path.basename(d.path) === file);
    expect(doc?.outlet).toBe(outlet);
    expect(doc?.published?.slice(0, 10)).toBe(date);
  });

  it('dates the president’s visit to Wednesday, March 13, with two outlets agreeing', () => {
    const visit = run('earthquake').report.events.find((e) => e.type === 'visit' && e.participants.includes('Ilse Varga'));
    expect(visit?.date).toBe('2019-03-13');
    expect(visit?.outlets).toEqual(expect.arrayContaining(['Coastline Herald', 'Meridian Wire']));
    expect(visit?.conflictingDates).toEqual([]);
  });

  it('shows the visit in the timeline output', () => {
    expect(run('earthquake').timeline).toMatch(/2019-03-13\s+Visit\b.*Ilse Varga/);
  });

  it('does not dispute figures the outlets agree on (more than 400 injured, magnitude, the governor’s quote)', () => {
    const numbers = disagreementsOf('earthquake', 'number');
    expect(numbers.filter((d) => d.positions.some((p) => p.value === '400' || p.value === '6.9' || p.value === '5.4'))).toEqual([]);
    expect(disagreementsOf('earthquake', 'quote')).toEqual([]);
    expect(disagreementsOf('earthquake', 'attribution')).toEqual([]);
  });

  it('reports the death toll: at least 120 (Meridian Wire, Kestrel News) against 95 (Coastline Herald), and not the 1987 toll', () => {
    const toll = disagreementsOf('earthquake', 'number').find((d) => d.positions.some((p) => p.value === '95'));
    expect(values(toll)).toEqual(['120', '95']);
    expect(toll?.severity).toBe('high');
    expect(toll?.positions.find((p) => p.value === '120')?.outlets.sort()).toEqual(['Kestrel News', 'Meridian Wire']);
    expect(toll?.positions.find((p) => p.value === '95')?.evidence[0]).toMatchObject({ line: 11 });
  });

  it('reports the aftershock day: Wednesday, March 13 (Coastline Herald) against Thursday, March 14 (Meridian Wire, Kestrel News)', () => {
    const date = disagreementsOf('earthquake', 'date').find((d) => d.positions.some((p) => p.value === '2019-03-13'));
    expect(values(date)).toEqual(['2019-03-13', '2019-03-14']);
    expect(date?.positions.find((p) => p.value === '2019-03-14')?.outlets.sort()).toEqual(['Kestrel News', 'Meridian Wire']);
  });

  it('exits 1: the story has high-severity disagreements', () => {
    expect(run('earthquake').code).toBe(1);
  });

  it('reads no number out of the word "tent"', () => {
    const figures = assertionsAt('earthquake', 'figure', 'coastline-herald.md', 21);
    expect(figures.map((f) => f.value)).toEqual([]);
  });

  it('does not make a place the participant of a statement event', () => {
    const placeIds = new Set(run('earthquake').report.entities.filter((e) => e.type === 'place' || /Almira|Nerasca|Valdoria/.test(e.name)).map((e) => e.id));
    const statements = run('earthquake').report.assertions.filter((a): a is EventAssertion => a.kind === 'event' && a.eventType === 'statement');
    const byPlace = statements.filter((s) => s.participants.some((p) => (p.entityId && placeIds.has(p.entityId)) || /Almira|Nerasca|Valdoria/.test(p.text)));
    expect(byPlace.map((s) => s.subject)).toEqual([]);
  });

  it('does not date the Interior Ministry’s statement to the day of the quake', () => {
    const events = assertionsAt('earthquake', 'event', 'coastline-herald.md', 11);
    expect(events.filter((e) => e.normalized === '2019-03-12')).toEqual([]);
  });

  it('types the city and the country as places', () => {
    const entities = run('earthquake').report.entities;
    expect(entities.find((e) => e.name === 'Port Almira')?.type).toBe('place');
    expect(entities.find((e) => e.name === 'Nerasca')?.type).toBe('place');
  });
});

describe('trial (2022): verdict day and the speaker of a quote differ', () => {
  const QUOTE = 'this verdict sends a clear message that no one in this city is above the law';

  it('does not dispute what all three outlets agree on (340,000 crowns, the lawyer’s words, the years of office)', () => {
    expect(disagreementsOf('trial', 'number')).toEqual([]);
    expect(disagreementsOf('trial', 'quote')).toEqual([]);
    expect(disagreementsOf('trial', 'date').filter((d) => d.positions.some((p) => /^20(10|16|18|21)$/.test(p.value)))).toEqual([]);
  });

  it('gives the lawyer’s partial quote to Beatrix Hollande in every outlet', () => {
    const quotes = run('trial').report.assertions.filter((a): a is QuoteAssertion => a.kind === 'quote' && a.normalized === 'deeply disappointed');
    expect(quotes).toHaveLength(3);
    expect(new Set(quotes.map((q) => q.speaker?.name))).toEqual(new Set(['Beatrix Hollande']));
  });

  function verdictQuoteSpeaker(file: string, line: number): string | undefined {
    return assertionsAt('trial', 'quote', file, line).find((q) => q.normalized === QUOTE)?.speaker?.name;
  }

  it('lakeside-daily.html:17 attributes the verdict quote to Miriam Oduya (quote, then "prosecutor X said.")', () => {
    expect(verdictQuoteSpeaker('lakeside-daily.html', 17)).toBe('Miriam Oduya');
  });

  it.each([
    ['halvern-gazette.md', 18, 'Miriam Oduya'],
    ['northgate-post.txt', 12, 'Felix Anand'],
  ] as const)('%s:%i attributes the verdict quote to %s', (file, line, speaker) => {
    expect(verdictQuoteSpeaker(file, line)).toBe(speaker);
  });

  it('reports who said “This verdict sends a clear message…”: Miriam Oduya (2 outlets) against Felix Anand (Northgate Post)', () => {
    const who = disagreementsOf('trial', 'attribution')[0];
    expect(values(who)).toEqual(['Felix Anand', 'Miriam Oduya']);
    expect(who?.severity).toBe('medium');
    expect(who?.positions.find((p) => p.value === 'Miriam Oduya')?.outlets.sort()).toEqual(['Halvern Gazette', 'Lakeside Daily']);
  });

  it('reports the verdict day: November 7 (Halvern Gazette) against November 8 (Northgate Post, Lakeside Daily)', () => {
    const date = disagreementsOf('trial', 'date')[0];
    expect(values(date)).toEqual(['2022-11-07', '2022-11-08']);
  });

  it('exits 1: the story has disagreements', () => {
    expect(run('trial').code).toBe(1);
  });

  it('resolves every "Keswick" to the person Dorian Keswick', () => {
    const entities = run('trial').report.entities;
    expect(entities.filter((e) => /Keswick/.test(e.name)).map((e) => `${e.type}:${e.name}`)).toEqual(['person:Dorian Keswick']);
  });
});

describe('recall (2031): a leaked email called fabricated and verified', () => {
  it('reports the authenticity dispute: verified by the Courier, fabricated per Brightwell, unverified by the Tribune', () => {
    const auth = disagreementsOf('recall', 'authenticity');
    expect(auth).toHaveLength(1);
    expect(values(auth[0])).toEqual(['authentic', 'fake', 'unconfirmed']);
    expect(auth[0]?.severity).toBe('high');
    const side = (v: string) => auth[0]?.positions.find((p) => p.value === v);
    expect(side('authentic')?.evidence.map((e) => `${fileOf(e)}:${e.line}`)).toContain('fenwick-courier.md:15');
    expect(side('fake')?.evidence.map((e) => `${fileOf(e)}:${e.line}`)).toEqual(expect.arrayContaining(['brightwell-statement-coverage.txt:8']));
    expect(side('unconfirmed')?.outlets).toEqual(['Valley Tribune']);
  });

  it('reports the number of fires: 12 (Fenwick Business Wire) against 17 (Courier, Tribune)', () => {
    const fires = disagreementsOf('recall', 'number');
    expect(fires).toHaveLength(1);
    expect(values(fires[0])).toEqual(['12', '17']);
    expect(fires[0]?.positions.find((p) => p.value === '12')?.outlets).toEqual(['Fenwick Business Wire']);
  });

  it('does not dispute the recalled heaters (about 240,000 everywhere) or the cost (around 30 million crowns)', () => {
    const numbers = disagreementsOf('recall', 'number');
    expect(numbers.filter((d) => d.positions.some((p) => p.value === '240000' || p.value === '30000000'))).toEqual([]);
  });

  it('dates the Courier’s publication of the email to Tuesday, February 18, 2031', () => {
    const published = run('recall').report.events.find((e) => e.type === 'publication');
    expect(published?.date).toBe('2031-02-18');
  });

  it('exits 1 and shows both disputes in the table with file:line', () => {
    const { code, table } = run('recall');
    expect(code).toBe(1);
    expect(table).toMatch(/HIGH\s+number\s+How many fires/);
    expect(table).toMatch(/HIGH\s+authenticity/);
    expect(table).toContain('test/stories/fixtures/recall/fenwick-courier.md:15:');
  });

  function fakeHolders(file: string, line: number): string[] {
    return assertionsAt('recall', 'authenticity', file, line)
      .filter((a): a is AuthenticityAssertion => a.stance === 'fake')
      .map((a) => a.holder.name ?? a.holder.text);
  }

  it('brightwell-statement-coverage.txt:1: the headline "Brightwell says … is \"fabricated\"" puts the stance on Brightwell', () => {
    expect(fakeHolders('brightwell-statement-coverage.txt', 1)).toEqual(['Brightwell']);
  });

  it.each([
    ['brightwell-statement-coverage.txt', 8, /Marchetti/],
    ['valley-tribune.html', 18, /Brightwell/],
  ] as const)('%s:%i: the "fabricated" stance is held by %s', (file, line, holder) => {
    const holders = fakeHolders(file, line);
    expect(holders.length).toBeGreaterThan(0);
    for (const h of holders) expect(h).toMatch(holder);
  });

  it('does not make the dateline place the speaker of a statement', () => {
    const events = assertionsAt('recall', 'event', 'brightwell-statement-coverage.txt', 6);
    expect(events.flatMap((e) => e.participants.map((p) => p.name ?? p.text))).not.toContain('Fenwick');
  });

  it('knows the company as one organisation and the newspaper as one', () => {
    const entities = run('recall').report.entities;
    expect(entities.filter((e) => /Brightwell/.test(e.name)).map((e) => e.type)).toEqual(['organization']);
    expect(entities.filter((e) => /Courier/.test(e.name))).toHaveLength(1);
  });
});

describe('summits (2027): no disagreement, many traps', () => {
  it('reports no number disagreement (about 1,200 prisoners everywhere; list markers and years are not figures)', () => {
    expect(disagreementsOf('summits', 'number')).toEqual([]);
    const figures = run('summits').report.assertions.filter((a): a is FigureAssertion => a.kind === 'figure');
    expect(figures.filter((f) => f.quantity >= 1900 && f.quantity <= 2100)).toEqual([]);
    const listMarkers = figures.filter((f) => fileOf(f.evidence[0]!) === 'varenia-today.md' && [13, 14, 15].includes(f.evidence[0]!.line) && f.quantity < 10);
    expect(listMarkers).toEqual([]);
  });

  it('never compares statements on consecutive days (Petrov on Sunday and Tuesday, Dubach on Monday and Wednesday)', () => {
    const statementDates = disagreementsOf('summits', 'date').filter((d) => /statement/i.test(d.topic));
    expect(statementDates).toEqual([]);
  });

  it('puts the June 21 phone call in the timeline', () => {
    const call = run('summits').report.events.find((e) => e.type === 'communication');
    expect(call?.date).toBe('2027-06-21');
    expect(call?.conflictingDates).toEqual([]);
  });

  it('never dates the Geneva meeting to 2016', () => {
    const events = assertionsAt('summits', 'event', 'ostland-observer.txt', 6);
    expect(events.filter((e) => e.normalized.startsWith('2016'))).toEqual([]);
  });

  it('reports no date disagreement: two meetings a month apart are two events', () => {
    expect(disagreementsOf('summits', 'date')).toEqual([]);
  });

  it('keeps the two meetings apart in the timeline, each held by the outlets that report it', () => {
    const meetings = run('summits').report.events.filter((e) => e.type === 'meeting');
    const geneva = meetings.find((e) => e.date === '2027-06-03');
    const vienna = meetings.find((e) => e.date === '2027-07-05');
    expect(geneva?.conflictingDates).toEqual([]);
    expect(geneva?.outlets).toEqual(expect.arrayContaining(['Ostland Observer', 'Kessel Valley Radio']));
    expect(vienna?.conflictingDates).toEqual([]);
    expect(vienna?.outlets).toEqual(expect.arrayContaining(['Varenia Today', 'Continental Review']));
    expect(meetings.filter((e) => e.date === '2027-07-05')).toHaveLength(1);
  });

  it('merges "Aleksandr Petrov" and "Alexander Petroff" into one person', () => {
    const people = run('summits').report.entities.filter((e) => /Petro(v|ff)/.test(e.name));
    expect(people).toHaveLength(1);
    expect(people[0]?.aliases).toEqual(expect.arrayContaining(['Aleksandr Petrov', 'Alexander Petroff']));
  });

  it('does not list a possessive pronoun as a participant', () => {
    const events = assertionsAt('summits', 'event', 'ostland-observer.txt', 6);
    expect(events.length).toBeGreaterThan(0);
    expect(events.flatMap((e) => e.participants.map((p) => p.text.toLowerCase()))).not.toContain('his');
  });

  it('the timeline marks no conflicting dates', () => {
    expect(run('summits').timeline).not.toMatch(/also dated/);
  });

  it('exits 0 and the table says there is nothing to report', () => {
    const { code, table } = run('summits');
    expect(code).toBe(0);
    expect(table).toMatch(/No disagreements found/);
  });
});
