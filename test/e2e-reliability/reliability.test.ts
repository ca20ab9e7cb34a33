// Reliability through the built CLI: nothing checked never passes, every input is accounted for, no hang, no crash.
// main() runs in-process; what needs a process of its own (FIFOs, a terminal, a closed pipe) spawns bin/crosscheck.js.
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mention, Report } from '../../src/types.js';
import { resolveEntities } from '../../src/resolve/entities.js';
import { article, BIN, ROOT, runCli, spawnCli, tempDir } from '../e2e/helpers.js';

const SEED = path.join(ROOT, 'corpus', '000_20625b93c3960cf0.txt');

function stderrLines(result: { stderr: string }): string[] {
  return result.stderr.split('\n').filter((line) => line.trim() !== '');
}

function expectOneLineError(result: { code: number; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  const errors = stderrLines(result).filter((line) => !line.startsWith('crosscheck: warning:'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(pattern);
}

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir('crosscheck-rel-'));
  mkdirSync(path.join(dir, 'corpus'));
  writeFileSync(path.join(dir, 'corpus', 'a.txt'), article('Ledger Wire', 'March 5, 2024', 'March 3'));
  writeFileSync(path.join(dir, 'corpus', 'b.txt'), article('Harbor Post', 'March 6, 2024', 'March 1'));
  writeFileSync(path.join(dir, 'empty.md'), '');
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners said on Monday, March 4, 2024, the call was fake.', 'latin1'));
});
afterAll(() => cleanup());

describe('1. nothing checked never passes', () => {
  it('check with a missing new article exits 2 with one line', async () => {
    const result = await runCli(['check', '/nope/new.md', '--against', 'corpus/'], { cwd: ROOT });
    expectOneLineError(result, /^crosscheck: nothing to check: .*\/nope\/new\.md/);
    expect(result.stdout).toBe('');
  });

  it('check against a missing corpus exits 2 with one line', async () => {
    const result = await runCli(['check', SEED, '--against', '/nope/corpus'], { cwd: ROOT });
    expectOneLineError(result, /^crosscheck: nothing to check against: .*\/nope\/corpus/);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['empty.md', /empty/],
    ['latin1.txt', /not UTF-8/],
  ])('check with a new article %s that cannot be read exits 2', async (name, reason) => {
    const result = await runCli(['check', name, '--against', 'corpus', '-q'], { cwd: dir });
    expectOneLineError(result, reason);
    expect(result.stderr).toContain(name);
  });

  it('the main mode reports the readable articles, then exits 2 naming the missing path', async () => {
    const result = await runCli(['corpus', 'missing/gone.txt', '--format', 'json', '-q'], { cwd: dir });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.documents.map((d) => d.path)).toEqual(['corpus/a.txt', 'corpus/b.txt']);
    expect(report.skipped).toContainEqual({ path: 'missing/gone.txt', reason: 'not found' });
    const errors = stderrLines(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^crosscheck: error: missing\/gone\.txt: no such file/);
  });
});

describe('2. no stack overflow on huge arrays', () => {
  it('resolves entities over 250,000 mentions of one document without a RangeError', () => {
    const count = 250_000;
    const mentions: Mention[] = [];
    for (let i = 0; i < count; i++) mentions.push({ docId: 'd', sentenceIndex: 0, start: i * 4, end: i * 4 + 2, text: 'he', type: 'person', pronoun: true });
    const result = resolveEntities(new Map([['d', mentions]]), new Map([['d', []]]));
    expect(result.mentions.get('d')).toHaveLength(count);
  });
});

describe('3. special files never hang the run', () => {
  it('skips a FIFO given as a path, through a link, or inside a folder, with a reason and a warning', async () => {
    const fifoDir = path.join(dir, 'fifo');
    mkdirSync(path.join(fifoDir, 'articles'), { recursive: true });
    copyFileSync(SEED, path.join(fifoDir, 'articles', 'a.txt'));
    execFileSync('mkfifo', [path.join(fifoDir, 'articles', 'pipe.txt'), path.join(fifoDir, 'named.txt')]);
    symlinkSync('named.txt', path.join(fifoDir, 'link.md'));
    // Child processes: were a FIFO ever opened, the open would block a thread for good, so never in the test worker.
    const [result, alone, baseline] = await Promise.all([
      spawnCli(['articles', 'named.txt', 'link.md', '--format', 'json', '--fail-on', 'none'], { cwd: fifoDir }),
      spawnCli(['named.txt'], { cwd: fifoDir }),
      spawnCli(['articles', '--baseline', 'named.txt'], { cwd: fifoDir }),
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.documents.map((d) => d.path)).toEqual(['articles/a.txt']);
    expect(report.skipped).toEqual([
      { path: 'articles/pipe.txt', reason: 'not a regular file' },
      { path: 'named.txt', reason: 'not a regular file' },
      { path: 'link.md', reason: 'not a regular file' },
    ]);
    for (const name of ['articles/pipe.txt', 'named.txt', 'link.md']) expect(result.stderr).toContain(`warning: ${name}: is a named pipe (FIFO), not a regular file`);

    expectOneLineError(alone, /nothing could be checked: .*named\.txt: not a regular file/);

    expectOneLineError(baseline, /^crosscheck: --baseline named\.txt: not a regular file/);
  });
});

describe('4. -o never writes over an input; crosscheck reports are not articles', () => {
  let work: string;
  beforeAll(() => {
    work = path.join(dir, 'output');
    mkdirSync(path.join(work, 'articles'), { recursive: true });
    writeFileSync(path.join(work, 'articles', 'a.txt'), article('Ledger Wire', 'March 5, 2024', 'March 3'));
    writeFileSync(path.join(work, 'articles', 'b.txt'), article('Harbor Post', 'March 6, 2024', 'March 1'));
    writeFileSync(path.join(work, 'articles', 'crosscheck.sources.json'), JSON.stringify({ files: { 'a.txt': { outlet: 'Ledger Wire' } } }));
    writeFileSync(path.join(work, 'crosscheck.config.json'), '{}\n');
    writeFileSync(path.join(work, 'base.json'), JSON.stringify({ version: 1, accepted: [] }));
  });

  it.each([
    ['articles/crosscheck.sources.json', [], /sources manifest/],
    ['crosscheck.config.json', [], /config file/],
    ['base.json', ['--baseline', 'base.json'], /baseline/],
    ['articles/a.txt', [], /an article/],
  ])('refuses -o %s with one line and leaves it untouched', async (target, extra, what) => {
    const before = readFileSync(path.join(work, target), 'utf8');
    const result = await runCli(['articles', '-o', target, ...extra], { cwd: work });
    expectOneLineError(result, new RegExp(`^crosscheck: refusing to write the report over ${target.replace(/\./g, '\\.')}: it is .*`));
    expect(result.stderr).toMatch(what);
    expect(readFileSync(path.join(work, target), 'utf8')).toBe(before);
  });

  const formats = ['json', 'sarif', 'html', 'table'];
  it('writes JSON, SARIF, HTML and table reports into the article folder', async () => {
    const written = await Promise.all(
      formats.map((format) => runCli(['articles', '-f', format, '-o', `articles/report-${format}.txt`, '-q', '--fail-on', 'none'], { cwd: work })),
    );
    expect(written.map((result) => result.code)).toEqual(formats.map(() => 0));
  });

  it('then skips those reports as "a crosscheck report" and rewrites one of them', async () => {
    // A second run over the same folder, writing a report where the last one lies.
    const result = await runCli(['articles', '-f', 'json', '-o', 'articles/report-json.txt', '--fail-on', 'none'], { cwd: work });
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(work, 'articles', 'report-json.txt'), 'utf8')) as Report;
    expect(report.documents.map((d) => d.path)).toEqual(['articles/a.txt', 'articles/b.txt']);
    expect(report.skipped).toEqual(formats.map((format) => ({ path: `articles/report-${format}.txt`, reason: 'a crosscheck report' })).sort((a, b) => (a.path < b.path ? -1 : 1)));
    expect(result.stderr).toContain('articles/report-table.txt: is a crosscheck report (table), not an article');
  });
});

describe('5. help [command]', () => {
  it('`crosscheck help` and `crosscheck help check` print help instead of reading paths', async () => {
    const [root, check] = await Promise.all([runCli(['help'], { cwd: dir }), runCli(['help', 'check'], { cwd: dir })]);
    expect(root.code).toBe(0);
    expect(root.stdout).toMatch(/^Usage: crosscheck /);
    expect(root.stdout).toMatch(/check \[options\] <new\.\.\.>/);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^Usage: crosscheck check \[options\] <new\.\.\.>/);
    expect(check.stdout).toContain('--against <paths...>');
    for (const result of [root, check]) expect(result.stderr).toBe('');
  });
});

describe('6. UTF-16', () => {
  it('skips UTF-16 with a byte-order mark with the iconv hint, not as binary', async () => {
    const text = article('Ledger Wire', 'March 5, 2024', 'March 3');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    mkdirSync(path.join(dir, 'utf16'));
    writeFileSync(path.join(dir, 'utf16', 'le.txt'), le);
    writeFileSync(path.join(dir, 'utf16', 'be.txt'), be);
    copyFileSync(path.join(dir, 'corpus', 'a.txt'), path.join(dir, 'utf16', 'good.txt'));
    const result = await runCli(['utf16', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const reason = 'UTF-16; convert it with iconv -f UTF-16 -t UTF-8';
    expect(report.skipped).toEqual([
      { path: 'utf16/be.txt', reason },
      { path: 'utf16/le.txt', reason },
    ]);
    expect(result.stderr).toContain('utf16/le.txt: is UTF-16 text, not UTF-8; convert it, e.g. `iconv -f UTF-16 -t UTF-8 "utf16/le.txt" > converted.txt`');
    expect(result.stderr).not.toMatch(/binary/);
  });
});

describe('7. control characters in line-oriented formats', () => {
  const frontMatter = (outlet: string, published: string, call: string) =>
    ['---', `outlet: ${outlet}`, `published: ${published}`, '---', article('', '', call).replace(/^.*\n\nPublished: \n\n/, '')].join('\n');
  let work: string;
  beforeAll(() => {
    work = path.join(dir, 'control');
    mkdirSync(work);
    // YAML double quotes: a real newline, ESC and tab inside the outlet name.
    writeFileSync(path.join(work, 'a.md'), frontMatter('"Ledger\\nWire\\e[31m\\tX"', '2024-03-05', 'March 3'));
    writeFileSync(path.join(work, 'b.md'), frontMatter('Harbor Post', '2024-03-06', 'March 1'));
  });

  it.each(['line', 'github', 'table'])('--format %s escapes a newline, ESC and tab in an outlet name', async (format) => {
    const result = await runCli(['.', '--format', format, '-q'], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Ledger\\nWire\\x1b[31m\\tX');
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    if (format !== 'table') {
      // One record per disagreement: nothing broke a record in two.
      expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    } else {
      expect(result.stdout.split('\n').filter((line) => line.includes('held by Ledger'))).toEqual([expect.stringMatching(/held by Ledger\\nWire\\x1b\[31m\\tX$/)]);
    }
  });
});

describe('8. duplicate paragraphs', () => {
  it('warns once per file how many exact duplicate paragraphs were dropped', async () => {
    const para = 'Trade envoy Marta Kowalczyk and minister Tomas Lindqvist spoke on March 3 about the tariff dispute, officials said.';
    const other = 'Kowalczyk later told reporters the conversation had been constructive and frank.';
    mkdirSync(path.join(dir, 'dup'));
    writeFileSync(path.join(dir, 'dup', 'a.txt'), ['Envoys call draws scrutiny', 'Published: March 5, 2024', para, other, para, other, 'A closing paragraph, officials said on Monday.'].join('\n\n'));
    copyFileSync(path.join(dir, 'corpus', 'b.txt'), path.join(dir, 'dup', 'b.txt'));
    const result = await runCli(['dup', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const duplicates = report.warnings.filter((w) => w.code === 'duplicate-paragraphs');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({ path: 'dup/a.txt' });
    expect(duplicates[0]!.message).toMatch(/^dup\/a\.txt: 2 duplicate paragraphs dropped \(exact repeats of an earlier paragraph, first: "Trade envoy Marta Kowalczyk/);
    expect(result.stderr.match(/duplicate paragraphs dropped/g)).toHaveLength(1);
  });

  it('does not warn about the seed corpus, whose repeats are headlines and captions', async () => {
    const result = await runCli(['corpus', '--format', 'json', '-q'], { cwd: ROOT });
    const report = JSON.parse(result.stdout) as Report;
    expect(report.warnings.filter((w) => w.code === 'duplicate-paragraphs')).toEqual([]);
  });
});

// `script` (util-linux) runs the CLI on a pseudo-terminal, so standard input is a terminal as when a user types.
const hasScript = spawnSync('script', ['--version']).status === 0;

describe('9. - on a terminal', () => {
  it.skipIf(!hasScript)(`says it is waiting for an article on standard input, then reads it${hasScript ? '' : ' (skipped: no `script` command to run it on a terminal)'}`, async () => {
    const out = path.join(dir, 'tty.json');
    const command = `'${process.execPath}' '${BIN}' - --format json --fail-on none > '${out}'`;
    const transcript = await new Promise<string>((resolve, reject) => {
      const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
      let seen = '';
      let sent = false;
      const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        seen += chunk;
        // Type the article once the prompt is there, then Ctrl-D on an empty line.
        if (!sent && seen.includes('(Ctrl-D to end)')) {
          sent = true;
          child.stdin.write(`${article('Ledger Wire', 'March 5, 2024', 'March 3')}\n`);
          child.stdin.write('\u0004');
        }
      });
      child.on('error', reject);
      child.on('close', () => {
        clearTimeout(timer);
        resolve(seen);
      });
    });
    expect(transcript).toContain('crosscheck: reading an article from standard input (Ctrl-D to end)');
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.documents.map((d) => d.path)).toEqual(['-']);
  });

  // With a real pipe: test/e2e/cli.test.ts (`reads one article from stdin with -`).
  it('says nothing when standard input is not a terminal', async () => {
    const result = await runCli(['-', '--format', 'json', '--fail-on', 'none'], { input: article('Ledger Wire', 'March 5, 2024', 'March 3'), stdinIsTTY: false });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('Ctrl-D');
  });
});

describe('a reader that stops early', () => {
  it('ends quietly when the pipe closes (crosscheck corpus | head -c 1)', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" corpus --format json --quiet | head -c 1 > /dev/null`], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
    expect(result.error).toBeUndefined();
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});

describe('an undated new article', () => {
  it('joins the story it belongs to: its date conflict is found and the other disagreements keep their ids', async () => {
    const { dir, cleanup } = tempDir();
    try {
      // An undated seed article with the call moved a week: it must be compared with the dated articles.
      const undated = readFileSync(path.join(ROOT, 'corpus', '003_4cbbd6204c096e5c.txt'), 'utf8').replaceAll('October 14', 'October 21');
      writeFileSync(path.join(dir, 'new.txt'), undated);
      const [before, after] = await Promise.all([
        runCli(['corpus', '--format', 'json', '--quiet']),
        runCli(['corpus', path.join(dir, 'new.txt'), '--format', 'json', '--quiet']),
      ]);
      const old = JSON.parse(before.stdout) as Report;
      const now = JSON.parse(after.stdout) as Report;
      const date = now.disagreements.find((d) => d.kind === 'date' && d.positions.some((p) => p.value === '2025-10-21'));
      expect(date?.positions.map((p) => p.value).sort()).toEqual(['2025-10-12', '2025-10-14', '2025-10-21']);
      // One story, not two: one authenticity disagreement, with the id it had before the article came.
      expect(now.disagreements.filter((d) => d.kind === 'authenticity').map((d) => d.id)).toEqual(old.disagreements.filter((d) => d.kind === 'authenticity').map((d) => d.id));
      const untouched = old.disagreements.filter((d) => d.kind !== 'date').map((d) => d.id);
      for (const id of untouched) expect(now.disagreements.map((d) => d.id)).toContain(id);
    } finally {
      cleanup();
    }
  });
});

describe('progress and warnings on stderr, as a CI log wants them', () => {
  it('shows progress with an estimate when stderr is not a terminal, and collapses repeated warnings', async () => {
    const { dir, cleanup } = tempDir();
    try {
      // Five articles without a publication date: five warnings of one kind.
      for (let i = 0; i < 5; i++) {
        writeFileSync(path.join(dir, `a${i}.txt`), `Talks resume\n\nTrade envoy Marta Kowalczyk and minister Tomas Lindqvist spoke on March ${i + 3} about the tariff dispute.\n`);
      }
      const env = { CROSSCHECK_PROGRESS_AFTER_MS: '0' };
      const [quietly, verbosely] = await Promise.all([runCli([dir, '--format', 'json', '-j', '1'], { env }), runCli([dir, '--format', 'json', '--verbose'])]);
      expect(quietly.stderr).toMatch(/crosscheck: analysed \d+\/5 articles \(\d+%\)/);
      expect(quietly.stderr).toMatch(/crosscheck: comparing 5 articles across stories/);
      expect(quietly.stderr).toMatch(/crosscheck: warning: 5 articles: no publication date; first: .*a0\.txt.*--verbose lists them all/);
      expect(quietly.stderr.match(/no publication date found/g)).toHaveLength(1);
      expect(verbosely.stderr.match(/no publication date found/g)).toHaveLength(5);
      // The report on stdout is untouched by what stderr says.
      expect((JSON.parse(quietly.stdout) as Report).warnings.length).toBe((JSON.parse(verbosely.stdout) as Report).warnings.length);
    } finally {
      cleanup();
    }
  });
});
