// Real articles (ECB+, CC BY 3.0; see test/fixtures/real-negative/README.md) full of numbers, dates and quotes
// that belong to different things. Precision first: the built CLI (in-process) must report no disagreement in any of them.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { runCli } from './helpers.js';

describe('real news with nothing to dispute', () => {
  it.each(['trial', 'sect', 'crossfire'])('test/fixtures/real-negative/%s: no disagreement', async (folder) => {
    const result = await runCli([`test/fixtures/real-negative/${folder}`, '--format', 'json', '--quiet']);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.documents.length).toBeGreaterThanOrEqual(4);
    expect(report.disagreements.map((d) => `${d.kind}: ${d.topic} [${d.positions.map((p) => p.value).join(' vs ')}]`)).toEqual([]);
    expect(result.code).toBe(0);
  });
});
