// The data model, part 2: dates, entities, assertions and the extract context (text, extract, resolve).
import type { Document, Sentence, Span } from './document.js';

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
