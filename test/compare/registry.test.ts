// One list of disagreement kinds: the comparator registry. The config, the report order, SARIF's rules and the
// JSON Schema must all follow it, so that a kind added in one place and not the others fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARATORS, DEFAULT_SEVERITIES, DISAGREEMENT_KINDS } from '../../src/compare/registry.js';
import { DISAGREEMENT_KINDS as CONFIG_KINDS } from '../../src/cli/config.js';
import { KIND_ORDER } from '../../src/report/common.js';
import { formatSarif } from '../../src/report/sarif.js';
import { makeReport } from '../report/fixture.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as {
  $defs: { disagreement: { properties: { kind: { enum: string[] } } } };
};

describe('the comparator registry', () => {
  const kinds = COMPARATORS.map((c) => c.kind);

  it('lists each kind once, with a default severity and a description', () => {
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const c of COMPARATORS) {
      expect(DEFAULT_SEVERITIES[c.kind]).toBe(c.defaultSeverity);
      expect(c.description.length).toBeGreaterThan(10);
    }
  });

  it('is the one list the config, the report order, SARIF and the JSON Schema follow', () => {
    expect([...DISAGREEMENT_KINDS]).toEqual(kinds);
    expect([...CONFIG_KINDS]).toEqual(kinds);
    expect([...KIND_ORDER]).toEqual(kinds);
    expect(schema.$defs.disagreement.properties.kind.enum).toEqual(kinds);
    const sarif = JSON.parse(formatSarif(makeReport(), { color: false })) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } } }> };
    expect(sarif.runs[0]?.tool.driver.rules.map((r) => r.id)).toEqual(kinds.map((k) => `crosscheck/${k}`));
  });
});
