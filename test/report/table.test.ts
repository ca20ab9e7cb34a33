import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
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
    expect(plain).toContain('confidence 0.90: the same call: the same 2 participants in every article');
    expect(plain).toContain('confidence 0.45:');
    expect(plain).not.toMatch(/left out \(--min-confidence/);
    const report = makeReport();
    report.summary.belowConfidence = 3;
    report.summary.minConfidence = 0.6;
    expect(formatTable(report, { color: false })).toContain('3 less certain disagreements under confidence 0.6 left out (--min-confidence 0 shows them).');
  });

  it('marks photo captions', () => {
    expect(plain).toContain(`${DAILY}:18:1 (photo caption)`);
    expect(plain.match(/photo caption/g)).toHaveLength(1);
  });

  it('keeps every line of the fixture within 100 columns', () => {
    for (const line of plain.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('keeps every line within 100 columns, even with long sentences, labels and topics', () => {
    const report = makeReport();
    report.disagreements.push({
      ...dateDisagreement,
      topic: `Date of ${'a very long and winding description '.repeat(8)}`,
      positions: dateDisagreement.positions.map((p) => ({
        ...p,
        label: `${p.label} ${'as reported by many outlets '.repeat(5)}`,
        outlets: ['First Outlet', 'Second Outlet', 'Third Outlet', 'Fourth Outlet', 'Fifth Outlet', 'Sixth Outlet', 'Seventh Outlet'],
        inferred: true,
        evidence: [span(WIRE, 3, 1, `${'word '.repeat(80)}the decisive October 14 date ${'tail '.repeat(60)}`, 'October 14')],
      })),
    });
    for (const line of formatTable(report, { color: false }).split('\n')) expect(line.length).toBeLessThanOrEqual(100);
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
