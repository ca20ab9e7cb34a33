// Helpers shared by the report formatters: ordering, locating, naming sides, trimming sentences.
// Everything here is pure: paths are treated as strings, never touched on disk.
import type { Disagreement, DisagreementKind, Position, Severity, Span } from '../types.js';
import { DISAGREEMENT_KINDS, SEVERITY_ORDER } from '../compare/registry.js';

export interface FormatOptions {
  /** Only the table and timeline formatters use it; the CLI decides it from NO_COLOR / --no-color / TTY. */
  color: boolean;
  /** Working directory, to turn absolute evidence paths into repository-relative ones (sarif, github). */
  cwd?: string;
  /** Version written into the SARIF driver; defaults to `report.tool.version`. */
  toolVersion?: string;
  /** Home page written into the SARIF driver (the project's repository or package page). */
  informationUri?: string;
  /** Check mode: paths of the new articles; results are located in them when they hold evidence. */
  focusPaths?: string[];
  /** Show everything (all warnings) instead of a short digest. */
  verbose?: boolean;
  /** Terminal width for the table (the CLI passes the terminal's, 80 when unknown or not a terminal). */
  columns?: number;
}

export { SEVERITY_ORDER };

/** Order in which kinds are listed when severities tie: hard facts before softer ones. */
export const KIND_ORDER: readonly DisagreementKind[] = DISAGREEMENT_KINDS;

function rankOf<T>(order: readonly T[], value: T): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}

/** Most severe first, then by kind, then by topic; ties keep the input order (Array.sort is stable). */
export function sortDisagreements(disagreements: readonly Disagreement[]): Disagreement[] {
  return [...disagreements].sort(
    (a, b) =>
      rankOf(SEVERITY_ORDER, a.severity) - rankOf(SEVERITY_ORDER, b.severity) ||
      rankOf(KIND_ORDER, a.kind) - rankOf(KIND_ORDER, b.kind) ||
      a.topic.localeCompare(b.topic),
  );
}

/** Collapses runs of whitespace (newlines included) so one item stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Forward slashes, no leading `./`: the form paths are compared and printed in. */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/** The path relative to `cwd` when it lies under it; otherwise the normalized path unchanged. */
export function relativePath(path: string, cwd?: string): string {
  const normalized = normalizePath(path);
  if (!cwd || !isAbsolutePath(normalized)) return normalized;
  const base = normalizePath(cwd).replace(/\/+$/, '');
  return normalized.startsWith(`${base}/`) ? normalized.slice(base.length + 1) : normalized;
}

function samePath(a: string, b: string, cwd?: string): boolean {
  return relativePath(a, cwd) === relativePath(b, cwd);
}

export function inFocus(path: string, focusPaths: readonly string[] | undefined, cwd?: string): boolean {
  return (focusPaths ?? []).some((focus) => samePath(path, focus, cwd));
}

export interface PrimaryLocation {
  positionIndex: number;
  span: Span;
}

/**
 * Where a disagreement is reported: the first evidence lying in a focus path (check mode: the new
 * article), else the first evidence of the first position that has any. Undefined when no position
 * carries evidence at all.
 */
export function primaryLocation(disagreement: Disagreement, options: Pick<FormatOptions, 'focusPaths' | 'cwd'>): PrimaryLocation | undefined {
  const { positions } = disagreement;
  if (options.focusPaths && options.focusPaths.length > 0) {
    for (let positionIndex = 0; positionIndex < positions.length; positionIndex++) {
      const span = positions[positionIndex].evidence.find((e) => inFocus(e.path, options.focusPaths, options.cwd));
      if (span) return { positionIndex, span };
    }
  }
  for (let positionIndex = 0; positionIndex < positions.length; positionIndex++) {
    const span = positions[positionIndex].evidence[0];
    if (span) return { positionIndex, span };
  }
  return undefined;
}

export function formatLocation(span: Span): string {
  return `${span.path}:${span.line}:${span.column}`;
}

function basename(path: string): string {
  const normalized = normalizePath(path);
  return normalized.slice(normalized.lastIndexOf('/') + 1);
}

/** Who holds a position: its outlets, or the file names when no outlet is known. */
export function holdersOf(position: Position): string {
  if (position.outlets.length > 0) return position.outlets.join(', ');
  const files = position.documents.length > 0 ? position.documents : position.evidence.map((e) => e.path);
  const unique = [...new Set(files.map(basename))];
  return unique.length > 0 ? unique.join(', ') : 'unknown source';
}

/** The value as printed: the normalized value, which is short and comparable at a glance. */
export function valueOf(position: Position, kind?: DisagreementKind): string {
  // Quotes and figures are normalized for comparison ("40% of tariffs" → 40); a message must show the words as written.
  if ((kind === 'quote' || kind === 'number') && position.label) return oneLine(position.label);
  return oneLine(position.value || position.label || '(empty)');
}

/** `topic: A (outlets) vs B (outlets)`, on one line. */
export function describeDisagreement(disagreement: Disagreement): string {
  const sides = disagreement.positions.map((p) => `${valueOf(p, disagreement.kind)} (${holdersOf(p)})`).join(' vs ');
  return `${oneLine(disagreement.topic)}: ${sides}${qualifierSuffix(disagreement)}`;
}

/** Notes that change how much a reader should trust the disagreement. */
export function qualifierSuffix(disagreement: Disagreement, brackets: [string, string] = ['[', ']']): string {
  const notes: string[] = [];
  if (disagreement.inferredOnly) notes.push('rests only on inferred dates');
  if (disagreement.selfInconsistent.length > 0) notes.push(`self-inconsistent: ${disagreement.selfInconsistent.join(', ')}`);
  return notes.length > 0 ? ` ${brackets[0]}${notes.join('; ')}${brackets[1]}` : '';
}

export interface Snippet {
  text: string;
  /** Offsets of the evidence excerpt inside `text`, when it is visible there. */
  highlight?: { start: number; end: number };
}

const ELLIPSIS = '…';

/**
 * Cuts a sentence to at most `width` characters, centred on the excerpt when there is one,
 * marking cuts with an ellipsis. Cuts prefer word boundaries so words are not split.
 */
export function snippetOf(sentence: string, excerpt: string | undefined, width = 100): Snippet {
  const text = oneLine(sentence);
  const wanted = excerpt ? oneLine(excerpt) : '';
  let at = wanted ? text.indexOf(wanted) : -1;
  if (at === -1 && wanted) at = text.toLowerCase().indexOf(wanted.toLowerCase());
  const found = at !== -1 && wanted.length > 0;

  if (text.length <= width) {
    return found ? { text, highlight: { start: at, end: at + wanted.length } } : { text };
  }

  // Room for the sentence once both ellipses are paid for.
  const room = Math.max(1, width - 2);
  let start: number;
  if (found) {
    const middle = at + Math.floor(Math.min(wanted.length, room) / 2);
    start = Math.max(0, Math.min(middle - Math.floor(room / 2), text.length - room));
  } else {
    start = 0;
  }
  let end = Math.min(text.length, start + room);

  // Snap inwards to word boundaries when that loses little and keeps the excerpt whole.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space - start < 15 && (!found || space < at)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && end - space < 15 && (!found || space >= at + wanted.length)) end = space;
  }

  const head = start > 0 ? ELLIPSIS : '';
  const tail = end < text.length ? ELLIPSIS : '';
  const body = text.slice(start, end).trim();
  const bodyOffset = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  const out = `${head}${body}${tail}`;
  if (!found) return { text: out };
  const hlStart = at - start - bodyOffset + head.length;
  const hlEnd = Math.min(hlStart + wanted.length, head.length + body.length);
  return hlStart >= head.length && hlEnd > hlStart ? { text: out, highlight: { start: hlStart, end: hlEnd } } : { text: out };
}

/** Splits text into lines of at most `width` characters at spaces (a longer word gets its own line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of oneLine(text).split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [''];
}
