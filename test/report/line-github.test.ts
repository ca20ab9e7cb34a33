import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, formatLine } from '../../src/report/index.js';
import { DAILY, WIRE, makeQuietReport, makeReport } from './fixture.js';

const LINE_FORMAT = /^(.+):(\d+):(\d+): (high|medium|low) (date|number|authenticity|attribution|quote|description) (.+)$/;

describe('line formatter', () => {
  const lines = formatLine(makeReport(), { color: false }).trimEnd().split('\n');

  it('prints one `path:line:col: severity kind message` line per disagreement, most severe first', () => {
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(LINE_FORMAT);
    expect(lines.map((l) => LINE_FORMAT.exec(l)?.[4])).toEqual(['high', 'medium', 'low']);
  });

  it('names every side with its outlets', () => {
    expect(lines[0]).toBe(
      `${WIRE}:12:5: high date Date of the call between Steve Witkoff and Yuri Ushakov: 2025-10-14 (Wire Service) vs 2025-10-12 (Daily Ledger)`,
    );
  });

  it('keeps a topic with a newline on one line', () => {
    expect(lines[1]).toContain('100% genuine, says one side, fake says the other: authentic (Wire Service) vs fake (Daily Ledger)');
  });

  it('notes inferred-only and self-inconsistent disagreements', () => {
    expect(lines[2]).toContain(`[rests only on inferred dates; self-inconsistent: ${DAILY}]`);
    expect(lines[0]).not.toContain('[');
  });

  it.each([
    [[DAILY], `${DAILY}:7:1:`],
    [[`./${DAILY}`], `${DAILY}:7:1:`],
    [[WIRE], `${WIRE}:12:5:`],
    [['corpus/unrelated.txt'], `${WIRE}:12:5:`],
  ])('locates at the first evidence in focus paths %j', (focusPaths, start) => {
    const first = formatLine(makeReport(), { color: false, focusPaths }).split('\n')[0];
    expect(first.startsWith(start)).toBe(true);
  });

  it('prints nothing without disagreements', () => {
    expect(formatLine(makeQuietReport(), { color: false })).toBe('');
  });
});

describe('github formatter', () => {
  it.each([
    ['plain text', 'plain text', 'plain text'],
    ['100%', '100%25', '100%25'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['key: value', 'key: value', 'key%3A value'],
    ['one, two', 'one, two', 'one%2C two'],
    ['%0A literal', '%250A literal', '%250A literal'],
    ['c:\\dir,x%\n', 'c:\\dir,x%25%0A', 'c%3A\\dir%2Cx%25%0A'],
  ])('escapes %j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });

  const lines = formatGithub(makeReport(), { color: false }).trimEnd().split('\n');

  it('emits one annotation per disagreement, levelled by severity', () => {
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => /^::(\w+) /.exec(l)?.[1])).toEqual(['error', 'warning', 'notice']);
  });

  it('locates the annotation with file, line, columns and a title', () => {
    expect(lines[0].startsWith(`::error file=${WIRE},line=12,col=5,endLine=12,endColumn=15,title=crosscheck%3A date disagreement (high)::`)).toBe(true);
  });

  it('names both sides with their locations in the message', () => {
    const message = lines[0].split('::')[2];
    expect(message).toContain(`- 2025-10-14 (Wire Service)%3A`.replace('%3A', ':'));
    expect(message).toContain(`2025-10-12 (Daily Ledger): ${DAILY}:7:1`);
    expect(message).toContain(`(Wire Service): ${WIRE}:12:5`);
  });

  it('escapes the message so every annotation stays on one line', () => {
    const message = lines[1].slice(lines[1].indexOf('::', 2) + 2);
    expect(message).toContain('100%25 genuine');
    expect(message).toContain('%0A');
    expect(message).not.toMatch(/[\r\n]/);
    // `:` and `,` are only escaped in properties, not in the message.
    expect(message).toContain('recording: 100%25 genuine, says');
  });

  it('makes an absolute path relative to cwd', () => {
    const report = makeReport();
    report.disagreements = [report.disagreements[2]];
    report.disagreements[0].positions[0].evidence[0].path = `/home/me/news/${WIRE}`;
    expect(formatGithub(report, { color: false, cwd: '/home/me/news' })).toContain(`file=${WIRE},`);
  });

  it('prints nothing without disagreements', () => {
    expect(formatGithub(makeQuietReport(), { color: false })).toBe('');
  });
});
