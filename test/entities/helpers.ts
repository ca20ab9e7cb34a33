// Builds Documents and Sentences for entity tests without depending on the ingest stage.
import type { Block, Document, EntityType, Mention, Sentence } from '../../src/types.js';
import { findMentions } from '../../src/text/mentions.js';
import { resolveEntities } from '../../src/resolve/entities.js';
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

/** The non-pronoun mentions of one text, as [text, type] (optionally with the document's own outlet). */
export function named(text: string, outlet?: string): Array<[string, EntityType]> {
  const doc = makeDocument('d', text);
  if (outlet) doc.outlet = { value: outlet, source: 'front-matter' };
  return findMentions(doc, sentencesOf(doc))
    .filter((m) => !m.pronoun)
    .map((m) => [m.text, m.type]);
}

/** Runs mention finding and resolution over several small articles. */
export function resolveTexts(texts: string[], aliases?: Record<string, string[]>): ReturnType<typeof resolveEntities> {
  const mentionsByDoc = new Map<string, Mention[]>();
  const sentencesByDoc = new Map<string, Sentence[]>();
  texts.forEach((text, i) => {
    const doc = makeDocument(`doc${i}`, text);
    const sentences = sentencesOf(doc);
    sentencesByDoc.set(doc.id, sentences);
    mentionsByDoc.set(doc.id, findMentions(doc, sentences));
  });
  return resolveEntities(mentionsByDoc, sentencesByDoc, aliases ? { aliases } : {});
}
