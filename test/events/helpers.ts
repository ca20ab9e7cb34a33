import type { Document, EntityType, ExtractContext, Mention, Sentence, Timex } from '../../src/types.js';

export interface MentionSpec {
  text: string;
  type?: EntityType;
  /** Which occurrence of the text (0-based) when it appears more than once. */
  nth?: number;
  pronoun?: boolean;
}

export interface TimexSpec {
  text: string;
  value: string | null;
  granularity?: Timex['granularity'];
  inferred?: Timex['inferred'];
}

function find(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in "${text}"`);
  }
  return at;
}

/** One-sentence document and context, with the mentions and dates a test names. */
export function sentenceContext(text: string, mentions: MentionSpec[], timexes: TimexSpec[] = []): { sentence: Sentence; ctx: ExtractContext } {
  const document: Document = {
    id: 'doc1',
    path: 'a.txt',
    format: 'txt',
    outlet: null,
    published: { date: '2025-11-27', source: 'text' },
    title: null,
    url: null,
    byline: null,
    text,
    blocks: [{ kind: 'body', start: 0, end: text.length }],
    segments: [{ textStart: 0, sourceStart: 0, length: text.length }],
    sourceLineStarts: [0],
    warnings: [],
  };
  const sentence: Sentence = { docId: 'doc1', index: 0, start: 0, end: text.length, text, blockKind: 'body', blockIndex: 0 };
  const ms: Mention[] = mentions.map((m) => {
    const start = find(text, m.text, m.nth);
    return {
      docId: 'doc1',
      sentenceIndex: 0,
      start,
      end: start + m.text.length,
      text: m.text,
      type: m.type ?? 'person',
      ...(m.pronoun ? { pronoun: true } : {}),
    };
  });
  const ts: Timex[] = timexes.map((t) => {
    const start = find(text, t.text);
    return {
      start,
      end: start + t.text.length,
      text: t.text,
      type: 'DATE',
      value: t.value,
      granularity: t.granularity ?? 'day',
      range: t.value && /^\d{4}-\d{2}-\d{2}$/.test(t.value) ? { start: t.value, end: t.value } : null,
      inferred: t.inferred ?? ['year-from-publication'],
    };
  });
  let n = 0;
  const ctx: ExtractContext = {
    document,
    sentences: [sentence],
    mentions: ms,
    timexes: ts,
    spanOf: (start, end) => ({ docId: 'doc1', path: 'a.txt', line: 1, column: start + 1, endLine: 1, endColumn: end + 1, text }),
    nextId: (prefix) => `${prefix}${++n}`,
  };
  return { sentence, ctx };
}
