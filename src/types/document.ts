// The data model, part 1: inputs, documents, blocks, spans and sentences (ingest and text).
import type { Warning } from './report.js';
/** ISO 8601 calendar value at some granularity: `2024-03-14`, `2024-03`, `2024-W11`, `2024`. */
export type IsoValue = string;

export type Severity = 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

// ───────────────────────────── ingest ─────────────────────────────

export type SourceFormat = 'txt' | 'md' | 'html';

/** What the CLI hands to the core: the file's decoded content and anything the user said about it. */
export interface RawInput {
  /** Path as the user should see it (relative to the working directory), or `-` for stdin. */
  path: string;
  content: string;
  format: SourceFormat;
  /** Metadata from a sidecar/manifest/config the user wrote; wins over anything found in the text. */
  userMetadata?: UserMetadata;
}

export interface UserMetadata {
  outlet?: string;
  published?: string;
  url?: string;
  title?: string;
}

/** Where a piece of metadata came from, strongest first. */
export type MetadataSource = 'user' | 'front-matter' | 'text' | 'filename';

export interface PublicationDate {
  /** `YYYY-MM-DD` of the publication in its own timezone: the anchor for relative dates. */
  date: string;
  /** `HH:MM` or `HH:MM:SS` when stated. */
  time?: string;
  /** Timezone as stated (`IST`, `+05:30`, `EDT`) when stated. */
  timezone?: string;
  /** Full ISO 8601 date-time when time and a resolvable zone offset are known. */
  iso?: string;
  source: MetadataSource;
  /** The line the date was read from, when it came from the text. */
  evidence?: Span;
}

export interface Metadata<T> {
  value: T;
  source: MetadataSource;
}

/** Kind of a block of text in a document. Only `body`, `heading`, `list-item` and `caption` are read for assertions. */
export type BlockKind = 'body' | 'heading' | 'list-item' | 'caption' | 'furniture' | 'metadata';

/** A paragraph-like run of the cleaned text. Offsets index `Document.text`. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Why a block is furniture/metadata (the rule that matched), for `--debug` and tests. */
  reason?: string;
}

/** Maps a run of `Document.text` back to the original file. */
export interface TextSegment {
  /** Start offset in `Document.text`. */
  textStart: number;
  /** Start offset in the original file content. */
  sourceStart: number;
  length: number;
}

export interface Document {
  /** Stable id: a hash of the path and content. */
  id: string;
  path: string;
  format: SourceFormat;
  outlet: Metadata<string> | null;
  published: PublicationDate | null;
  title: Metadata<string> | null;
  url: string | null;
  byline: string | null;
  /** Cleaned article text. For plain text it equals the original minus front matter, offsets shifted. */
  text: string;
  blocks: Block[];
  /** Runs of `text` mapped to the original content; see ingest/linemap. */
  segments: TextSegment[];
  /** Offsets of line starts in the original content (for line/column). */
  sourceLineStarts: number[];
  /** Warnings raised while reading this document (no date found, ...). */
  warnings: Warning[];
}

// ───────────────────────────── text ─────────────────────────────

/** A location in a source file, 1-based line and column (columns count UTF-16 code units + 1). */
export interface Span {
  docId: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The sentence the evidence sits in, as it reads in the cleaned text. */
  text: string;
  /** The part of the sentence that carries the evidence (a date, a quote...), when narrower than the sentence. */
  excerpt?: string;
  /** Set when the sentence is a photo caption: it may carry facts, but is marked so. */
  caption?: boolean;
}

export interface Sentence {
  docId: string;
  /** Index of the sentence in its document. */
  index: number;
  /** Offsets into `Document.text`. */
  start: number;
  end: number;
  text: string;
  blockKind: BlockKind;
  /** Index of the block (paragraph) the sentence belongs to. */
  blockIndex: number;
}
