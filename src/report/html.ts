// `--format html`: the report as one self-contained page — summary, the disagreements as cards, the timeline
// drawn in inline SVG, skipped files and warnings. No script, no external resource: it opens from `file://`,
// reads on a phone and prints. Everything taken from the articles is escaped (see html/escape.ts), and the
// page's Content-Security-Policy forbids scripts, so even a mistake here could not run a hostile article's code.
import { createHash } from 'node:crypto';
import type { Disagreement, Position, Report, Severity, Span } from '../types.js';
import { type FormatOptions, SEVERITY_ORDER, normalizePath, oneLine, relativePath, snippetOf, sortDisagreements, valueOf } from './common.js';
import { readableDate } from './html/dates.js';
import { attr, marked, text } from './html/escape.js';
import { STYLE } from './html/style.js';
import { eventsTable, timelineSvg } from './html/timeline-svg.js';

/** Evidence sentences longer than this are cut around their excerpt. */
const SENTENCE_CHARS = 420;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The Content-Security-Policy of every page: nothing may load or run except the page's own stylesheet. */
export function contentSecurityPolicy(style: string = STYLE): string {
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

function page(title: string, heading: string, subtitle: string, nav: Array<[string, string]>, body: string[], report: Report): string {
  const toc = nav.length > 0 ? `<nav class="toc" aria-label="sections">${nav.map(([id, name]) => `<a href="#${attr(id)}">${text(name)}</a>`).join('')}</nav>` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy())}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="${attr(`${report.tool.name} ${report.tool.version}`)}">`,
    // An empty icon, so that no browser goes looking for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<title>${text(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header class="page"><div><h1>${text(heading)}</h1><p>${text(subtitle)}</p>${toc}</div></header>`,
    '<main>',
    ...body,
    '</main>',
    `<footer class="page">${text(`${report.tool.name} ${report.tool.version}`)} · report schema ${text(report.schemaVersion)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function articlesChecked(report: Report): string {
  return plural(report.summary.documentsChecked, 'article');
}

function summarySection(report: Report, disagreements: readonly Disagreement[]): string {
  const { summary } = report;
  const severities = SEVERITY_ORDER.map((s) => `<span class="badge ${s}">${summary.disagreements[s]} ${s}</span>`).join(' ');
  const stats = [
    ['articles checked', String(summary.documentsChecked)],
    ['files skipped', String(summary.documentsSkipped)],
    ['assertions', String(summary.assertions)],
    ['disagreements', String(disagreements.length)],
  ]
    .map(([name, value]) => `<div><dt>${text(name!)}</dt><dd>${text(value!)}</dd></div>`)
    .join('');
  const documents = [...report.documents]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((d) =>
      [
        '<tr>',
        `<td data-label="outlet"><strong>${d.outlet ? text(d.outlet) : '<span class="muted">unknown</span>'}</strong></td>`,
        `<td data-label="title">${d.title ? text(oneLine(d.title)) : '<span class="muted">—</span>'}</td>`,
        `<td data-label="published" class="nowrap">${d.published ? text(readableDate(d.published.slice(0, 10))) : '<span class="warn">not found</span>'}</td>`,
        `<td data-label="file" class="path">${text(normalizePath(d.path))}</td>`,
        '</tr>',
      ].join(''),
    );
  return [
    '<section id="summary" aria-labelledby="summary-h">',
    '<h2 id="summary-h">Summary</h2>',
    `<dl class="stats">${stats}<div><dt>by severity</dt><dd class="severities">${severities}</dd></div></dl>`,
    documents.length > 0
      ? [
          '<h3 class="muted">Articles</h3>',
          '<div class="table-wrap"><table class="documents stack">',
          '<thead><tr><th scope="col">outlet</th><th scope="col">title</th><th scope="col">published</th><th scope="col">file</th></tr></thead>',
          `<tbody>${documents.join('\n')}</tbody>`,
          '</table></div>',
        ].join('\n')
      : '',
    '</section>',
  ].join('\n');
}

function evidenceItem(span: Span, options: FormatOptions): string {
  const snippet = snippetOf(span.text, span.excerpt, SENTENCE_CHARS);
  const where = `${relativePath(span.path, options.cwd)}:${span.line}`;
  return [
    '<li>',
    `<blockquote>${marked(snippet.text, snippet.highlight)}</blockquote>`,
    `<span class="where"><code>${text(where)}</code>${span.caption ? ' · photo caption' : ''}</span>`,
    '</li>',
  ].join('');
}

function holderList(position: Position): string[] {
  if (position.outlets.length > 0) return position.outlets;
  const files = position.documents.length > 0 ? position.documents : position.evidence.map((e) => e.path);
  return [...new Set(files.map((f) => normalizePath(f).split('/').pop() ?? f))];
}

function positionBlock(position: Position, disagreement: Disagreement, options: FormatOptions): string {
  const isDate = disagreement.kind === 'date';
  const shown = isDate ? readableDate(position.value) : valueOf(position, disagreement.kind);
  const label = oneLine(position.label);
  const value = isDate && shown !== position.value ? `${text(shown)} <code>${text(position.value)}</code>` : text(shown);
  const showLabel = label !== '' && label !== shown && label !== oneLine(position.value);
  const holders = holderList(position);
  const flags = position.inferred ? ' <span class="badge note">inferred</span>' : '';
  return [
    `<div class="position" data-value="${attr(position.value)}">`,
    `<p class="value">${value}${flags}</p>`,
    showLabel ? `<p class="label">${text(label)}</p>` : '',
    `<ul class="outlets" aria-label="${attr(plural(holders.length, 'outlet'))}">${holders.map((h) => `<li>${text(h)}</li>`).join('')}</ul>`,
    // Agreement among outlets that repeat one original is one source: say so when the counts differ.
    position.sources && position.sources.independentSources < position.sources.outlets
      ? `<p class="sources">${text(`${plural(position.sources.outlets, 'outlet')}, ${plural(position.sources.independentSources, 'independent source')}${position.sources.originals.length > 0 ? ` (${position.sources.originals.join(', ')})` : ''}`)}</p>`
      : '',
    position.evidence.length > 0 ? `<ul class="evidence">${position.evidence.map((s) => evidenceItem(s, options)).join('\n')}</ul>` : '',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

function card(disagreement: Disagreement, options: FormatOptions): string {
  const notes: string[] = [];
  if (disagreement.inferredOnly) notes.push('Rests only on inferred dates.');
  if (disagreement.selfInconsistent.length > 0) {
    notes.push(`Inconsistent with itself: ${disagreement.selfInconsistent.map((p) => relativePath(p, options.cwd)).join(', ')} gives more than one side.`);
  }
  return [
    `<article class="card ${attr(disagreement.severity)}" id="${attr(`disagreement-${disagreement.id}`)}" data-id="${attr(disagreement.id)}" data-kind="${attr(disagreement.kind)}">`,
    '<header>',
    `<span class="badge ${attr(disagreement.severity)}">${text(disagreement.severity)}</span>`,
    `<span class="badge kind">${text(disagreement.kind)}</span>`,
    `<span class="badge note">${text(plural(disagreement.positions.length, 'side'))}</span>`,
    `<h3>${text(oneLine(disagreement.topic))}</h3>`,
    '</header>',
    notes.length > 0 ? `<p class="notes">${notes.map(text).join(' ')}</p>` : '',
    `<div class="positions">${disagreement.positions.map((p) => positionBlock(p, disagreement, options)).join('\n')}</div>`,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

function disagreementsSection(disagreements: readonly Disagreement[], options: FormatOptions): string {
  const bySeverity = (s: Severity) => disagreements.filter((d) => d.severity === s).length;
  const lead =
    disagreements.length === 0
      ? '<p class="lead">The articles agree on everything crosscheck compared.</p>'
      : `<p class="lead">${text(
          `${plural(disagreements.length, 'disagreement')}, most severe first (${SEVERITY_ORDER.map((s) => `${bySeverity(s)} ${s}`).join(', ')}). The words that carry each side are highlighted in their sentence.`,
        )}</p>`;
  return [
    '<section id="disagreements" aria-labelledby="disagreements-h">',
    '<h2 id="disagreements-h">Disagreements</h2>',
    lead,
    ...disagreements.map((d) => card(d, options)),
    '</section>',
  ].join('\n');
}

function timelineSection(report: Report, open: boolean): string {
  const svg = timelineSvg(report, { idPrefix: 'timeline' });
  const conflicts = report.events.reduce((n, e) => n + e.conflictingDates.length, 0);
  const lead =
    report.events.length === 0
      ? '<p class="lead">No dated events found.</p>'
      : `<p class="lead">${text(
          `${plural(report.events.length, 'dated event')} in date order${conflicts > 0 ? `; a red bracket joins the dates outlets give to one event (${plural(conflicts, 'conflicting date')})` : ''}.`,
        )}</p>`;
  return [
    '<section id="timeline" aria-labelledby="timeline-h">',
    '<h2 id="timeline-h">Timeline</h2>',
    lead,
    svg ? `<div class="figure">${svg}</div>` : '',
    report.events.length > 0 ? `<details${open ? ' open' : ''}><summary>The events as a table</summary><div class="table-wrap">${eventsTable(report)}</div></details>` : '',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

function problemsSection(report: Report, options: FormatOptions): string {
  const skipped = report.skipped.map((s) => `<li><code>${text(relativePath(s.path, options.cwd))}</code>: ${text(oneLine(s.reason))}</li>`);
  const warnings = report.warnings.map((w) => {
    const where = w.path ? `${relativePath(w.path, options.cwd)}${w.line ? `:${w.line}` : ''}` : '';
    return `<li>${where ? `<code>${text(where)}</code> ` : ''}<span class="badge note">${text(w.code)}</span> ${text(oneLine(w.message))}</li>`;
  });
  const list = (items: string[], none: string) => (items.length > 0 ? `<ul class="problems">${items.join('\n')}</ul>` : `<p class="muted">${none}</p>`);
  return [
    '<section id="problems" aria-labelledby="problems-h">',
    '<h2 id="problems-h">Skipped files and warnings</h2>',
    `<h3 class="muted">Skipped files (${skipped.length})</h3>`,
    list(skipped, 'No file was skipped.'),
    `<h3 class="muted">Warnings (${warnings.length})</h3>`,
    list(warnings, 'No warnings.'),
    '</section>',
  ].join('\n');
}

/** The whole report as one self-contained HTML page. */
export function formatHtml(report: Report, options: FormatOptions): string {
  const disagreements = sortDisagreements(report.disagreements);
  const subtitle = `${articlesChecked(report)} checked · ${plural(disagreements.length, 'disagreement')} · ${plural(report.events.length, 'dated event')}`;
  return page(
    `crosscheck report: ${plural(disagreements.length, 'disagreement')}`,
    'crosscheck report',
    subtitle,
    [
      ['summary', 'Summary'],
      ['disagreements', 'Disagreements'],
      ['timeline', 'Timeline'],
      ['problems', 'Skipped files and warnings'],
    ],
    [summarySection(report, disagreements), disagreementsSection(disagreements, options), timelineSection(report, false), problemsSection(report, options)],
    report,
  );
}

/** `crosscheck timeline --format html`: the timeline picture alone, with its events as a table. */
export function formatTimelineHtml(report: Report, _options: FormatOptions): string {
  const subtitle = `${articlesChecked(report)} checked · ${plural(report.events.length, 'dated event')}`;
  return page(`crosscheck timeline: ${plural(report.events.length, 'dated event')}`, 'crosscheck timeline', subtitle, [], [timelineSection(report, true)], report);
}
