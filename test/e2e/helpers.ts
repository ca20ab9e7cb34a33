// The e2e tests' own article builder; the CLI runners live in test/support/run-cli.ts.
export { BIN, ROOT, SHARED, runCli, spawnCli, tempDir, type CliOptions, type CliResult } from '../support/run-cli.js';

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
