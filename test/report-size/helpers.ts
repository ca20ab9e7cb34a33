// In-process runs of the built CLI for the report-size and story-index tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main, type CliIo } from '../../dist/cli/main.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
  /** How many pieces stdout was written in. */
  writes: number;
}

/** `main(argv)` with a captured, non-terminal io in `cwd`. */
export async function runMain(argv: string[], cwd: string): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  let writes = 0;
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
      writes++;
    },
    stderr: (text) => (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: { CROSSCHECK_PROGRESS_AFTER_MS: '600000' },
    cwd,
    readStdin: async () => '',
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, writes };
}

export function writeTree(root: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

/** Two people of one story: full names and the surname the second paragraph uses. */
export interface Pair {
  first: string;
  second: string;
  surname: string;
}

/** A short dated article about a call between the pair on `callDate`, with an optional extra paragraph. */
export function callArticle(pair: Pair, outlet: string, published: string, callDate: string, extra = ''): string {
  return [
    `Envoys' call draws scrutiny`,
    '',
    `Published: ${published}`,
    '',
    `WASHINGTON (${outlet}) - Trade envoy ${pair.first} and minister ${pair.second} spoke on ${callDate} about the tariff dispute, officials said.`,
    '',
    `${pair.surname} later told reporters the conversation had been "constructive and frank".`,
    '',
    extra,
    '',
  ].join('\n');
}
