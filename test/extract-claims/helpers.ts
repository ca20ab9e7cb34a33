// Builds Documents, Sentences and ExtractContexts from plain strings, independent of the real pipeline.
import type { Assertion, Document, EntityType, ExtractContext, Extractor, Mention, Sentence, Span, Timex } from '../../src/types.js';

export interface MentionSpec {
  text: string;
  type?: EntityType;
  pronoun?: boolean;
}

export interface BuildOptions {
  /** Names to tag as mentions (every occurrence). When omitted, capitalised runs and pronouns are tagged. */
  mentions?: Array<string | MentionSpec>;
  /** Phrases to tag as DATE timexes (every occurrence). */
  timexes?: string[];
  outlet?: string;
}

const SKIP_FIRST = /^(?:The|A|An|But|And|However|In|On|As|If|Is|It|This|That|While|Despite|After|Meanwhile|Still|Some|One|Another|According|When|There|What|Who|Where)$/;

/** Naive mention finder: capitalised runs (minus a leading function word) and personal pronouns. */
export function naiveMentions(text: string): MentionSpec[] {
  const out: MentionSpec[] = [];
  const re = /\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const parts = m[0].split(/\s+/);
    while (parts.length > 0 && SKIP_FIRST.test(parts[0]!)) parts.shift();
    if (parts.length === 0) continue;
    out.push({ text: parts.join(' ') });
  }
  for (const p of ['he', 'she', 'they', 'He', 'She', 'They']) {
    if (new RegExp(`\\b${p}\\b`).test(text)) out.push({ text: p, pronoun: true });
  }
  return out;
}

function splitSentences(text: string, blockStart: number, blockIndex: number, docId: string, startIndex: number): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
  let index = startIndex;
  let pending: { start: number; end: number } | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const lead = /^\s*/.exec(m[0])![0].length;
    const start = m.index + lead;
    const end = m.index + m[0].replace(/\s+$/, '').length;
    if (end <= start) continue;
    // Do not split after abbreviations or decimals ("U.S.", "1.2", "Mr.").
    const raw = text.slice(start, end);
    const nextChar = text.slice(end).trimStart()[0];
    const abbreviation = /(?:\p{Lu}\.\p{Lu}|\bMr|\bMrs|\bDr|\bMs|\bSt)\.$/u.test(raw) && nextChar !== undefined && !/^\s*\n/.test(text.slice(end));
    const continuesLower = nextChar !== undefined && /\p{Ll}|\d/u.test(nextChar);
    if (pending) pending.end = end;
    else pending = { start, end };
    if ((abbreviation || continuesLower) && re.lastIndex < text.length) continue;
    sentences.push({
      docId, index: index++, start: blockStart + pending.start, end: blockStart + pending.end,
      text: text.slice(pending.start, pending.end), blockKind: 'body', blockIndex,
    });
    pending = null;
  }
  if (pending) {
    sentences.push({ docId, index: index++, start: blockStart + pending.start, end: blockStart + pending.end, text: text.slice(pending.start, pending.end), blockKind: 'body', blockIndex });
  }
  return sentences;
}

export interface Built {
  document: Document;
  sentences: Sentence[];
  ctxFor(sentence: Sentence): ExtractContext;
}

export function build(text: string, options: BuildOptions = {}): Built {
  const docId = 'doc1';
  const sentences: Sentence[] = [];
  const blocks: Document['blocks'] = [];
  const paragraphRe = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let p = paragraphRe.exec(text); p !== null; p = paragraphRe.exec(text)) {
    if (p[0].trim().length === 0) continue;
    blocks.push({ kind: 'body', start: p.index, end: p.index + p[0].length });
    sentences.push(...splitSentences(p[0], p.index, blocks.length - 1, docId, sentences.length));
  }
  const document: Document = {
    id: docId, path: 'test.txt', format: 'txt', outlet: options.outlet ? { value: options.outlet, source: 'user' } : null,
    published: { date: '2024-03-10', source: 'user' }, title: null, url: null, byline: null, text, blocks,
    segments: [{ textStart: 0, sourceStart: 0, length: text.length }], sourceLineStarts: [0], warnings: [],
  };
  const specs: MentionSpec[] = (options.mentions ?? naiveMentions(text)).map((m) => (typeof m === 'string' ? { text: m } : m));
  const allMentions: Mention[] = [];
  for (const spec of specs) {
    const re = new RegExp(`(?<![\\p{L}])${spec.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const sentence = sentences.find((s) => m!.index >= s.start && m!.index < s.end);
      if (!sentence) continue;
      if (allMentions.some((x) => x.start === m!.index && x.end === m!.index + spec.text.length)) continue;
      const mention: Mention = {
        docId, sentenceIndex: sentence.index, start: m.index, end: m.index + spec.text.length, text: spec.text,
        type: spec.type ?? 'person',
      };
      if (spec.pronoun) mention.pronoun = true;
      allMentions.push(mention);
    }
  }
  const allTimexes: Timex[] = [];
  for (const phrase of options.timexes ?? []) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      allTimexes.push({ start: i, end: i + phrase.length, text: phrase, type: 'DATE', value: null, granularity: 'day', range: null, inferred: [] });
    }
  }
  let counter = 0;
  const ctxFor = (sentence: Sentence): ExtractContext => ({
    document,
    sentences,
    mentions: allMentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end),
    timexes: allTimexes.filter((t) => t.start >= sentence.start && t.end <= sentence.end),
    spanOf(start: number, end: number): Span {
      return { docId, path: 'test.txt', line: 1, column: start + 1, endLine: 1, endColumn: end + 1, text: sentence.text, excerpt: text.slice(start, end) };
    },
    nextId: (prefix: string) => `${prefix}-${++counter}`,
  });
  return { document, sentences, ctxFor };
}

/** Runs an extractor over every sentence of `text`. */
export function run<T extends Assertion = Assertion>(extractor: Extractor, text: string, options: BuildOptions = {}): T[] {
  const built = build(text, options);
  return built.sentences.flatMap((s) => extractor.extract(s, built.ctxFor(s))) as T[];
}
