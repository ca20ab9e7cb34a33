import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'crosscheck.js');
export const SHARED = path.resolve(ROOT, '..', 'shared');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would: a child process, no TTY, a clean colour environment. Asynchronous, so
 * that the test worker stays responsive while the child runs.
 */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

export function tempDir(prefix = 'crosscheck-e2e-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A short article with a dateline, about a call between two people on a given day. */
export function article(outlet: string, published: string, callDate: string, extra = ''): string {
  return [
    `Envoys' call draws scrutiny`,
    '',
    `Published: ${published}`,
    '',
    `WASHINGTON (${outlet}) - Trade envoy Marta Kowalczyk and minister Tomas Lindqvist spoke on ${callDate} about the tariff dispute, officials said.`,
    '',
    `Kowalczyk later told reporters the conversation had been "constructive and frank".`,
    '',
    extra,
    '',
  ].join('\n');
}
