import type { AuthenticityAssertion, Document, EventAssertion, FigureAssertion, QuoteAssertion, Span } from '../../src/types.js';
import type { CompareContext } from '../../src/compare/context.js';

export function doc(id: string, outlet: string, published = '2024-03-05'): Document {
  return {
    id,
    path: `${id}.txt`,
    format: 'txt',
    outlet: { value: outlet, source: 'text' },
    published: { date: published, source: 'text' },
    title: null,
    url: null,
    byline: null,
    text: '',
    blocks: [],
    segments: [],
    sourceLineStarts: [0],
    warnings: [],
  };
}

export function span(docId: string, line: number, text = 'sentence'): Span {
  return { docId, path: `${docId}.txt`, line, column: 1, endLine: line, endColumn: 10, text };
}

export function context(docs: Document[], story: (id: string) => string = () => 'story'): CompareContext {
  return { documents: new Map(docs.map((d) => [d.id, d])), storyOf: new Map(docs.map((d) => [d.id, story(d.id)])) };
}

const ref = (name: string) => ({ text: name, entityId: `person:${name.toLowerCase().replace(/\s+/g, '-')}`, name });

export function event(docId: string, type: EventAssertion['eventType'], people: string[], value: string | null, inferred: EventAssertion['inferred'] = [], line = 1): EventAssertion {
  return {
    id: `${docId}:${type}:${line}`,
    kind: 'event',
    docId,
    sentenceIndex: line,
    subject: type,
    value: value ?? '',
    normalized: value ?? '',
    inferred,
    eventType: type,
    trigger: type,
    participants: people.map(ref),
    time: value
      ? { start: 0, end: 0, text: value, type: 'DATE', value, granularity: value.length === 10 ? 'day' : 'month', range: null, inferred }
      : null,
    evidence: [span(docId, line)],
  };
}

export function quote(docId: string, speaker: string, words: string, line = 1): QuoteAssertion {
  return {
    id: `${docId}:q:${line}`,
    kind: 'quote',
    docId,
    sentenceIndex: line,
    subject: `quote by ${speaker}`,
    value: words,
    normalized: words.toLowerCase().replace(/[^\p{L}\p{N}' ]/gu, '').replace(/\s+/g, ' ').trim(),
    inferred: [],
    speaker: ref(speaker),
    quote: words,
    partial: false,
    evidence: [span(docId, line, `"${words}," ${speaker} said.`)],
  };
}

export function stance(docId: string, holder: string, value: AuthenticityAssertion['stance'], target: string, sentence: string, line = 1): AuthenticityAssertion {
  return {
    id: `${docId}:a:${line}`,
    kind: 'authenticity',
    docId,
    sentenceIndex: line,
    subject: `authenticity of ${target}`,
    value,
    normalized: value,
    inferred: [],
    speaker: ref(holder),
    stance: value,
    holder: ref(holder),
    target,
    qualifiers: [],
    evidence: [span(docId, line, sentence)],
  };
}

export function figure(docId: string, quantity: number, counted: string, qualifier: FigureAssertion['qualifier'] = 'exact', line = 1): FigureAssertion {
  return {
    id: `${docId}:f:${line}`,
    kind: 'figure',
    docId,
    sentenceIndex: line,
    subject: counted,
    value: String(quantity),
    normalized: String(quantity),
    inferred: [],
    quantity,
    qualifier,
    unit: null,
    counted,
    evidence: [span(docId, line)],
  };
}
