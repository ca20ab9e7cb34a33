// Builds Documents and Sentences for entity tests without depending on the ingest stage.
import type { Block, Document, Sentence } from '../../src/types.js';
import { splitSentences } from '../../src/text/sentences.js';

/** A document whose blocks are the text's blank-line separated paragraphs (first one a heading if asked). */
export function makeDocument(id: string, text: string, options: { headingFirst?: boolean } = {}): Document {
  const blocks: Block[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of text.matchAll(paragraph)) {
    if (match[0].trim().length === 0) continue;
    const start = match.index ?? 0;
    blocks.push({ kind: blocks.length === 0 && options.headingFirst ? 'heading' : 'body', start, end: start + match[0].length });
  }
  return {
    id,
    path: `${id}.txt`,
    format: 'txt',
    outlet: null,
    published: null,
    title: null,
    url: null,
    byline: null,
    text,
    blocks,
    segments: [{ textStart: 0, sourceStart: 0, length: text.length }],
    sourceLineStarts: [0],
    warnings: [],
  };
}

export function sentencesOf(doc: Document): Sentence[] {
  return splitSentences(doc);
}
