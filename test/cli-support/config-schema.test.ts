// schema/config.schema.json: generated from the config module (and so from the comparator registry), valid JSON
// Schema that editors can use, and the same rules the CLI enforces with its one-line errors.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DISAGREEMENT_KINDS } from '../../src/compare/registry.js';
import {
  FAIL_ON_VALUES,
  KIND_SEVERITIES,
  OUTPUT_FORMATS,
  SCHEMA_REFERENCE,
  configSchema,
  defaultConfig,
  validateConfig,
} from '../../src/cli/config.js';
import { main, type CliIo } from '../../dist/cli/main.js';

interface PropertySchema {
  description?: string;
  enum?: string[];
  default?: unknown;
  properties?: Record<string, PropertySchema>;
}
interface ConfigSchema {
  $schema: string;
  properties: Record<string, PropertySchema>;
}

const ROOT = new URL('../../', import.meta.url);
const shipped = JSON.parse(readFileSync(new URL('schema/config.schema.json', ROOT), 'utf8')) as ConfigSchema;

describe('schema/config.schema.json', () => {
  it('is the schema the config module builds (regenerate with `node scripts/config-schema.mjs` after a build)', () => {
    expect(shipped).toEqual(configSchema());
  });

  it('lists exactly the registry kinds under "severity", each with the severities it accepts', () => {
    const severity = shipped.properties.severity!.properties!;
    expect(Object.keys(severity)).toEqual([...DISAGREEMENT_KINDS]);
    for (const kind of DISAGREEMENT_KINDS) expect(severity[kind]!.enum).toEqual([...KIND_SEVERITIES]);
  });

  it('takes its value lists from the code', () => {
    expect(shipped.properties.failOn!.enum).toEqual([...FAIL_ON_VALUES]);
    expect(shipped.properties.format!.enum).toEqual([...OUTPUT_FORMATS]);
  });

  it('describes every key, for editors, and gives the defaults the CLI uses', () => {
    const defaults = defaultConfig() as unknown as Record<string, unknown>;
    for (const [key, property] of Object.entries(shipped.properties)) {
      expect(property.description, key).toMatch(/\w{3,}/);
      if (key !== '$schema') expect(property.default, key).toEqual(defaults[key]);
    }
    expect(Object.keys(shipped.properties)).toEqual(['$schema', ...Object.keys(defaults)]);
  });

  it('is valid draft-07 JSON Schema, compiled in strict mode', () => {
    expect(shipped.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv({ strict: true });
    expect(() => ajv.compile(shipped)).not.toThrow();
  });

  it('is shipped in the package at the path a config may give as "$schema"', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { name: string; files: string[] };
    expect(pkg.files).toContain('schema');
    expect(SCHEMA_REFERENCE).toBe(`./node_modules/${pkg.name}/schema/config.schema.json`);
    expect(existsSync(new URL('schema/config.schema.json', ROOT))).toBe(true);
  });
});

describe('the schema and the CLI agree', () => {
  const ajv = new Ajv({ strict: true, allErrors: true });
  const editorCheck = ajv.compile(shipped);

  it.each<[string, unknown]>([
    ['the README example', readmeExample()],
    ['a $schema reference', { $schema: SCHEMA_REFERENCE, failOn: 'none' }],
    ['every kind turned off', { severity: Object.fromEntries(DISAGREEMENT_KINDS.map((kind) => [kind, 'off'])) }],
    ['an empty config', {}],
  ])('accepts %s', (_label, config) => {
    expect(editorCheck(config)).toBe(true);
    expect(() => validateConfig(config, 'c.json')).not.toThrow();
  });

  it.each<[string, unknown]>([
    ['an unknown key', { colour: 'red' }],
    ['an unknown kind', { severity: { dates: 'high' } }],
    ['a blank outlet name', { outlets: { '*.md': ' ' } }],
    ['a string for a number', { storyWindowDays: '30' }],
    ['a window of zero days', { storyWindowDays: 0 }],
    ['a confidence above 1', { minConfidence: 1.01 }],
    ['an alias list of one blank name', { aliases: { 'Jane Roe': [''] } }],
  ])('rejects %s', (_label, config) => {
    expect(editorCheck(config)).toBe(false);
    expect(() => validateConfig(config, 'c.json')).toThrow();
  });
});

/** The JSON block of README's Configuration section. */
function readmeExample(): unknown {
  const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const block = /```json\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README has no JSON block under "## Configuration"');
  return JSON.parse(block[1]!) as unknown;
}

describe('a bad config on the command line', () => {
  it('stops the run with one line naming the file and the key, exit 2', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-schema-'));
    try {
      await writeFile(path.join(dir, 'crosscheck.config.json'), JSON.stringify({ $schema: SCHEMA_REFERENCE, minConfidence: 'high' }));
      let stderr = '';
      let stdout = '';
      const io: CliIo = {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        stdoutIsTTY: false,
        stderrIsTTY: false,
        env: {},
        cwd: dir,
        readStdin: async () => '',
      };
      expect(await main(['--print-config'], io)).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe('crosscheck: crosscheck.config.json: "minConfidence" must be a number from 0 to 1 (got "high")\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
