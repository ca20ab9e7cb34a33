// crosscheck on four more invented stories it was never fitted to: a prisoner swap (2028), a leaked CEO recording
// (2026), an election night (2029) and a football transfer (2030). Each corpus under fixtures/<story>/ mixes .txt,
// .md (front matter) and .html, with page furniture. The tests assert what a careful fact-checker expects;
// behaviour that is wrong today is written as the correct behaviour and marked `it.fails`, with what is wrong.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  AuthenticityAssertion,
  EventAssertion,
  FigureAssertion,
  QuoteAssertion,
  StatementAssertion,
} from '../../src/types.js';
import { ROOT } from '../e2e/helpers.js';
import { evidenceOf, outletsOf, storyRuns, values, where } from '../stories/story-runs.js';

const STORIES = ['swap', 'leak', 'election', 'transfer'] as const;
type Story = (typeof STORIES)[number];

const { run, disagreementsOf, assertionsAt, allEvidence } = storyRuns('test/stories2/fixtures', STORIES);

const participantNames = (events: EventAssertion[]): string[] => events.flatMap((e) => e.participants.map((p) => p.name ?? p.text));


// Page furniture the fixtures contain; none of it may ever be read as evidence.
const FURNITURE =
  /^(?:Advertisement|Read more\b.*|Share this article|Share on Facebook|Subscribe to our newsletter|Story continues below.*|Follow us on social media|Log in to comment|\d+ comments)$/i;

describe.each(STORIES)('%s: documents and furniture', (story) => {
  it('reads every file and skips none', () => {
    const { report } = run(story);
    expect(report.documents.length).toBeGreaterThanOrEqual(3);
    expect(report.skipped).toEqual([]);
  });

  it('never cites page furniture as evidence', () => {
    const furniture = allEvidence(story).filter((span) => FURNITURE.test(span.text.trim()));
    expect(furniture.map((s) => `${where(s)} ${s.text}`)).toEqual([]);
  });

  it('cites evidence on the source line that holds its words', () => {
    for (const span of allEvidence(story)) {
      const source = readFileSync(path.join(ROOT, span.path), 'utf8').split('\n');
      const line = source[span.line - 1] ?? '';
      // The first word of the excerpt must be on the cited line (HTML lines carry tags around it).
      const firstWord = /[\p{L}\p{N}]+/u.exec(span.excerpt ?? span.text)?.[0] ?? '';
      expect(line, where(span)).toContain(firstWord);
    }
  });
});

function documentOf(story: Story, file: string) {
  return run(story).report.documents.find((d) => path.basename(d.path) === file);
}

describe('metadata: outlet and publication date of every article', () => {
  it.each([
    ['swap', 'harbourline-wire.txt', 'Harbourline Wire', '2028-03-09'],
    ['swap', 'veldmark-sentinel.md', 'The Veldmark Sentinel', '2028-03-09'],
    ['swap', 'eastgate-chronicle.html', 'Eastgate Chronicle', '2028-03-10'],
    ['leak', 'brassfield-ledger.md', 'The Brassfield Ledger', '2026-09-15'],
    ['leak', 'copperline-wire.txt', 'Copperline Business Wire', '2026-09-16'],
    ['leak', 'tidewater-times.html', 'Tidewater Times', '2026-09-17'],
    ['election', 'lowmoor-press.txt', 'Lowmoor Press Agency', '2029-11-05'],
    ['election', 'northmarch-herald.md', 'Northmarch Herald', '2029-11-06'],
    ['transfer', 'touchline-wire.txt', 'Touchline Wire', '2030-07-08'],
    ['transfer', 'rovers-fan-blog.md', 'Rovers Til I Die', '2030-07-09'],
    ['transfer', 'sporting-gazette.html', 'The Sporting Gazette', '2030-07-08'],
  ] as const)('%s/%s is credited to %s, published %s', (story, file, outlet, date) => {
    const doc = documentOf(story, file);
    expect(doc?.outlet).toBe(outlet);
    expect(doc?.published?.slice(0, 10)).toBe(date);
  });

  it('election/ballot-box-blog.html has no publication date: outlet from the page, one warning, nothing resolved against a clock', () => {
    const doc = documentOf('election', 'ballot-box-blog.html');
    expect(doc?.outlet).toBe('The Ballot Box');
    expect(doc?.published).toBeNull();
    const warnings = run('election').report.warnings;
    expect(warnings.map((w) => `${w.code} ${path.basename(w.path ?? '')}`)).toEqual(['no-publication-date ballot-box-blog.html']);
    // "on Sunday night" stays unresolved in an undated article.
    const call = assertionsAt('election', 'event', 'ballot-box-blog.html', 15).filter((e) => e.eventType === 'communication');
    expect(call.map((e) => e.normalized)).toEqual(['']);
  });

  it('election/santa-ilaria-observer.txt: published November 5, 2029 (the date line under the name)', () => {
    expect(documentOf('election', 'santa-ilaria-observer.txt')?.published?.slice(0, 10)).toBe('2029-11-05');
  });


  it('election/santa-ilaria-observer.txt is credited to the Santa Ilaria Observer named on line 3', () => {
    expect(documentOf('election', 'santa-ilaria-observer.txt')?.outlet).toBe('Santa Ilaria Observer');
  });

  it('warns about nothing in the three dated stories', () => {
    for (const story of ['swap', 'leak', 'transfer'] as const) expect(run(story).report.warnings, story).toEqual([]);
  });
});

describe('swap (2028): number of hostages and the day of the leaders’ call differ', () => {
  it('reports the call date: Monday, March 6 (Eastgate Chronicle, Harbourline Wire) against March 7 (The Veldmark Sentinel)', () => {
    const dates = disagreementsOf('swap', 'date');
    expect(dates).toHaveLength(1);
    const call = dates[0];
    expect(call?.topic).toMatch(/call/i);
    expect(call?.severity).toBe('high');
    expect(values(call)).toEqual(['2028-03-06', '2028-03-07']);
    expect(outletsOf(call, '2028-03-06')).toEqual(['Eastgate Chronicle', 'Harbourline Wire']);
    expect(outletsOf(call, '2028-03-07')).toEqual(['The Veldmark Sentinel']);
    expect(evidenceOf(call, '2028-03-06')).toEqual(expect.arrayContaining(['eastgate-chronicle.html:15', 'harbourline-wire.txt:8']));
    expect(evidenceOf(call, '2028-03-07')).toEqual(['veldmark-sentinel.md:15']);
    expect(call?.selfInconsistent).toEqual([]);
  });

  it('reports the hostages: at least 12 / twelve (Eastgate Chronicle, Harbourline Wire) against nine (The Veldmark Sentinel)', () => {
    const numbers = disagreementsOf('swap', 'number');
    expect(numbers).toHaveLength(1);
    const hostages = numbers[0];
    expect(hostages?.topic).toMatch(/hostages/);
    expect(values(hostages)).toEqual(['12', '9']);
    expect(outletsOf(hostages, '12')).toEqual(['Eastgate Chronicle', 'Harbourline Wire']);
    expect(outletsOf(hostages, '9')).toEqual(['The Veldmark Sentinel']);
    expect(evidenceOf(hostages, '12')).toEqual(expect.arrayContaining(['harbourline-wire.txt:6', 'eastgate-chronicle.html:14']));
    expect(evidenceOf(hostages, '9')).toContain('veldmark-sentinel.md:11');
  });

  it('does not compare the call with the March 22 summit of the same two leaders', () => {
    const dates = run('swap').report.disagreements.filter((d) => d.kind === 'date');
    expect(dates.flatMap((d) => d.positions.map((p) => p.value))).not.toContain('2028-03-22');
    const summit = run('swap').report.events.find((e) => e.type === 'meeting' && e.date === '2028-03-22');
    expect(summit?.conflictingDates).toEqual([]);
    expect(run('swap').timeline).toMatch(/2028-03-22\s+Meeting/);
    expect(run('swap').timeline).toMatch(/2028-03-06\s+Call between Kaveh Morandi and Lidia Sarkanen[\s\S]*also dated 2028-03-07/);
  });

  it('does not dispute the spokesman’s quote, which two outlets print word for word, nor the 40 prisoners', () => {
    expect(disagreementsOf('swap', 'quote')).toEqual([]);
    expect(disagreementsOf('swap', 'attribution')).toEqual([]);
    const quotes = run('swap').report.assertions.filter(
      (a): a is QuoteAssertion => a.kind === 'quote' && a.normalized.startsWith('every one of them is now safe'),
    );
    expect(quotes).toHaveLength(3);
    expect(new Set(quotes.map((q) => q.speaker?.name))).toEqual(new Set(['Idris Fennimore']));
  });

  it('exits 1 and shows both disputes in the table with file:line', () => {
    const { code, table } = run('swap');
    expect(code).toBe(1);
    expect(table).toMatch(/HIGH\s+date\s+Date of the call/);
    expect(table).toMatch(/HIGH\s+number\s+How many hostages/);
    expect(table).toContain('test/stories2/fixtures/swap/veldmark-sentinel.md:15:');
  });

  it('harbourline-wire.txt:16: the summit is between Morandi and Sarkanen, not their spokesman', () => {
    const meetings = assertionsAt('swap', 'event', 'harbourline-wire.txt', 16).filter((e) => e.eventType === 'meeting');
    expect(meetings.length).toBeGreaterThan(0);
    expect(participantNames(meetings)).not.toContain('Idris Fennimore');
  });

  // WRONG: "The two presidents are scheduled to hold a summit in Port Ellery on March 22" and "The two leaders will meet …
  // at a summit in Port Ellery on March 22" yield no meeting (no named participants in the clause; "the two
  // presidents" is not linked to the pair named earlier) — src/extract/events.ts / src/resolve/entities.ts.
  it.fails('dates the March 22 summit in all three outlets', () => {
    const summit = run('swap').report.events.find((e) => e.type === 'meeting' && e.date === '2028-03-22');
    expect([...(summit?.outlets ?? [])].sort()).toEqual(['Eastgate Chronicle', 'Harbourline Wire', 'The Veldmark Sentinel']);
  });

  it('veldmark-sentinel.md:11: the speaker is the foreign ministry, not the city Kaskela', () => {
    const statements = assertionsAt('swap', 'statement', 'veldmark-sentinel.md', 11);
    expect(statements.map((s: StatementAssertion) => s.speaker?.name ?? s.speaker?.text)).toEqual([expect.stringMatching(/foreign ministry/i)]);
    expect(participantNames(assertionsAt('swap', 'event', 'veldmark-sentinel.md', 11))).not.toContain('Kaskela');
  });

  it('veldmark-sentinel.md:13: "handed over 40 prisoners" is exactly 40', () => {
    const figures = assertionsAt('swap', 'figure', 'veldmark-sentinel.md', 13);
    expect(figures.map((f: FigureAssertion) => [f.quantity, f.qualifier])).toEqual([[40, 'exact']]);
  });
});

describe('leak (2026): a CEO recording verified, called doctored, left unconfirmed; a reworded quote', () => {
  it('reports one authenticity dispute: authentic (the Ledger) vs fake (Halcyon) vs unconfirmed (the regulator)', () => {
    const auth = disagreementsOf('leak', 'authenticity');
    expect(auth).toHaveLength(1);
    expect(auth[0]?.severity).toBe('high');
    expect(values(auth[0])).toEqual(['authentic', 'fake', 'unconfirmed']);
    expect(evidenceOf(auth[0], 'authentic')).toContain('tidewater-times.html:15');
    expect(evidenceOf(auth[0], 'fake')).toEqual(expect.arrayContaining(['copperline-wire.txt:8', 'tidewater-times.html:15']));
    expect(evidenceOf(auth[0], 'unconfirmed').sort()).toEqual(['copperline-wire.txt:14', 'tidewater-times.html:14']);
  });

  it.each([
    ['copperline-wire.txt', 8, 'fake', /Bertil Nakamura/],
    ['copperline-wire.txt', 14, 'unconfirmed', /Coastal Markets Authority/],
    ['tidewater-times.html', 14, 'unconfirmed', /Coastal Markets Authority/],
    ['tidewater-times.html', 15, 'authentic', /Brassfield Ledger/],
    ['tidewater-times.html', 15, 'fake', /Halcyon/],
  ] as const)('%s:%i holds %s, voiced by %s', (file, line, stance, holder) => {
    const held = assertionsAt('leak', 'authenticity', file, line).filter((a: AuthenticityAssertion) => a.stance === stance);
    expect(held.length).toBeGreaterThan(0);
    for (const a of held) expect(a.holder.name ?? a.holder.text).toMatch(holder);
  });

  it('brassfield-ledger.md:13: the Ledger itself holds the recording authentic', () => {
    const auth = disagreementsOf('leak', 'authenticity')[0];
    expect(evidenceOf(auth, 'authentic')).toContain('brassfield-ledger.md:13');
    expect(outletsOf(auth, 'authentic')).toContain('The Brassfield Ledger');
  });

  it('copperline-wire.txt:1: the headline puts the "doctored" stance on Halcyon, not on Ormerod', () => {
    const held = assertionsAt('leak', 'authenticity', 'copperline-wire.txt', 1);
    expect(held.map((a) => a.holder.name ?? a.holder.text)).toEqual([expect.stringMatching(/Halcyon/)]);
  });

  it('copperline-wire.txt:10 reads the partial quote "we will cut costs ruthlessly"', () => {
    const quotes = assertionsAt('leak', 'quote', 'copperline-wire.txt', 10);
    expect(quotes.map((q) => q.normalized)).toEqual(['we will cut costs ruthlessly']);
  });

  it('copperline-wire.txt:10: the partial quote is Dagny Ormerod’s', () => {
    const quotes = assertionsAt('leak', 'quote', 'copperline-wire.txt', 10);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Dagny Ormerod']);
  });

  it('reports Ormerod’s reworded quote: "cut costs aggressively" (Ledger, Tidewater) against "cut costs ruthlessly" (Copperline)', () => {
    const quotes = disagreementsOf('leak', 'quote');
    expect(quotes).toHaveLength(1);
    const [quote] = quotes;
    expect(quote?.severity).toBe('medium');
    const ruthless = quote?.positions.find((p) => /ruthlessly/.test(p.value) || /ruthlessly/.test(p.label));
    const aggressive = quote?.positions.find((p) => /aggressively/.test(p.value) || /aggressively/.test(p.label));
    expect(ruthless?.outlets).toEqual(['Copperline Business Wire']);
    expect([...(aggressive?.outlets ?? [])].sort()).toEqual(['The Brassfield Ledger', 'Tidewater Times']);
    expect(ruthless?.evidence.map(where)).toEqual(['copperline-wire.txt:10']);
  });

  it('does not dispute the figures the outlets agree on (about 800 jobs, about 6,500 vs more than 6,000 staff) or any date', () => {
    expect(disagreementsOf('leak', 'number')).toEqual([]);
    expect(disagreementsOf('leak', 'date')).toEqual([]);
    expect(disagreementsOf('leak', 'attribution')).toEqual([]);
  });

  it('tidewater-times.html:18: the regulator’s spokeswoman is not put in a meeting', () => {
    expect(participantNames(assertionsAt('leak', 'event', 'tidewater-times.html', 18))).not.toContain('Imogen Tardelli');
  });

  it('exits 1 and shows the dispute in the table with file:line', () => {
    const { code, table } = run('leak');
    expect(code).toBe(1);
    expect(table).toMatch(/HIGH\s+authenticity/);
    expect(table).toContain('test/stories2/fixtures/leak/copperline-wire.txt:14:');
  });
});

describe('election (2029): the day of the concession call differs; shares and turnout are not one number', () => {
  it('dates the concession call to Sunday, November 4 where the text says Sunday (Lowmoor) or Sunday, November 4 (Observer)', () => {
    const lowmoor = assertionsAt('election', 'event', 'lowmoor-press.txt', 8).filter((e) => e.eventType === 'communication');
    const observer = assertionsAt('election', 'event', 'santa-ilaria-observer.txt', 8).filter((e) => e.eventType === 'communication');
    expect(lowmoor.map((e) => e.normalized)).toEqual(['2029-11-04']);
    expect(lowmoor[0]?.inferred).toContain('weekday-from-publication');
    expect(observer.map((e) => e.normalized)).toEqual(['2029-11-04']);
  });

  it('reports the concession call: November 4 (Lowmoor Press Agency, Observer) against November 5 (Northmarch Herald)', () => {
    const call = disagreementsOf('election', 'date').find((d) => /call/i.test(d.topic));
    expect(values(call)).toEqual(['2029-11-04', '2029-11-05']);
    expect(evidenceOf(call, '2029-11-05')).toEqual(['northmarch-herald.md:11']);
    expect(outletsOf(call, '2029-11-05')).toEqual(['Northmarch Herald']);
    expect(evidenceOf(call, '2029-11-04')).toEqual(expect.arrayContaining(['lowmoor-press.txt:8', 'santa-ilaria-observer.txt:8']));
  });

  it.each([
    ['lowmoor-press.txt', 8],
    ['santa-ilaria-observer.txt', 8],
  ] as const)('%s:%i: the call is between Alma Rysgaard and Teodor Brankovic', (file, line) => {
    const calls = assertionsAt('election', 'event', file, line).filter((e) => e.eventType === 'communication');
    expect(calls).toHaveLength(1);
    expect([...participantNames(calls)].sort()).toEqual(['Alma Rysgaard', 'Teodor Brankovic']);
  });

  it('northmarch-herald.md:11: "telephoned" makes a call between Alma Rysgaard and Teodor Brankovic', () => {
    const calls = assertionsAt('election', 'event', 'northmarch-herald.md', 11).filter((e) => e.eventType === 'communication');
    expect([...participantNames(calls)].sort()).toEqual(['Alma Rysgaard', 'Teodor Brankovic']);
  });

  it('ballot-box-blog.html:15 still finds the call between both candidates (undated)', () => {
    const calls = assertionsAt('election', 'event', 'ballot-box-blog.html', 15).filter((e) => e.eventType === 'communication');
    expect([...participantNames(calls)].sort()).toEqual(['Alma Rysgaard', 'Teodor Brankovic']);
  });

  it('reports no number dispute: every outlet agrees on 52.4, 46.1, about 68 percent and more than 2 million', () => {
    expect(disagreementsOf('election', 'number')).toEqual([]);
  });

  it('does not dispute "more than 2 million votes" (the same figure in three outlets)', () => {
    const numbers = disagreementsOf('election', 'number');
    expect(numbers.filter((d) => d.positions.some((p) => p.value === '2000000'))).toEqual([]);
  });

  it('never compares statements made on consecutive days (Brankovic on Monday and on Tuesday)', () => {
    expect(disagreementsOf('election', 'date').filter((d) => /statement/i.test(d.topic))).toEqual([]);
    const brankovic = run('election').report.events.filter((e) => e.type === 'statement' && e.participants.includes('Teodor Brankovic'));
    expect(brankovic.map((e) => e.date).sort()).toEqual(['2029-11-05', '2029-11-06']);
  });


  it('keeps the 2024 election apart from this one in the timeline', () => {
    const elections = run('election').report.events.filter((e) => /election/i.test(e.label));
    expect(elections.map((e) => e.date.slice(0, 4)).sort()).toEqual(['2024', '2029']);
    for (const e of elections) expect(e.conflictingDates, `${e.date} ${e.label}`).toEqual([]);
  });

  // WRONG: "won Calvera's presidential election with 52.4 percent …, official results showed on Monday" dates the
  // election (a Sunday) to the day the results were shown — src/extract/events.ts (the date belongs to "showed").
  it.fails('lowmoor-press.txt:6: the election is not dated to Monday, the day of the results', () => {
    const events = assertionsAt('election', 'event', 'lowmoor-press.txt', 6).filter((e) => e.eventType === 'incident');
    expect(events.map((e) => e.normalized)).not.toContain('2029-11-05');
  });


  it.each([
    ['lowmoor-press.txt', 1],
    ['lowmoor-press.txt', 6],
  ] as const)('%s:%i: conceding is not a statement', (file, line) => {
    const statements = assertionsAt('election', 'statement', file, line).filter((s) => s.speaker?.name === 'Alma Rysgaard');
    expect(statements.map((s) => s.value)).toEqual([]);
  });

  it('exits 1 (there is a real date disagreement to report)', () => {
    expect(run('election').code).toBe(1);
  });
});

describe('transfer (2030): only the fee is in dispute among many numbers', () => {
  it('reports the fee: €45 million (Touchline Wire, The Sporting Gazette) against €40 million (Rovers Til I Die)', () => {
    const fee = disagreementsOf('transfer', 'number').find((d) => d.positions.some((p) => p.value === '40000000'));
    expect(fee?.severity).toBe('high');
    expect(values(fee)).toEqual(['40000000', '45000000']);
    expect(outletsOf(fee, '45000000')).toEqual(['The Sporting Gazette', 'Touchline Wire']);
    expect(outletsOf(fee, '40000000')).toEqual(['Rovers Til I Die']);
    expect(evidenceOf(fee, '45000000').sort()).toEqual(['sporting-gazette.html:14', 'touchline-wire.txt:6']);
    expect(evidenceOf(fee, '40000000')).toEqual(['rovers-fan-blog.md:11']);
    expect(run('transfer').table).toMatch(/€40 million[\s\S]*€45 million/);
  });

  it('does not compare the pound figure, the older record fee, ages, years, scores or shirt numbers', () => {
    const disputed = disagreementsOf('transfer', 'number').flatMap((d) => d.positions.map((p) => p.value));
    for (const value of ['38500000', '32000000', '24', '51', '2019', '2027', '2035', '2006', '9', '11', '3', '1']) {
      expect(disputed, value).not.toContain(value);
    }
    const figures = run('transfer').report.assertions.filter((a): a is FigureAssertion => a.kind === 'figure');
    expect(figures.filter((f) => f.quantity >= 1990 && f.quantity <= 2040).map((f) => where(f.evidence[0]!))).toEqual([]);
    // "won 3-1", "beat Ashby Town 2-0", "the No. 9 shirt", "wore number 11".
    for (const [file, line] of [['touchline-wire.txt', 8], ['touchline-wire.txt', 14], ['rovers-fan-blog.md', 13], ['rovers-fan-blog.md', 19], ['sporting-gazette.html', 20]] as const) {
      const numbers = assertionsAt('transfer', 'figure', file, line).map((f) => f.quantity);
      expect(numbers.filter((q) => [0, 1, 2, 3, 9, 11].includes(q)), `${file}:${line}`).toEqual([]);
    }
  });

  it('reports only the fee: the player’s 21 goals and the team’s 68 are not one quantity', () => {
    const numbers = disagreementsOf('transfer', 'number');
    expect(numbers.map((d) => values(d))).toEqual([['40000000', '45000000']]);
  });

  it('names the disputed quantity as the fee', () => {
    const fee = disagreementsOf('transfer', 'number').find((d) => d.positions.some((p) => p.value === '40000000'));
    expect(fee?.topic).toMatch(/fee/i);
  });

  it('does not dispute the manager’s quote, printed identically by three outlets', () => {
    expect(disagreementsOf('transfer', 'quote')).toEqual([]);
    expect(disagreementsOf('transfer', 'attribution')).toEqual([]);
    expect(disagreementsOf('transfer', 'date')).toEqual([]);
  });

  it('rovers-fan-blog.md:21: the quote is Soren Ibsen’s', () => {
    const quotes = assertionsAt('transfer', 'quote', 'rovers-fan-blog.md', 21);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Soren Ibsen']);
  });

  it('rovers-fan-blog.md:9: reads no figure from the byline and comment counter', () => {
    expect(assertionsAt('transfer', 'figure', 'rovers-fan-blog.md', 9)).toEqual([]);
  });

  it('exits 1: the fee is a high-severity disagreement', () => {
    expect(run('transfer').code).toBe(1);
  });
});
