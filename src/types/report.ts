// The data model, part 3: disagreements, the report and per-document analyses (compare, report, cli).
import type { Assertion, EntityType, EventType, Mention } from './analysis.js';
import type { Document, IsoValue, MetadataSource, Sentence, Severity, Span } from './document.js';

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
