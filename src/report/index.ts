// The report formatters: pure functions from a Report to the text the CLI prints.
import type { Report } from '../types.js';
import type { FormatOptions } from './common.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatLine } from './line.js';
import { formatNdjson } from './ndjson.js';
import { formatSarif } from './sarif.js';
import { formatTable } from './table.js';

export type FormatName = 'table' | 'json' | 'ndjson' | 'line' | 'github' | 'sarif' | 'html';
export type { FormatOptions } from './common.js';
export type Formatter = (report: Report, options: FormatOptions) => string;

export const FORMATTERS: Record<FormatName, Formatter> = {
  table: formatTable,
  json: formatJson,
  ndjson: formatNdjson,
  line: formatLine,
  github: formatGithub,
  sarif: formatSarif,
  html: formatHtml,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(FORMATTERS, name);
}

export { formatTimeline } from './timeline.js';
export { formatHtml, formatTimelineHtml } from './html.js';
export { formatTable } from './table.js';
export { formatJson, REPORT_SCHEMA_VERSION } from './json.js';
export { formatNdjson } from './ndjson.js';
export { formatLine } from './line.js';
export { formatGithub, escapeData, escapeProperty } from './github.js';
export { formatSarif, buildSarif, FINGERPRINT_KEY } from './sarif.js';
export { sortDisagreements } from './common.js';
