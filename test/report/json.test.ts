import { describe, expect, it } from 'vitest';
import { FORMATTERS, REPORT_SCHEMA_VERSION, formatJson, formatNdjson } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { makeQuietReport, makeReport } from './fixture.js';
import { reportValidator } from './validators.js';

const options = { color: false };

describe('json formatter', () => {
  const validate = reportValidator();

  it.each([
    ['full report', makeReport(), false],
    ['full report with assertions', makeReport(), true],
    ['report without disagreements', makeQuietReport(), false],
    ['report without disagreements, with assertions', makeQuietReport(), true],
  ])('%s validates against schema/report.schema.json', (_name, report, assertions) => {
    const parsed: unknown = JSON.parse(formatJson(report, { ...options, assertions }));
    const ok = validate(parsed);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('with assertions, round-trips the report unchanged, says so, and ends with a newline', () => {
    const report = makeReport();
    const text = formatJson(report, { ...options, assertions: true });
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({ ...report, assertionsIncluded: true });
  });

  it('with assertions: false, leaves out only the assertion list and says so', () => {
    const report = makeReport();
    const parsed = JSON.parse(formatJson(report, { ...options, assertions: false })) as Record<string, unknown>;
    const { assertions: _left, ...rest } = report;
    expect(parsed).toEqual({ ...rest, assertionsIncluded: false });
    expect(parsed).not.toHaveProperty('assertions');
    expect((parsed.summary as Report['summary']).assertions).toBe(report.summary.assertions);
  });

  it('lists the assertions by default: the scorers that read crosscheck JSON need them', () => {
    const parsed = JSON.parse(formatJson(makeReport(), options)) as Record<string, unknown>;
    expect(parsed.assertionsIncluded).toBe(true);
    expect(parsed.assertions).toHaveLength(makeReport().assertions?.length ?? -1);
  });

  it('is the formatter registered as json', () => {
    expect(FORMATTERS.json(makeReport(), options)).toBe(formatJson(makeReport(), options));
  });

  it('declares the schema version the formatter follows', () => {
    expect(makeReport().schemaVersion).toBe(REPORT_SCHEMA_VERSION);
  });

  // Each mutation breaks the contract in one place; the schema must notice.
  it.each<[string, (r: Report) => void]>([
    ['unknown disagreement kind', (r) => ((r.disagreements[0] as { kind: string }).kind = 'mood')],
    ['position without value', (r) => delete (r.disagreements[0].positions[0] as Partial<Report['disagreements'][0]['positions'][0]>).value],
    ['evidence without path', (r) => delete (r.disagreements[0].positions[0].evidence[0] as { path?: string }).path],
    ['evidence line 0', (r) => (r.disagreements[0].positions[0].evidence[0].line = 0)],
    ['event without participants', (r) => delete (r.events[0] as { participants?: string[] }).participants],
    ['event with a numeric date', (r) => ((r.events[0] as { date: unknown }).date = 20251014)],
    ['assertion with unknown kind', (r) => ((r.assertions[0] as { kind: string }).kind = 'rumour')],
    ['quote assertion with a figure field', (r) => Object.assign(r.assertions[2], { quantity: 3 })],
    ['authenticity assertion with unknown stance', (r) => Object.assign(r.assertions[3], { stance: 'maybe' })],
    ['event assertion without time', (r) => delete (r.assertions[0] as { time?: unknown }).time],
    ['undeclared top-level field', (r) => Object.assign(r, { extra: true })],
    ['wrong schema version', (r) => (r.schemaVersion = '1.0.0')],
    ['negative count', (r) => (r.summary.disagreements.high = -1)],
  ])('rejects a report with %s', (_name, mutate) => {
    const report = makeReport();
    mutate(report);
    expect(validate(JSON.parse(formatJson(report, { ...options, assertions: true })))).toBe(false);
  });

  it.each<[string, (r: Record<string, unknown>) => void]>([
    ['assertions but assertionsIncluded false', (r) => (r.assertionsIncluded = false)],
    ['assertionsIncluded true but no assertions', (r) => delete r.assertions],
    ['no assertionsIncluded', (r) => delete r.assertionsIncluded],
  ])('rejects a report with %s', (_name, mutate) => {
    const parsed = JSON.parse(formatJson(makeReport(), { ...options, assertions: true })) as Record<string, unknown>;
    mutate(parsed);
    expect(validate(parsed)).toBe(false);
  });
});

describe('ndjson formatter', () => {
  it('prints one parseable disagreement per line, most severe first, and nothing else', () => {
    const text = formatNdjson(makeReport(), options);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((line) => JSON.parse(line) as { id: string; severity: string });
    expect(parsed.map((d) => d.severity)).toEqual(['high', 'medium', 'low']);
    // The topic with a newline must not split a record.
    expect(parsed.map((d) => d.id)).toContain('d-auth-02bc44');
    expect(lines.every((line) => !line.includes('": '))).toBe(true);
  });

  it('prints nothing when there are no disagreements', () => {
    expect(formatNdjson(makeQuietReport(), options)).toBe('');
  });
});
