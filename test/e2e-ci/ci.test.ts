// End-to-end tests of the CI features (check mode, sarif/github/line output, baseline, config, cache, exit
// codes), run through the built CLI's main() in-process (one check run as a child process), each in a temporary
// folder with a corpus of its own.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Disagreement, Report } from '../../src/types.js';
import { article, runCli, spawnCli, tempDir, type CliResult } from '../e2e/helpers.js';
import { SARIF_SCHEMA, sarifValidator } from '../report/validators.js';

// ───────────────────────────── the corpus ─────────────────────────────

/** A second meeting that only the corpus articles mention, dated differently: a corpus-only disagreement. */
const sideMeeting = (date: string): string =>
  `Separately, customs chief Oskar Brandt met port director Ilse Varga on ${date}, according to the ministry.`;

/** Like `article()`, with the quoted remark chosen by the caller. */
function articleQuoting(outlet: string, published: string, callDate: string, remark: string): string {
  return article(outlet, published, callDate).replace('"constructive and frank"', `"${remark}"`);
}

const CORPUS_A = article('Ledger Wire', 'March 5, 2024', 'March 3', sideMeeting('February 27'));
const CORPUS_B = article('Harbor Post', 'March 6, 2024', 'March 3', sideMeeting('February 25'));
/** Dates the call March 1 where the corpus says March 3. */
const NEW_CONFLICT = article('Coast Times', 'March 6, 2024', 'March 1');
/** Agrees with the corpus on everything it states. */
const NEW_AGREE = article('Coast Times', 'March 6, 2024', 'March 3');
/** Conflicting date and a reworded quote containing `%`. */
const NEW_QUOTED = articleQuoting('Coast Times', 'March 6, 2024', 'March 1', 'constructive, frank and 100% candid');
/** Same date as the corpus, only the quote reworded: a medium-severity disagreement alone. */
const NEW_QUOTE_ONLY = articleQuoting('Coast Times', 'March 6, 2024', 'March 3', 'constructive, frank and fully candid');
/** Another story in the same weeks: shares no event, person or quote with the others. */
const UNRELATED = [
  'Harbour opens',
  '',
  'Published: March 4, 2024',
  '',
  'OSLO (Northern Herald) - Fisheries minister Anja Holm opened the new harbour at Tromsvik on March 2, her office said.',
  '',
  'Holm called the project "a lifeline for the coast".',
  '',
].join('\n');

const CALL_TOPIC = /call between Marta Kowalczyk and Tomas Lindqvist/;
const SIDE_TOPIC = /Oskar Brandt and Ilse Varga/;
const QUOTED_NAME = 'new, 100% draft.txt';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

function parseReport(result: CliResult): Report {
  try {
    return JSON.parse(result.stdout) as Report;
  } catch {
    throw new Error(`not JSON (exit ${result.code}); stderr: ${result.stderr}`);
  }
}

const valuesOf = (d: Disagreement | undefined): string[] => (d?.positions.map((p) => p.value) ?? []).sort();
const stderrLines = (result: CliResult): string[] => result.stderr.split('\n').filter((line) => line.trim() !== '');

// ───────────────────────────── SARIF, the parts read here ─────────────────────────────

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: SarifResult[] }>;
}

const uriOf = (location: SarifLocation): string => decodeURIComponent(location.physicalLocation.artifactLocation.uri);
const fingerprints = (log: SarifLog): string[] =>
  log.runs[0]!.results.map((r) => `${r.ruleId} ${JSON.stringify(r.partialFingerprints)}`).sort();

// ───────────────────────────── GitHub annotations ─────────────────────────────

interface Annotation {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** Undoes the workflow-command escaping in one pass, as the runner does. */
function unescapeCommand(value: string): string {
  const codes: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' };
  return value.replace(/%(?:25|0D|0A|3A|2C)/g, (code) => codes[code]!);
}

function parseAnnotation(line: string): Annotation {
  const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
  const properties: Record<string, string> = {};
  for (const pair of match[2]!.split(',')) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = unescapeCommand(pair.slice(at + 1));
  }
  return { command: match[1]!, properties, message: unescapeCommand(match[3]!) };
}

// ───────────────────────────── check mode and the CI formats ─────────────────────────────

describe('check mode and the CI formats', () => {
  let dir: string;
  let cleanup: () => void;
  const run: Record<string, CliResult> = {};

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir('crosscheck-e2e-ci-'));
    writeTree(dir, {
      'corpus/a.txt': CORPUS_A,
      'corpus/b.txt': CORPUS_B,
      'corpus-plus/a.txt': CORPUS_A,
      'corpus-plus/b.txt': CORPUS_B,
      'corpus-plus/unrelated.txt': UNRELATED,
      'new.txt': NEW_CONFLICT,
      'agree.txt': NEW_AGREE,
      [QUOTED_NAME]: NEW_QUOTED,
      // An outlet name with CR and LF, so that annotation messages must escape them.
      'crlf.json': JSON.stringify({ outlets: { [QUOTED_NAME]: 'Coast Times\r\nEvening Edition' } }),
    });
    const cli = (args: string[]) => runCli(args, { cwd: dir });
    const sarifArgs = ['check', QUOTED_NAME, '--against', 'corpus', '--format', 'sarif'];
    const jobs: Record<string, Promise<CliResult>> = {
      full: cli(['corpus', 'new.txt', '--format', 'json', '--fail-on', 'none']),
      // `check` as CI runs it: bin/crosscheck.js in a process of its own.
      checkNew: spawnCli(['check', 'new.txt', '--against', 'corpus', '--format', 'json'], { cwd: dir }),
      checkAgree: cli(['check', 'agree.txt', '--against', 'corpus', '--format', 'json']),
      checkInside: cli(['check', 'corpus-plus/unrelated.txt', '--against', 'corpus-plus', '--format', 'json']),
      sarif1: cli(sarifArgs),
      sarif2: cli(sarifArgs),
      sarifPlus: cli(['check', QUOTED_NAME, '--against', 'corpus-plus', '--format', 'sarif']),
      jsonPlus: cli(['check', QUOTED_NAME, '--against', 'corpus-plus', '--format', 'json']),
      github: cli(['check', QUOTED_NAME, '--against', 'corpus', '--format', 'github', '-c', 'crlf.json']),
      line: cli(['check', 'new.txt', '--against', 'corpus', '--format', 'line']),
    };
    const results = await Promise.all(Object.values(jobs));
    Object.keys(jobs).forEach((name, index) => (run[name] = results[index]!));
  });
  afterAll(() => cleanup());

  describe('check NEW --against CORPUS', () => {
    it('a plain run over everything sees both the call date and the corpus-only meeting date (control)', () => {
      const topics = parseReport(run.full!).disagreements.map((d) => d.topic);
      expect(topics).toEqual(expect.arrayContaining([expect.stringMatching(CALL_TOPIC), expect.stringMatching(SIDE_TOPIC)]));
    });

    it('reports only the disagreement the new article takes part in, and exits 1', () => {
      expect(run.checkNew!.code).toBe(1);
      const report = parseReport(run.checkNew!);
      expect(report.disagreements.map((d) => d.topic)).toEqual([expect.stringMatching(CALL_TOPIC)]);
      expect(report.disagreements.some((d) => SIDE_TOPIC.test(d.topic))).toBe(false);
      expect(report.summary.disagreements).toEqual({ high: 1, medium: 0, low: 0 });
    });

    it('shows the corpus evidence beside the new article in the positions', () => {
      const call = parseReport(run.checkNew!).disagreements[0];
      expect(valuesOf(call)).toEqual(['2024-03-01', '2024-03-03']);
      const mine = call?.positions.find((p) => p.value === '2024-03-01');
      const theirs = call?.positions.find((p) => p.value === '2024-03-03');
      expect(mine?.outlets).toEqual(['Coast Times']);
      expect(mine?.evidence.map((e) => [e.path, e.line])).toEqual([['new.txt', 5]]);
      expect(theirs?.outlets.sort()).toEqual(['Harbor Post', 'Ledger Wire']);
      expect(theirs?.evidence.map((e) => [e.path, e.line]).sort()).toEqual([
        ['corpus/a.txt', 5],
        ['corpus/b.txt', 5],
      ]);
      expect(theirs?.evidence[0]?.text).toContain('March 3');
    });

    it('exits 0 with no disagreement when the new article agrees with the corpus', () => {
      expect(run.checkAgree!.code).toBe(0);
      const report = parseReport(run.checkAgree!);
      expect(report.disagreements).toEqual([]);
      expect(report.documents).toHaveLength(3);
    });

    it('checks a new article that also lies inside the corpus folder once, and keeps corpus-only disputes out', () => {
      expect(run.checkInside!.code).toBe(0);
      const report = parseReport(run.checkInside!);
      expect(report.documents.map((d) => d.path).sort()).toEqual(['corpus-plus/a.txt', 'corpus-plus/b.txt', 'corpus-plus/unrelated.txt']);
      expect(report.disagreements).toEqual([]);
    });
  });

  describe('--format sarif', () => {
    const log = (name: string): SarifLog => JSON.parse(run[name]!.stdout) as SarifLog;

    it('exits 1', () => {
      expect(run.sarif1!.code).toBe(1);
    });

    it.skipIf(SARIF_SCHEMA.skip)(`is valid against the official SARIF 2.1.0 schema${SARIF_SCHEMA.note}`, () => {
      const validate = sarifValidator();
      const valid = validate(log('sarif1'));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      expect(log('sarif1').version).toBe('2.1.0');
    });

    it('has exactly one rule for each disagreement kind it reports, and ruleIndex points at it', () => {
      const { results, tool } = log('sarif1').runs[0]!;
      const ruleIds = tool.driver.rules.map((r) => r.id);
      expect(new Set(ruleIds).size).toBe(ruleIds.length);
      expect([...new Set(results.map((r) => r.ruleId))].sort()).toEqual(['crosscheck/date', 'crosscheck/quote']);
      for (const result of results) {
        expect(ruleIds.filter((id) => id === result.ruleId)).toHaveLength(1);
        expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      }
      expect(results.find((r) => r.ruleId === 'crosscheck/date')?.level).toBe('error');
      expect(results.find((r) => r.ruleId === 'crosscheck/quote')?.level).toBe('warning');
    });

    it('locates each result in the new article and relates it to the corpus articles', () => {
      for (const result of log('sarif1').runs[0]!.results) {
        expect(result.locations.map(uriOf)).toEqual([QUOTED_NAME]);
        expect(result.locations[0]!.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
        expect(result.relatedLocations?.map(uriOf).sort()).toEqual(['corpus/a.txt', 'corpus/b.txt']);
      }
      const date = log('sarif1').runs[0]!.results.find((r) => r.ruleId === 'crosscheck/date');
      expect(date?.locations[0]!.physicalLocation.region.startLine).toBe(5);
      expect(date?.relatedLocations?.[0]!.physicalLocation.region.startLine).toBe(5);
    });

    it('gives the same partialFingerprints on a second run and when an unrelated article joins the corpus', () => {
      expect(run.sarifPlus!.code).toBe(1);
      // The unrelated article really was read in that run.
      expect(parseReport(run.jsonPlus!).documents.map((d) => path.basename(d.path))).toContain('unrelated.txt');
      expect(fingerprints(log('sarif1'))).toHaveLength(2);
      expect(fingerprints(log('sarif2'))).toEqual(fingerprints(log('sarif1')));
      expect(fingerprints(log('sarifPlus'))).toEqual(fingerprints(log('sarif1')));
    });
  });

  describe('--format github', () => {
    const lines = (): string[] => run.github!.stdout.split('\n').filter((line) => line !== '');

    it('prints one workflow command per disagreement, with no raw CR or LF inside one', () => {
      expect(run.github!.code).toBe(1);
      expect(run.github!.stdout).not.toContain('\r');
      expect(run.github!.stdout.endsWith('\n')).toBe(true);
      expect(lines()).toHaveLength(2);
      expect(lines().map((line) => parseAnnotation(line).command).sort()).toEqual(['error', 'warning']);
    });

    it('points at the new article: file (with "," and "%" escaped), line and col', () => {
      const date = parseAnnotation(lines().find((line) => line.startsWith('::error'))!);
      expect(lines()[0]).toMatch(/^::error file=new%2C 100%25 draft\.txt,line=5,col=\d+/);
      expect(date.properties).toMatchObject({ file: QUOTED_NAME, line: '5' });
      expect(Number(date.properties.col)).toBeGreaterThanOrEqual(1);
      expect(date.properties.title).toMatch(/^crosscheck: date disagreement/);
    });

    it('escapes %, CR and LF in the message and :/, in properties, and the runner reads it back exactly', () => {
      for (const line of lines()) {
        const [, properties = '', message = ''] = /^::\w+ ([^:]*)::(.*)$/.exec(line) ?? [];
        // Every % left in the raw text starts an escape; properties hold no raw ':' and commas only between pairs.
        expect(line.replace(/%(?:25|0D|0A|3A|2C)/g, '')).not.toContain('%');
        expect(properties.split(',').every((pair) => /^[a-zA-Z]+=[^=]*$/.test(pair))).toBe(true);
        expect(message).not.toMatch(/[\r\n]/);
      }
      const date = parseAnnotation(lines().find((line) => line.startsWith('::error'))!);
      expect(date.message).toMatch(CALL_TOPIC);
      expect(date.message).toContain('\n');
      // Control characters inside a field (here an outlet name) are shown escaped, never as a real line break.
      expect(date.message).toContain('Coast Times\\r\\nEvening Edition');
      expect(date.message).toContain(`${QUOTED_NAME}:5:`);
      expect(date.message).toContain('corpus/a.txt:5:');
    });

    it('shows the reworded quote as the article wrote it, % included', () => {
      const quote = parseAnnotation(lines().find((line) => line.startsWith('::warning'))!);
      expect(quote.message).toContain('100% candid');
    });
  });

  describe('--format line', () => {
    it('prints path:line:col: severity kind message, located in the new article', () => {
      expect(run.line!.code).toBe(1);
      const lines = run.line!.stdout.split('\n').filter((line) => line !== '');
      expect(lines).toHaveLength(1);
      const match = /^(.+?):(\d+):(\d+): (high|medium|low) (date|number|authenticity|attribution|quote|description) (.+)$/.exec(lines[0]!);
      expect(match).not.toBeNull();
      const [, file, line, col, severity, kind, message] = match!;
      const evidence = parseReport(run.checkNew!).disagreements[0]?.positions.find((p) => p.value === '2024-03-01')?.evidence[0];
      expect([file, Number(line), Number(col)]).toEqual(['new.txt', evidence?.line, evidence?.column]);
      expect([severity, kind]).toEqual(['high', 'date']);
      expect(message).toMatch(CALL_TOPIC);
      expect(message).toContain('2024-03-01 (Coast Times)');
      expect(message).toContain('2024-03-03');
    });
  });
});

// ───────────────────────────── baseline ─────────────────────────────

describe('--baseline', () => {
  let dir: string;
  let cleanup: () => void;
  const cli = (args: string[]) => runCli([...args, '--format', 'json'], { cwd: dir });

  beforeAll(() => {
    ({ dir, cleanup } = tempDir('crosscheck-e2e-ci-'));
    writeTree(dir, { 'a.txt': CORPUS_A, 'b.txt': CORPUS_B, 'c.txt': NEW_CONFLICT });
  });
  afterAll(() => cleanup());

  it('accepts what --update-baseline wrote, fails only on a new disagreement, and reports stale entries', async () => {
    const written = await cli(['a.txt', 'b.txt', '--baseline', 'base/line.json', '--update-baseline']);
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/baseline written to base\/line\.json \(1 accepted\)/);
    const baseline = JSON.parse(readFileSync(path.join(dir, 'base', 'line.json'), 'utf8')) as { version: number; accepted: Array<{ id: string; topic: string }> };
    expect(baseline.version).toBe(1);
    expect(baseline.accepted.map((e) => e.topic)).toEqual([expect.stringMatching(SIDE_TOPIC)]);
    const acceptedId = baseline.accepted[0]!.id;

    const [same, withNew, withoutB, missing] = await Promise.all([
      cli(['a.txt', 'b.txt', '--baseline', 'base/line.json']),
      cli(['a.txt', 'b.txt', 'c.txt', '--baseline', 'base/line.json']),
      cli(['a.txt', '--baseline', 'base/line.json']),
      cli(['a.txt', 'b.txt', '--baseline', 'nowhere.json']),
    ]);

    // Nothing changed: everything accepted.
    expect(same.code).toBe(0);
    expect(parseReport(same).disagreements).toEqual([]);
    expect(same.stderr).toMatch(/1 disagreement\(s\) accepted by the baseline/);

    // A new conflicting article: exit 1, and only the new disagreement is reported.
    expect(withNew.code).toBe(1);
    const fresh = parseReport(withNew).disagreements;
    expect(fresh.map((d) => d.topic)).toEqual([expect.stringMatching(CALL_TOPIC)]);
    expect(fresh[0]!.id).not.toBe(acceptedId);
    expect(parseReport(withNew).summary.disagreements.high).toBe(1);

    // The article behind the accepted disagreement is gone: a stale entry, warned about, exit 0.
    expect(withoutB.code).toBe(0);
    expect(withoutB.stderr).toContain(`baseline entry ${acceptedId}`);
    expect(withoutB.stderr).toMatch(/no longer matches/);
    const warnings = parseReport(withoutB).warnings.filter((w) => w.code === 'stale-baseline-entry');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain(acceptedId);

    // A missing baseline without --update-baseline is a usage error, in one line.
    expect(missing.code).toBe(2);
    expect(stderrLines(missing)).toHaveLength(1);
    expect(missing.stderr).toMatch(/nowhere\.json: baseline file not found/);
    expect(missing.stdout).toBe('');
  });

  // A team accepts the disagreements of its whole corpus, then CI checks each new article against it.
  describe('written over the whole corpus, used in check mode', () => {
    let acceptedId: string;
    let checked: CliResult;
    let updated: CliResult;
    beforeAll(async () => {
      await cli(['a.txt', 'b.txt', '--baseline', 'whole.json', '--update-baseline']);
      writeFileSync(path.join(dir, 'shared.json'), readFileSync(path.join(dir, 'whole.json')));
      acceptedId = (JSON.parse(readFileSync(path.join(dir, 'whole.json'), 'utf8')) as { accepted: Array<{ id: string }> }).accepted[0]!.id;
      [checked, updated] = await Promise.all([
        cli(['check', 'c.txt', '--against', 'a.txt', 'b.txt', '--baseline', 'whole.json']),
        cli(['check', 'c.txt', '--against', 'a.txt', 'b.txt', '--baseline', 'shared.json', '--update-baseline']),
      ]);
    });

    it('still fails on the new article and reports only its disagreement', () => {
      expect(checked.code).toBe(1);
      expect(parseReport(checked).disagreements.map((d) => d.topic)).toEqual([expect.stringMatching(CALL_TOPIC)]);
    });

    it('does not call accepted corpus-only entries stale', () => {
      expect(checked.stderr).not.toContain(acceptedId);
      expect(parseReport(checked).warnings.filter((w) => w.code === 'stale-baseline-entry')).toEqual([]);
    });

    it('keeps the accepted corpus-only entries when check mode updates the baseline', () => {
      expect(updated.code).toBe(0);
      const ids = (JSON.parse(readFileSync(path.join(dir, 'shared.json'), 'utf8')) as { accepted: Array<{ id: string }> }).accepted.map((e) => e.id);
      expect(ids).toContain(acceptedId);
      expect(ids).toHaveLength(2);
    });
  });
});

// ───────────────────────────── config ─────────────────────────────

describe('crosscheck.config.json', () => {
  let dir: string;
  let cleanup: () => void;
  let nested: string;

  beforeAll(() => {
    ({ dir, cleanup } = tempDir('crosscheck-e2e-ci-'));
    writeTree(dir, {
      'crosscheck.config.json': JSON.stringify({ outlets: { 'a.txt': 'Northern Gazette' } }),
      'other.json': JSON.stringify({ failOn: 'none' }),
      'dates-off.json': JSON.stringify({ severity: { date: 'off' } }),
      'corpus/a.txt': CORPUS_A,
      'corpus/b.txt': CORPUS_B,
      'corpus/new.txt': NEW_CONFLICT,
      'sub/deeper/.keep': '',
      'bad/unknown.json': JSON.stringify({ failon: 'none' }),
      'bad/type.json': JSON.stringify({ storyWindowDays: 'ten' }),
      'bad/severity.json': JSON.stringify({ severity: { date: 'severe' } }),
      'bad/outlets.json': JSON.stringify({ outlets: ['a.txt'] }),
    });
    nested = path.join(dir, 'sub', 'deeper');
  });
  afterAll(() => cleanup());

  it('finds the config upward from a nested folder; -c replaces it; --print-config shows the merged result', async () => {
    const cli = (args: string[]) => runCli(args, { cwd: nested });
    const [found, other, printed, printedOther] = await Promise.all([
      cli(['../../corpus', '--format', 'json']),
      cli(['../../corpus', '--format', 'json', '-c', '../../other.json']),
      cli(['--print-config']),
      cli(['--print-config', '-c', '../../other.json', '--story-window', '12', '--cache']),
    ]);

    // The config two folders up names the outlet of a.txt (over its wire credit) and leaves failOn at low.
    expect(found.code).toBe(1);
    const outletOf = (result: CliResult, name: string) => parseReport(result).documents.find((d) => path.basename(d.path) === name)?.outlet;
    expect(outletOf(found, 'a.txt')).toBe('Northern Gazette');
    expect(outletOf(found, 'b.txt')).toBe('Harbor Post');

    // -c other.json is used instead: failOn none, and the outlets of the nearest config no longer apply.
    expect(other.code).toBe(0);
    expect(parseReport(other).disagreements.length).toBeGreaterThan(0);
    expect(outletOf(other, 'a.txt')).toBe('Ledger Wire');

    expect(printed.code).toBe(0);
    const shown = JSON.parse(printed.stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ outlets: { 'a.txt': 'Northern Gazette' }, failOn: 'low', storyWindowDays: 30, format: 'table', cache: false });

    expect(printedOther.code).toBe(0);
    const merged = JSON.parse(printedOther.stdout) as Record<string, unknown>;
    expect(merged).toMatchObject({ outlets: {}, failOn: 'none', storyWindowDays: 12, cache: true, severity: {} });
  });

  it('failOn "none" makes the run exit 0; severity date "off" removes date disagreements', async () => {
    const [none, datesOff] = await Promise.all([
      runCli(['corpus', '--format', 'json', '-c', 'other.json'], { cwd: dir }),
      runCli(['corpus', '--format', 'json', '-c', 'dates-off.json'], { cwd: dir }),
    ]);
    expect(none.code).toBe(0);
    expect(parseReport(none).disagreements.filter((d) => d.kind === 'date').length).toBe(2);
    expect(datesOff.code).toBe(0);
    expect(parseReport(datesOff).disagreements.filter((d) => d.kind === 'date')).toEqual([]);
  });

  // CLI flags that change the run must show in the printed config too; --story-window and --cache do (above).
  it('--print-config shows --fail-on and --format given on the command line', async () => {
    const printed = await runCli(['--print-config', '--fail-on', 'none', '--format', 'sarif'], { cwd: nested });
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ failOn: 'none', format: 'sarif' });
  });

  describe('a bad config', () => {
    const cases = [
      ['an unknown key', 'unknown.json', /unknown key "failon".*did you mean "failOn"/],
      ['a wrong type', 'type.json', /"storyWindowDays" must be a positive number/],
      ['an unknown severity', 'severity.json', /"severity\.date" must be one of/],
      ['an array for an object', 'outlets.json', /"outlets" must be an object/],
    ] as const;
    const results = new Map<string, CliResult>();
    beforeAll(async () => {
      const runs = await Promise.all(cases.map(([, file]) => runCli(['../corpus', '-c', file], { cwd: path.join(dir, 'bad') })));
      cases.forEach(([, file], index) => results.set(file, runs[index]!));
    });

    it.each(cases)('%s exits 2 with one line naming the file and the key', (_what, file, message) => {
      const result = results.get(file)!;
      expect(result.code).toBe(2);
      expect(stderrLines(result)).toHaveLength(1);
      expect(result.stderr.startsWith(`crosscheck: ${file}: `)).toBe(true);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    });
  });
});

// ───────────────────────────── cache ─────────────────────────────

describe('--cache', () => {
  let dir: string;
  let cleanup: () => void;

  beforeAll(() => {
    ({ dir, cleanup } = tempDir('crosscheck-e2e-ci-'));
    writeTree(dir, { 'corpus/a.txt': CORPUS_A, 'corpus/b.txt': CORPUS_B, 'corpus/new.txt': NEW_CONFLICT });
  });
  afterAll(() => cleanup());

  function entries(location: string): string[] {
    if (!existsSync(location)) return [];
    // The analyses; the story index beside them (story-index.json) is not an entry.
    return readdirSync(location, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json') && name !== 'story-index.json');
  }

  it('writes entries, hits them all on an unchanged re-run with the same report, and misses only the changed file', async () => {
    const location = path.join(dir, 'cache-here');
    const cli = () => runCli(['corpus', '--format', 'json', '--cache', '--cache-location', 'cache-here'], { cwd: dir });

    const first = await cli();
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/crosscheck: cache 0 hit\(s\), 3 miss\(es\)/);
    expect(entries(location)).toHaveLength(3);

    const second = await cli();
    expect(second.stderr).toMatch(/crosscheck: cache 3 hit\(s\), 0 miss\(es\)/);
    expect(second.code).toBe(first.code);
    expect(second.stdout).toBe(first.stdout);
    expect(entries(location)).toHaveLength(3);

    writeFileSync(path.join(dir, 'corpus', 'new.txt'), article('Coast Times', 'March 6, 2024', 'March 2'));
    const third = await cli();
    expect(third.stderr).toMatch(/crosscheck: cache 2 hit\(s\), 1 miss\(es\)/);
    expect(entries(location)).toHaveLength(4);
    const call = parseReport(third).disagreements.find((d) => CALL_TOPIC.test(d.topic));
    expect(valuesOf(call)).toEqual(['2024-03-02', '2024-03-03']);
  });

  it('leaves no cache behind without --cache', async () => {
    const result = await runCli(['corpus', '--format', 'json', '--cache-location', 'not-used'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/cache \d+ hit/);
    expect(existsSync(path.join(dir, 'not-used'))).toBe(false);
  });
});

// ───────────────────────────── exit codes ─────────────────────────────

describe('exit codes', () => {
  let dir: string;
  let cleanup: () => void;

  beforeAll(() => {
    ({ dir, cleanup } = tempDir('crosscheck-e2e-ci-'));
    writeTree(dir, {
      'corpus/a.txt': CORPUS_A,
      'corpus/b.txt': CORPUS_B,
      'new.txt': NEW_CONFLICT,
      'agree.txt': NEW_AGREE,
      'quote-only.txt': NEW_QUOTE_ONLY,
    });
  });
  afterAll(() => cleanup());

  it('0 / 1 / 2 as the README says', async () => {
    const cases: Array<[string[], number]> = [
      [['check', 'agree.txt', '--against', 'corpus'], 0],
      [['check', 'new.txt', '--against', 'corpus'], 1],
      [['check', 'new.txt', '--against', 'corpus', '--fail-on', 'none'], 0],
      // The reworded quote is medium: below --fail-on high, at --fail-on medium.
      [['check', 'quote-only.txt', '--against', 'corpus', '--fail-on', 'high'], 0],
      [['check', 'quote-only.txt', '--against', 'corpus', '--fail-on', 'medium'], 1],
      [['check', 'new.txt'], 2],
      [['check', 'missing.txt', '--against', 'also-missing'], 2],
      [['check', 'new.txt', '--against', 'corpus', '--format', 'checkstyle'], 2],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(args, { cwd: dir })));
    expect(results.map((r, i) => [cases[i]![0].join(' '), r.code])).toEqual(cases.map(([args, code]) => [args.join(' '), code]));
    for (const result of results.filter((r) => r.code === 2)) expect(result.stderr).not.toMatch(/\n\s+at /);
    const quoteOnly = results[3]!;
    expect(quoteOnly.stdout).toMatch(/quote/i);
  });
});
