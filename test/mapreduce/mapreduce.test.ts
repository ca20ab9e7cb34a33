// Map/reduce: `crosscheck extract` on shards of the seed corpus, then `crosscheck compare` on all shards, gives the
// report `crosscheck corpus/` gives. In-process through main() (the built CLI), so compromise loads once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, type CliIo } from '../../dist/cli/main.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = ['000_20625b93c3960cf0.txt', '001_55a646ee1f8c475c.txt', '002_f0e2a542fdebcddb.txt', '003_4cbbd6204c096e5c.txt', '004_94520113fadd3ae1.txt'].map((name) => `corpus/${name}`);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: ROOT,
    readStdin: async () => stdin,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

let dir: string;
let single: Run;
let shards: string[];
/** An empty article: skipped, and the skip must reach the report through its shard. */
let empty: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-mapreduce-'));
  empty = path.relative(ROOT, path.join(dir, 'empty.txt'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  single = await cli(['corpus', empty, '--format', 'json', '--fail-on', 'none', '-q']);
  // Three shards; 002 is in two of them, as when shard lists overlap.
  const groups = [[SEED[0]!, SEED[1]!], [SEED[2]!, SEED[3]!], [SEED[2]!, SEED[4]!, empty]];
  shards = [];
  for (const [index, group] of groups.entries()) {
    const out = path.join(dir, `shard-${index}.ndjson`);
    const run = await cli(['extract', ...group, '--out', out, '-q']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    shards.push(out);
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('crosscheck extract', () => {
  it('writes one line per readable article, keyed by its content, plus a line per skipped file', () => {
    const lines = readFileSync(shards[2]!, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const entries = lines.filter((line) => 'analysis' in line);
    expect(entries.map((e) => (e.analysis as { document: { path: string } }).document.path)).toEqual([SEED[2], SEED[4]]);
    for (const e of entries) expect(e.key).toMatch(/^[0-9a-f]{64}$/);
    expect(lines.filter((line) => 'skipped' in line)).toHaveLength(1);
  });

  it('gives the same article the same key in every shard', () => {
    const keyOf = (file: string, docPath: string): unknown =>
      readFileSync(file, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { key?: string; analysis?: { document: { path: string } } })
        .find((e) => e.analysis?.document.path === docPath)?.key;
    expect(keyOf(shards[1]!, SEED[2]!)).toBeDefined();
    expect(keyOf(shards[1]!, SEED[2]!)).toBe(keyOf(shards[2]!, SEED[2]!));
  });
});

describe('crosscheck compare', () => {
  it('reports on all shards exactly what the single run reports (JSON, nothing left out)', async () => {
    expect(single.code).toBe(0);
    const reduced = await cli(['compare', ...shards, '--format', 'json', '--fail-on', 'none', '-q']);
    expect(reduced.code, reduced.stderr).toBe(0);
    const expected = JSON.parse(single.stdout) as { documents: unknown[]; disagreements: unknown[]; skipped: unknown[] };
    // Not a trivial equality: the seed corpus disagrees with itself, and the empty file is accounted for.
    expect(expected.documents).toHaveLength(5);
    expect(expected.disagreements.length).toBeGreaterThan(0);
    expect(expected.skipped).toHaveLength(1);
    // No field is run-specific: the report holds no timings or clock dates, so the whole report must match.
    expect(JSON.parse(reduced.stdout)).toEqual(expected);
  });

  it('counts an article found in two shards once, whatever the order of the shards', async () => {
    const reduced = await cli(['compare', shards[2]!, shards[1]!, shards[0]!, '--format', 'json', '--fail-on', 'none', '-q']);
    const report = JSON.parse(reduced.stdout) as { documents: Array<{ path: string }>; summary: { documentsChecked: number } };
    expect(report.documents.map((d) => d.path)).toEqual(SEED);
    expect(report.summary.documentsChecked).toBe(5);
    expect(reduced.stdout).toBe(single.stdout);
  });

  it('gives the single run\'s table and exit code, and reads shards from stdin', async () => {
    const table = await cli(['corpus', empty, '-q']);
    const stdin = shards.map((file) => readFileSync(file, 'utf8')).join('');
    const reduced = await cli(['compare', '-', '-q'], stdin);
    expect(reduced.code).toBe(table.code);
    expect(table.code).toBe(1);
    expect(reduced.stdout).toBe(table.stdout);
  });

  it('applies report options: --min-confidence and --fail-on as the single run does', async () => {
    const all = await cli(['compare', ...shards, '--format', 'json', '--min-confidence', '0', '--fail-on', 'none', '-q']);
    const singleAll = await cli(['corpus', empty, '--format', 'json', '--min-confidence', '0', '--fail-on', 'none', '-q']);
    expect(all.stdout).toBe(singleAll.stdout);
    expect((JSON.parse(all.stdout) as { disagreements: unknown[] }).disagreements.length).toBeGreaterThanOrEqual(
      (JSON.parse(single.stdout) as { disagreements: unknown[] }).disagreements.length,
    );
  });

  it('refuses a file that is not NDJSON with one line and exit 2', async () => {
    const bad = path.join(dir, 'bad.ndjson');
    writeFileSync(bad, `${readFileSync(shards[0]!, 'utf8').split('\n')[0]}\nnot json at all\n`);
    const run = await cli(['compare', bad]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/bad\.ndjson:2: not NDJSON/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses an article given instead of its analyses, and JSON that is no analysis', async () => {
    const article = await cli(['compare', SEED[0]!]);
    expect(article.code).toBe(2);
    const other = path.join(dir, 'other.ndjson');
    writeFileSync(other, '{"schemaVersion":"1.0.0","disagreements":[]}\n');
    const json = await cli(['compare', other]);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/other\.ndjson:1: not a line crosscheck extract writes/);
  });

  it('refuses analyses written by another version: exit 2, saying to extract again', async () => {
    const old = path.join(dir, 'old.ndjson');
    writeFileSync(old, readFileSync(shards[0]!, 'utf8').replace(/"toolVersion":"[^"]*"/g, '"toolVersion":"0.0.0-old"'));
    const run = await cli(['compare', old]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/written by crosscheck 0\.0\.0-old; this is crosscheck .*extract again/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses two different analyses of one path (shards of different versions of a file)', async () => {
    const first = readFileSync(shards[1]!, 'utf8').split('\n')[0]!;
    const changed = path.join(dir, 'changed.ndjson');
    writeFileSync(changed, `${first.replace(/"key":"[0-9a-f]{64}"/, `"key":"${'0'.repeat(64)}"`)}\n`);
    const run = await cli(['compare', shards[1]!, changed]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/another analysis of corpus\/002_f0e2a542fdebcddb\.txt/);
  });

  it('refuses an empty or missing shard', async () => {
    const none = path.join(dir, 'none.ndjson');
    writeFileSync(none, '');
    expect((await cli(['compare', none])).code).toBe(2);
    expect((await cli(['compare', path.join(dir, 'missing.ndjson')])).stderr).toMatch(/missing\.ndjson: not found/);
  });
});

describe('help', () => {
  it('explains both commands', async () => {
    const extract = await cli(['help', 'extract']);
    expect(extract.code).toBe(0);
    expect(extract.stdout).toMatch(/Usage: crosscheck extract .*<paths\.\.\.>/);
    expect(extract.stdout).toMatch(/--out <file>/);
    const compare = await cli(['help', 'compare']);
    expect(compare.code).toBe(0);
    expect(compare.stdout).toMatch(/Usage: crosscheck compare .*<analyses\.\.\.>/);
    expect(compare.stdout).toMatch(/--baseline <file>/);
  });
});
