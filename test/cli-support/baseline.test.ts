import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  BaselineError,
  applyBaseline,
  baselineFrom,
  emptyBaseline,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  writeBaseline,
} from '../../src/cli/baseline.js';
import type { Baseline } from '../../src/cli/baseline.js';
import type { Disagreement, DisagreementKind } from '../../src/types.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-baseline-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function disagreement(id: string, kind: DisagreementKind = 'date', topic = `topic ${id}`): Disagreement {
  return { id, kind, severity: 'high', topic, positions: [], selfInconsistent: [], inferredOnly: false };
}

function baselineOf(...ids: string[]): Baseline {
  return { version: 1, accepted: ids.map((id) => ({ id, kind: 'date', topic: `topic ${id}` })) };
}

describe('applyBaseline', () => {
  it.each<[string, string[], string[], string[], string[], string[]]>([
    // label, current ids, baseline ids, fresh, accepted, stale
    ['empty baseline: everything is fresh', ['a', 'b'], [], ['a', 'b'], [], []],
    ['all accepted', ['a', 'b'], ['a', 'b'], [], ['a', 'b'], []],
    ['mixed', ['a', 'b', 'c'], ['b', 'z'], ['a', 'c'], ['b'], ['z']],
    ['nothing current: all entries stale', [], ['x', 'y'], [], [], ['x', 'y']],
    ['nothing at all', [], [], [], [], []],
  ])('%s', (_label, current, accepted, fresh, acceptedOut, stale) => {
    const result = applyBaseline(current.map((id) => disagreement(id)), baselineOf(...accepted));
    expect(result.fresh.map((item) => item.id)).toEqual(fresh);
    expect(result.accepted.map((item) => item.id)).toEqual(acceptedOut);
    expect(result.stale.map((entry) => entry.id)).toEqual(stale);
  });

  it('matches on id only, not on topic or kind', () => {
    const result = applyBaseline([disagreement('a', 'number', 'reworded topic')], baselineOf('a'));
    expect(result.accepted).toHaveLength(1);
    expect(result.fresh).toHaveLength(0);
  });

  it('keeps the input order of disagreements', () => {
    const result = applyBaseline(['c', 'a', 'b'].map((id) => disagreement(id)), emptyBaseline());
    expect(result.fresh.map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('writeBaseline / readBaseline', () => {
  it('writes byte-identical files for the same disagreements in different orders', async () => {
    const items = [disagreement('b2', 'quote'), disagreement('a1', 'date'), disagreement('c3', 'number')];
    const first = path.join(root, 'one.json');
    const second = path.join(root, 'two.json');
    await writeBaseline(first, items);
    await writeBaseline(second, [items[2]!, items[0]!, items[1]!, items[0]!]);
    const [one, two] = await Promise.all([readFile(first), readFile(second)]);
    expect(one.equals(two)).toBe(true);
    const text = one.toString('utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).accepted.map((entry: { id: string }) => entry.id)).toEqual(['a1', 'b2', 'c3']);
  });

  it('round-trips through readBaseline and writes no timestamp unless given', async () => {
    const file = path.join(root, 'nested', 'dir', 'baseline.json');
    await writeBaseline(file, [disagreement('x', 'attribution', 'who said it')]);
    const baseline = await readBaseline(file);
    expect(baseline).toEqual({ version: 1, accepted: [{ id: 'x', kind: 'attribution', topic: 'who said it' }] });
    expect(await readdir(path.dirname(file))).toEqual(['baseline.json']);
  });

  it('keeps acceptedAt of entries that stay and stamps only new ones', () => {
    const previous: Baseline = { version: 1, accepted: [{ id: 'old', kind: 'date', topic: 't', acceptedAt: '2001-02-03' }] };
    const next = baselineFrom([disagreement('old'), disagreement('new')], { previous, acceptedAt: '2001-05-06' });
    expect(next.accepted).toEqual([
      { id: 'new', kind: 'date', topic: 'topic new', acceptedAt: '2001-05-06' },
      { id: 'old', kind: 'date', topic: 'topic old', acceptedAt: '2001-02-03' },
    ]);
  });

  it('errors clearly on a missing file unless updating', async () => {
    const missing = path.join(root, 'missing.json');
    await expect(readBaseline(missing)).rejects.toThrow(BaselineError);
    await expect(readBaseline(missing)).rejects.toThrow(`${missing}: baseline file not found`);
    expect(await readBaseline(missing, { allowMissing: true })).toEqual(emptyBaseline());
  });

  it('still rejects a broken file when updating', async () => {
    const file = path.join(root, 'broken.json');
    await writeFile(file, '{"version": 1, "accepted": [');
    await expect(readBaseline(file, { allowMissing: true })).rejects.toThrow(/broken\.json: invalid JSON/);
  });
});

describe('parseBaseline validation', () => {
  it.each<[string, string, RegExp]>([
    ['wrong version', '{"version": 2, "accepted": []}', /unsupported baseline "version" 2 \(expected 1\)/],
    ['missing version', '{"accepted": []}', /unsupported baseline "version" missing/],
    ['accepted not an array', '{"version": 1, "accepted": {}}', /"accepted" must be an array/],
    ['entry without id', '{"version": 1, "accepted": [{"kind": "date"}]}', /"accepted\[0\]\.id" must be a non-empty string/],
    ['not an object', '[]', /must be a JSON object/],
  ])('%s', (_label, text, message) => {
    expect(() => parseBaseline(text, 'b.json')).toThrow(message);
  });

  it('serializes entries with a fixed key order', () => {
    const text = serializeBaseline({ version: 1, accepted: [{ topic: 't', acceptedAt: 'x', kind: 'date', id: 'i' }] });
    expect(text).toBe('{\n  "version": 1,\n  "accepted": [\n    {\n      "id": "i",\n      "kind": "date",\n      "topic": "t",\n      "acceptedAt": "x"\n    }\n  ]\n}\n');
  });
});
