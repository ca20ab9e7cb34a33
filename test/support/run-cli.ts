// Running the built CLI from tests. `runCli` calls `main()` from dist/cli/main.js in this process with a captured
// `CliIo`: the same code path as bin/crosscheck.js without the ~1 s a new Node process spends loading the NLP
// library. `spawnCli` runs bin/crosscheck.js as a child process, for the few tests that need what only a real
// process has (exit status, pipes, signals, a terminal). Both take the same options and give the same result.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CliIo } from '../../src/cli/main.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'crosscheck.js');
export const SHARED = path.resolve(ROOT, '..', 'shared');
const DIST_MAIN = pathToFileURL(path.join(ROOT, 'dist', 'cli', 'main.js')).href;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Working directory of the run (default: the repository). */
  cwd?: string;
  /** Standard input; empty when not given. */
  input?: string;
  /** Environment variables for the run, over a clean colour environment (no FORCE_COLOR, no NO_COLOR). */
  env?: Record<string, string>;
  /** In-process only: pretend standard input is a terminal (spawned runs always read a pipe). */
  stdinIsTTY?: boolean;
  /** In-process only: pretend stdout is a terminal. */
  stdoutIsTTY?: boolean;
  /** In-process only: pretend stderr is a terminal. */
  stderrIsTTY?: boolean;
}

/**
 * Progress lines appear once a run takes longer than CROSSCHECK_PROGRESS_AFTER_MS (2 s by default), so on a busy
 * machine they would turn up in stderr at random. Tests get none unless they ask for them (by setting it to 0).
 */
const NO_PROGRESS = { CROSSCHECK_PROGRESS_AFTER_MS: String(24 * 3600 * 1000) };

type Main = (argv: string[], io: CliIo) => Promise<number>;
let loaded: Promise<Main> | undefined;

/** The built CLI's `main`, loaded once per test worker (`npm test` builds first). */
function builtMain(): Promise<Main> {
  loaded ??= import(DIST_MAIN).then(
    (module: { main: Main }) => module.main,
    (error: unknown) => {
      throw new Error(`cannot load ${DIST_MAIN} (run \`npm run build\` first): ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  return loaded;
}

/**
 * Runs the built CLI in this process: `main(args, io)` with stdout and stderr captured, no terminal unless asked
 * for, and only the environment variables given. main() touches nothing process-wide; the one thing that does is
 * commander's `--help`, which exits with `process.exitCode` when that is set, so the helper clears it meanwhile.
 */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const main = await builtMain();
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    env: { ...NO_PROGRESS, ...options.env },
    cwd: options.cwd ?? ROOT,
    readStdin: () => Promise.resolve(options.input ?? ''),
  };
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  try {
    const code = await main(args, io);
    return { code, stdout, stderr };
  } finally {
    process.exitCode ??= exitCode;
  }
}

/**
 * Runs bin/crosscheck.js as a user would: a child process, no TTY, a clean colour environment. Asynchronous, so
 * that the test worker stays responsive while the child runs.
 */
export function spawnCli(args: string[], options: Omit<CliOptions, 'stdinIsTTY' | 'stdoutIsTTY' | 'stderrIsTTY'> = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...NO_PROGRESS, ...options.env };
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

export function tempDir(prefix = 'crosscheck-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
