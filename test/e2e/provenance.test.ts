// On the seed corpus, the report says that the accounts of the call rest on one original source, with evidence.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { runCli, type CliResult } from './helpers.js';

describe('provenance on the seed corpus', () => {
  let json: CliResult;
  let report: Report;
  let table: string;

  beforeAll(async () => {
    let text: CliResult;
    [json, text] = await Promise.all([runCli(['corpus', '--format', 'json', '--assertions']), runCli(['corpus', '--format', 'table'])]);
    report = JSON.parse(json.stdout) as Report;
    table = text.stdout;
  });

  it('runs', () => {
    expect(json.code).not.toBe(2);
  });

  it('finds that the accounts of the call between the two envoys rest on one original source, with the sentences naming it', () => {
    const found = report.disagreements.filter((d) => d.kind === 'single-source');
    const call = found.find((d) => /call between/i.test(d.topic) && /Witkoff/.test(d.topic) && /Ushakov/.test(d.topic));
    expect(call, JSON.stringify(found.map((d) => d.topic))).toBeDefined();
    expect(call!.severity).toBe('low');
    expect(call!.confidence).toBeGreaterThanOrEqual(report.summary.minConfidence);
    const [position] = call!.positions;
    expect(position!.value).toBe('bloomberg');
    expect(position!.outlets.length).toBeGreaterThanOrEqual(3);
    expect(position!.sources).toMatchObject({ independentSources: 1 });
    expect(position!.evidence.length).toBeGreaterThanOrEqual(3);
    for (const e of position!.evidence) expect(e.excerpt ?? e.text).toMatch(/Bloomberg/);
  });

  it('says how many outlets and independent sources hold the dated call', () => {
    const date = report.disagreements.find((d) => d.kind === 'date' && /Witkoff/.test(d.topic));
    const oct14 = date?.positions.find((p) => p.value === '2025-10-14');
    expect(oct14?.sources).toEqual({ outlets: 3, independentSources: 1, originals: [expect.stringMatching(/^Bloomberg/)] });
    expect(table).toMatch(/3 outlets, 1 independent source\)/);
    expect(table).toMatch(/LOW single-source/);
  });

  it('gives assertions their source chain, outlet first, kept apart from the speaker', () => {
    const chained = report.assertions.filter((a) => a.sources && a.sources.length > 1);
    expect(chained.length).toBeGreaterThan(0);
    for (const a of report.assertions) if (a.sources) expect(a.sources[0]!.relation).toBe('outlet');
    // "Ushakov told Russian media": the speaker is no source, and a group of outlets names none.
    const told = report.assertions.flatMap((a) => a.sources ?? []).filter((s) => s.relation === 'told');
    for (const s of told) expect(s.key).not.toMatch(/ushakov|russian/);
  });
});
