// The JSON report leaves out the assertion list unless --assertions, keeps every disagreement's evidence, and
// is written in pieces.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { reportValidator } from '../report/validators.js';
import { runMain, type InProcessResult } from './helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('--format json on the seed corpus', () => {
  const validate = reportValidator();
  let out = '';
  let plain: InProcessResult;
  let full: InProcessResult;
  let toFile: InProcessResult;

  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-json-size-'));
    [plain, full, toFile] = await Promise.all([
      runMain(['corpus', '--format', 'json', '--no-assertions', '-q'], ROOT),
      runMain(['corpus', '--format', 'json', '--assertions', '-q'], ROOT),
      runMain(['corpus', '--format', 'json', '--assertions', '-q', '-o', path.join(out, 'report.json')], ROOT),
    ]);
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('with --no-assertions: no assertion list, says so, counts them, and validates', () => {
    const report = JSON.parse(plain.stdout) as Report & { assertionsIncluded: boolean };
    expect(report.assertionsIncluded).toBe(false);
    expect(report).not.toHaveProperty('assertions');
    expect(report.summary.assertions).toBeGreaterThan(100);
    expect(validate(report)).toBe(true);
  });

  it('with --no-assertions, every disagreement keeps each side with its evidence: file, line, column, sentence', () => {
    const report = JSON.parse(plain.stdout) as Report;
    expect(report.disagreements.length).toBeGreaterThan(0);
    for (const d of report.disagreements) {
      expect(d.positions.length).toBeGreaterThan(0);
      for (const p of d.positions) {
        expect(p.evidence.length).toBeGreaterThan(0);
        for (const e of p.evidence) {
          expect(e.path).toMatch(/^corpus\//);
          expect(e.line).toBeGreaterThan(0);
          expect(e.column).toBeGreaterThan(0);
          expect(e.text.length).toBeGreaterThan(10);
        }
      }
    }
    // The same disagreements as with the assertion list.
    expect(report.disagreements).toEqual((JSON.parse(full.stdout) as Report).disagreements);
  });

  it('is a small part of the report with its assertions', () => {
    expect(plain.stdout.length * 5).toBeLessThan(full.stdout.length);
  });

  it('with --assertions: every assertion, one compact line each, and the report validates', () => {
    const report = JSON.parse(full.stdout) as Report & { assertionsIncluded: boolean };
    expect(report.assertionsIncluded).toBe(true);
    expect(report.assertions).toHaveLength(report.summary.assertions);
    expect(validate(report)).toBe(true);
    const lines = full.stdout.split('\n').filter((line) => line.startsWith('    {"id":'));
    expect(lines).toHaveLength(report.summary.assertions);
  });

  it('is written in pieces, and -o writes the same text', () => {
    expect(full.writes).toBeGreaterThan(1);
    expect(readFileSync(path.join(out, 'report.json'), 'utf8')).toBe(full.stdout);
    expect(toFile.stdout).toBe('');
  });
});
