// The human-readable report for a terminal: one block per disagreement, fitted to 100 columns.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Disagreement, Position, Report, Severity, Span, Warning } from '../types.js';
import {
  type FormatOptions,
  SEVERITY_ORDER,
  formatLocation,
  holdersOf,
  oneLine,
  snippetOf,
  sortDisagreements,
  valueOf,
  wrap,
} from './common.js';
import { escapeControl } from './line.js';

const WIDTH = 100;
/** How many warnings are listed before the rest are only counted (unless verbose). */
const WARNINGS_SHOWN = 8;

interface Palette {
  severity(severity: Severity, text: string): string;
  strong(text: string): string;
  dim(text: string): string;
  location(text: string): string;
  highlight(text: string): string;
  warning(text: string): string;
}

function paletteFor(color: boolean): Palette {
  // An explicit level: the caller has already decided whether colour is wanted.
  const chalk: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const bySeverity: Record<Severity, ChalkInstance> = {
    high: chalk.red.bold,
    medium: chalk.yellow.bold,
    low: chalk.cyan.bold,
  };
  return {
    severity: (severity, text) => bySeverity[severity](text),
    strong: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    location: (text) => chalk.underline(text),
    highlight: (text) => chalk.bold.underline(text),
    warning: (text) => chalk.yellow(text),
  };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function header(disagreement: Disagreement, palette: Palette): string[] {
  const tag = `${disagreement.severity.toUpperCase()} ${disagreement.kind}`;
  // The first reason says why the sides are taken to be about one thing; the rest say what lowers the confidence.
  const notes: string[] = [`confidence ${disagreement.confidence.toFixed(2)}: ${escapeControl(disagreement.reasons.join('; '))}`];
  if (disagreement.inferredOnly) notes.push('(rests only on inferred dates)');
  if (disagreement.selfInconsistent.length > 0) notes.push(`self-inconsistent: ${escapeControl(disagreement.selfInconsistent.join(', '))}`);
  const indent = ' '.repeat(tag.length + 2);
  const [first, ...rest] = wrap(escapeControl(disagreement.topic), WIDTH - indent.length);
  const lines = [`${palette.severity(disagreement.severity, tag)}  ${palette.strong(first)}`, ...rest.map((l) => indent + palette.strong(l))];
  for (const note of notes) lines.push(...wrap(note, WIDTH - indent.length).map((l) => indent + palette.dim(l)));
  return lines;
}

function evidenceLines(span: Span, palette: Palette): string[] {
  const indent = '      ';
  const caption = span.caption ? palette.dim(' (photo caption)') : '';
  // Quotes and indent are paid for so the sentence line stays within WIDTH.
  const snippet = snippetOf(span.text, span.excerpt, WIDTH - indent.length - 4);
  let text = escapeControl(snippet.text);
  if (snippet.highlight) {
    const { start, end } = snippet.highlight;
    const raw = snippet.text;
    text = escapeControl(raw.slice(0, start)) + palette.highlight(escapeControl(raw.slice(start, end))) + escapeControl(raw.slice(end));
  }
  return [`    ${palette.location(escapeControl(formatLocation(span)))}${caption}`, `${indent}“${text}”`];
}

function positionLines(position: Position, palette: Palette): string[] {
  const value = escapeControl(valueOf(position));
  const label = escapeControl(oneLine(position.label));
  // The label usually restates the value in words ("March 5, 2024 (per X)"); repeat the value only when the label lacks it.
  // A long normalized value (a quote's words) only repeats the label less readably.
  const shown = !label ? value : label.toLowerCase().includes(value.toLowerCase()) || value.length > 40 ? label : `${value} — ${label}`;
  // Plain-text pieces are measured before colouring so the 100-column budget holds either way.
  const notes: Array<{ text: string; style: (text: string) => string }> = [];
  if (position.inferred) notes.push({ text: '(inferred)', style: palette.dim });
  notes.push({ text: `held by ${escapeControl(holdersOf(position))}`, style: palette.dim });
  // Agreement is worth less when the outlets retell one source: say so when the counts differ.
  const sources = position.sources;
  if (sources && sources.independentSources !== sources.outlets) {
    notes.push({ text: `(${plural(sources.outlets, 'outlet')}, ${plural(sources.independentSources, 'independent source')})`, style: palette.dim });
  }

  const lines: string[] = [];
  const [first, ...rest] = wrap(shown, WIDTH - 4);
  lines.push(`  • ${palette.strong(first)}`);
  rest.forEach((line) => lines.push(`    ${palette.strong(line)}`));
  let lastLength = 4 + (rest.length > 0 ? rest[rest.length - 1] : first).length;
  for (const note of notes) {
    if (lastLength + 2 + note.text.length <= WIDTH) {
      lines[lines.length - 1] += `  ${note.style(note.text)}`;
      lastLength += 2 + note.text.length;
    } else {
      const wrapped = wrap(note.text, WIDTH - 4);
      lines.push(...wrapped.map((line) => `    ${note.style(line)}`));
      lastLength = 4 + wrapped[wrapped.length - 1].length;
    }
  }
  for (const span of position.evidence) lines.push(...evidenceLines(span, palette));
  if (position.evidence.length === 0) lines.push(palette.dim('    (no evidence recorded)'));
  return lines;
}

function warningLines(warning: Warning): string[] {
  // Messages from input collection already open with the file name; do not say it twice.
  const where = warning.path && !warning.message.startsWith(warning.path) ? `${warning.path}${warning.line ? `:${warning.line}` : ''}: ` : '';
  const [first, ...rest] = wrap(escapeControl(`${where}${warning.message} [${warning.code}]`), WIDTH - 4);
  return [`  ${first}`, ...rest.map((line) => `    ${line}`)];
}

function summaryLines(report: Report, palette: Palette): string[] {
  const { summary } = report;
  const lines: string[] = [];
  const read = `Read ${plural(summary.documentsChecked, 'document')}`;
  const skipped = summary.documentsSkipped > 0 ? `, skipped ${summary.documentsSkipped}` : '';
  lines.push(`${read}${skipped}; ${plural(summary.assertions, 'assertion')} extracted.`);
  for (const file of report.skipped) lines.push(palette.dim(`  skipped ${escapeControl(file.path)}: ${escapeControl(oneLine(file.reason))}`));
  const total = SEVERITY_ORDER.reduce((sum, s) => sum + (summary.disagreements[s] ?? 0), 0);
  if (total === 0) {
    lines.push('0 disagreements.');
  } else {
    const counts = SEVERITY_ORDER.map((s) => palette.severity(s, `${summary.disagreements[s] ?? 0} ${s}`)).join(', ');
    lines.push(`${plural(total, 'disagreement')}: ${counts}.`);
  }
  if (summary.belowConfidence > 0) {
    lines.push(palette.dim(`${plural(summary.belowConfidence, 'less certain disagreement')} under confidence ${summary.minConfidence} left out (--min-confidence 0 shows them).`));
  }
  return lines;
}

export function formatTable(report: Report, options: FormatOptions): string {
  const palette = paletteFor(options.color);
  const out: string[] = [];
  const disagreements = sortDisagreements(report.disagreements);

  if (disagreements.length === 0) {
    out.push(`No disagreements found across ${plural(report.summary.documentsChecked, 'document')}.`);
  }
  for (const disagreement of disagreements) {
    out.push(...header(disagreement, palette));
    for (const position of disagreement.positions) out.push(...positionLines(position, palette));
    out.push('');
  }

  if (report.warnings.length > 0) {
    if (disagreements.length === 0) out.push('');
    out.push(palette.warning(`${plural(report.warnings.length, 'warning')}:`));
    const shown = options.verbose ? report.warnings : report.warnings.slice(0, WARNINGS_SHOWN);
    out.push(...shown.flatMap(warningLines));
    const hidden = report.warnings.length - shown.length;
    if (hidden > 0) out.push(palette.dim(`  … and ${plural(hidden, 'more warning')} (verbose output lists them all)`));
    out.push('');
  } else if (disagreements.length === 0) {
    out.push('');
  }

  out.push(...summaryLines(report, palette));
  return `${out.join('\n')}\n`;
}
