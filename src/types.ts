// The data model shared by every stage. Each stage is a pure function from one of these types to the next:
// ingest (RawInput → Document) → text (Document → Sentence[]) → extract (Sentence → Assertion[])
// → resolve (entities, dates anchored) → align (AlignedGroup[]) → compare (Disagreement[]) → report.

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

// ───────────────────────────── time ─────────────────────────────

export type Granularity = 'day' | 'week' | 'month' | 'year' | 'interval' | 'unknown';

/** How a date was fixed: read whole from the text, or with parts filled in. */
export type Inference =
  | 'year-from-publication'
  | 'year-from-story'
  | 'weekday-from-publication'
  | 'relative-to-publication'
  | 'relative-to-event'
  | 'tense-direction'
  /** A claim the article states as plain fact, with no word of doubt, in a story where others call it false. */
  | 'reported-as-fact';

/** A temporal expression found in text, normalized where possible. */
export interface Timex {
  /** Offsets into the text that was tagged. */
  start: number;
  end: number;
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TimeML-style value: `2024-03-14`, `2024-03`, `2024-W11`, `P3D`, `PRESENT_REF`; null when it cannot be resolved. */
  value: string | null;
  granularity: Granularity;
  /** Inclusive calendar interval covered, `YYYY-MM-DD`, when the value is a date. */
  range: { start: string; end: string } | null;
  /** Which parts were inferred rather than stated. Empty means fully stated. */
  inferred: Inference[];
  /** Anchored to another expression (e.g. "the next day") that the resolve stage must fix. */
  anaphoric?: { offsetDays: number; relation: 'after' | 'before' | 'same' };
}

// ───────────────────────────── entities ─────────────────────────────

export type EntityType = 'person' | 'organization' | 'place';

export interface Mention {
  docId: string;
  sentenceIndex: number;
  /** Offsets into `Document.text`. */
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Filled by the resolve stage. */
  entityId?: string;
  /** Set when the mention is a pronoun resolved to a person. */
  pronoun?: boolean;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical display name (the longest full form seen). */
  name: string;
  aliases: string[];
  mentions: Mention[];
}

// ───────────────────────────── assertions ─────────────────────────────

export type AssertionKind = 'event' | 'statement' | 'quote' | 'authenticity' | 'figure' | 'role';

/** `incident`: something that happened to or was done by someone — a quake, a blast, a verdict, an arrest. */
export type EventType = 'communication' | 'meeting' | 'visit' | 'publication' | 'statement' | 'incident';

/** A participant or speaker as written, and the entity it resolves to. */
export interface EntityRef {
  text: string;
  entityId?: string;
  /** Canonical name after resolve (falls back to `text`). */
  name?: string;
}

interface AssertionBase {
  id: string;
  kind: AssertionKind;
  docId: string;
  sentenceIndex: number;
  /** What the assertion is about, in words ("call between A and B"). */
  subject: string;
  /** Human-readable value as the text puts it. */
  value: string;
  /** Normalized value used for comparison (ISO date, decimal, stance...). */
  normalized: string;
  /** Parts of the value that the text did not state but were inferred (empty: all stated). */
  inferred: Inference[];
  /** The person/organisation the text attributes it to, when reported speech. */
  speaker?: EntityRef;
  evidence: Span[];
  /**
   * What the assertion is a value of, for assertions that can be compared: the thing it is about (an entity or
   * an event, resolved across articles) and the attribute. Two assertions are compared only when keys match.
   */
  key?: FactKey;
  /**
   * The assertion's source chain: its outlet first, then the wire credit or reprint group of its article, then the
   * original sources its sentence (or its article, about the same people) says it relies on. Set by resolve.
   */
  sources?: SourceRef[];
}

/**
 * One link of a source chain. `outlet`: the article's own outlet. `wire`: a wire credit in a dateline or byline.
 * `reprint`: the article's body is near-identical to another's (named by that one's outlet): one source.
 * `according-to`, `reported-by`, `reviewed-by` ("X said it had reviewed", "obtained by X"), `told` (the remark
 * was given to X; X is not the speaker): an original source the text names.
 */
export interface SourceRef {
  name: string;
  /** Normalised name for comparison ("the Wall Street Journal's" → "wall street journal"). */
  key: string;
  relation: 'outlet' | 'wire' | 'reprint' | 'according-to' | 'reported-by' | 'reviewed-by' | 'told';
  /** Whether the credit is in the assertion's own sentence or elsewhere in its article. */
  scope?: 'sentence' | 'article';
  /** The sentence that names the source. */
  evidence?: Span;
}

/** "The injured of this shooting", "the age of this person": the identity of a comparable fact. */
export interface FactKey {
  /** A stable key of the entity or event (an entity id, an event group id, a story-level incident). */
  about: string;
  /** The attribute: `date`, `deaths`, `injured`, `age`, `magnitude`, `authenticity`… */
  attribute: string;
  /** Readable form of `about`: "Brian Nichols", "the shooting". */
  label: string;
}

export interface EventAssertion extends AssertionBase {
  kind: 'event';
  eventType: EventType;
  /** The trigger word as written ("call", "spoke", "published"). */
  trigger: string;
  participants: EntityRef[];
  time: Timex | null;
  /** Time given relative to another event ("a day before the president met X"), fixed by the resolve stage. */
  anchor?: EventAnchor;
  /** Where it happened, when the clause says ("met in Geneva"): two meetings in different places are two events. */
  place?: string;
  /** "first", "second" …: the text numbers its occasions, so different numbers are different events. */
  ordinal?: number;
}

export interface EventAnchor {
  offsetDays: number;
  relation: 'before' | 'after';
  eventType: EventType;
  participants: EntityRef[];
  /** The clause naming the other event, as written. */
  text: string;
}

export interface StatementAssertion extends AssertionBase {
  kind: 'statement';
  /** The reporting verb ("said", "told", "denied"). */
  verb: string;
  /** What was said (quote or paraphrase). */
  content: string;
  /** Who was told, when stated. */
  addressee?: string;
  time: Timex | null;
}

export interface QuoteAssertion extends AssertionBase {
  kind: 'quote';
  /** The quoted words without quote marks. */
  quote: string;
  /** True for a partial quote inside paraphrase. */
  partial: boolean;
}

export type Stance = 'authentic' | 'fake' | 'unconfirmed';

export interface AuthenticityAssertion extends AssertionBase {
  kind: 'authenticity';
  stance: Stance;
  /** Who holds the stance (the speaker, or the outlet itself when it states it). */
  holder: EntityRef;
  /** The thing judged: "recording", "transcript", "report on a May 2 call". */
  target: string;
  /** Hedges kept as qualifiers ("seemingly", "reportedly"). */
  qualifiers: string[];
}

export interface FigureAssertion extends AssertionBase {
  kind: 'figure';
  quantity: number;
  /** Upper bound for ranges ("between 30 and 40"). */
  upper?: number;
  /** Whose quantity it is, when the sentence's structure says: "Smith, 34," → Smith (for ages). */
  owner?: EntityRef;
  qualifier: 'exact' | 'at-least' | 'at-most' | 'about' | 'more-than' | 'less-than';
  unit: string | null;
  /** What is counted ("people killed", "point plan"). */
  counted: string;
}

export interface RoleAssertion extends AssertionBase {
  kind: 'role';
  person: EntityRef;
  role: string;
}

export type Assertion =
  | EventAssertion
  | StatementAssertion
  | QuoteAssertion
  | AuthenticityAssertion
  | FigureAssertion
  | RoleAssertion;

/** What an extractor sees besides the sentence itself. */
export interface ExtractContext {
  document: Document;
  sentences: Sentence[];
  /** Entity mentions in this sentence (offsets into Document.text). */
  mentions: Mention[];
  /** Temporal expressions in this sentence, offsets into Document.text, resolved against publication. */
  timexes: Timex[];
  /** Returns a span for a range of `Document.text` within this sentence. */
  spanOf(start: number, end: number): Span;
  /** Makes an id unique within the document for this extractor. */
  nextId(prefix: string): string;
}

export interface Extractor {
  name: string;
  kinds: AssertionKind[];
  extract(sentence: Sentence, ctx: ExtractContext): Assertion[];
}

// ───────────────────────────── report ─────────────────────────────

export type DisagreementKind = 'date' | 'number' | 'authenticity' | 'attribution' | 'quote' | 'single-source';

/** How many outlets hold a position and how many independent sources they rest on. */
export interface PositionSources {
  outlets: number;
  /** Distinct original sources, counting an article that names none (or only itself) as its own source and a group of reprints as one. */
  independentSources: number;
  /** Names of the original sources the position's articles credit. */
  originals: string[];
}

export interface Position {
  /** Normalized value (ISO date, decimal, stance, speaker name...). */
  value: string;
  /** Human label: "March 12, 2024". */
  label: string;
  outlets: string[];
  /** Paths of the documents holding this position. */
  documents: string[];
  evidence: Span[];
  /** True when every piece of evidence needs inference (a year filled in, a weekday resolved). */
  inferred: boolean;
  /** How many outlets and independent sources hold it (set by the pipeline from the assertions' sources). */
  sources?: PositionSources;
}

export interface Disagreement {
  /** Stable across runs: a hash of kind, topic key and the set of position values. */
  id: string;
  kind: DisagreementKind;
  severity: Severity;
  /** A readable sentence saying what is disputed. */
  topic: string;
  positions: Position[];
  /** Documents that hold more than one of the positions. */
  selfInconsistent: string[];
  /** True when the disagreement rests only on inferred values. */
  inferredOnly: boolean;
  /**
   * How sure crosscheck is that the sides are about the same thing and really differ (0–1). The default report
   * leaves out those under `minConfidence`.
   */
  confidence: number;
  /** Why: what makes the sides the same thing (or not quite), stated against inferred values. */
  reasons: string[];
}

export interface TimelineEvent {
  id: string;
  type: EventType;
  /** Normalized ISO date (the most supported one when outlets differ). */
  date: IsoValue;
  /** Readable: "Call between A and B". */
  label: string;
  participants: string[];
  outlets: string[];
  /** Other dates given to the same event by some outlets. */
  conflictingDates: IsoValue[];
  inferred: boolean;
  evidence: Span[];
}

export interface Warning {
  code: string;
  message: string;
  path?: string;
  line?: number;
}

export interface DocumentSummary {
  id: string;
  path: string;
  outlet: string | null;
  outletSource: MetadataSource | null;
  published: string | null;
  publishedSource: MetadataSource | null;
  title: string | null;
  sentences: number;
  assertions: number;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface Report {
  schemaVersion: string;
  tool: { name: string; version: string };
  documents: DocumentSummary[];
  skipped: SkippedFile[];
  entities: Array<{ id: string; name: string; type: EntityType; aliases: string[] }>;
  events: TimelineEvent[];
  assertions: Assertion[];
  disagreements: Disagreement[];
  warnings: Warning[];
  summary: {
    documentsChecked: number;
    documentsSkipped: number;
    assertions: number;
    disagreements: Record<Severity, number>;
    /** Disagreements found but left out because their confidence is under `minConfidence`. */
    belowConfidence: number;
    minConfidence: number;
  };
}

/** Everything the per-document stages produce: what the cache stores, keyed by content hash and tool version. */
export interface DocumentAnalysis {
  document: Document;
  sentences: Sentence[];
  mentions: Mention[];
  assertions: Assertion[];
}

/** Options of the core check, from the CLI and the config file. */
export interface CheckOptions {
  /** Severity per disagreement kind (overrides the defaults). */
  severities?: Partial<Record<DisagreementKind, Severity | 'off'>>;
  /** Articles published further apart than this many days are different stories. */
  storyWindowDays?: number;
  /** Extra entity aliases: canonical name → other names. */
  aliases?: Record<string, string[]>;
  /** When set, only disagreements involving these document ids are reported (check mode). */
  focusDocumentIds?: string[];
  /** Report only disagreements with at least this confidence (default DEFAULT_MIN_CONFIDENCE). */
  minConfidence?: number;
}
