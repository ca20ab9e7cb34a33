// Finds person, organisation and place mentions in a document's sentences: the public entry of the text stage's
// name finding. compromise supplies tokens and lexical tags (text/nlp.ts); general rules on top decide where a name
// starts and ends and what type it has (text/names/: runs, candidates, classify, datelines, knowledge).
import type { Document, Mention, Sentence } from '../types.js';
import { NAME_SUFFIXES, PERSON_PRONOUNS } from '../lexicon/names.js';
import { tokenize } from './nlp.js';
import { candidatesInSentence } from './names/candidates.js';
import { certainFacts, certainKnowledge, learn, learnOutlet } from './names/knowledge.js';

/**
 * People, organisations and places mentioned in each sentence, with offsets into `doc.text`.
 * Pronouns that can refer to a person are returned too (`pronoun: true`) for the resolve stage.
 */
export function findMentions(doc: Document, sentences: Sentence[]): Mention[] {
  const tokensBySentence = tokenize(doc, sentences);

  // Pass 1 learns the document's names from strong evidence; pass 2 uses them everywhere,
  // including headlines and sentence starts where capitals prove nothing.
  const certain = certainFacts(tokensBySentence, sentences);
  learnOutlet(certain, doc);
  const known = certainKnowledge(certain);
  const firstPass = certainKnowledge(certain);
  tokensBySentence.forEach((tokens, i) => {
    for (const candidate of candidatesInSentence(tokens, firstPass, sentences[i]!)) {
      if (candidate.strong) learn(known, candidate);
    }
  });
  tokensBySentence.forEach((tokens, i) => {
    for (const candidate of candidatesInSentence(tokens, known, sentences[i]!)) learn(known, candidate);
  });

  const mentions: Mention[] = [];
  tokensBySentence.forEach((tokens, i) => {
    const sentence = sentences[i]!;
    const found: Mention[] = [];
    for (const candidate of candidatesInSentence(tokens, known, sentences[i]!)) {
      if (!candidate.type) continue;
      const first = candidate.tokens[0]!;
      const last = candidate.tokens[candidate.tokens.length - 1]!;
      // "Jr." and "U.S." keep their final period.
      const keepsPeriod =
        last.gapAfter.startsWith('.') &&
        doc.text[last.end] === '.' &&
        (NAME_SUFFIXES.has(last.text.toLowerCase()) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(last.text));
      const end = keepsPeriod ? last.end + 1 : last.end;
      found.push({
        docId: doc.id,
        sentenceIndex: sentence.index,
        start: first.start,
        end,
        text: doc.text.slice(first.start, end),
        type: candidate.type,
      });
    }
    for (const token of tokens) {
      if (PERSON_PRONOUNS.has(token.text.toLowerCase()) && !found.some((m) => m.start <= token.start && token.end <= m.end)) {
        found.push({
          docId: doc.id,
          sentenceIndex: sentence.index,
          start: token.start,
          end: token.end,
          text: doc.text.slice(token.start, token.end),
          type: 'person',
          pronoun: true,
        });
      }
    }
    found.sort((a, b) => a.start - b.start);
    // A loop: one huge sentence can hold more mentions than a call may take arguments.
    for (const mention of found) mentions.push(mention);
  });
  return mentions;
}
