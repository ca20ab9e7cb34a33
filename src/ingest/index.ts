// The ingest stage: one decoded input file → a Document with cleaned text, classified blocks,
// a map back to the original lines, and the metadata the file carries or states.
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import type {
  Block,
  Document,
  Metadata,
  MetadataSource,
  PublicationDate,
  RawInput,
  Span,
  TextSegment,
  UserMetadata,
  Warning,
} from '../types.js';
import { classifyBlocks, normalizeLine, splitBlocks, type RawBlock } from './blocks.js';
import { dateFromFileName, isoOf, parseDateValue } from './dates.js';
import { extractHtml, type HtmlMeta } from './html.js';
import { lineStartsOf, spanOf } from './linemap.js';
import { findByline, findOutlet, findPublicationDate, findTitle, textLines, type FoundDate } from './metadata.js';

export { locate, lineStartsOf, spanOf } from './linemap.js';

interface FrontMatter {
  /** Where the body starts in the original content. */
  bodyStart: number;
  fields: UserMetadata;
  warning?: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
// Accepted spellings of each field in front matter; the first is the documented one.
const FRONT_MATTER_KEYS: Readonly<Record<keyof UserMetadata, readonly string[]>> = {
  outlet: ['outlet', 'publisher', 'site', 'source'],
  published: ['published', 'date', 'published_at', 'publishedAt'],
  url: ['url', 'link', 'canonical'],
  title: ['title', 'headline'],
};

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  // A YAML library configured with timestamps yields Dates; keep the calendar day as written (UTC).
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return undefined;
}

function readFrontMatter(content: string): FrontMatter | null {
  const match = FRONT_MATTER.exec(content);
  if (!match) return null;
  const bodyStart = match[0].length;
  let parsed: unknown;
  try {
    parsed = parseYaml(match[1]);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { bodyStart, fields: {}, warning: `front matter is not valid YAML (${reason})` };
  }
  if (parsed === null || parsed === undefined) return { bodyStart, fields: {} };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { bodyStart, fields: {}, warning: 'front matter is not a set of `key: value` fields' };
  }
  const record = parsed as Record<string, unknown>;
  const fields: UserMetadata = {};
  for (const field of Object.keys(FRONT_MATTER_KEYS) as Array<keyof UserMetadata>) {
    for (const key of FRONT_MATTER_KEYS[field]) {
      const value = scalarText(record[key]);
      if (value !== undefined) {
        fields[field] = value;
        break;
      }
    }
  }
  return { bodyStart, fields };
}

function documentId(path: string, content: string): string {
  return createHash('sha256').update(path).update('\u0000').update(content).digest('hex').slice(0, 16);
}

function publicationFrom(value: string, source: MetadataSource): PublicationDate | null {
  const parsed = parseDateValue(value);
  if (!parsed) return null;
  const result: PublicationDate = { date: parsed.date, source };
  if (parsed.time !== undefined) result.time = parsed.time;
  if (parsed.timezone !== undefined) result.timezone = parsed.timezone;
  if (parsed.iso !== undefined) result.iso = parsed.iso;
  return result;
}

function fileName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

function sourceSpan(doc: Document, content: string, sourceOffset: number, text: string): Span {
  const starts = doc.sourceLineStarts;
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= sourceOffset) line++;
  const endOffset = Math.min(content.length, sourceOffset + text.length);
  let endLine = line;
  while (endLine + 1 < starts.length && starts[endLine + 1] <= endOffset) endLine++;
  return {
    docId: doc.id,
    path: doc.path,
    line: line + 1,
    column: sourceOffset - starts[line] + 1,
    endLine: endLine + 1,
    endColumn: endOffset - starts[endLine] + 1,
    text,
  };
}

function publicationFromText(doc: Document, stated: FoundDate): PublicationDate {
  const published: PublicationDate = { date: stated.date, source: 'text', evidence: spanOf(doc, stated.start, stated.end) };
  if (stated.time !== undefined) published.time = stated.time;
  if (stated.timezone !== undefined) published.timezone = stated.timezone;
  if (stated.iso !== undefined) published.iso = stated.iso;
  return published;
}

interface Extracted {
  text: string;
  segments: TextSegment[];
  raw: RawBlock[];
  frontMatter: FrontMatter | null;
  html: HtmlMeta | null;
}

function extract(input: RawInput): Extracted {
  const { content } = input;
  if (input.format === 'html') {
    const html = extractHtml(content);
    return { text: html.text, segments: html.segments, raw: html.blocks, frontMatter: null, html: html.meta };
  }
  // Markdown files carry front matter; so may text files written by the same tools.
  let frontMatter = readFrontMatter(content);
  // In plain text a `---` rule around prose is not front matter unless it reads as fields.
  if (input.format === 'txt' && frontMatter && (frontMatter.warning || Object.keys(frontMatter.fields).length === 0)) frontMatter = null;
  const bodyStart = frontMatter?.bodyStart ?? 0;
  const text = content.slice(bodyStart);
  const segments: TextSegment[] = [{ textStart: 0, sourceStart: bodyStart, length: text.length }];
  const raw = splitBlocks(text, input.format === 'md' ? 'markdown' : 'plain');
  return { text, segments, raw, frontMatter, html: null };
}

/** Strips a site-name suffix from a `<title>` ("Headline | Site", "Headline - Site"). */
function pageTitle(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  const suffix = new RegExp(`\\s*[|\\-–—:·]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  const stripped = title.replace(suffix, '');
  return stripped === '' ? title : stripped;
}

/**
 * Body paragraphs dropped because they repeat an earlier body paragraph word for word. Repeated headlines,
 * captions and page furniture are expected on saved pages and not counted.
 */
function duplicateParagraphs(text: string, blocks: readonly Block[]): { count: number; first: string } {
  const body = new Set<string>();
  let count = 0;
  let first = '';
  for (const block of blocks) {
    const norm = normalizeLine(text.slice(block.start, block.end));
    if (block.kind === 'body') body.add(norm);
    else if (block.reason === 'duplicate' && body.has(norm)) {
      if (count === 0) {
        const words = text.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
        first = words.length > 60 ? `${words.slice(0, 59)}…` : words;
      }
      count++;
    }
  }
  return { count, first };
}

/** Reads one input into a Document. Pure: the content is already decoded. */
export function ingest(input: RawInput): Document {
  const { text, segments, raw, frontMatter, html } = extract(input);
  const blocks: Block[] = classifyBlocks(text, raw, { format: input.format });
  const duplicates = duplicateParagraphs(text, blocks);
  const doc: Document = {
    id: documentId(input.path, input.content),
    path: input.path,
    format: input.format,
    outlet: null,
    published: null,
    title: null,
    url: null,
    byline: null,
    text,
    blocks,
    segments,
    sourceLineStarts: lineStartsOf(input.content),
    warnings: [],
  };
  const warnings: Warning[] = doc.warnings;
  const user = input.userMetadata ?? {};
  const front = frontMatter?.fields ?? {};
  if (duplicates.count > 0) {
    const many = duplicates.count === 1 ? '1 duplicate paragraph' : `${duplicates.count} duplicate paragraphs`;
    warnings.push({
      code: 'duplicate-paragraphs',
      message: `${input.path}: ${many} dropped (exact repeats of an earlier paragraph, first: "${duplicates.first}"); each is read once.`,
      path: input.path,
    });
  }
  if (frontMatter?.warning) {
    warnings.push({ code: 'bad-front-matter', message: `${input.path}: ${frontMatter.warning}; its fields are ignored.`, path: input.path, line: 1 });
  }

  // Only lines that are not prose are searched for stated metadata, so a date in a sentence is not taken for the dateline.
  const lines = textLines(text);
  const proseLines = new Set<number>();
  let lineIndex = 0;
  for (const block of blocks) {
    // Blocks and lines are both in text order, so one pass pairs them.
    while (lineIndex < lines.length && lines[lineIndex].start < block.start) lineIndex++;
    const prose = block.kind === 'body' || block.kind === 'caption' || block.kind === 'list-item';
    for (let index = lineIndex; index < lines.length && lines[index].start < block.end; index++) {
      if (prose) proseLines.add(lines[index].start);
    }
  }

  // ── publication date: user > front matter > text > file name
  for (const [value, source, origin] of [
    [user.published, 'user', 'the sources manifest'],
    [front.published, 'front-matter', 'front matter'],
  ] as const) {
    if (doc.published || value === undefined) continue;
    doc.published = publicationFrom(value, source);
    if (!doc.published) {
      warnings.push({
        code: 'unreadable-published',
        message: `${input.path}: cannot read the publication date "${value}" from ${origin}; write it as YYYY-MM-DD (optionally with a time, e.g. 2024-03-05T08:15+00:00).`,
        path: input.path,
      });
    }
  }
  if (!doc.published) {
    const statedInText = findPublicationDate(lines, proseLines);
    // A page's machine-readable publish time beats a dateline that is only an update stamp or unlabelled.
    const stated = html?.published && statedInText?.label !== 'published' ? null : statedInText;
    if (stated) {
      doc.published = publicationFromText(doc, stated);
    } else if (html?.published) {
      const fromMeta = publicationFrom(html.published.value, 'text');
      if (fromMeta) {
        fromMeta.evidence = sourceSpan(doc, input.content, html.published.sourceOffset, html.published.value);
        doc.published = fromMeta;
      }
    }
    if (!doc.published && statedInText) doc.published = publicationFromText(doc, statedInText);
  }
  if (!doc.published) {
    const date = dateFromFileName(input.path === '-' ? '' : fileName(input.path));
    if (date) doc.published = { date, source: 'filename' };
  }
  if (doc.published && doc.published.iso === undefined) {
    const iso = isoOf(doc.published.date, doc.published.time, doc.published.timezone);
    if (iso !== undefined) doc.published.iso = iso;
  }
  if (!doc.published) {
    const where = input.path === '-' ? 'standard input' : input.path;
    warnings.push({
      code: 'no-publication-date',
      message:
        `${where}: no publication date found, so relative dates in it ("yesterday", "on Tuesday") stay unresolved. ` +
        `Add \`published: YYYY-MM-DD\` to its front matter, or an entry for "${fileName(where)}" with "published" in crosscheck.sources.json in its folder.`,
      path: input.path,
    });
  }

  // ── outlet: user > front matter > text
  const outletCandidates: Array<Metadata<string> | null> = [
    user.outlet ? { value: user.outlet, source: 'user' } : null,
    front.outlet ? { value: front.outlet, source: 'front-matter' } : null,
  ];
  doc.outlet = outletCandidates.find((candidate) => candidate !== null) ?? null;
  if (!doc.outlet) {
    const stated = findOutlet(lines, proseLines);
    if (stated) doc.outlet = { value: stated.name, source: 'text' };
    else if (html?.siteName) doc.outlet = { value: html.siteName, source: 'text' };
  }

  // ── title and url
  if (user.title) doc.title = { value: user.title, source: 'user' };
  else if (front.title) doc.title = { value: front.title, source: 'front-matter' };
  else if (html?.title) doc.title = { value: pageTitle(html.title, html.siteName), source: 'text' };
  else {
    const stated = findTitle(text, blocks);
    if (stated) doc.title = { value: stated, source: 'text' };
  }
  doc.url = user.url ?? front.url ?? html?.url ?? null;
  doc.byline = findByline(text, blocks) ?? html?.byline?.replace(/^by\s+/i, '') ?? null;
  return doc;
}
