// Shared by the story probes: run the built CLI (main(), in-process) once per corpus (JSON), render its table
// and timeline with the same pure formatters the CLI uses (the CLI's own table and timeline output is tested in
// test/e2e), and look things up in what it reported.
import path from 'node:path';
import { beforeAll } from 'vitest';
import type { Assertion, Disagreement, Report, Span } from '../../src/types.js';
import { runCli } from '../e2e/helpers.js';
import { formatTable } from '../../src/report/index.js';
import { formatTimeline } from '../../src/report/timeline.js';

export interface StoryRun {
  code: number;
  report: Report;
  table: string;
  timeline: string;
}

export const fileOf = (span: Span): string => path.basename(span.path);
export const where = (span: Span): string => `${fileOf(span)}:${span.line}`;
export const values = (d: Disagreement | undefined): string[] => (d ? d.positions.map((p) => p.value).sort() : []);
export const side = (d: Disagreement | undefined, value: string) => d?.positions.find((p) => p.value === value);
export const outletsOf = (d: Disagreement | undefined, value: string): string[] => [...(side(d, value)?.outlets ?? [])].sort();
export const evidenceOf = (d: Disagreement | undefined, value: string): string[] => (side(d, value)?.evidence ?? []).map(where);

/** Registers a beforeAll that runs every corpus under `folder`, and returns lookups into the results. */
export function storyRuns<S extends string>(folder: string, stories: readonly S[]) {
  const runs = new Map<S, StoryRun>();
  beforeAll(async () => {
    await Promise.all(
      stories.map(async (story) => {
        const fixture = `${folder}/${story}`;
        const json = await runCli([fixture, '--format', 'json', '--assertions', '--quiet']);
        if (!json.stdout.trim()) throw new Error(`crosscheck printed no JSON for ${story} (exit ${json.code}): ${json.stderr}`);
        const report = JSON.parse(json.stdout) as Report;
        runs.set(story, { code: json.code, report, table: formatTable(report, { color: false }), timeline: formatTimeline(report, { color: false }) });
      }),
    );
  });

  const run = (story: S): StoryRun => {
    const result = runs.get(story);
    if (!result) throw new Error(`no run for ${story}`);
    return result;
  };
  const disagreementsOf = (story: S, kind: Disagreement['kind']): Disagreement[] => run(story).report.disagreements.filter((d) => d.kind === kind);
  const assertionsAt = <K extends Assertion['kind']>(story: S, kind: K, file: string, line: number): Array<Extract<Assertion, { kind: K }>> =>
    run(story).report.assertions.filter(
      (a): a is Extract<Assertion, { kind: K }> => a.kind === kind && a.evidence.some((e) => fileOf(e) === file && e.line === line),
    );
  const allEvidence = (story: S): Span[] => {
    const report = run(story).report;
    return [
      ...report.assertions.flatMap((a) => a.evidence),
      ...report.disagreements.flatMap((d) => d.positions.flatMap((p) => p.evidence)),
      ...report.events.flatMap((e) => e.evidence),
    ];
  };
  return { run, disagreementsOf, assertionsAt, allEvidence };
}
