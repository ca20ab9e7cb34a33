// One disagreement per line, for streaming into jq or a log pipeline.
import type { Report } from '../types.js';
import { type FormatOptions, sortDisagreements } from './common.js';

export function formatNdjson(report: Report, _options?: FormatOptions): string {
  // JSON.stringify escapes newlines inside strings, so each record is exactly one line.
  return sortDisagreements(report.disagreements)
    .map((disagreement) => `${JSON.stringify(disagreement)}\n`)
    .join('');
}
