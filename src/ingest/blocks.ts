// Splitting cleaned text into paragraph-like blocks and deciding what each one is:
// article prose, a heading, a list item, a photo caption, page metadata or page chrome.
import type { Block, BlockKind } from '../types.js';
import { parseDateline, parseTimeLine } from './dates.js';
import { CAPTION_VERBS, FURNITURE_LINES, NAVIGATION_WORDS, NEWSROOM_ROLES, RELATED_HEADERS } from './lexicon.js';

/** A block before classification; `hint` is what the markup already said (an HTML `<h2>`, a markdown `#`). */
export interface RawBlock {
  start: number;
  end: number;
  hint?: 'heading' | 'list-item' | 'caption';
}

export type JoinRule = 'markdown' | 'plain';

const LIST_MARKER = /^(?:[•●▪◦‣∙·*+\-–]|\d{1,3}[.)])\s+(?=\S)/;
const MARKDOWN_HEADING = /^#{1,6}\s+(?=\S)/;
const SENTENCE_END = /(?:[.!?…]|[.!?,…]["”’'»)\]]+)$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '') break;
    const raw = match[0].replace(/[\r\n]+$/, '');
    const leading = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (content === '') continue;
    const start = match.index + leading;
    lines.push({ start, end: start + content.length, text: content });
  }
  return lines;
}

function isBlankBetween(text: string, from: number, to: number): boolean {
  return /\n[ \t]*\r?\n|\r[ \t]*\r/.test(text.slice(from, to));
}

/**
 * Splits text into blocks. Plain text: one block per line, except that a line continuing a sentence
 * in lower case (hard-wrapped text) joins the line before. Markdown: consecutive lines form a paragraph.
 * List markers and markdown `#` are left out of the block so later stages read only the words.
 */
export function splitBlocks(text: string, rule: JoinRule): RawBlock[] {
  const blocks: RawBlock[] = [];
  let previous: { line: Line; block: RawBlock } | null = null;
  for (const line of linesOf(text)) {
    const heading = rule === 'markdown' ? MARKDOWN_HEADING.exec(line.text) : null;
    const marker = LIST_MARKER.exec(line.text);
    const adjacent = previous !== null && !isBlankBetween(text, previous.line.end, line.start);
    if (previous && adjacent && !heading && !marker && previous.block.hint !== 'heading') {
      const continues =
        rule === 'markdown'
          ? true
          : /^[a-z]/.test(line.text) && !SENTENCE_END.test(previous.line.text) && previous.block.hint !== 'list-item';
      if (continues) {
        previous.block.end = line.end;
        previous.line = line;
        continue;
      }
    }
    const block: RawBlock = { start: line.start, end: line.end };
    if (heading) {
      block.start += heading[0].length;
      block.hint = 'heading';
    } else if (marker) {
      block.start += marker[0].length;
      block.hint = 'list-item';
    }
    blocks.push(block);
    previous = { line, block };
  }
  return blocks;
}

/** Lower case, straight quotes, no bullets or trailing punctuation: the form lexicons are written in. */
export function normalizeLine(line: string): string {
  return line
    .toLowerCase()
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s•●▪◦‣∙·*+\-–—|>#]+/, '')
    .replace(/[\s:.!…|>»›]+$/, '')
    .trim();
}

const RELATIVE_TIME =
  /^(?:(?:updated|posted|published)\s+)?(?:\d+|an?|one|a few|few)\s+(?:sec|secs|second|seconds|min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|weeks|month|months|year|years)\s+ago$|^just now$/;
const SOCIAL_PLATFORMS =
  'google(?: news)?|facebook|twitter|x|instagram|youtube|linkedin|threads|tiktok|bluesky|mastodon|social media|our';
// "Follow us on …" is page chrome whatever the platform; "Follow <outlet> on …" needs a known platform word.
const FOLLOW_PROMPT = new RegExp(`^follow\\s+us\\s+on\\b|^follow\\s+[^\\s]+(?:\\s+[^\\s]+){0,3}\\s+on\\s+(?:${SOCIAL_PLATFORMS})\\b`, 'i');
const PROMPT_PATTERNS: readonly RegExp[] = [
  /\b(?:delivered|sent)\s+(?:straight\s+|directly\s+|right\s+)?to\s+your\s+inbox\b/i,
  /\bsign\s+up\s+(?:for|to)\s+(?:our|the)\b[\w\s]*\bnewsletters?\b/i,
  /^subscribe\s+(?:(?:to|for)\s+(?:our|the)\b|(?:now|today)[.!]?$)/i,
  /^(?:download|get)\s+(?:the|our)\s+[\w\s]*\bapp\b/i,
  /^click\s+here\b/i,
  /\bcomments?\s+(?:reflect|represent|are)\b[^.]{0,40}\b(?:users?|readers?|commenters?)['’]?(?=[\s,.]|$)/i,
  /^disclaimer\s*:/i,
  /^(?:trending|tags|topics|also read|read also|read more|see also|related|must read|watch|listen)\s*:/i,
  /^(?:©|\(c\)\s)|^copyright\s+(?:©\s*)?\d{4}\b|\ball rights reserved\b/i,
];
// Prompts that are only chrome when short and not a sentence ("More from Business", "Share this story").
const SHORT_PROMPT_PATTERNS: readonly RegExp[] = [
  /^share\s+(?:this|on|via)\b/i,
  /^(?:next|more|latest|top stories)\s+(?:in|from|on)\s+\S/i,
];
const COMMENT_COUNT = /^\d+\s+comments?$/;
// A prompt to the reader: "Enjoying the news?", "Liked this story?", "Found this useful?".
const READER_PROMPT = /^(?:enjoying|enjoyed|liked|like|loving|love|want|found|finding)\b[^.!?]{0,30}\?$/;
// A byline bar: "Posted by Jo Lind | 14 comments", "By Jo Lind | 5 min read".
const BYLINE_BAR = /^(?:posted\s+(?:by|on)|by)\s+[^|]{1,60}\|\s*(?:\d+\s+(?:comments?|shares?|min(?:ute)?s?\s+read)|[^|]{0,40})$/;

const LABEL_ONLY =
  /^(?:location|first published|published|published on|last updated|updated|updated on|posted|posted on|date|dateline|source|written by|author|authors|by|edited by|reported by)\s*:?$/i;
const LABELLED_VALUE = /^(?:location|dateline|place)\s*:/i;
const BYLINE = /^(?:by|written by|reported by|words by|story by)\s+\S/i;
const CREDITS =
  /^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|produced|translated|graphics|fact-checked)\s+by\b|^\(?\s*(?:with\s+)?(?:inputs|additional reporting)\s+from\b/i;
const PLACE_DATELINE = /^[\p{Lu}][\p{L} .'’/-]{1,40}\s*[—–-]+\s*$/u;
const AUTHOR_BIO = new RegExp(
  `^((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*)\\s+(?:is|was|has been)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,4}${NEWSROOM_ROLES}\\b`,
  'u',
);
// Sentence openers that look like names to the pattern above but start ordinary prose.
const NOT_NAME_START = /^(?:the|a|an|he|she|it|this|that|they|we|i|his|her|our|their|one|another)\b/i;

const CAPTION_CREDITS: readonly RegExp[] = [
  /\bfile\s+photo\b/i,
  /\(\s*(?:image|photo|picture|pic|photograph|credit|photo credit|image credit)s?\s*:[^)]*\)\s*$/i,
  /(?:^|[.)]\s+|\(\s*)(?:photo|photograph|image|picture|pic|credit|photo credit|image credit)s?\s*:\s*\S[^.]*$/i,
  /\bvia\s+\p{Lu}{2,}\b[^\p{Ll}]*$/u,
  // No `i` flag with \p{Lu}: case-insensitive matching would let it match lower-case letters too.
  /\p{Lu}[\p{L}.-]*\s*\/\s*(?:[Pp]ool|[Hh]andout|[Ff]ile|[Ss]taff|POOL|HANDOUT|FILE|STAFF)\b/u,
  /\b(?:getty images|shutterstock|istock|alamy|handout photo)\b/i,
  /\b\p{Lu}{2,}\s+(?:photo|file photo|images?)\b/u,
  /\bnot pictured\b/i,
  /\((?:l|r)\s*-\s*(?:r|l)\)|^(?:from left|left to right|pictured|in this photo|this photo|a file photo)\b/i,
  // A closing all-caps credit after the caption sentence: "... in 2024. JANE ROE/AGENCY".
  /[.!?]\s+(?:\p{Lu}[\p{Lu}'’.-]+\s?){1,5}(?:\/\s?\p{Lu}[\p{L} ]*)*$/u,
];
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const CAPTION_SCENE = new RegExp(
  `^(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’-]*,?\\s+(?:(?:of|the|and|de|von|al|bin|for)\\s+)*){1,14}(?:${CAPTION_VERBS})\\b.*\\b(?:${MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_NAME}\\s+\\d{4})\\.?\\s*$`,
  'iu',
);

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

function isNavigationLine(normalized: string): boolean {
  const words = wordsOf(normalized);
  if (words.length < 3 || /[.!?,;:]/.test(normalized)) return false;
  return words.every((word) => NAVIGATION_WORDS.has(word));
}

/** A line that reads as a linked headline: short, capitalised, not ending like a statement (questions are fine). */
function isLinkHeadline(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 20 || text.length > 160) return false;
  if (/(?:[.!…]|[.!,…]["”’'»)\]]+)$/.test(text) || /[,;:]$/.test(text)) return false;
  return /^["“‘'(\p{Lu}\p{N}]/u.test(text);
}

function furnitureReason(text: string, normalized: string): string | null {
  if (normalized === '') return 'empty';
  if (FURNITURE_LINES.has(normalized) || FURNITURE_LINES.has(normalized.replace(/[.?]+$/, ''))) return 'page-chrome';
  if (RELATIVE_TIME.test(normalized)) return 'relative-timestamp';
  if (COMMENT_COUNT.test(normalized)) return 'comment-widget';
  if (BYLINE_BAR.test(normalized)) return 'byline-bar';
  if (READER_PROMPT.test(normalized)) return 'reader-prompt';
  if (FOLLOW_PROMPT.test(text)) return 'follow-prompt';
  const words = wordsOf(text).length;
  // Prompts are short; a long paragraph that mentions an inbox is prose.
  if (words <= 60 && PROMPT_PATTERNS.some((pattern) => pattern.test(text))) return 'prompt';
  if (words <= 8 && !SENTENCE_END.test(text) && SHORT_PROMPT_PATTERNS.some((pattern) => pattern.test(text))) return 'prompt';
  if (isNavigationLine(normalized)) return 'navigation';
  return null;
}

function metadataReason(text: string, normalized: string): string | null {
  if (LABEL_ONLY.test(normalized)) return 'label';
  if (LABELLED_VALUE.test(text)) return 'label';
  if (parseDateline(text)) return 'dateline';
  if (parseTimeLine(text)) return 'dateline';
  if (PLACE_DATELINE.test(text)) return 'dateline';
  if (CREDITS.test(text)) return 'credits';
  if (BYLINE.test(text) && wordsOf(text).length <= 12 && !SENTENCE_END.test(text)) return 'byline';
  return null;
}

function isCaption(text: string): boolean {
  if (wordsOf(text).length > 80) return false;
  return CAPTION_CREDITS.some((pattern) => pattern.test(text)) || CAPTION_SCENE.test(text);
}

function isHeadline(text: string): boolean {
  const words = wordsOf(text);
  return words.length <= 30 && !SENTENCE_END.test(text) && /^["“‘'(\p{Lu}\p{N}]/u.test(text);
}

function isHeading(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 14 || text.length > 120) return false;
  if (SENTENCE_END.test(text) || /[,;:]$/.test(text)) return false;
  return /^["“‘'(\p{Lu}\p{N}]/u.test(text);
}

/** Name at the start of an author bio ("Jane Roe is a senior reporter at ..."), when the block is one. */
function authorBioName(text: string): string | null {
  const match = AUTHOR_BIO.exec(text);
  if (!match || NOT_NAME_START.test(match[1]) || !/\s/.test(match[1])) return null;
  return match[1];
}

// What staff bios go on to say, which news sentences about a journalist rarely do.
const BIO_FOLLOW_UP = /\b(?:covers|writes about|reports on|focuses on|specialises in|specializes in|has (?:over|more than|nearly|about) \w+ years|years of experience|previously worked|can be reached|follow (?:him|her|them) on)\b|(?:\.\.\.|…)\s*(?:read more)?$/i;

/** A bio needs corroboration: bio phrasing, or the bare name on the line just above. */
function isAuthorBio(text: string, name: string, previousNormalized: string | undefined): boolean {
  return BIO_FOLLOW_UP.test(text) || previousNormalized === name.toLowerCase();
}

export interface ClassifyOptions {
  /** Paragraphs from HTML are already separated by markup; a short line there is less often a menu. */
  format: 'txt' | 'md' | 'html';
}

/** Classifies raw blocks; each gets a kind and, for furniture/metadata, the rule that decided it. */
export function classifyBlocks(text: string, raw: readonly RawBlock[], options: ClassifyOptions): Block[] {
  const texts = raw.map((block) => text.slice(block.start, block.end));
  const normalized = texts.map(normalizeLine);
  const bioNames = new Set<string>();
  texts.forEach((blockText, index) => {
    const name = authorBioName(blockText);
    // A bio sits at the edges of a page, not in the middle of the story.
    if (name && (index < 6 || index >= raw.length * 0.6) && isAuthorBio(blockText, name, normalized[index - 1])) {
      bioNames.add(name.toLowerCase());
    }
  });

  const seen = new Map<string, number>();
  const openingLines: string[] = [];
  let seenContent = false;
  const blocks: Block[] = raw.map((block, index) => {
    const blockText = texts[index];
    const norm = normalized[index];
    const result = (kind: BlockKind, reason?: string): Block =>
      reason === undefined ? { kind, start: block.start, end: block.end } : { kind, start: block.start, end: block.end, reason };

    const furniture = furnitureReason(blockText, norm);
    if (furniture) return result('furniture', furniture);

    const metadata = metadataReason(blockText, norm);
    if (metadata) return result('metadata', metadata);
    const bioName = authorBioName(blockText);
    if (bioName && bioNames.has(bioName.toLowerCase()) && (index < 6 || index >= raw.length * 0.6)) {
      return result('metadata', 'author-bio');
    }
    if (bioNames.has(norm)) return result('metadata', 'byline');
    // The value under a bare label ("Location :" then "Lisbon/Porto").
    if (index > 0 && LABEL_ONLY.test(normalized[index - 1]) && wordsOf(blockText).length <= 8 && !SENTENCE_END.test(blockText)) {
      return result('metadata', 'label');
    }

    if (norm.length >= 8) {
      if (seen.has(norm)) return result('furniture', 'duplicate');
      // A breadcrumb trail in front of a repeated headline ("News world <headline>"); headlines open the page.
      for (const earlier of openingLines) {
        if (norm.endsWith(earlier) && wordsOf(norm.slice(0, -earlier.length)).length <= 4) {
          return result('furniture', 'duplicate');
        }
      }
      seen.set(norm, index);
      if (openingLines.length < 10 && norm.length >= 25) openingLines.push(norm);
    }

    if (block.hint === 'caption' || isCaption(blockText)) {
      seenContent = true;
      return result('caption');
    }
    if (block.hint === 'list-item') {
      // A bulleted section label ("• World") is navigation, not content.
      if (wordsOf(norm).length === 1 && NAVIGATION_WORDS.has(norm)) return result('furniture', 'navigation');
      return result('list-item');
    }
    if (block.hint === 'heading') return result('heading');
    if (isHeading(blockText)) return result('heading');
    // The first words of a page are its headline even when long ("From X To Y: Hunt On For ...").
    if (!seenContent && isHeadline(blockText)) {
      seenContent = true;
      return result('heading');
    }
    seenContent = true;
    return result('body');
  });

  markRelatedLinkRuns(blocks, texts, normalized, options);
  return blocks;
}

/** After a "Next In ..."/"Also read" header, the headlines that follow are links to other stories. */
function markRelatedLinkRuns(blocks: Block[], texts: readonly string[], normalized: readonly string[], options: ClassifyOptions): void {
  for (let index = 0; index < blocks.length; index++) {
    const header = normalized[index];
    const isHeader =
      RELATED_HEADERS.has(header) || /^(?:next|more|latest|top stories)\s+(?:in|from|on)\s+\S/.test(header) ||
      /^(?:trending|also read|read also|see also|related|must read)\s*:?$/.test(header);
    if (!isHeader) continue;
    let end = index + 1;
    while (end < blocks.length && blocks[end].kind !== 'metadata' && isLinkHeadline(texts[end])) end++;
    const run = end - index - 1;
    // One headline after a header near the top may be the article's own title, so ask for a run there.
    const nearEnd = index >= blocks.length * 0.5;
    if (run >= 2 || (run === 1 && nearEnd && options.format !== 'md')) {
      for (let item = index + 1; item < end; item++) {
        if (blocks[item].kind !== 'furniture') blocks[item] = { ...blocks[item], kind: 'furniture', reason: 'related-links' };
      }
    }
    index = end - 1;
  }
}
