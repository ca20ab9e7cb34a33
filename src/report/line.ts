// `path:line:col: severity kind message`, one disagreement per line: the shape editors and grep understand.
import type { Report } from '../types.js';
import { type FormatOptions, describeDisagreement, primaryLocation, sortDisagreements } from './common.js';

/** C0 and C1 control characters (newline, tab, ESC…) and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Escapes control characters so a field (an outlet name from front matter, a path) can never break a record of a
 * line-oriented format or send terminal escapes: a newline is shown as `\n`, ESC as `\x1b`.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`);
  });
}

export function formatLine(report: Report, options: FormatOptions): string {
  return sortDisagreements(report.disagreements)
    .map((disagreement) => {
      const located = primaryLocation(disagreement, options);
      // Without evidence there is still a file to point at; line 1 keeps the format parseable.
      const where = located
        ? `${located.span.path}:${located.span.line}:${located.span.column}`
        : `${disagreement.positions.flatMap((p) => p.documents)[0] ?? '-'}:1:1`;
      return `${escapeControl(`${where}: ${disagreement.severity} ${disagreement.kind} ${describeDisagreement(disagreement)}`)}\n`;
    })
    .join('');
}
