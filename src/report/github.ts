// GitHub Actions workflow commands: each disagreement becomes an annotation on the article's line.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Disagreement, Report, Severity } from '../types.js';
import {
  type FormatOptions,
  formatLocation,
  holdersOf,
  oneLine,
  primaryLocation,
  qualifierSuffix,
  relativePath,
  sortDisagreements,
  valueOf,
} from './common.js';
import { escapeControl } from './line.js';

const COMMAND_BY_SEVERITY: Record<Severity, 'error' | 'warning' | 'notice'> = {
  high: 'error',
  medium: 'warning',
  low: 'notice',
};

/** Escapes the message part of a workflow command (after `::`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file=…,title=…`), where `:` and `,` are delimiters too. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The topic, then one line per side with every place it is stated. */
function messageOf(disagreement: Disagreement): string {
  const lines = [`${oneLine(disagreement.topic)}${qualifierSuffix(disagreement)}`];
  for (const position of disagreement.positions) {
    const where = position.evidence.map(formatLocation).join(', ');
    lines.push(`- ${valueOf(position, disagreement.kind)} (${holdersOf(position)})${where ? `: ${where}` : ''}`);
  }
  // Control characters inside a field are shown escaped; only the newlines between these lines are real.
  return lines.map(escapeControl).join('\n');
}

export function formatGithub(report: Report, options: FormatOptions): string {
  return sortDisagreements(report.disagreements)
    .map((disagreement) => {
      const properties: string[] = [];
      const located = primaryLocation(disagreement, options);
      if (located) {
        const { span } = located;
        properties.push(`file=${escapeProperty(escapeControl(relativePath(span.path, options.cwd)))}`);
        properties.push(`line=${span.line}`, `col=${span.column}`);
        if (span.endLine >= span.line) {
          properties.push(`endLine=${span.endLine}`);
          // GitHub ignores columns on annotations spanning lines; give them only for a single line.
          if (span.endLine === span.line && span.endColumn >= span.column) properties.push(`endColumn=${span.endColumn}`);
        }
      }
      properties.push(`title=${escapeProperty(`crosscheck: ${disagreement.kind} disagreement (${disagreement.severity})`)}`);
      return `::${COMMAND_BY_SEVERITY[disagreement.severity]} ${properties.join(',')}::${escapeData(messageOf(disagreement))}\n`;
    })
    .join('');
}
