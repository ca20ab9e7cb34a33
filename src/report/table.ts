// The human-readable report for a terminal: one block per disagreement, fitted to the terminal's width.
// Text is measured in terminal cells (string-width: CJK and most emoji take two, combining marks none) and
// wrapped here; cli-table3 lays the wrapped cells out in columns, without borders, so lines end where their
// text ends and stay easy to copy, grep and click.
import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Disagreement, Position, Report, Severity, Span, Warning } from '../types.js';
import { type FormatOptions, SEVERITY_ORDER, formatLocation, holdersOf, oneLine, snippetOf, sortDisagreements, valueOf } from './common.js';
import { escapeControl } from './line.js';

/** Width used when the caller does not know the terminal's (output to a pipe or a file). */
export const DEFAULT_COLUMNS = 80;
/** Narrower terminals still get this many columns: below it the hanging indents leave too little room. */
export const MIN_COLUMNS = 40;
/** How many warnings are listed before the rest are only counted (unless verbose). */
const WARNINGS_SHOWN = 8;
/** The bullet column of a side: `  • `. */
const BULLET_GUTTER = 4;

/** The report's width for `options.columns`: the default when unknown, never below MIN_COLUMNS. */
export function tableWidth(columns: number | undefined): number {
  if (columns === undefined || !Number.isFinite(columns) || columns <= 0) return DEFAULT_COLUMNS;
  return Math.max(MIN_COLUMNS, Math.floor(columns));
}

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

// ───────────────────────────── measuring and wrapping ─────────────────────────────

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Splits text into lines at most `width` terminal cells wide, at spaces. A word wider than a line (a long path,
 * a run of Chinese or Japanese text, which has no spaces) is broken between characters, never inside one.
 */
export function wrapCells(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const flush = (): void => {
    if (line) lines.push(line);
    line = '';
    used = 0;
  };
  for (const word of oneLine(text).split(' ')) {
    if (word === '') continue;
    const size = stringWidth(word);
    if (line && used + 1 + size <= width) {
      line += ` ${word}`;
      used += 1 + size;
      continue;
    }
    if (size <= width) {
      flush();
      line = word;
      used = size;
      continue;
    }
    // Too wide for any line: fill the rest of this one, then break between characters.
    if (line && used + 2 <= width) {
      line += ' ';
      used += 1;
    } else {
      flush();
    }
    for (const { segment } of graphemes.segment(word)) {
      const cells = stringWidth(segment);
      if (used + cells > width && line) flush();
      line += segment;
      used += cells;
    }
  }
  flush();
  return lines.length > 0 ? lines : [''];
}

/** A note that follows text on the same line when it fits there, else wraps on lines of its own. */
interface Note {
  text: string;
  style: (text: string) => string;
}

/** Lines of `text` (styled) followed by `notes`, each note on the last line when it still fits. */
function textWithNotes(text: string, style: (text: string) => string, notes: readonly Note[], width: number): string[] {
  const plainLines = wrapCells(text, width);
  const lines = plainLines.map(style);
  // Plain-text pieces are measured before colouring, so the width holds either way.
  let used = stringWidth(plainLines[plainLines.length - 1]!);
  for (const note of notes) {
    const size = stringWidth(note.text);
    if (used > 0 && used + 2 + size <= width) {
      lines[lines.length - 1] += `  ${note.style(note.text)}`;
      used += 2 + size;
    } else {
      const wrapped = wrapCells(note.text, width);
      lines.push(...wrapped.map(note.style));
      used = stringWidth(wrapped[wrapped.length - 1]!);
    }
  }
  return lines;
}

// ───────────────────────────── layout ─────────────────────────────

const NO_BORDERS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '',
};

/**
 * One disagreement as a borderless table of three columns: the bullet gutter, the rest of the tag's width, and
 * the text. The header row's tag spans the first two columns, a side's text spans the last two, so the topic
 * hangs after its tag and the sides hang after their bullets.
 */
function disagreementBlock(disagreement: Disagreement, palette: Palette, width: number): string {
  const tag = `${disagreement.severity.toUpperCase()} ${disagreement.kind}`;
  const tagGutter = Math.max(stringWidth(tag) + 2, BULLET_GUTTER + 1);
  const table = new Table({
    chars: NO_BORDERS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    // cli-table3 counts one border cell between spanned columns even when the border is empty.
    colWidths: [BULLET_GUTTER, tagGutter - BULLET_GUTTER - 1],
    wordWrap: false,
  });
  table.push([{ content: palette.severity(disagreement.severity, tag), colSpan: 2 }, headerLines(disagreement, palette, width - tagGutter).join('\n')]);
  for (const position of disagreement.positions) {
    table.push([
      { content: '•', style: { 'padding-left': 2, 'padding-right': 1 } },
      { content: positionLines(position, palette, width - BULLET_GUTTER).join('\n'), colSpan: 2 },
    ]);
  }
  // Cells are padded to the widest line; a line ends where its text does.
  return table
    .toString()
    .split('\n')
    .map((line) => line.replace(/ +$/, ''))
    .join('\n');
}

function headerLines(disagreement: Disagreement, palette: Palette, width: number): string[] {
  // The first reason says why the sides are taken to be about one thing; the rest say what lowers the confidence.
  const notes: string[] = [`confidence ${disagreement.confidence.toFixed(2)}: ${escapeControl(disagreement.reasons.join('; '))}`];
  if (disagreement.inferredOnly) notes.push('(rests only on inferred dates)');
  if (disagreement.selfInconsistent.length > 0) notes.push(`self-inconsistent: ${escapeControl(disagreement.selfInconsistent.join(', '))}`);
  const lines = wrapCells(escapeControl(disagreement.topic), width).map(palette.strong);
  for (const note of notes) lines.push(...wrapCells(note, width).map(palette.dim));
  return lines;
}

function positionLines(position: Position, palette: Palette, width: number): string[] {
  const value = escapeControl(valueOf(position));
  const label = escapeControl(oneLine(position.label));
  // The label usually restates the value in words ("March 5, 2024 (per X)"); repeat the value only when the label lacks it.
  // A long normalized value (a quote's words) only repeats the label less readably.
  const shown = !label ? value : label.toLowerCase().includes(value.toLowerCase()) || value.length > 40 ? label : `${value} — ${label}`;
  const notes: Note[] = [];
  if (position.inferred) notes.push({ text: '(inferred)', style: palette.dim });
  notes.push({ text: `held by ${escapeControl(holdersOf(position))}`, style: palette.dim });
  // Agreement is worth less when the outlets retell one source: say so when the counts differ.
  const sources = position.sources;
  if (sources && sources.independentSources !== sources.outlets) {
    notes.push({ text: `(${plural(sources.outlets, 'outlet')}, ${plural(sources.independentSources, 'independent source')})`, style: palette.dim });
  }
  const lines = textWithNotes(shown, palette.strong, notes, width);
  for (const span of position.evidence) lines.push(...evidenceLines(span, palette, width));
  if (position.evidence.length === 0) lines.push(palette.dim('(no evidence recorded)'));
  return lines;
}

/** Where the evidence is (`file:line:col`, whole on its line when it fits) and its sentence, cut around the excerpt. */
function evidenceLines(span: Span, palette: Palette, width: number): string[] {
  const location = wrapCells(escapeControl(formatLocation(span)), width);
  const lines = location.map(palette.location);
  if (span.caption) {
    const caption = '(photo caption)';
    if (stringWidth(location[location.length - 1]!) + 1 + caption.length <= width) lines[lines.length - 1] += ` ${palette.dim(caption)}`;
    else lines.push(palette.dim(caption));
  }
  // The sentence line is indented two cells and quoted: four cells are paid for.
  const snippet = fittedSnippet(span, width - 4);
  let text = escapeControl(snippet.text);
  if (snippet.highlight) {
    const { start, end } = snippet.highlight;
    const raw = snippet.text;
    text = escapeControl(raw.slice(0, start)) + palette.highlight(escapeControl(raw.slice(start, end))) + escapeControl(raw.slice(end));
  }
  lines.push(`  “${text}”`);
  return lines;
}

/** The sentence cut to at most `width` cells: wide characters fit fewer to a line, so the cut is tried until it fits. */
function fittedSnippet(span: Span, width: number): ReturnType<typeof snippetOf> {
  let budget = width;
  for (;;) {
    const snippet = snippetOf(span.text, span.excerpt, budget);
    const over = stringWidth(escapeControl(snippet.text)) - width;
    if (over <= 0 || budget <= 3) return snippet;
    budget = Math.max(3, budget - Math.max(1, Math.ceil(over / 2)));
  }
}

/** A list item: indented two cells, its continuation lines four. */
function listItem(text: string, width: number, style: (text: string) => string = (line) => line): string[] {
  const [first, ...rest] = wrapCells(text, width - 4);
  return [style(`  ${first}`), ...rest.map((line) => style(`    ${line}`))];
}

function warningLines(warning: Warning, width: number): string[] {
  // Messages from input collection already open with the file name; do not say it twice.
  const where = warning.path && !warning.message.startsWith(warning.path) ? `${warning.path}${warning.line ? `:${warning.line}` : ''}: ` : '';
  return listItem(escapeControl(`${where}${warning.message} [${warning.code}]`), width);
}

function summaryLines(report: Report, palette: Palette, width: number): string[] {
  const { summary } = report;
  const lines: string[] = [];
  const read = `Read ${plural(summary.documentsChecked, 'document')}`;
  const skipped = summary.documentsSkipped > 0 ? `, skipped ${summary.documentsSkipped}` : '';
  lines.push(...wrapCells(`${read}${skipped}; ${plural(summary.assertions, 'assertion')} extracted.`, width));
  for (const file of report.skipped) lines.push(...listItem(`skipped ${escapeControl(file.path)}: ${escapeControl(oneLine(file.reason))}`, width, palette.dim));
  const total = SEVERITY_ORDER.reduce((sum, s) => sum + (summary.disagreements[s] ?? 0), 0);
  if (total === 0) {
    lines.push('0 disagreements.');
  } else {
    // One line whenever it fits (always at the default width: a saved table is recognised by it).
    const counts = SEVERITY_ORDER.map((s) => ({ severity: s, text: `${summary.disagreements[s] ?? 0} ${s}` }));
    const plain = `${plural(total, 'disagreement')}: ${counts.map((c) => c.text).join(', ')}.`;
    if (stringWidth(plain) <= width) lines.push(`${plural(total, 'disagreement')}: ${counts.map((c) => palette.severity(c.severity, c.text)).join(', ')}.`);
    else lines.push(...wrapCells(plain, width));
  }
  if (summary.belowConfidence > 0) {
    const text = `${plural(summary.belowConfidence, 'less certain disagreement')} under confidence ${summary.minConfidence} left out (--min-confidence 0 shows them).`;
    lines.push(...wrapCells(text, width).map(palette.dim));
  }
  return lines;
}

export function formatTable(report: Report, options: FormatOptions): string {
  const palette = paletteFor(options.color);
  const width = tableWidth(options.columns);
  const out: string[] = [];
  const disagreements = sortDisagreements(report.disagreements);

  if (disagreements.length === 0) {
    out.push(...wrapCells(`No disagreements found across ${plural(report.summary.documentsChecked, 'document')}.`, width));
  }
  for (const disagreement of disagreements) {
    out.push(disagreementBlock(disagreement, palette, width));
    out.push('');
  }

  if (report.warnings.length > 0) {
    if (disagreements.length === 0) out.push('');
    out.push(palette.warning(`${plural(report.warnings.length, 'warning')}:`));
    const shown = options.verbose ? report.warnings : report.warnings.slice(0, WARNINGS_SHOWN);
    out.push(...shown.flatMap((warning) => warningLines(warning, width)));
    const hidden = report.warnings.length - shown.length;
    if (hidden > 0) out.push(...listItem(`… and ${plural(hidden, 'more warning')} (verbose output lists them all)`, width, palette.dim));
    out.push('');
  } else if (disagreements.length === 0) {
    out.push('');
  }

  out.push(...summaryLines(report, palette, width));
  return `${out.join('\n')}\n`;
}
