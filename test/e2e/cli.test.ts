import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Report } from '../../src/types.js';
import { article, ROOT, runCli, SHARED, spawnCli, tempDir } from './helpers.js';

const ANSI = /\u001b\[/;

function validator() {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as object;
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('crosscheck on the shipped corpus', () => {
  let json: CliResultWithReport;
  interface CliResultWithReport {
    code: number;
    report: Report;
    stdout: string;
    stderr: string;
  }
  // The main job, as a user runs it: bin/crosscheck.js in a process of its own. The other runs call main() in-process.
  beforeAll(async () => {
    const result = await spawnCli(['corpus', '--format', 'json']);
    json = { ...result, report: JSON.parse(result.stdout) as Report };
  });

  it('prints a JSON report that validates against the schema', async () => {
    const validate = validator();
    const ok = validate(json.report);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(json.report.documents).toHaveLength(5);
  });

  it('gives every disagreement a confidence at or above the reported minimum, with its reasons', async () => {
    expect(json.report.summary.minConfidence).toBe(0.6);
    expect(json.report.disagreements.length).toBeGreaterThan(0);
    for (const d of json.report.disagreements) {
      expect(d.confidence).toBeGreaterThanOrEqual(0.6);
      expect(d.reasons.length).toBeGreaterThan(0);
    }
  });

  it('--min-confidence 1 leaves every disagreement out, counts them, and exits 0', async () => {
    const result = await runCli(['corpus', '--format', 'json', '--min-confidence', '1']);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.disagreements).toEqual([]);
    expect(report.summary.belowConfidence).toBeGreaterThanOrEqual(json.report.disagreements.length);
    expect(result.code).toBe(0);
  });

  it('exits 1 because there are disagreements at or above the default fail-on (low)', async () => {
    expect(json.code).toBe(1);
  });

  it('finds the date of the call disputed: October 12 against October 14, with the self-inconsistent article', async () => {
    const date = json.report.disagreements.find((d) => d.kind === 'date' && d.positions.some((p) => p.value === '2025-10-12'));
    expect(date).toBeDefined();
    expect(date?.positions.map((p) => p.value).sort()).toEqual(['2025-10-12', '2025-10-14']);
    expect(date?.selfInconsistent).toEqual(['corpus/002_f0e2a542fdebcddb.txt']);
    const twelve = date?.positions.find((p) => p.value === '2025-10-12');
    expect(twelve?.evidence[0]).toMatchObject({ path: 'corpus/002_f0e2a542fdebcddb.txt', line: 15 });
    expect(twelve?.evidence[0]?.text).toContain('October 12');
  });

  it('finds the authenticity dispute with both sides', async () => {
    const auth = json.report.disagreements.find((d) => d.kind === 'authenticity');
    expect(auth?.positions.map((p) => p.value)).toEqual(expect.arrayContaining(['authentic', 'fake']));
  });

  it('never reports the different calls and visits as one event', async () => {
    for (const d of json.report.disagreements.filter((x) => x.kind === 'date')) {
      const values = d.positions.map((p) => p.value);
      expect(values).not.toContain('2025-10-29');
      expect(values).not.toContain('2025-10-16');
      expect(values).not.toContain('2025-10-17');
    }
  });

  // Without ../shared the scorer is missing: skipped with the reason on a user's machine, a failure in CI.
  const scorer = path.join(SHARED, 'eval', 'score.mjs');
  const scorerMissing = !existsSync(scorer);
  it.skipIf(scorerMissing && !process.env.CI)(`passes the seed scorer with the thresholds of the issues${scorerMissing ? ' (skipped: ../shared/eval/score.mjs is missing)' : ''}`, async () => {
    expect(existsSync(scorer), `${scorer} must exist in CI`).toBe(true);
    const result = spawnSync(process.execPath, [scorer, '--min-precision', '0.8', '--min-timeline', '0.85'], { input: json.stdout, encoding: 'utf8' });
    expect(result.stdout).toMatch(/score: recall 2\/2/);
    expect(result.status).toBe(0);
  });

  it('prints the table without colour when stdout is not a terminal', async () => {
    const result = await runCli(['corpus']);
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout).toContain('corpus/002_f0e2a542fdebcddb.txt:15:');
    expect(result.stderr).toContain('no publication date');
  });

  it('honours NO_COLOR and --no-color even when colour is forced', async () => {
    // Two seed articles that disagree on the call's date are enough to print a coloured table.
    const pair = ['corpus/002_f0e2a542fdebcddb.txt', 'corpus/004_94520113fadd3ae1.txt'];
    expect((await runCli([...pair, '--color'], { env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli([...pair, '--color', '--no-color'])).stdout).not.toMatch(ANSI);
    expect((await runCli([...pair, '--color'])).stdout).toMatch(ANSI);
    // Without a flag, colour follows the terminal.
    expect((await runCli(pair, { stdoutIsTTY: true })).stdout).toMatch(ANSI);
  });

  it('prints one disagreement per line with --format ndjson', async () => {
    const result = await runCli(['corpus', '--format', 'ndjson']);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBe(json.report.disagreements.length);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('kind');
  });

  it('prints the timeline in date order', async () => {
    const result = await runCli(['timeline', 'corpus', '--no-color']);
    expect(result.code).toBeLessThan(2);
    const dates = [...result.stdout.matchAll(/^(20\d\d-\d\d-\d\d)\b/gm)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort()).toEqual(dates);
  });

  it('exits 0 with --fail-on none, and with --fail-on high only when no high disagreement exists', async () => {
    // Two seed articles that date the call differently: a high disagreement.
    const pair = ['corpus/002_f0e2a542fdebcddb.txt', 'corpus/004_94520113fadd3ae1.txt'];
    const none = await runCli([...pair, '--format', 'json', '--fail-on', 'none']);
    expect(none.code).toBe(0);
    expect((JSON.parse(none.stdout) as Report).disagreements.some((d) => d.severity === 'high')).toBe(true);
    expect((await runCli([...pair, '--format', 'json', '--fail-on', 'high'])).code).toBe(1);
  });

  it('writes the report to a file with -o and leaves stdout empty', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const out = path.join(dir, 'nested', 'report.json');
      const result = await runCli(['corpus/002_f0e2a542fdebcddb.txt', 'corpus/004_94520113fadd3ae1.txt', '--format', 'json', '-o', out]);
      expect(result.stdout).toBe('');
      expect((JSON.parse(readFileSync(out, 'utf8')) as Report).schemaVersion).toBe('2.0.0');
    } finally {
      cleanup();
    }
  });
});

describe('usage errors', () => {
  it.each([
    [['--format', 'xml', 'corpus'], /unknown format "xml"/],
    [['--fail-on', 'severe', 'corpus'], /fail-on/],
    [['--bogus', 'corpus'], /unknown option/],
    [[], /no articles given/],
    [['--update-baseline', 'corpus'], /--baseline/],
    [['--min-confidence', '1.5', 'corpus'], /--min-confidence must be a number from 0 to 1/],
  ])('%j exits 2 with one line and no stack trace', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help and version with exit 0', async () => {
    expect((await runCli(['--help'])).code).toBe(0);
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('bad input', () => {
  let dir: string;
  let cleanup: () => void;
  const good = article('Ledger Wire', 'March 5, 2024', 'March 3');

  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(path.join(dir, 'good.txt'), good);
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'blank.md'), '   \n\n');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners said on Monday the call was fake.', 'latin1'));
    writeFileSync(path.join(dir, 'big.txt'), 'A sentence that repeats. '.repeat(400));
    mkdirSync(path.join(dir, 'loop'));
    symlinkSync('..', path.join(dir, 'loop', 'again'));
    mkdirSync(path.join(dir, 'no-articles'));
    writeFileSync(path.join(dir, 'no-articles', 'notes.csv'), 'a,b\n');
  });
  afterAll(() => cleanup());

  it('skips each odd file with a one-line reason and checks the rest', async () => {
    const before = hashTree(dir);
    const result = await runCli([dir, path.join(dir, 'missing.txt'), '--format', 'json', '--max-size', '5000', '--fail-on', 'none']);
    // A path the user named that does not exist fails the run (exit 2) after the report of the rest.
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.documents.map((d) => path.basename(d.path))).toEqual(['good.txt']);
    const skipped = new Map(report.skipped.map((s) => [path.basename(s.path), s.reason]));
    expect(skipped.get('empty.txt')).toMatch(/empty/i);
    expect(skipped.get('blank.md')).toMatch(/empty/i);
    expect(skipped.get('binary.txt')).toMatch(/binary/i);
    expect(skipped.get('latin1.txt')).toMatch(/utf-8/i);
    expect(skipped.get('big.txt')).toMatch(/large|size|bytes/i);
    expect(skipped.get('missing.txt')).toMatch(/not found|no such|does not exist/i);
    expect(result.stderr).toMatch(/loop/i);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    for (const line of result.stderr.trim().split('\n')) expect(line.length).toBeLessThan(400);
    expect(hashTree(dir)).toEqual(before);
  });

  it('exits 2 when nothing could be checked (a real process)', async () => {
    const result = await spawnCli([path.join(dir, 'empty.txt'), path.join(dir, 'no-articles')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nothing could be checked/);
  });

  it('reads one article from stdin with - (a real process, its stdin a pipe)', async () => {
    const result = await spawnCli(['-', '--format', 'json', '--fail-on', 'none'], { input: good });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Report).documents).toHaveLength(1);
    // A pipe is not a terminal: no prompt on stderr.
    expect(result.stderr).not.toContain('Ctrl-D');
  });

  it('refuses to write the report over an input file', async () => {
    const result = await runCli([path.join(dir, 'good.txt'), '-o', path.join(dir, 'good.txt')]);
    expect(result.code).toBe(2);
    expect(readFileSync(path.join(dir, 'good.txt'), 'utf8')).toBe(good);
  });
});

describe('a small corpus of its own', () => {
  it('reports a date disagreement between two outlets and none for agreeing ones', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, 'a.txt'), article('Ledger Wire', 'March 5, 2024', 'March 3'));
      writeFileSync(path.join(dir, 'b.txt'), article('Harbor Post', 'March 6, 2024', 'March 3'));
      let report = JSON.parse((await runCli([dir, '--format', 'json'])).stdout) as Report;
      expect(report.disagreements.filter((d) => d.kind === 'date')).toEqual([]);
      writeFileSync(path.join(dir, 'c.txt'), article('Coast Times', 'March 6, 2024', 'March 1'));
      const result = await runCli([dir, '--format', 'json']);
      report = JSON.parse(result.stdout) as Report;
      const date = report.disagreements.find((d) => d.kind === 'date');
      expect(result.code).toBe(1);
      expect(date?.positions.map((p) => p.value).sort()).toEqual(['2024-03-01', '2024-03-03']);
      expect(date?.positions.find((p) => p.value === '2024-03-01')?.outlets).toEqual(['Coast Times']);
    } finally {
      cleanup();
    }
  });

  it('does not compare the same kind of event in stories years apart', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, 'a.txt'), article('Ledger Wire', 'March 5, 2019', 'March 3'));
      writeFileSync(path.join(dir, 'b.txt'), article('Harbor Post', 'March 6, 2024', 'March 1'));
      const report = JSON.parse((await runCli([dir, '--format', 'json'])).stdout) as Report;
      expect(report.disagreements.filter((d) => d.kind === 'date')).toEqual([]);
    } finally {
      cleanup();
    }
  });
});

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    try {
      out[name] = createHash('sha256').update(readFileSync(full)).digest('hex');
    } catch {
      out[name] = 'dir';
    }
  }
  return out;
}
