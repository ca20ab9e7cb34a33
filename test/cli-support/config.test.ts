import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  ConfigError,
  defaultConfig,
  findConfigUpward,
  loadConfig,
  outletFor,
  printableConfig,
  shouldFail,
  toCheckOptions,
  validateConfig,
} from '../../src/cli/config.js';
import type { Disagreement, DisagreementKind, Severity } from '../../src/types.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-config-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('loadConfig discovery', () => {
  it('finds the config in a parent folder of a nested working directory', async () => {
    const nested = path.join(root, 'a', 'b', 'c');
    await mkdir(nested, { recursive: true });
    await writeFile(path.join(root, 'a', 'crosscheck.config.json'), JSON.stringify({ failOn: 'low', storyWindowDays: 7 }));

    const { config, path: found } = await loadConfig({ cwd: nested });

    expect(found).toBe(path.join(root, 'a', 'crosscheck.config.json'));
    expect(config.failOn).toBe('low');
    expect(config.storyWindowDays).toBe(7);
  });

  it('prefers the nearest config when several folders have one', async () => {
    const nested = path.join(root, 'a', 'b');
    await mkdir(nested, { recursive: true });
    await writeFile(path.join(root, 'crosscheck.config.json'), JSON.stringify({ failOn: 'low' }));
    await writeFile(path.join(nested, 'crosscheck.config.json'), JSON.stringify({ failOn: 'medium' }));

    const { config, path: found } = await loadConfig({ cwd: nested });
    expect(found).toBe(path.join(nested, 'crosscheck.config.json'));
    expect(config.failOn).toBe('medium');
  });

  it('returns defaults and a null path when no config exists up to the root', async () => {
    // The temp dir's ancestors (e.g. /tmp, /) have no config in a clean environment.
    expect(await findConfigUpward(root)).toBeNull();
    const { config, path: found } = await loadConfig({ cwd: root });
    expect(found).toBeNull();
    expect(config).toEqual({ ...defaultConfig(), cacheLocation: path.join(root, '.crosscheck-cache') });
  });

  it('uses the -c file instead of the discovered one', async () => {
    await writeFile(path.join(root, 'crosscheck.config.json'), JSON.stringify({ failOn: 'low' }));
    await mkdir(path.join(root, 'ci'));
    await writeFile(path.join(root, 'ci', 'strict.json'), JSON.stringify({ failOn: 'none', format: 'json' }));

    const { config, path: found } = await loadConfig({ cwd: root, explicitPath: 'ci/strict.json' });
    expect(found).toBe(path.join(root, 'ci', 'strict.json'));
    expect(config.failOn).toBe('none');
    expect(config.format).toBe('json');
  });

  it('errors on a missing -c file instead of falling back', async () => {
    await writeFile(path.join(root, 'crosscheck.config.json'), '{}');
    await expect(loadConfig({ cwd: root, explicitPath: 'nope.json' })).rejects.toThrow(
      new ConfigError('nope.json: config file not found'),
    );
  });

  it('reports invalid JSON on one line naming the file', async () => {
    await writeFile(path.join(root, 'crosscheck.config.json'), '{ "failOn": ');
    const error = await loadConfig({ cwd: root }).then(
      () => null,
      (caught: unknown) => caught as Error,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).toMatch(/^crosscheck\.config\.json: invalid JSON \(/);
    expect(error?.message).not.toContain('\n');
  });

  it('names the config file relative to cwd when it sits in a parent folder', async () => {
    const nested = path.join(root, 'sub');
    await mkdir(nested);
    await writeFile(path.join(root, 'crosscheck.config.json'), JSON.stringify({ failOn: 'hgh' }));
    await expect(loadConfig({ cwd: nested })).rejects.toThrow(
      `${path.join(root, 'crosscheck.config.json')}: "failOn" must be one of high, medium, low, none (got "hgh")`,
    );
  });

  it('resolves a relative cacheLocation against the config folder', async () => {
    const nested = path.join(root, 'x', 'y');
    await mkdir(nested, { recursive: true });
    await writeFile(path.join(root, 'crosscheck.config.json'), JSON.stringify({ cacheLocation: 'build/cache' }));
    const { config } = await loadConfig({ cwd: nested });
    expect(config.cacheLocation).toBe(path.join(root, 'build', 'cache'));
  });
});

describe('validateConfig errors', () => {
  const source = 'crosscheck.config.json';

  it.each<[string, unknown, string]>([
    ['misspelt failOn value', { failOn: 'hgh' }, 'crosscheck.config.json: "failOn" must be one of high, medium, low, none (got "hgh")'],
    ['unknown key close to a known one', { failon: 'high' }, 'crosscheck.config.json: unknown key "failon" (did you mean "failOn"?)'],
    ['unknown key with a typo', { storyWindowDay: 10 }, 'crosscheck.config.json: unknown key "storyWindowDay" (did you mean "storyWindowDays"?)'],
    ['unknown key far from any known one', { colour: 'red' }, 'crosscheck.config.json: unknown key "colour"'],
    ['unknown severity kind', { severity: { dates: 'high' } }, 'crosscheck.config.json: unknown key "severity.dates" (did you mean "severity.date"?)'],
    ['bad severity value', { severity: { quote: 'urgent' } }, 'crosscheck.config.json: "severity.quote" must be one of high, medium, low, off (got "urgent")'],
    ['severity not an object', { severity: 'high' }, 'crosscheck.config.json: "severity" must be an object of kind → severity (got "high")'],
    ['storyWindowDays as a string', { storyWindowDays: '30' }, 'crosscheck.config.json: "storyWindowDays" must be a positive number (got "30")'],
    ['storyWindowDays zero', { storyWindowDays: 0 }, 'crosscheck.config.json: "storyWindowDays" must be a positive number (got 0)'],
    ['storyWindowDays negative', { storyWindowDays: -3 }, 'crosscheck.config.json: "storyWindowDays" must be a positive number (got -3)'],
    ['minConfidence above 1', { minConfidence: 1.5 }, 'crosscheck.config.json: "minConfidence" must be a number from 0 to 1 (got 1.5)'],
    ['minConfidence as a string', { minConfidence: 'high' }, 'crosscheck.config.json: "minConfidence" must be a number from 0 to 1 (got "high")'],
    ['outlets as an array', { outlets: ['a'] }, 'crosscheck.config.json: "outlets" must be an object of file pattern → outlet name (got an array)'],
    ['outlet name not a string', { outlets: { '*.txt': 3 } }, 'crosscheck.config.json: "outlets.*.txt" must be a non-empty outlet name (got 3)'],
    ['aliases value not an array', { aliases: { 'Jane Roe': 'Roe' } }, 'crosscheck.config.json: "aliases.Jane Roe" must be an array of names (got "Roe")'],
    ['alias not a string', { aliases: { 'Jane Roe': ['Roe', null] } }, 'crosscheck.config.json: "aliases.Jane Roe[1]" must be a non-empty string (got null)'],
    ['ignore as a string', { ignore: 'drafts/**' }, 'crosscheck.config.json: "ignore" must be an array of file patterns (got "drafts/**")'],
    ['ignore item empty', { ignore: ['ok', ''] }, 'crosscheck.config.json: "ignore[1]" must be a non-empty file pattern (got "")'],
    ['unknown format', { format: 'xml' }, 'crosscheck.config.json: "format" must be one of table, json, ndjson, line, github, sarif, html (got "xml")'],
    ['cache as a string', { cache: 'yes' }, 'crosscheck.config.json: "cache" must be true or false (got "yes")'],
    ['cacheLocation empty', { cacheLocation: '' }, 'crosscheck.config.json: "cacheLocation" must be a non-empty path (got "")'],
    ['top level not an object', [1, 2], 'crosscheck.config.json: the config must be a JSON object (got an array)'],
    ['$schema not a string', { $schema: 7 }, 'crosscheck.config.json: "$schema" must be the path or address of the schema, a string (got 7)'],
    ['top level a string', 'x', 'crosscheck.config.json: the config must be a JSON object (got "x")'],
    ['blank outlet pattern', { outlets: { ' ': 'Blog' } }, 'crosscheck.config.json: "outlets" has an empty file pattern'],
    ['blank outlet name', { outlets: { '*.md': '  ' } }, 'crosscheck.config.json: "outlets.*.md" must be a non-empty outlet name (got "  ")'],
    ['empty canonical name', { aliases: { '': ['x'] } }, 'crosscheck.config.json: "aliases" has an empty canonical name'],
    ['a key with a slash in its name', { outlets: { 'news/*.md': false } }, 'crosscheck.config.json: "outlets.news/*.md" must be a non-empty outlet name (got false)'],
    ['minConfidence below 0', { minConfidence: -0.1 }, 'crosscheck.config.json: "minConfidence" must be a number from 0 to 1 (got -0.1)'],
    ['unknown key reported before a bad value', { minConfidence: 2, formt: 'json' }, 'crosscheck.config.json: unknown key "formt" (did you mean "format"?)'],
    ['keys checked in the schema order', { cache: 'yes', failOn: 'sometimes' }, 'crosscheck.config.json: "failOn" must be one of high, medium, low, none (got "sometimes")'],
    ['a long bad value is cut', { cacheLocation: 7, format: 'x'.repeat(60) }, `crosscheck.config.json: "format" must be one of table, json, ndjson, line, github, sarif, html (got "${'x'.repeat(36)}...)`],
  ])('%s', (_label, raw, message) => {
    const error = errorOf(() => validateConfig(raw, source));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(message);
    expect(error.message.split('\n')).toHaveLength(1);
  });
});

describe('validateConfig values', () => {
  it('fills every default for an empty object', () => {
    expect(validateConfig({}, 'c.json')).toEqual({
      severity: {},
      failOn: 'low',
      storyWindowDays: 30,
      minConfidence: 0.6,
      outlets: {},
      aliases: {},
      ignore: [],
      format: 'table',
      cache: false,
      cacheLocation: '.crosscheck-cache',
    });
  });

  it('keeps every valid key and accepts $schema', () => {
    const config = validateConfig(
      {
        $schema: './schema/config.json',
        severity: { date: 'medium', quote: 'off' },
        failOn: 'medium',
        minConfidence: 0.4,
        storyWindowDays: 2.5,
        outlets: { 'corpus/000_*.txt': ' Daily Ledger ' },
        aliases: { 'Maria Okafor': ['Okafor', ' M. Okafor '] },
        ignore: ['drafts/**'],
        format: 'github',
        cache: true,
        cacheLocation: 'tmp/cache',
      },
      'c.json',
    );
    expect(config.severity).toEqual({ date: 'medium', quote: 'off' });
    expect(config.failOn).toBe('medium');
    expect(config.storyWindowDays).toBe(2.5);
    expect(config.minConfidence).toBe(0.4);
    expect(config.outlets).toEqual({ 'corpus/000_*.txt': 'Daily Ledger' });
    expect(config.aliases).toEqual({ 'Maria Okafor': ['Okafor', 'M. Okafor'] });
    expect(config.ignore).toEqual(['drafts/**']);
    expect(config.format).toBe('github');
    expect(config.cache).toBe(true);
    expect(config.cacheLocation).toBe('tmp/cache');
  });
});

describe('toCheckOptions', () => {
  it('maps severities (off included, so the core drops that kind), window and aliases', () => {
    const config = validateConfig(
      { severity: { date: 'low', quote: 'off' }, storyWindowDays: 10, minConfidence: 0.3, aliases: { 'Ada Lane': ['Lane'] } },
      'c.json',
    );
    expect(toCheckOptions(config)).toEqual({
      severities: { date: 'low', quote: 'off' },
      storyWindowDays: 10,
      minConfidence: 0.3,
      aliases: { 'Ada Lane': ['Lane'] },
    });
  });

  it('leaves severities and aliases out when none are configured', () => {
    expect(toCheckOptions(defaultConfig())).toEqual({ storyWindowDays: 30, minConfidence: 0.6 });
  });
});

function disagreement(kind: DisagreementKind, severity: Severity): Disagreement {
  return {
    id: `${kind}-${severity}`,
    kind,
    severity,
    topic: 't',
    positions: [],
    selfInconsistent: [],
    inferredOnly: false,
  };
}

describe('failOn', () => {
  it.each<[string, Severity[], 'high' | 'medium' | 'low' | 'none', boolean]>([
    ['high threshold, only low', ['low'], 'high', false],
    ['high threshold, one high', ['low', 'high'], 'high', true],
    ['medium threshold, medium', ['medium'], 'medium', true],
    ['medium threshold, low', ['low'], 'medium', false],
    ['low threshold, low', ['low'], 'low', true],
    ['none never fails', ['high'], 'none', false],
    ['nothing to report', [], 'low', false],
  ])('%s', (_label, severities, failOn, expected) => {
    expect(shouldFail(severities.map((severity) => disagreement('date', severity)), failOn)).toBe(expected);
  });
});

describe('outletFor', () => {
  const outlets = {
    outlets: {
      'corpus/000_*.txt': 'First Outlet',
      'wire/**/*.md': 'Wire Service',
      'column-?.txt': 'Column Desk',
      '/rooted/*.html': 'Rooted Outlet',
      '**/*.html': 'Any HTML',
    },
  };

  it.each<[string, string | null]>([
    ['corpus/000_abc.txt', 'First Outlet'],
    ['./corpus/000_abc.txt', 'First Outlet'],
    ['/home/user/news/corpus/000_abc.txt', 'First Outlet'],
    ['corpus\\000_abc.txt', 'First Outlet'],
    ['corpus/001_abc.txt', null],
    ['corpus/sub/000_abc.txt', null],
    ['xcorpus/000_abc.txt', null],
    ['wire/a.md', 'Wire Service'],
    ['wire/2024/june/a.md', 'Wire Service'],
    ['wire/a.txt', null],
    ['column-7.txt', 'Column Desk'],
    ['deep/folder/column-b.txt', 'Column Desk'],
    ['column-10.txt', null],
    ['column-.txt', null],
    ['rooted/page.html', 'Rooted Outlet'],
    ['other/rooted/page.html', 'Any HTML'],
    ['page.html', 'Any HTML'],
    ['notes.txt', null],
  ])('outletFor(%s) → %s', (filePath, expected) => {
    expect(outletFor(filePath, outlets)).toBe(expected);
  });

  it('returns the first matching pattern in config order', () => {
    expect(outletFor('a/b.txt', { outlets: { '*.txt': 'First', 'a/*.txt': 'Second' } })).toBe('First');
  });
});

describe('printableConfig', () => {
  it('prints 2-space JSON that parses back to the config', () => {
    const config = validateConfig({ failOn: 'low', outlets: { '*.md': 'Blog' } }, 'c.json');
    const text = printableConfig(config);
    expect(text).toContain('\n  "failOn": "low",\n');
    expect(text.startsWith('{\n  "severity": {},')).toBe(true);
    expect(text.endsWith('\n}')).toBe(true);
    expect(JSON.parse(text)).toEqual(config);
  });
});
