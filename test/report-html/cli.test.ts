// `--format html` through the CLI's main(), in-process (the browser test looks at the same output in Chromium).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../e2e/helpers.js';

describe('crosscheck --format html', () => {
  const temp = tempDir('crosscheck-html-cli-');
  afterAll(() => temp.cleanup());

  it('is listed among the formats', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.replace(/\s+/g, ' ')).toMatch(/report format: [a-z, ]*\bhtml\b/);
  });

  it('writes the report page of the seed corpus, to stdout or to a file', async () => {
    const out = path.join(temp.dir, 'nested', 'report.html');
    const [printed, written] = await Promise.all([runCli(['corpus', '--format', 'html', '-q']), runCli(['corpus', '-f', 'html', '-o', out, '-q'])]);
    // The seed articles disagree: exit code 1, as with every format.
    expect(printed.code).toBe(1);
    expect(written.code).toBe(1);
    expect(printed.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
    expect(printed.stdout).toContain('<h1>crosscheck report</h1>');
    expect(printed.stdout).toContain('Date of the call between Steve Witkoff and Yuri Ushakov');
    expect(printed.stdout).toMatch(/<g class="conflict" data-event="[^"]+" data-dates="2025-10-12 2025-10-14">/);
    // Colour is for terminals: no escape codes in a page, even when asked for.
    const forced = await runCli(['corpus', '--format', 'html', '--color', '-q']);
    expect(forced.stdout).toBe(printed.stdout);
  });

  it('gives the timeline page alone for `crosscheck timeline`', async () => {
    const result = await runCli(['timeline', 'corpus', '--format', 'html', '-q']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<h1>crosscheck timeline</h1>');
    expect(result.stdout).toContain('<svg class="timeline"');
    expect(result.stdout).not.toContain('class="card');
  });
});
