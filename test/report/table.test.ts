import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/report/index.js';
import { DEFAULT_COLUMNS, MIN_COLUMNS, tableWidth, wrapCells } from '../../src/report/table.js';
import type { Disagreement, Report } from '../../src/types.js';
import { DAILY, WIRE, dateDisagreement, makeQuietReport, makeReport, span } from './fixture.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;
// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('table formatter', () => {
  const plain = formatTable(makeReport(), { color: false });

  it('has no ANSI escapes when colour is off', () => {
    expect(plain).not.toMatch(ANSI);
  });

  it('colours when asked, with the same text underneath', () => {
    const coloured = formatTable(makeReport(), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it.each([
    [`${WIRE}:12:5`],
    [`${DAILY}:7:1`],
    [`${WIRE}:20:1`],
    [`${DAILY}:15:3`],
    [`${DAILY}:18:1`],
    [`${WIRE}:30:9`],
    [`${DAILY}:25:14`],
  ])('shows the evidence location %s', (location) => {
    expect(plain).toContain(location);
  });

  it('lists disagreements most severe first', () => {
    const high = plain.indexOf('HIGH date');
    const medium = plain.indexOf('MEDIUM authenticity');
    const low = plain.indexOf('LOW date');
    expect(high).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(medium);
    expect(medium).toBeLessThan(low);
  });

  it('shows values with the outlets that hold them', () => {
    expect(plain).toMatch(/2025-10-14 — October 14, 2025 \(per Wire Service\)\s+held by Wire Service/);
    expect(plain).toMatch(/2025-10-12 — .*held by Daily Ledger/);
  });

  it('marks inferred-only and self-inconsistent disagreements, and nothing else', () => {
    expect(plain).toContain('(rests only on inferred dates)');
    expect(plain).toContain(`self-inconsistent: ${DAILY}`);
    expect(plain.match(/\(rests only on inferred dates\)/g)).toHaveLength(1);
  });

  it('says how sure each disagreement is and why, and counts the ones left out', () => {
    expect(plain.replace(/\s+/g, ' ')).toContain('confidence 0.90: the same call: the same 2 participants in every article');
    expect(plain).toContain('confidence 0.45:');
    expect(plain).not.toMatch(/left out \(--min-confidence/);
    const report = makeReport();
    report.summary.belowConfidence = 3;
    report.summary.minConfidence = 0.6;
    expect(formatTable(report, { color: false }).replace(/\s+/g, ' ')).toContain('3 less certain disagreements under confidence 0.6 left out (--min-confidence 0 shows them).');
  });

  it('marks photo captions', () => {
    expect(plain).toContain(`${DAILY}:18:1 (photo caption)`);
    expect(plain.match(/photo caption/g)).toHaveLength(1);
  });

  it('centres the excerpt of a long sentence and marks the cuts', () => {
    const sentence = `${'before '.repeat(40)}KEY PHRASE ${'after '.repeat(40)}`;
    const report = makeReport();
    report.disagreements = [{ ...dateDisagreement, positions: [{ ...dateDisagreement.positions[0], evidence: [span(WIRE, 1, 1, sentence, 'KEY PHRASE')] }] }];
    const line = formatTable(report, { color: false }).split('\n').find((l) => l.includes('KEY PHRASE'));
    expect(line).toBeDefined();
    expect(line).toMatch(/“….*before KEY PHRASE after.*…”/);
  });

  it('ends with a summary of documents, skipped files, assertions and severities', () => {
    expect(plain).toContain('Read 2 documents, skipped 1; 28 assertions extracted.');
    expect(plain).toContain('skipped corpus/notes.pdf: unsupported format (.pdf)');
    expect(plain).toContain('3 disagreements: 1 high, 1 medium, 1 low.');
  });

  it('lists warnings briefly', () => {
    expect(plain).toContain('1 warning:');
    // Long warnings wrap rather than lose words.
    expect(plain.replace(/\s+/g, ' ')).toContain(`${DAILY}:1: No publication date found; relative dates left unresolved. [no-publication-date]`);
  });

  it('shortens a long list of warnings unless verbose', () => {
    const report: Report = makeReport();
    report.warnings = Array.from({ length: 20 }, (_, i) => ({ code: 'w', message: `warning number ${i}` }));
    const short = formatTable(report, { color: false });
    expect(short).toContain('… and 12 more warnings');
    expect(short).not.toContain('warning number 19');
    const verbose = formatTable(report, { color: false, verbose: true });
    expect(verbose).toContain('warning number 19');
    expect(verbose).not.toContain('more warnings');
  });

  it('says plainly when there are no disagreements', () => {
    const text = formatTable(makeQuietReport(), { color: false });
    expect(text).toContain('No disagreements found across 2 documents.');
    expect(text).not.toContain('HIGH');
    expect(text).not.toContain('held by');
  });
});

/** A report whose every field is long: topics, labels, outlets and sentences that must wrap or be cut. */
function longReport(): Report {
  const report = makeReport();
  report.disagreements.push({
    ...dateDisagreement,
    id: 'd-date-long',
    topic: `Date of ${'a very long and winding description '.repeat(8)}`,
    positions: dateDisagreement.positions.map((p) => ({
      ...p,
      label: `${p.label} ${'as reported by many outlets '.repeat(5)}`,
      outlets: ['First Outlet', 'Second Outlet', 'Third Outlet', 'Fourth Outlet', 'Fifth Outlet', 'Sixth Outlet', 'Seventh Outlet'],
      inferred: true,
      sources: { outlets: 7, independentSources: 2 },
      evidence: [span(WIRE, 3, 1, `${'word '.repeat(80)}the decisive October 14 date ${'tail '.repeat(60)}`, 'October 14')],
    })),
  });
  report.warnings.push({ code: 'long-warning', message: `${'a warning that goes on '.repeat(12)}to the end`, path: DAILY, line: 4 });
  report.summary.belowConfidence = 12;
  report.summary.minConfidence = 0.6;
  return report;
}

const TOPIC_CJK = '东京和北京的两位官员在十月十四日的电话中讨论了和平计划的细节并同意下周再次通话以确认最终的协议文本';
const LABEL_EMOJI = 'October 14, 2025 🇺🇦 per 👩‍👩‍👧 family outlet 📰📰📰 and the 東京新聞 wire';
const CAFE = 'Cafe\u0301'; // an e with a combining acute accent: five code units, four cells

/** A disagreement written in wide and combining characters, in every field the table wraps or cuts. */
function wideDisagreement(): Disagreement {
  return {
    ...dateDisagreement,
    id: 'd-date-wide',
    topic: TOPIC_CJK,
    reasons: [`${CAFE} `.repeat(20).trim()],
    positions: [
      {
        ...dateDisagreement.positions[0],
        label: LABEL_EMOJI,
        outlets: ['東京新聞', 'Wire Service'],
        evidence: [span(WIRE, 9, 2, `${'据报道，'.repeat(30)}十月十四日${'双方通话。'.repeat(30)}`, '十月十四日')],
      },
      dateDisagreement.positions[1],
    ],
  };
}

const WIDTHS = [60, 80, 120] as const;

describe('table formatter: fitted to the terminal width', () => {
  it.each(WIDTHS)('keeps every line within %i columns, measured in terminal cells', (columns) => {
    for (const color of [false, true]) {
      const report = longReport();
      report.disagreements.push(wideDisagreement());
      const lines = formatTable(report, { color, columns }).split('\n');
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
      // The room is used: some line comes close to the edge.
      expect(Math.max(...lines.map((line) => stringWidth(line)))).toBeGreaterThan(columns - 8);
    }
  });

  it('uses the wider terminal: fewer lines at 120 columns than at 60', () => {
    const count = (columns: number) => formatTable(longReport(), { color: false, columns }).split('\n').length;
    expect(count(120)).toBeLessThan(count(80));
    expect(count(80)).toBeLessThan(count(60));
  });

  it('defaults to 80 columns when the width is unknown, and never goes below the minimum', () => {
    expect(tableWidth(undefined)).toBe(DEFAULT_COLUMNS);
    expect(tableWidth(0)).toBe(DEFAULT_COLUMNS);
    expect(tableWidth(Number.NaN)).toBe(DEFAULT_COLUMNS);
    expect(tableWidth(20)).toBe(MIN_COLUMNS);
    expect(tableWidth(132.5)).toBe(132);
    expect(formatTable(longReport(), { color: false })).toBe(formatTable(longReport(), { color: false, columns: 80 }));
    for (const line of formatTable(longReport(), { color: false, columns: 10 }).split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(MIN_COLUMNS);
  });

  it.each(WIDTHS)('keeps what it shows at %i columns: sides, outlets, source counts, locations, confidence, counts', (columns) => {
    const text = formatTable(longReport(), { color: false, columns });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('HIGH date Date of the call between Steve Witkoff and Yuri Ushakov');
    expect(flat).toContain('2025-10-14 — October 14, 2025 (per Wire Service) held by Wire Service');
    expect(flat).toContain('held by First Outlet, Second Outlet, Third Outlet, Fourth Outlet, Fifth Outlet, Sixth Outlet, Seventh Outlet');
    expect(flat).toContain('(7 outlets, 2 independent sources)');
    expect(flat).toContain('(inferred)');
    expect(flat).toContain('confidence 0.90: the same call: the same 2 participants in every article');
    expect(flat).toContain('12 less certain disagreements under confidence 0.6 left out (--min-confidence 0 shows them).');
    expect(flat).toContain(`${DAILY}:4: ${'a warning that goes on '.repeat(12)}to the end [long-warning]`);
    // Locations stay whole on their line, so terminals and editors can follow them.
    for (const location of [`${WIRE}:12:5`, `${DAILY}:7:1`, `${WIRE}:3:1`, `${DAILY}:18:1`]) {
      expect(text.split('\n').some((line) => line.trim().startsWith(location))).toBe(true);
    }
    // The summary lines a saved table is recognised by stay whole.
    expect(text).toMatch(/^Read 2 documents, skipped 1; 28 assertions extracted\.$/m);
    expect(text).toMatch(/^3 disagreements: 1 high, 1 medium, 1 low\.$/m);
  });

  it('ends lines where their text ends (no trailing padding)', () => {
    for (const line of formatTable(longReport(), { color: false, columns: 120 }).split('\n')) expect(line).not.toMatch(/ $/);
  });

  it('hangs each side under its bullet and the topic after its tag', () => {
    const lines = formatTable(longReport(), { color: false, columns: 60 }).split('\n');
    const tag = lines.findIndex((line) => line.startsWith('HIGH date  Date of a very long'));
    expect(tag).toBeGreaterThanOrEqual(0);
    expect(lines[tag + 1]).toMatch(/^ {11}\S/);
    const bullet = lines.findIndex((line) => line.startsWith('  • 2025-10-14 — October 14, 2025 (per Wire Service) as'));
    expect(lines[bullet + 1]).toMatch(/^ {4}\S/);
  });
});

describe('table formatter: wide and combining characters', () => {
  const report = makeReport();
  report.disagreements = [wideDisagreement()];
  const text = formatTable(report, { color: false, columns: 60 });
  const lines = text.split('\n');

  it('wraps Chinese text by its width: two cells a character, full lines, every character kept in order', () => {
    const topicLines = lines.filter((line) => /[\u4e00-\u9fff]/.test(line) && !line.includes('“') && !line.includes('東京新聞'));
    // Tag gutter "HIGH date  " is 11 cells: 49 cells left, so 24 characters (48 cells) a full line.
    expect(topicLines.length).toBeGreaterThanOrEqual(2);
    expect(stringWidth(topicLines[0]!.slice(11))).toBe(48);
    expect(topicLines.map((line) => line.trim().replace(/^HIGH date\s+/, '')).join('')).toBe(TOPIC_CJK);
  });

  it('never splits an emoji, a flag or a family sequence, and keeps the label whole', () => {
    expect(text).toContain('🇺🇦');
    expect(text).toContain('👩‍👩‍👧');
    expect(text.replace(/\s+/g, ' ')).toContain(LABEL_EMOJI);
    const wideLabel = formatTable(report, { color: false, columns: 40 });
    expect(wideLabel).toContain('👩‍👩‍👧');
    for (const line of wideLabel.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(40);
  });

  it('counts a combining accent as no width', () => {
    const reasonLines = lines.filter((line) => line.includes(CAFE));
    expect(reasonLines.length).toBeGreaterThanOrEqual(2);
    // "confidence 0.90: " then words of four cells: the first line is filled by cells, not by code units.
    const first = reasonLines[0]!.trim();
    expect(stringWidth(first)).toBeGreaterThan(49 - 5);
    expect(first.length).toBeGreaterThan(49);
  });

  it('cuts a long Chinese sentence to the line, around its excerpt', () => {
    const sentence = lines.find((line) => line.includes('“') && line.includes('十月十四日'));
    expect(sentence).toBeDefined();
    expect(sentence).toMatch(/^ {6}“….*十月十四日.*…”$/);
    expect(stringWidth(sentence!)).toBeLessThanOrEqual(60);
    expect(stringWidth(sentence!)).toBeGreaterThan(50);
  });
});

describe('wrapCells', () => {
  it.each([
    ['the quick brown fox jumps', 10, ['the quick', 'brown fox', 'jumps']],
    ['東京新聞東京新聞', 6, ['東京新', '聞東京', '新聞']],
    ['see 東京新聞東京新聞', 8, ['see 東京', '新聞東京', '新聞']],
    ['corpus/a-very-long-folder/file.txt:1:1', 12, ['corpus/a-ver', 'y-long-folde', 'r/file.txt:1', ':1']],
    ['', 10, ['']],
  ])('wrapCells(%j, %i)', (text, width, expected) => {
    expect(wrapCells(text, width)).toEqual(expected);
  });
});

