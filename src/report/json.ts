// The whole report as JSON, shaped as schema/report.schema.json describes.
import type { Report } from '../types.js';
import type { FormatOptions } from './common.js';

/** Version of schema/report.schema.json that `formatJson` output follows; the report's `schemaVersion`. */
export const REPORT_SCHEMA_VERSION = '1.0.0';

export function formatJson(report: Report, _options?: FormatOptions): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
