import { beforeAll, describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, buildSarif, formatSarif } from '../../src/report/index.js';
import type { SarifLog } from '../../src/report/sarif.js';
import type { Report } from '../../src/types.js';
import { DAILY, WIRE, makeQuietReport, makeReport } from './fixture.js';
import { SARIF_SCHEMA, sarifValidator } from './validators.js';

const fingerprints = (log: SarifLog): string[] => log.runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);

describe('sarif formatter', () => {
  describe.skipIf(SARIF_SCHEMA.skip)(`against the official SARIF 2.1.0 schema${SARIF_SCHEMA.note}`, () => {
    let validate: ReturnType<typeof sarifValidator>;
    beforeAll(() => {
      validate = sarifValidator();
    });

    it.each([
      ['full report', makeReport(), {}],
      ['full report with cwd and focus', makeReport(), { cwd: '/home/me/news', focusPaths: [DAILY], toolVersion: '9.9.9' }],
      ['report without disagreements', makeQuietReport(), {}],
    ])('%s validates against the official SARIF 2.1.0 schema', (_name, report, extra) => {
      const log: unknown = JSON.parse(formatSarif(report, { color: false, ...extra }));
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });

    // Guards against a validator that accepts anything (draft-04 keywords silently ignored).
    it.each<[string, (log: SarifLog) => void]>([
      ['an unknown level', (l) => ((l.runs[0].results[0] as { level: string }).level = 'fatal')],
      ['a zero start line', (l) => (l.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0)],
      ['a wrong version', (l) => ((l as { version: string }).version = '2.0.0')],
      ['an unknown result field', (l) => Object.assign(l.runs[0].results[0], { severity: 'high' })],
    ])('the official schema rejects a log with %s', (_name, mutate) => {
      const log = buildSarif(makeReport(), { color: false });
      mutate(log);
      expect(validate(JSON.parse(JSON.stringify(log)))).toBe(false);
    });

    it('still validates when paths need encoding or are absolute outside cwd', () => {
      const report = makeReport();
      report.disagreements[2].positions[0].evidence[0].path = 'my corpus/a#1?.txt';
      report.disagreements[2].positions[1].evidence[0].path = '/elsewhere/b.txt';
      const log = buildSarif(report, { color: false, cwd: '/home/me' });
      expect(validate(JSON.parse(JSON.stringify(log)))).toBe(true);
      const uris = log.runs[0].results.flatMap((r) => [...r.locations, ...(r.relatedLocations ?? [])]).map((l) => l.physicalLocation.artifactLocation.uri);
      expect(uris).toContain('my%20corpus/a%231%3F.txt');
      expect(uris).toContain('file:///elsewhere/b.txt');
    });
  });

  const log = buildSarif(makeReport(), { color: false });
  const run = log.runs[0];

  it('describes the tool with one rule per disagreement kind', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('crosscheck');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'crosscheck/date',
      'crosscheck/number',
      'crosscheck/authenticity',
      'crosscheck/attribution',
      'crosscheck/quote',
      'crosscheck/single-source',
    ]);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.markdown.length).toBeGreaterThan(0);
    }
  });

  it('levels results by severity and points ruleIndex at the right rule', () => {
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('locates a result at the first position and relates the other evidence', () => {
    const [date] = run.results;
    expect(date.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: WIRE, uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 15 },
    });
    expect(date.relatedLocations?.map((l) => [l.id, l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine])).toEqual([[1, DAILY, 7]]);
    expect(date.relatedLocations?.[0].message?.text).toContain('2025-10-12 (Daily Ledger)');
    // The other side links to its related location.
    expect(date.message.text).toBe('Date of the call between Steve Witkoff and Yuri Ushakov: 2025-10-14 (Wire Service) vs 2025-10-12 ([Daily Ledger](1))');
  });

  it('locates a result in the new article when focus paths are given', () => {
    const focused = buildSarif(makeReport(), { color: false, focusPaths: [DAILY] }).runs[0].results[0];
    expect(focused.locations[0].physicalLocation.artifactLocation.uri).toBe(DAILY);
    expect(focused.relatedLocations?.map((l) => l.physicalLocation.artifactLocation.uri)).toEqual([WIRE]);
  });

  it('makes absolute paths under cwd relative, with forward slashes', () => {
    const report = makeReport();
    report.disagreements[2].positions[0].evidence[0].path = `C:\\work\\news\\${WIRE.replace('/', '\\')}`;
    const result = buildSarif(report, { color: false, cwd: 'C:\\work\\news' }).runs[0].results[0];
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(WIRE);
  });

  it('escapes brackets that are not links and notes qualifiers in parentheses', () => {
    const report = makeReport();
    report.disagreements[0].topic = 'Date of the [redacted] call';
    const low = buildSarif(report, { color: false }).runs[0].results[2];
    expect(low.message.text).toBe(
      `Date of the \\[redacted\\] call: 2025-10-16 (Wire Service) vs 2025-10-17 ([Daily Ledger](1)) (rests only on inferred dates; self-inconsistent: ${DAILY})`,
    );
  });

  it('carries severity, kind and topic as properties', () => {
    expect(run.results[2].properties).toMatchObject({ severity: 'low', kind: 'date', inferredOnly: true, selfInconsistent: [DAILY] });
  });

  it('keeps fingerprints stable across formats of the same report, whatever the order', () => {
    const again = makeReport();
    again.disagreements.reverse();
    const first = fingerprints(buildSarif(makeReport(), { color: false }));
    expect(fingerprints(buildSarif(again, { color: false, cwd: '/elsewhere', toolVersion: '2.0.0' }))).toEqual(first);
    expect(new Set(first).size).toBe(3);
    expect(formatSarif(makeReport(), { color: false })).toBe(formatSarif(makeReport(), { color: false }));
  });

  it('changes the fingerprint when a position changes', () => {
    // The compare stage derives the id from kind, topic and position values; mimic it on a change.
    const changed: Report = makeReport();
    const date = changed.disagreements[2];
    date.positions[1] = { ...date.positions[1], value: '2025-10-13' };
    date.id = 'd-date-1c9e20';
    const before = fingerprints(buildSarif(makeReport(), { color: false }));
    const after = fingerprints(buildSarif(changed, { color: false }));
    expect(after[0]).not.toBe(before[0]);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('leaves out a disagreement with no evidence at all rather than inventing a location', () => {
    const report = makeReport();
    report.disagreements[2].positions.forEach((p) => (p.evidence = []));
    expect(buildSarif(report, { color: false }).runs[0].results).toHaveLength(2);
  });

  it('has no results without disagreements', () => {
    expect(buildSarif(makeQuietReport(), { color: false }).runs[0].results).toEqual([]);
  });
});
