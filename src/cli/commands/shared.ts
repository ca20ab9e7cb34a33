// What the map/reduce subcommands (`extract`, `compare`) share with each other and get from main.ts.
import { fileReadAt } from '../run-common.js';
import type { SkippedFile, Warning } from '../../types.js';
import type { CliIo } from '../main.js';

export const EXIT_OK = 0;
export const EXIT_DISAGREEMENTS = 1;
export const EXIT_USAGE = 2;

/**
 * What main.ts hands a subcommand when registering it. The command's action calls `defer` with its work; main
 * runs that work after parsing and returns its exit code, and reports the errors it throws (ConfigError,
 * BaselineError and CommandError as one line, exit 2).
 */
export interface CommandContext {
  io: CliIo;
  toolVersion: string;
  defer(task: () => Promise<number>): void;
}

/** Bad input or a bad option of a subcommand: one line on stderr, exit 2. The command catches it itself. */
export class CommandError extends Error {}

/** Runs a subcommand's work, turning a CommandError into its one-line message and exit 2. */
export async function runCommand(io: CliIo, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    io.stderr(`crosscheck: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

/**
 * The lines of an `extract` file besides the analyses: what input collection skipped or warned about, so that
 * `compare` reports them as the single run would.
 */
export type SideRecord = { skipped: SkippedFile } | { warning: Warning };

/** Refuses to write `target` over any of `read` (links followed on both sides). */
export async function refuseToOverwrite(target: string, shown: string, read: ReadonlyArray<{ path: string; what: string }>): Promise<void> {
  const file = await fileReadAt(target, read);
  if (file) throw new CommandError(`refusing to write over ${shown}: it is ${file.what} this run reads; choose another output file`);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
