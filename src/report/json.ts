// The whole report as JSON, shaped as schema/report.schema.json describes.
//
// The full list of extracted assertions is most of a report's size (about eight times the articles' own text on
// real news). It is written by default, because the scorers and scripts that read crosscheck's JSON need it, and
// left out with `--no-assertions` (a report about a tenth the size); `assertionsIncluded` says which one a reader
// holds. Disagreements and events always keep all their evidence. With assertions, each one is a single compact
// line inside the otherwise indented report, and the text is produced piece by piece (`formatJsonChunks`), so
// the CLI can write it out without first building one giant string.
import type { Report } from '../types.js';
import type { FormatOptions } from './common.js';

/** Version of schema/report.schema.json that `formatJson` output follows; the report's `schemaVersion`. */
export const REPORT_SCHEMA_VERSION = '2.0.0';

/** About how much text each piece of `formatJsonChunks` holds: few writes, none of them large. */
const CHUNK_CHARACTERS = 64 * 1024;

export interface JsonFormatOptions extends Partial<FormatOptions> {
  /** Include `assertions[]`, every assertion extracted (default true; false keeps only their count, in `summary`). */
  assertions?: boolean;
}

/** The report as one JSON text, ending with a newline. */
export function formatJson(report: Report, options?: JsonFormatOptions): string {
  return [...formatJsonChunks(report, options)].join('');
}

/**
 * The same text as `formatJson`, in pieces: the report's head, then (with `assertions`) one piece per assertion,
 * then its tail. Joined, they are exactly `formatJson`'s output.
 */
export function* formatJsonChunks(report: Report, options?: JsonFormatOptions): Generator<string> {
  const includeAssertions = options?.assertions !== false;
  const { schemaVersion, tool, assertions, ...rest } = report;
  const head = { schemaVersion, tool, assertionsIncluded: includeAssertions };
  if (!includeAssertions) {
    yield `${JSON.stringify({ ...head, ...rest }, null, 2)}\n`;
    return;
  }
  // `assertions` goes last, so its lines can be streamed after everything else is written.
  const body = JSON.stringify({ ...head, ...rest }, null, 2);
  let piece = `${body.slice(0, body.lastIndexOf('}')).replace(/\s*$/, '')},\n  "assertions": [`;
  for (let i = 0; i < assertions.length; i++) {
    piece += `${i === 0 ? '' : ','}\n    ${JSON.stringify(assertions[i])}`;
    if (piece.length >= CHUNK_CHARACTERS) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}${assertions.length === 0 ? ']\n}\n' : '\n  ]\n}\n'}`;
}
