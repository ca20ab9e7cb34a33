// SARIF 2.1.0 for GitHub code scanning and other static-analysis viewers.
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import type { Disagreement, DisagreementKind, Report, Severity, Span } from '../types.js';
import {
  type FormatOptions,
  KIND_ORDER,
  holdersOf,
  normalizePath,
  oneLine,
  primaryLocation,
  qualifierSuffix,
  relativePath,
  sortDisagreements,
  valueOf,
} from './common.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Where users read about the tool and its rules (the package page; override with `informationUri`). */
export const CROSSCHECK_INFORMATION_URI = 'https://www.npmjs.com/package/crosscheck';
/** Key of the partial fingerprint; bump the suffix if the fingerprint's meaning ever changes. */
export const FINGERPRINT_KEY = 'crosscheckDisagreement/v1';
const SOURCE_ROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL_BY_SEVERITY: Record<Severity, SarifLevel> = { high: 'error', medium: 'warning', low: 'note' };

// ─── the subset of SARIF that crosscheck writes ───

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifLocation {
  id?: number;
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region: SarifRegion;
  };
  message?: SarifMessage;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage & { markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties: { severity: Severity; kind: DisagreementKind; topic: string; inferredOnly: boolean; selfInconsistent: string[] };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }>;
}

interface RuleText {
  name: string;
  short: string;
  full: string;
  help: string;
  /** Level when the result's own severity is unknown; results always carry their own level. */
  level: SarifLevel;
}

const RULE_TEXT: Record<DisagreementKind, RuleText> = {
  date: {
    name: 'DateDisagreement',
    short: 'Outlets give different dates for the same event.',
    full: 'Two or more articles date the same event differently (a call, a meeting, a publication).',
    help: 'Check which outlets give which date and whether any date rests on inference (a year or weekday filled in from the publication date). Prefer the primary source; correct or qualify the date in your article.',
    level: 'error',
  },
  number: {
    name: 'NumberDisagreement',
    short: 'Outlets give different figures for the same count.',
    full: 'Two or more articles state different quantities for the same thing being counted.',
    help: 'Compare the figures and their qualifiers ("at least", "about"); differences may reflect updates over time. State the source of the figure you use.',
    level: 'warning',
  },
  authenticity: {
    name: 'AuthenticityDisagreement',
    short: 'Outlets disagree on whether material is authentic.',
    full: 'Some articles present a recording, document or transcript as authentic while others call it fake or unconfirmed.',
    help: 'Check who holds each stance and whether the claim is attributed or asserted by the outlet itself. Attribute authenticity claims rather than stating them as fact.',
    level: 'error',
  },
  attribution: {
    name: 'AttributionDisagreement',
    short: 'Outlets attribute the same claim to different people.',
    full: 'Two or more articles name different speakers or sources for the same statement or quote.',
    help: 'Check who actually said it; attribute to the original speaker and say when a claim is relayed.',
    level: 'warning',
  },
  quote: {
    name: 'QuoteDisagreement',
    short: 'Outlets quote the same remark with different words.',
    full: 'Two or more articles quote what appears to be the same remark, but the quoted words differ.',
    help: 'Compare the wording against the primary source (transcript, recording); mark paraphrases as such instead of quoting them.',
    level: 'warning',
  },
  'single-source': {
    name: 'SingleSourceFinding',
    short: 'Several outlets carry a claim that rests on one original source.',
    full: 'Every article that carries the claim credits the same original source (a wire, a report, a recording reviewed by one outlet); nobody confirms it independently.',
    help: 'Agreement between these outlets is not corroboration. Attribute the claim to its original source, or confirm it independently.',
    level: 'note',
  },
};

function ruleId(kind: DisagreementKind): string {
  return `crosscheck/${kind}`;
}

function rules(): SarifRule[] {
  // Every kind, always in the same order, so ruleIndex is stable across runs and reports.
  return KIND_ORDER.map((kind) => {
    const text = RULE_TEXT[kind];
    return {
      id: ruleId(kind),
      name: text.name,
      shortDescription: { text: text.short },
      fullDescription: { text: text.full },
      help: { text: text.help, markdown: `**${text.short}**\n\n${text.help}` },
      defaultConfiguration: { level: text.level },
      properties: { tags: ['crosscheck', 'news', kind] },
    };
  });
}

/** Percent-encodes each path segment so the result is a valid URI reference (spaces, `#`, `?`...). */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
}

function fileUri(absolutePath: string): string {
  const path = normalizePath(absolutePath);
  return `file://${path.startsWith('/') ? '' : '/'}${encodePath(path)}`;
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

function artifactLocationOf(path: string, cwd: string | undefined): { uri: string; uriBaseId?: string } {
  const relative = relativePath(path, cwd);
  return isAbsolute(relative) ? { uri: fileUri(relative) } : { uri: encodePath(relative), uriBaseId: SOURCE_ROOT };
}

function regionOf(span: Span): SarifRegion {
  const region: SarifRegion = { startLine: Math.max(1, span.line), startColumn: Math.max(1, span.column) };
  // Only a region that ends after it starts is worth stating; viewers reject inverted ones.
  const endsAfter = span.endLine > span.line || (span.endLine === span.line && span.endColumn >= span.column);
  if (endsAfter) {
    region.endLine = span.endLine;
    region.endColumn = Math.max(1, span.endColumn);
  }
  return region;
}

function locationOf(span: Span, cwd: string | undefined, message: string, id?: number): SarifLocation {
  return {
    ...(id === undefined ? {} : { id }),
    physicalLocation: { artifactLocation: artifactLocationOf(span.path, cwd), region: regionOf(span) },
    message: { text: message },
  };
}

/** Escapes brackets, which SARIF viewers would otherwise read as part of an embedded link (`[text](id)`). */
function escapeLinkSyntax(text: string): string {
  return text.replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}

/**
 * `topic: A (outlets) vs B ([outlets](2))`: each side named, the other sides linked to their
 * related location (SARIF embedded links), so a viewer can jump to the other article.
 */
function linkedMessage(disagreement: Disagreement, linkOf: ReadonlyMap<number, number>): string {
  const sides = disagreement.positions.map((position, positionIndex) => {
    const holders = holdersOf(position);
    const id = linkOf.get(positionIndex);
    const named = id === undefined ? escapeLinkSyntax(holders) : `[${escapeLinkSyntax(holders)}](${id})`;
    return `${escapeLinkSyntax(valueOf(position, disagreement.kind))} (${named})`;
  });
  return `${escapeLinkSyntax(oneLine(disagreement.topic))}: ${sides.join(' vs ')}${escapeLinkSyntax(qualifierSuffix(disagreement, ['(', ')']))}`;
}

function resultOf(disagreement: Disagreement, options: FormatOptions): SarifResult | undefined {
  const primary = primaryLocation(disagreement, options);
  // SARIF results for code scanning need a location; a disagreement without evidence cannot be shown.
  if (!primary) return undefined;
  const sideOf = (positionIndex: number): string => {
    const position = disagreement.positions[positionIndex];
    return `${valueOf(position, disagreement.kind)} (${holdersOf(position)})`;
  };

  const related: SarifLocation[] = [];
  // Id of the first related location of each position, for the links in the message.
  const linkOf = new Map<number, number>();
  disagreement.positions.forEach((position, positionIndex) => {
    for (const span of position.evidence) {
      if (span === primary.span) continue;
      const id = related.length + 1;
      if (positionIndex !== primary.positionIndex && !linkOf.has(positionIndex)) linkOf.set(positionIndex, id);
      related.push(locationOf(span, options.cwd, `${sideOf(positionIndex)}: ${oneLine(span.excerpt ?? span.text)}`, id));
    }
  });

  return {
    ruleId: ruleId(disagreement.kind),
    ruleIndex: KIND_ORDER.indexOf(disagreement.kind),
    level: LEVEL_BY_SEVERITY[disagreement.severity],
    message: { text: linkedMessage(disagreement, linkOf) },
    locations: [locationOf(primary.span, options.cwd, sideOf(primary.positionIndex))],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    // The disagreement id hashes kind, topic and position values: stable while the finding is unchanged.
    partialFingerprints: { [FINGERPRINT_KEY]: disagreement.id },
    properties: {
      severity: disagreement.severity,
      kind: disagreement.kind,
      topic: disagreement.topic,
      inferredOnly: disagreement.inferredOnly,
      selfInconsistent: disagreement.selfInconsistent,
    },
  };
}

export function buildSarif(report: Report, options: FormatOptions): SarifLog {
  const results = sortDisagreements(report.disagreements)
    .map((d) => resultOf(d, options))
    .filter((r): r is SarifResult => r !== undefined);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'crosscheck',
            version: options.toolVersion ?? report.tool.version,
            informationUri: options.informationUri ?? CROSSCHECK_INFORMATION_URI,
            rules: rules(),
          },
        },
        ...(options.cwd ? { originalUriBaseIds: { [SOURCE_ROOT]: { uri: `${fileUri(options.cwd).replace(/\/+$/, '')}/` } } } : {}),
        // Span columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(report: Report, options: FormatOptions): string {
  return `${JSON.stringify(buildSarif(report, options), null, 2)}\n`;
}
