// Maps offsets in a Document's cleaned text back to 1-based line/column positions in the original file.
import type { Document, Span, TextSegment } from '../types.js';

/** Offsets at which each line of `content` starts. `\n`, `\r\n` and a lone `\r` all end a line. */
export function lineStartsOf(content: string): number[] {
  const starts = [0];
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (code === 10) {
      starts.push(i + 1);
    } else if (code === 13) {
      // A CRLF pair is one line break: let the `\n` record it.
      if (content.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
  }
  return starts;
}

/** Index of the last element of `sorted` that is <= `value` (or -1). */
function lastAtOrBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= value) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

function segmentIndexFor(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (segments[mid].textStart <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Offset in the original content that `offset` in `doc.text` came from. */
export function sourceOffsetOf(doc: Pick<Document, 'segments'>, offset: number): number {
  const { segments } = doc;
  if (segments.length === 0) return Math.max(0, offset);
  const index = segmentIndexFor(segments, offset);
  // Before the first segment (text the extractor added, e.g. nothing mapped yet): use the first segment's start.
  if (index < 0) return segments[0].sourceStart;
  const segment = segments[index];
  const delta = offset - segment.textStart;
  // Offsets in gaps between segments (separators the cleaner inserted) clamp to the end of the run before them.
  return segment.sourceStart + Math.min(delta, segment.length);
}

/** 1-based line and column (UTF-16 units) in the original file for an offset in `doc.text`. */
export function locate(
  doc: Pick<Document, 'segments' | 'sourceLineStarts'>,
  offset: number,
): { line: number; column: number } {
  const sourceOffset = sourceOffsetOf(doc, offset);
  const starts = doc.sourceLineStarts.length > 0 ? doc.sourceLineStarts : [0];
  const lineIndex = Math.max(0, lastAtOrBelow(starts, sourceOffset));
  return { line: lineIndex + 1, column: sourceOffset - starts[lineIndex] + 1 };
}

/** A Span over `doc.text[start, end)`, with line/column in the original file and the covered text. */
export function spanOf(
  doc: Pick<Document, 'id' | 'path' | 'text' | 'segments' | 'sourceLineStarts'>,
  start: number,
  end: number,
): Span {
  const from = locate(doc, start);
  const to = locate(doc, Math.max(start, end));
  return {
    docId: doc.id,
    path: doc.path,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    text: doc.text.slice(start, end),
  };
}
