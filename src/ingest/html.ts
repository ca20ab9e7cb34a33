// Main-text extraction from HTML pages: Readability picks the article, we turn it into paragraphs and
// map each paragraph back to where its words sit in the original HTML source.
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';

// The DOM and Readability take a third of a second to load: only runs that read an HTML page pay for them.
const requireLazily = createRequire(import.meta.url);
let htmlLibraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function libraries(): { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } {
  htmlLibraries ??= {
    parseHTML: (requireLazily('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
    Readability: (requireLazily('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  };
  return htmlLibraries;
}
import type { TextSegment } from '../types.js';
import type { RawBlock } from './blocks.js';

export interface HtmlMeta {
  title?: string;
  siteName?: string;
  /** Publication time from a `<meta>` tag, with the offset of that tag in the source. */
  published?: { value: string; sourceOffset: number };
  url?: string;
  byline?: string;
}

export interface HtmlExtraction {
  text: string;
  blocks: RawBlock[];
  segments: TextSegment[];
  meta: HtmlMeta;
}

interface Paragraph {
  text: string;
  hint?: RawBlock['hint'];
}

// linkedom's DOM types are its own; this is the small surface we walk.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'IFRAME', 'NAV', 'SELECT', 'OPTION']);
const LEAF_BLOCKS: Readonly<Record<string, RawBlock['hint'] | 'body'>> = {
  P: 'body', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'list-item', FIGCAPTION: 'caption', CAPTION: 'caption', PRE: 'body', DT: 'body', DD: 'body', TD: 'body', TH: 'body',
};
const CONTAINER_BLOCKS = new Set([
  'DIV', 'ARTICLE', 'SECTION', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'UL', 'OL', 'DL', 'FIGURE', 'TABLE', 'THEAD',
  'TBODY', 'TFOOT', 'TR', 'BLOCKQUOTE', 'BODY', 'HTML', 'CENTER', 'ADDRESS', 'DETAILS', 'SUMMARY', 'HR', 'BR',
]);
// Page regions that are chrome when Readability could not find an article and we read the whole body.
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function collectParagraphs(root: DomNode, skipChrome: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let inline = '';
  const flush = (): void => {
    const text = collapse(inline);
    if (text !== '') paragraphs.push({ text });
    inline = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || (skipChrome && CHROME_TAGS.has(tag))) return;
    const leaf = LEAF_BLOCKS[tag];
    if (leaf !== undefined && !hasBlockChild(node)) {
      flush();
      const text = collapse(node.textContent ?? '');
      if (text !== '') paragraphs.push(leaf === 'body' ? { text } : { text, hint: leaf });
      return;
    }
    if (leaf !== undefined || CONTAINER_BLOCKS.has(tag)) {
      flush();
      for (const child of Array.from(node.childNodes)) walk(child);
      flush();
      return;
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  flush();
  return paragraphs;
}

function hasBlockChild(node: DomNode): boolean {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    const tag = child.nodeName.toUpperCase();
    if (LEAF_BLOCKS[tag] !== undefined || (CONTAINER_BLOCKS.has(tag) && tag !== 'BR')) return true;
  }
  return false;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  sbquo: '‚', bdquo: '„', mdash: '—', ndash: '–', hellip: '…', copy: '©', reg: '®', trade: '™', laquo: '«',
  raquo: '»', middot: '·', bull: '•', shy: '', zwj: '', zwnj: '', thinsp: ' ', ensp: ' ', emsp: ' ',
};

/** The visible characters of the HTML source (tags dropped, entities decoded, spaces collapsed) and where each came from. */
function visibleText(source: string): { view: string; origin: number[] } {
  const chars: string[] = [];
  const origin: number[] = [];
  // One entry per UTF-16 unit: `fromSource` units map one-to-one, decoded entities all map to the `&`.
  const push = (text: string, at: number, fromSource: boolean): void => {
    for (let unit = 0; unit < text.length; unit++) {
      const char = text[unit];
      const space = /\s/.test(char);
      if (space && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
      chars.push(space ? ' ' : char);
      origin.push(fromSource ? at + unit : at);
    }
  };
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === '<') {
      if (source.startsWith('<!--', index)) {
        const close = source.indexOf('-->', index + 4);
        index = close < 0 ? source.length : close + 3;
        continue;
      }
      const raw = /^<(script|style|noscript|template)\b/i.exec(source.slice(index, index + 12));
      if (raw) {
        const close = source.toLowerCase().indexOf(`</${raw[1].toLowerCase()}`, index);
        index = close < 0 ? source.length : source.indexOf('>', close) + 1 || source.length;
        continue;
      }
      const close = source.indexOf('>', index);
      if (close < 0) break;
      // Tags separate words for our purposes; a spurious space only loosens the word search.
      push(' ', index, false);
      index = close + 1;
      continue;
    }
    if (char === '&') {
      const entity = /^&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/i.exec(source.slice(index, index + 12));
      if (entity) {
        const name = entity[1];
        let decoded: string | undefined;
        if (name.startsWith('#x') || name.startsWith('#X')) decoded = String.fromCodePoint(parseInt(name.slice(2), 16));
        else if (name.startsWith('#')) decoded = String.fromCodePoint(Number(name.slice(1)));
        else decoded = NAMED_ENTITIES[name.toLowerCase()];
        if (decoded !== undefined) {
          push(decoded, index, false);
          index += entity[0].length;
          continue;
        }
      }
    }
    push(char, index, true);
    index++;
  }
  return { view: chars.join(''), origin };
}

/** Segments mapping `text[textStart..]` onto the view range `viewStart..`, split wherever the source is not contiguous. */
function segmentsFor(textStart: number, viewStart: number, length: number, origin: readonly number[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let current: TextSegment | null = null;
  for (let offset = 0; offset < length; offset++) {
    const source = origin[viewStart + offset];
    if (source === undefined) break;
    if (current && current.sourceStart + current.length === source) {
      current.length++;
    } else {
      current = { textStart: textStart + offset, sourceStart: source, length: 1 };
      segments.push(current);
    }
  }
  return segments;
}

const WORD_WINDOW = 400;

/** Maps one paragraph: verbatim when the source has it whole, otherwise word by word. Returns the new cursor. */
function mapParagraph(
  paragraph: string,
  textStart: number,
  view: string,
  origin: readonly number[],
  cursor: number,
  fallbackSource: number,
  segments: TextSegment[],
): number {
  const whole = view.indexOf(paragraph, cursor);
  if (whole >= 0) {
    for (const segment of segmentsFor(textStart, whole, paragraph.length, origin)) segments.push(segment);
    return whole + paragraph.length;
  }
  let position = cursor;
  let mapped = 0;
  for (const word of paragraph.matchAll(/\S+/g)) {
    const window = view.slice(position, position + WORD_WINDOW + word[0].length);
    let found = window.indexOf(word[0]);
    // The first word may sit anywhere further on (Readability drops chrome between paragraphs).
    if (found < 0 && mapped === 0) {
      const anywhere = view.indexOf(word[0], position);
      found = anywhere < 0 ? -1 : anywhere - position;
    }
    if (found < 0) continue;
    for (const segment of segmentsFor(textStart + word.index, position + found, word[0].length, origin)) segments.push(segment);
    position += found + word[0].length;
    mapped++;
  }
  if (mapped === 0) segments.push({ textStart, sourceStart: fallbackSource, length: 0 });
  return mapped === 0 ? cursor : position;
}

function metaContent(document: ParentLike, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value = element?.getAttribute('content') ?? element?.getAttribute('datetime') ?? element?.getAttribute('href');
    if (value && value.trim() !== '') return value.trim();
  }
  return undefined;
}

interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface ParentLike {
  querySelector(selector: string): ElementLike | null;
}

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

function readMeta(document: ParentLike, source: string): HtmlMeta {
  const meta: HtmlMeta = {};
  const title = collapse(document.querySelector('title')?.textContent ?? '');
  if (title !== '') meta.title = title;
  const siteName = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  if (siteName) meta.siteName = siteName;
  const url = metaContent(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  if (url) meta.url = url;
  const byline = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  if (byline && !/^https?:/i.test(byline)) meta.byline = byline;
  const published = metaContent(document, PUBLISHED_SELECTORS);
  if (published) {
    const at = source.indexOf(published);
    meta.published = { value: published, sourceOffset: at < 0 ? 0 : at };
  }
  return meta;
}

/** Extracts the article text of an HTML page as paragraphs separated by blank lines. */
export function extractHtml(source: string): HtmlExtraction {
  // linkedom builds no <body> for a bare fragment ("<p>...</p>" piped in), so give it one.
  const page = /<html[\s>]/i.test(source) ? source : `<!doctype html><html><body>${source}</body></html>`;
  const { parseHTML, Readability } = libraries();
  const { document } = parseHTML(page);
  const meta = readMeta(document as unknown as ParentLike, source);

  let paragraphs: Paragraph[] = [];
  let article: ReturnType<ReadabilityClass['parse']> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  } catch {
    // Readability gives up on some malformed pages; the whole-body fallback below still reads them.
    article = null;
  }
  if (article?.content) {
    const { document: articleDocument } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    paragraphs = collectParagraphs(articleDocument.body as unknown as DomNode, false);
    if (!meta.byline && article.byline) meta.byline = collapse(article.byline);
  }
  if (paragraphs.length === 0) {
    // Readability mutates the page, so read a fresh copy when falling back to the whole body.
    const { document: fresh } = parseHTML(page);
    const body = (fresh.body ?? fresh.documentElement) as unknown as DomNode | null;
    if (body) paragraphs = collectParagraphs(body, true);
  }

  const { view, origin } = visibleText(source);
  const bodyTag = source.search(/<body\b/i);
  const fallbackSource = bodyTag < 0 ? 0 : bodyTag;
  const segments: TextSegment[] = [];
  const blocks: RawBlock[] = [];
  let text = '';
  let cursor = 0;
  for (const paragraph of paragraphs) {
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += paragraph.text;
    blocks.push(paragraph.hint ? { start, end: text.length, hint: paragraph.hint } : { start, end: text.length });
    cursor = mapParagraph(paragraph.text, start, view, origin, cursor, fallbackSource, segments);
  }
  return { text, blocks, segments, meta };
}
