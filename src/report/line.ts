// `path:line:col: severity kind message`, one disagreement per line: the shape editors and grep understand.
import type { Report } from '../types.js';
import { type FormatOptions, describeDisagreement, primaryLocation, sortDisagreements } from './common.js';

export function formatLine(report: Report, options: FormatOptions): string {
  return sortDisagreements(report.disagreements)
    .map((disagreement) => {
      const located = primaryLocation(disagreement, options);
      // Without evidence there is still a file to point at; line 1 keeps the format parseable.
      const where = located
        ? `${located.span.path}:${located.span.line}:${located.span.column}`
        : `${disagreement.positions.flatMap((p) => p.documents)[0] ?? '-'}:1:1`;
      return `${where}: ${disagreement.severity} ${disagreement.kind} ${describeDisagreement(disagreement)}\n`;
    })
    .join('');
}
