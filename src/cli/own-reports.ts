// Recognising crosscheck's own reports among the inputs, so `-o DIR/report.txt` never makes the next run read its
// report as an article. Cheap: a look at the first few kilobytes, or anchored line patterns for the table.

const HEAD_CHARS = 8192;
const KINDS = '(?:date|number|authenticity|attribution|quote|description)';
const LINE_RECORD = new RegExp(`^.+:\\d+:\\d+: (?:high|medium|low) ${KINDS} `);
const GITHUB_RECORD = /^::(?:error|warning|notice) .*title=crosscheck%3A /;
const NDJSON_RECORD = new RegExp(`^\\{.*"id":"${KINDS}-[0-9a-f]+".*"positions":\\[`);
const TABLE_READ = /^Read \d+ documents?(?:, skipped \d+)?; \d+ assertions? extracted\.$/m;
const TABLE_TOTAL = /^(?:0 disagreements\.|\d+ disagreements?: \d+ high, \d+ medium, \d+ low\.)$/m;
/** Lines checked for the record-per-line formats. */
const LINES_CHECKED = 50;

/** Which crosscheck report format `content` is, or undefined when it is not one. */
export function crosscheckReportFormat(content: string): string | undefined {
  const head = content.slice(0, HEAD_CHARS);
  if (/^\s*\{/.test(head)) {
    if (/"schemaVersion"\s*:/.test(head) && /"tool"\s*:\s*\{\s*"name"\s*:\s*"crosscheck"/.test(head)) return 'JSON';
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head) && /"name"\s*:\s*"crosscheck"/.test(head)) return 'SARIF';
  }
  if (/<meta name="generator" content="crosscheck[ "]/.test(head)) return 'HTML';
  const lines = head.split(/\r?\n/).filter((line) => line.trim() !== '');
  // The last line of the head may be cut short; judge the complete ones.
  const complete = content.length > HEAD_CHARS ? lines.slice(0, -1) : lines;
  const sample = complete.slice(0, LINES_CHECKED);
  if (sample.length > 0) {
    if (sample.every((line) => GITHUB_RECORD.test(line))) return 'GitHub';
    if (sample.every((line) => NDJSON_RECORD.test(line))) return 'NDJSON';
    if (sample.every((line) => LINE_RECORD.test(line))) return 'line';
  }
  if (TABLE_READ.test(content) && TABLE_TOTAL.test(content)) return 'table';
  return undefined;
}
