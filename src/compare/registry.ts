// The one list of comparators. The kinds of disagreement, their default severities, the config's accepted
// kinds, the SARIF rules and the JSON Schema's enums all derive from it (a test checks that they agree).
// Adding a kind is one comparator file plus one entry here.
import type { Assertion, AuthenticityAssertion, DisagreementKind, FigureAssertion, QuoteAssertion, Severity } from '../types.js';
import type { EventGroup } from '../align/events.js';
import type { CompareContext, DisagreementDraft } from './context.js';
import { compareEventDates } from './dates.js';
import { compareAuthenticity } from './authenticity.js';
import { compareFigures, type IncidentDates } from './numbers.js';
import { compareQuotes } from './quotes.js';
import { compareAttribution } from './attribution.js';
import { compareSingleSource } from './single-source.js';

/** What every comparator sees: all assertions after resolve, the aligned event groups, the story context. */
export interface ComparatorInput {
  assertions: Assertion[];
  groups: EventGroup[];
  ctx: CompareContext;
  /** Incident dates per document, for telling two incidents of one kind apart. */
  incidents: IncidentDates;
  /** Each document's reprint group (near-identical bodies are one source), from resolve/provenance. */
  reprintOf?: Map<string, string>;
}

export interface Comparator {
  kind: DisagreementKind;
  defaultSeverity: Severity;
  /** One line for `--help`, README and SARIF rule descriptions. */
  description: string;
  compare(input: ComparatorInput): DisagreementDraft[];
}

const ofKind = <K extends Assertion['kind']>(assertions: Assertion[], kind: K) => assertions.filter((a): a is Extract<Assertion, { kind: K }> => a.kind === kind);

export const COMPARATORS: readonly Comparator[] = [
  {
    kind: 'date',
    defaultSeverity: 'high',
    description: 'One event (a call, meeting, visit, publication, or an incident) dated differently by different articles.',
    compare: ({ groups, ctx }) => compareEventDates(groups, ctx),
  },
  {
    kind: 'number',
    defaultSeverity: 'high',
    description: 'One quantity of one thing (the toll of one incident, the age of one person) given different values.',
    compare: ({ assertions, ctx, incidents }) => compareFigures(ofKind(assertions, 'figure') as FigureAssertion[], ctx, incidents),
  },
  {
    kind: 'authenticity',
    defaultSeverity: 'high',
    description: 'Articles or their sources hold one item (a recording, document, photo, claim) authentic, fake, or unconfirmed.',
    compare: ({ assertions, groups, ctx }) => compareAuthenticity(ofKind(assertions, 'authenticity') as AuthenticityAssertion[], groups, ctx),
  },
  {
    kind: 'attribution',
    defaultSeverity: 'medium',
    description: 'The same quote, or the same quoted verdict, put in different mouths by different articles.',
    compare: ({ assertions, groups, ctx }) =>
      compareAttribution(ofKind(assertions, 'quote') as QuoteAssertion[], ofKind(assertions, 'authenticity') as AuthenticityAssertion[], groups, ctx),
  },
  {
    kind: 'quote',
    defaultSeverity: 'medium',
    description: 'One speaker quoted with different wording for what is recognisably the same remark.',
    compare: ({ assertions, ctx }) => compareQuotes(ofKind(assertions, 'quote') as QuoteAssertion[], ctx),
  },
  {
    kind: 'single-source',
    defaultSeverity: 'low',
    description: 'A claim (a dated event, an authenticity stance, a figure) that several outlets carry, all resting on one original source.',
    compare: ({ assertions, groups, ctx, reprintOf }) => compareSingleSource(assertions, groups, ctx, reprintOf),
  },
];

/** Every kind of disagreement crosscheck reports, in the registry's order. */
export const DISAGREEMENT_KINDS: readonly DisagreementKind[] = COMPARATORS.map((c) => c.kind);

/** The default severity of each kind. */
/** Severities from the most to the least severe: the one ranking the core, the CLI and the formatters use. */
export const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low'];

/** 0 for the most severe. */
export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity);
}

export const DEFAULT_SEVERITIES: Readonly<Record<string, Severity>> = Object.fromEntries(COMPARATORS.map((c) => [c.kind, c.defaultSeverity]));
