// The core: documents in, report out, no I/O. The CLI (src/cli) does files, options and exit codes.
import type { CheckOptions, RawInput, Report } from './types.js';
import { analyzeDocument } from './pipeline/analyze.js';
import { crossCheck, type CrossCheckExtras } from './pipeline/check.js';

export { analyzeDocument } from './pipeline/analyze.js';
export { crossCheck, DEFAULT_SEVERITIES, SCHEMA_VERSION } from './pipeline/check.js';
export type * from './types.js';

/** Runs every stage on already-read inputs. */
export function check(inputs: RawInput[], options: CheckOptions = {}, extras: CrossCheckExtras = {}): Report {
  return crossCheck(inputs.map((input) => analyzeDocument(input)), options, extras);
}
