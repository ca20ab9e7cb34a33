// Provenance: where each assertion comes from. Every assertion has its outlet (the document's), and where the
// sentence or the article says so, the original source it relies on: "according to X", "X reported", "X said
// it had obtained/reviewed/seen", "first reported by X", "told X" (X is then who was given the remark, not the
// speaker), and wire credits in datelines and bylines ("CITY (X) -", "XY —", "- XYZ", "with agency inputs").
// Articles whose bodies are near-identical (wire reprints) count as one source. Pure: no I/O, no clock.
import type { Assertion, Document, Sentence, SourceRef, Span } from '../types.js';
import { GROUP_NOUNS, NOT_A_SOURCE } from '../lexicon/provenance.js';
import { escapeRegExp } from '../util/regexp.js';

/** A source a sentence credits, with the offsets of the name in the sentence's text. */
export interface SourceCredit {
  name: string;
  key: string;
  relation: Exclude<SourceRef['relation'], 'outlet' | 'reprint'>;
  /** Offsets of the credit ("first reported by X") in the sentence's text. */
  start: number;
  end: number;
}

// A name: capitalised words (a few lowercase joiners inside), optionally after "the"; an acronym counts.
const WORD = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*`;
const NAME = String.raw`(?:[Tt]he\s+)?${WORD}(?:\s+(?:of\s+|and\s+|&\s+)?${WORD}){0,4}`;
const POSS = String.raw`(?:['’]s?)?`;

interface Pattern {
  relation: SourceCredit['relation'];
  re: RegExp;
}

// Group 1 is the source's name in every pattern.
const PATTERNS: Pattern[] = [
  { relation: 'according-to', re: new RegExp(String.raw`\b(?:[Aa]ccording\s+to|[Aa]s\s+per|[Cc]iting|cited\s+by|quoted\s+by)\s+(${NAME})${POSS}`, 'gu') },
  {
    relation: 'reported-by',
    re: new RegExp(String.raw`(${NAME})['’]s?\s+(?:(?:own|original|first|exclusive|earlier)\s+)?(?:report|reporting|transcript|story|article|investigation|scoop|exclusive)\b`, 'gu'),
  },
  { relation: 'reported-by', re: new RegExp(String.raw`\b(?:(?:first|originally|initially)\s+)?(?:reported|published|broken|revealed|leaked|aired|broadcast)\s+(?:first\s+)?by\s+(${NAME})${POSS}`, 'gu') },
  { relation: 'reviewed-by', re: new RegExp(String.raw`\b(?:obtained|reviewed|seen|heard|verified|authenticated)\s+by\s+(${NAME})${POSS}`, 'gu') },
  {
    relation: 'reviewed-by',
    re: new RegExp(String.raw`(${NAME}),?\s+(?:said|says|reported|stated)\s+(?:that\s+)?it\s+(?:had|has)\s+(?:independently\s+)?(?:obtained|reviewed|seen|heard|verified|authenticated|listened)`, 'gu'),
  },
  {
    relation: 'reviewed-by',
    re: new RegExp(String.raw`(${NAME}),?\s+which\s+(?:had\s+|has\s+)?(?:first\s+)?(?:obtained|reviewed|saw|seen|heard|verified|published|reported|broke)`, 'gu'),
  },
  {
    relation: 'reported-by',
    re: new RegExp(String.raw`(${NAME})\s+(?:(?:first|originally|earlier|exclusively)\s+)?(?:reported|published|revealed|broke\s+the\s+(?:news|story))\b(?!\s+(?:in|by|to|as|from|across|among|at|so\s+far|cases?)\b)`, 'gu'),
  },
  { relation: 'told', re: new RegExp(String.raw`\b(?:told|[Ss]peaking\s+to|spoke\s+to|[Ii]n\s+an\s+interview\s+with)\s+(${NAME})${POSS}`, 'gu') },
];

/** Normalises a source's name so that "the Wall Street Journal", "Wall Street Journal's" and "WSJ" meet. */
export function sourceKey(name: string): string {
  let n = name.trim().replace(/['’]s?$/u, '').replace(/^the\s+/i, '');
  // An outlet known by its web address ("wkrn.com") is the outlet its dateline credits ("(WKRN)").
  if (!/\s/.test(n)) n = n.replace(/^www\./i, '').replace(/\.(?:com|org|net|info|news|co|tv)(?:\.[a-z]{2})?$/i, '');
  n = n.replace(/[.,]/g, '').trim();
  n = n.replace(/\s+(?:news(?:paper)?|newswire|wire|agency|magazine)$/i, '');
  return n.toLowerCase().replace(/\s+/g, ' ');
}

/** True when two source keys name the same source: equal, or one is the other's initials ("wsj"). */
export function sameSource(a: string, b: string): boolean {
  if (a === b) return true;
  const initials = (s: string) =>
    s
      .split(' ')
      .filter((w) => !/^(?:of|and|&)$/.test(w))
      .map((w) => w[0])
      .join('');
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return !short.includes(' ') && short.length >= 2 && long.includes(' ') && initials(long) === short;
}

function cleanName(raw: string): string | null {
  const name = raw.replace(/['’]s?$/u, '').replace(/[.,]+$/, '').trim();
  const bare = name.replace(/^the\s+/i, '');
  if (!/^\p{Lu}/u.test(bare)) return null;
  if (NOT_A_SOURCE.has(bare.toLowerCase()) || NOT_A_SOURCE.has(bare.split(/\s+/)[0]!.toLowerCase())) return null;
  return name.replace(/^The\s+/, 'the ');
}

/** The sources a sentence credits. Sentences that name no source yield `[]`. */
export function creditsIn(text: string): SourceCredit[] {
  const out: SourceCredit[] = [];
  for (const { relation, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[1] ?? '';
      const start = (m.index ?? 0) + m[0].indexOf(raw);
      const end = start + raw.length;
      // "told Russian media": the capitalised word qualifies a group noun; that names no source.
      const after = text.slice(end).match(/^['’]?s?\s+([\p{Ll}]+)/u);
      if (after && GROUP_NOUNS.has(after[1]!)) continue;
      // A subject pattern must start at a word boundary of a sentence-level name: "Trump's envoy reported" is not a source.
      if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) continue;
      const name = cleanName(raw);
      if (!name) continue;
      const key = sourceKey(name);
      if (!key || out.some((c) => sameSource(c.key, key))) continue;
      out.push({ name, key, relation, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    }
  }
  return out;
}

const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\s.'’/-]{1,40}(?:,\s*[\p{L}\p{N} .]{1,30})?\s*\((\p{Lu}[\p{L}&.-]{1,24}(?:\s+\p{Lu}[\p{L}&.-]+){0,2})\)\s*[-—–]/u;
const WIRE_LEAD = /^(\p{Lu}{2,4})\s*[—–]\s+\S/u;
/** A byline or credit line that is only a parenthesised name: "(X)", "By Jane Doe (X)", "Source: X". */
const WIRE_BYLINE = /^(?:By\s+[^()]{2,60}?\s*)?\((\p{Lu}[\p{L}&.-]{1,24}(?:\s+\p{Lu}[\p{L}&.-]+){0,2})\)\s*$/u;
const WIRE_TAIL = /\s[-—–]\s*(\p{Lu}{2,4})\s*$/u;
const AGENCY_INPUTS = /\bwith\s+(?:(?:inputs?|reporting|additional\s+reporting)\s+from\s+(?:the\s+)?agenc(?:y|ies)|agency\s+inputs)\b/i;
/** The name of the unnamed wire in "with agency inputs": never the same source as another article's. */
export const UNNAMED_AGENCY = 'agency';
/** Datelines and wire credits open the story or close it. */
const EDGE_LINES = 15;

/** The wire credits of an article: a dateline "(X)", "X —" opening a paragraph, "- X" closing one, agency inputs. */
export function wireCredits(document: Document): Array<{ name: string; key: string; start: number; end: number }> {
  const out: Array<{ name: string; key: string; start: number; end: number }> = [];
  const lines: Array<{ text: string; start: number }> = [];
  let offset = 0;
  for (const line of document.text.split('\n')) {
    if (line.trim()) lines.push({ text: line, start: offset });
    offset += line.length + 1;
  }
  const edges = [...lines.slice(0, EDGE_LINES), ...lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES))];
  const push = (name: string, start: number, end: number) => {
    const key = sourceKey(name);
    if (!key || NOT_A_SOURCE.has(key) || out.some((c) => c.key === key)) return;
    out.push({ name, key, start, end });
  };
  for (const { text, start } of edges) {
    const trimmed = text.trim();
    const lead = start + text.indexOf(trimmed);
    const dateline = trimmed.match(WIRE_DATELINE) ?? trimmed.match(WIRE_LEAD) ?? trimmed.match(WIRE_BYLINE);
    if (dateline?.[1]) push(dateline[1], lead, lead + dateline[0].length);
    const tail = trimmed.match(WIRE_TAIL);
    if (tail?.[1] && trimmed.length > 60) push(tail[1], lead + (tail.index ?? 0), lead + trimmed.length);
    const inputs = trimmed.match(AGENCY_INPUTS);
    if (inputs) push(UNNAMED_AGENCY, lead + (inputs.index ?? 0), lead + (inputs.index ?? 0) + inputs[0].length);
  }
  return out;
}

// ───────────────────────────── reprints ─────────────────────────────

/** Share of sentences two articles must have in common (of the shorter one) to be one wire story reprinted. */
export const REPRINT_SHARE = 0.8;
/** Fewer body sentences than this say too little to call two articles one story. */
const REPRINT_MIN_SENTENCES = 3;
/** Words per shingle: a sentence is shared when most of its runs of this many words recur in the other article. */
const SHINGLE = 4;
/** Sentences in more articles than this are boilerplate ("Copyright 2016 The Associated Press."), no sign of a shared text. */
const COMMON_SHINGLE = 50;

function normalizeSentence(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function shinglesOf(sentence: string): string[] {
  const words = sentence.split(' ');
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/**
 * Groups articles whose body sentences are near-identical: at least `REPRINT_SHARE` of the shorter one's
 * sentences recur in the other after normalising case, whitespace and punctuation, a sentence counting as shared
 * when `REPRINT_SHARE` of its four-word runs do (a reprint's light edits — "the Earth" for "Earth", another
 * quote style — keep it one story). A reprinted wire story is one source. Returns each document's group: the id
 * of the group's first document (in input order).
 */
export function reprintGroups(sentencesByDoc: Map<string, Sentence[]>): Map<string, string> {
  const ids = [...sentencesByDoc.keys()];
  const order = new Map(ids.map((id, i) => [id, i]));
  const sentences = new Map<string, string[]>();
  for (const id of ids) {
    const body = (sentencesByDoc.get(id) ?? []).filter((s) => s.blockKind === 'body' || s.blockKind === 'list-item');
    sentences.set(id, [...new Set(body.map((s) => normalizeSentence(s.text)))].filter((s) => s.split(' ').length >= SHINGLE));
  }
  // Shingles are built only for articles that share a whole sentence with another: a reprint, however lightly
  // edited, keeps some sentences as they were, and most articles share none.
  const shingleCache = new Map<string, { perSentence: string[][]; all: Set<string> }>();
  const shinglesFor = (id: string) => {
    let cached = shingleCache.get(id);
    if (!cached) {
      const perSentence = sentences.get(id)!.map(shinglesOf);
      cached = { perSentence, all: new Set(perSentence.flat()) };
      shingleCache.set(id, cached);
    }
    return cached;
  };
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const holders = new Map<string, string[]>();
  for (const id of ids) {
    for (const s of sentences.get(id)!) {
      const list = holders.get(s);
      if (list) list.push(id);
      else holders.set(s, [id]);
    }
  }
  const sharedShare = (mine: string[][], theirs: Set<string>) =>
    mine.filter((gs) => gs.filter((g) => theirs.has(g)).length >= REPRINT_SHARE * gs.length).length / mine.length;
  for (const id of ids) {
    const mine = sentences.get(id)!;
    if (mine.length < REPRINT_MIN_SENTENCES) continue;
    const candidates = new Set<string>();
    for (const s of mine) {
      const list = holders.get(s)!;
      if (list.length > COMMON_SHINGLE) continue;
      for (const other of list) if (other !== id) candidates.add(other);
    }
    for (const other of candidates) {
      const theirs = sentences.get(other)!;
      // Each pair is judged once, from the article with fewer sentences (the first in input order on ties).
      if (theirs.length < REPRINT_MIN_SENTENCES || theirs.length < mine.length || (theirs.length === mine.length && order.get(other)! < order.get(id)!)) continue;
      if (sharedShare(shinglesFor(id).perSentence, shinglesFor(other).all) < REPRINT_SHARE) continue;
      const [a, b] = [find(id), find(other)];
      if (a === b) continue;
      // The earlier document in input order names the group.
      if (order.get(a)! < order.get(b)!) parent.set(b, a);
      else parent.set(a, b);
    }
  }
  return new Map(ids.map((id) => [id, find(id)]));
}

// ───────────────────────────── assertions ─────────────────────────────

export interface ProvenanceInput {
  assertions: Assertion[];
  documents: Map<string, Document>;
  sentencesByDoc: Map<string, Sentence[]>;
  /** The outlet name a reader knows a document by. */
  outletOf: (document: Document) => string;
  spanOf: (document: Document, sentence: Sentence, start?: number, end?: number) => Span;
}

export interface Provenance {
  assertions: Assertion[];
  /** Each document's reprint group (the id of the group's first document). */
  reprintOf: Map<string, string>;
}

/** The names an event or figure is about (participants, owner), to find the article's credits for it. */
function namesOf(a: Assertion): string[] {
  const refs = [...(a.kind === 'event' ? a.participants : []), ...(a.kind === 'figure' && a.owner ? [a.owner] : [])];
  return [...new Set(refs.map((r) => (r.name ?? r.text).split(/\s+/).pop() ?? '').filter((n) => /^\p{Lu}/u.test(n) && n.length > 2))];
}


/**
 * Writes each assertion's source chain: its outlet; the article's wire credit or reprint group; and the original
 * sources credited by its own sentence or, failing that, by the article's sentences about the same people
 * (at least two of an event's participants), which is where an article says whose report it retells.
 */
export function attachProvenance(input: ProvenanceInput): Provenance {
  const { documents, sentencesByDoc } = input;
  const reprintOf = reprintGroups(sentencesByDoc);
  const creditsByDoc = new Map<string, Array<{ sentence: Sentence; credits: SourceCredit[] }>>();
  for (const [docId, sentences] of sentencesByDoc) {
    creditsByDoc.set(
      docId,
      sentences.map((sentence) => ({ sentence, credits: creditsIn(sentence.text) })).filter((c) => c.credits.length > 0),
    );
  }
  const paragraphs = new Map<string, Map<number, string>>();
  for (const [docId, sentences] of sentencesByDoc) {
    const byBlock = new Map<number, string>();
    for (const s of sentences) byBlock.set(s.blockIndex, `${byBlock.get(s.blockIndex) ?? ''} ${s.text}`);
    paragraphs.set(docId, byBlock);
  }
  const wireByDoc = new Map<string, SourceRef[]>();
  for (const doc of documents.values()) {
    const outletKey = sourceKey(input.outletOf(doc));
    const refs: SourceRef[] = [];
    for (const w of wireCredits(doc)) {
      if (sameSource(w.key, outletKey)) continue;
      const sentence = (sentencesByDoc.get(doc.id) ?? []).find((s) => s.start <= w.start && w.start < s.end);
      refs.push({
        name: w.name,
        key: w.key,
        relation: 'wire',
        scope: 'article',
        ...(sentence ? { evidence: input.spanOf(doc, sentence, Math.max(sentence.start, w.start), Math.min(sentence.end, w.end)) } : {}),
      });
    }
    const group = reprintOf.get(doc.id);
    if (group && group !== doc.id) {
      const first = documents.get(group);
      if (first) refs.push({ name: input.outletOf(first), key: sourceKey(input.outletOf(first)), relation: 'reprint', scope: 'article' });
    }
    wireByDoc.set(doc.id, refs);
  }

  const toRef = (doc: Document, sentence: Sentence, credit: SourceCredit, scope: 'sentence' | 'article'): SourceRef => ({
    name: credit.name,
    key: credit.key,
    relation: credit.relation,
    scope,
    evidence: input.spanOf(doc, sentence, sentence.start + credit.start, sentence.start + credit.end),
  });

  const assertions = input.assertions.map((a) => {
    const doc = documents.get(a.docId);
    if (!doc) return a;
    const outlet = input.outletOf(doc);
    const outletKey = sourceKey(outlet);
    const chain: SourceRef[] = [{ name: outlet, key: outletKey, relation: 'outlet' }, ...(wireByDoc.get(a.docId) ?? [])];
    const credited = creditsByDoc.get(a.docId) ?? [];
    const own = credited.find((c) => c.sentence.index === a.sentenceIndex);
    const add = (ref: SourceRef) => {
      if (sameSource(ref.key, outletKey)) return;
      if (!chain.some((c) => c.relation !== 'outlet' && sameSource(c.key, ref.key))) chain.push(ref);
    };
    if (own) {
      for (const credit of own.credits) add(toRef(doc, own.sentence, credit, 'sentence'));
    } else if (a.kind === 'event' || a.kind === 'figure') {
      // Only facts the article narrates lean on the article's credits; a stance or a remark a named person holds
      // rests on that person unless its own sentence says whose report it is.
      const names = namesOf(a);
      const needed = a.kind === 'event' ? 2 : 1;
      if (names.length >= needed) {
        const patterns = names.map((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, 'u'));
        for (const c of credited) {
          // The credit's paragraph must be about the assertion's people: "The recording, first reported by X, ..."
          // follows the sentence that names who was recorded.
          const paragraph = paragraphs.get(a.docId)?.get(c.sentence.blockIndex) ?? c.sentence.text;
          if (patterns.filter((p) => p.test(paragraph)).length < needed) continue;
          // Article-level credits are those that say whose report the article retells, not who was told what.
          for (const credit of c.credits) if (credit.relation !== 'told') add(toRef(doc, c.sentence, credit, 'article'));
        }
      }
    }
    return chain.length > 0 ? { ...a, sources: chain } : a;
  });
  return { assertions, reprintOf };
}

/** The original sources in an assertion's chain (not its outlet, not a reprint group). */
export function originalsOf(a: Assertion): SourceRef[] {
  return (a.sources ?? []).filter((s) => s.relation !== 'outlet' && s.relation !== 'reprint');
}
