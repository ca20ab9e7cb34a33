// What an article says about itself: its publication date, its outlet, its title and byline.
import type { Block } from '../types.js';
import { normalizeLine } from './blocks.js';
import { NEWSROOM_ROLES } from './lexicon.js';
import { parseDateline, parseTimeLine, isoOf, type ParsedDate } from './dates.js';

/** How many lines at each end of a page are searched for metadata; datelines and credits live at the edges. */
export const EDGE_LINES = 40;

export interface TextLine {
  start: number;
  end: number;
  text: string;
}

export interface FoundDate extends Omit<ParsedDate, 'start' | 'end'> {
  /** Offsets in the document text of the evidence (the dateline, plus a time line under it). */
  start: number;
  end: number;
}

export interface FoundOutlet {
  name: string;
  start: number;
  end: number;
  rule: string;
}

export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    const raw = match[0];
    const trimmedStart = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (content === '') continue;
    lines.push({ start: match.index + trimmedStart, end: match.index + trimmedStart + content.length, text: content });
  }
  return lines;
}

/** Indexes of the lines at the top and bottom of the page, top first. */
function edgeIndexes(count: number): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < Math.min(count, EDGE_LINES); index++) indexes.push(index);
  for (let index = Math.max(EDGE_LINES, count - EDGE_LINES); index < count; index++) indexes.push(index);
  return indexes;
}

const LABEL_LINE = /^(?:first\s+|last\s+)?(published|posted|released|created|updated|modified|edited|revised)(?:\s+on)?\s*:?$/i;
const BULLET = /^[•●▪◦‣∙·*+\-–|]\s*/;
const LABEL_RANK: Readonly<Record<ParsedDate['label'], number>> = { published: 0, plain: 1, updated: 2 };

/**
 * The publication date a page states in its datelines. A "published" stamp beats an unlabelled date,
 * which beats an "updated" one; among equals the one nearer the top wins.
 */
export function findPublicationDate(lines: readonly TextLine[], excluded: ReadonlySet<number> = new Set()): FoundDate | null {
  let best: { found: FoundDate; rank: number; order: number } | null = null;
  edgeIndexes(lines.length).forEach((lineIndex, order) => {
    const line = lines[lineIndex];
    if (excluded.has(line.start)) return;
    const bullet = BULLET.exec(line.text);
    const content = bullet ? line.text.slice(bullet[0].length) : line.text;
    const dateline = parseDateline(content);
    if (!dateline) return;
    const offset = line.start + (bullet ? bullet[0].length : 0);
    const previous = lineIndex > 0 ? LABEL_LINE.exec(lines[lineIndex - 1].text) : null;
    for (const parsed of dateline.dates) {
      let label = parsed.label;
      // The evidence is the whole dateline, labels and byline included, as a reader would quote it.
      const start = offset;
      const end = line.end;
      // A bare label on the line above ("First Published:" then the date) names this date.
      if (label === 'plain' && previous) {
        label = /updated|modified|edited|revised/i.test(previous[1]) ? 'updated' : 'published';
      }
      const found: FoundDate = { ...parsed, label, start, end };
      // A page may put the time on the line under the date ("Mar 4, 2024" / "05:53 pm").
      const next = lines[lineIndex + 1];
      const timeLine = found.time === undefined && next ? parseTimeLine(next.text) : null;
      if (timeLine) {
        found.time = timeLine.time;
        if (timeLine.timezone !== undefined) found.timezone = timeLine.timezone;
        const iso = isoOf(found.date, found.time, found.timezone);
        if (iso !== undefined) found.iso = iso;
        found.end = next.end;
      }
      const rank = LABEL_RANK[label];
      if (best === null || rank < best.rank || (rank === best.rank && order < best.order)) best = { found, rank, order };
    }
  });
  return best === null ? null : (best as { found: FoundDate }).found;
}

// A proper name as pages write outlet names: capitalised words, digits allowed ("Channel4"), joined by small words.
const NAME = "(\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}]+)*(?:\\s+(?:of\\s+the\\s+|of\\s+|the\\s+|and\\s+|&\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}]+)*){0,3})";
const PLATFORMS = 'google(?: news)?|facebook|twitter|x|instagram|youtube|linkedin|threads|tiktok|bluesky';

interface OutletRule {
  rule: string;
  pattern: RegExp;
  weight: number;
  /** Only lines near the top (wire credits open the story). */
  topOnly?: boolean;
  /** Also read in prose: a wire credit opens the first paragraph of the story. */
  inProse?: boolean;
}

const OUTLET_RULES: readonly OutletRule[] = [
  { rule: 'copyright', weight: 5, pattern: new RegExp(`(?:©|\\([Cc]\\)|[Cc]opyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s*)?(?:by\\s+)?${NAME}`, 'u') },
  { rule: 'comments-disclaimer', weight: 5, pattern: new RegExp(`\\b(?:[Cc]omments|[Vv]iews|[Oo]pinions)\\b[^.]*\\bnot\\s+(?:those\\s+of\\s+|of\\s+)?${NAME}(?:['’]s?)?(?=[\\s.,;]|$)`, 'u') },
  { rule: 'follow-prompt', weight: 4, pattern: new RegExp(`^follow\\s+${NAME}\\s+on\\s+(?:${PLATFORMS})\\b`, 'iu') },
  { rule: 'staff-bio', weight: 4, pattern: new RegExp(`\\b(?:is|was|has been)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,4}${NEWSROOM_ROLES}\\s+(?:at|with|for)\\s+${NAME}`, 'u') },
  { rule: 'wire-credit', weight: 3, topOnly: true, inProse: true, pattern: new RegExp(`^\\p{Lu}[\\p{Lu}\\s.'’/-]{1,40}(?:,\\s*[\\p{L}\\p{N} .]{1,30})?\\s*\\(${NAME}\\)\\s*[-—–]`, 'u') },
  { rule: 'only-on', weight: 2, pattern: new RegExp(`\\b(?:only|first)\\s+on\\s+${NAME}[.!]?$`, 'u') },
  // A masthead line on its own near the top: "Santa Ilaria Observer", "The Evening Courier".
  {
    rule: 'masthead',
    weight: 1,
    topOnly: true,
    pattern: /^((?:The\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Times|Post|Herald|Gazette|Observer|Tribune|Chronicle|Journal|Courier|Standard|Express|Mirror|Sentinel|Ledger|Daily|News|Press|Review|Record|Examiner|Inquirer|Star|Globe|Register|Bulletin|Dispatch|Monitor|Wire))$/u,
  },
  { rule: 'desk-byline', weight: 1, pattern: new RegExp(`^${NAME}\\s+(?:[Ee]xplainers?|[Ss]taff|[Dd]esk|[Nn]ews [Dd]esk|[Ww]eb [Dd]esk|[Bb]ureau|[Nn]ewsroom|[Nn]ews [Ss]ervice)\\b`, 'u') },
];

const NOT_OUTLETS = new Set(['us', 'our', 'the', 'we', 'i', 'you', 'me', 'them', 'him', 'her', 'this', 'that']);

function cleanName(raw: string): string | null {
  // Case-insensitive rules may capture a trailing lower-case word; an outlet name ends at its last capitalised word.
  const words = raw.trim().split(/\s+/);
  if (words.length > 1 && /^the$/.test(words[0])) words.shift();
  while (words.length > 0 && !/^[\p{Lu}\p{N}]/u.test(words[words.length - 1])) words.pop();
  const name = words.join(' ').replace(/['’]s?$/, '').replace(/[.,;:]+$/, '');
  if (name === '' || NOT_OUTLETS.has(name.toLowerCase())) return null;
  return name;
}

/** The outlet a page names for itself (copyright line, "Follow X on", staff bios, wire credits). */
export function findOutlet(lines: readonly TextLine[], proseLines: ReadonlySet<number> = new Set()): FoundOutlet | null {
  const scores = new Map<string, { name: string; score: number; first: FoundOutlet }>();
  const topCount = Math.min(lines.length, EDGE_LINES);
  edgeIndexes(lines.length).forEach((lineIndex) => {
    const line = lines[lineIndex];
    for (const rule of OUTLET_RULES) {
      if (rule.topOnly && lineIndex >= Math.min(topCount, 15)) continue;
      // A sentence of the story that mentions another outlet's staff is not the page naming itself.
      if (!rule.inProse && proseLines.has(line.start)) continue;
      const match = rule.pattern.exec(line.text);
      if (!match) continue;
      const name = cleanName(match[1]);
      if (!name) continue;
      const key = normalizeLine(name);
      const entry = scores.get(key);
      if (entry) entry.score += rule.weight;
      else scores.set(key, { name, score: rule.weight, first: { name, start: line.start, end: line.end, rule: rule.rule } });
    }
  });
  let best: { name: string; score: number; first: FoundOutlet } | null = null;
  for (const entry of scores.values()) if (best === null || entry.score > best.score) best = entry;
  return best ? best.first : null;
}

/** The page's headline: the first heading or short line among the first blocks that is not page chrome. */
export function findTitle(text: string, blocks: readonly Block[]): string | null {
  for (const block of blocks.slice(0, 8)) {
    if (block.kind === 'furniture' || block.kind === 'metadata' || block.kind === 'caption') continue;
    const candidate = text.slice(block.start, block.end).trim();
    const words = candidate.split(/\s+/).length;
    if (words <= 25 && !/[.]$/.test(candidate)) return candidate;
    return null;
  }
  return null;
}

const BY_PREFIX = /^(?:by|written by|reported by|words by|story by)\s+/i;

/** The byline: a "By ..." line, the name left on a dateline ("Desk Explainers Mar 4, 2024"), or an author line. */
export function findByline(text: string, blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    if (block.kind !== 'metadata') continue;
    const line = text.slice(block.start, block.end).trim();
    if (block.reason === 'byline') return line.replace(BY_PREFIX, '').trim();
    if (block.reason === 'dateline') {
      const parsed = parseDateline(line.replace(BULLET, ''));
      const rest = parsed?.rest.trim() ?? '';
      if (rest !== '' && /^\p{Lu}/u.test(rest) && !/^(?:at|on|in)\b/i.test(rest)) return rest;
    }
  }
  return null;
}
