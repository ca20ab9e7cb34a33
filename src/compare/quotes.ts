import type { QuoteAssertion } from '../types.js';
import { refKey, refName } from '../resolve/refs.js';
import { contentStems, isStopword } from '../util/stems.js';
import { ORDINALS } from '../time/lexicon.js';
import { NUMBER_WORDS } from '../lexicon/figures.js';
import { ConfidenceBuilder, type Confidence } from './confidence.js';
import { type CompareContext, type DisagreementDraft, makePosition, stableId, storyKeyOf } from './context.js';

/**
 * The same speaker quoted with different wording for what is recognisably the same remark: a misquote
 * candidate. Quotes contained in one another are the same quote cut differently, not a disagreement.
 */
export function compareQuotes(quotes: QuoteAssertion[], ctx: CompareContext): DisagreementDraft[] {
  const bySpeaker = new Map<string, QuoteAssertion[]>();
  for (const q of quotes) {
    if (!q.speaker || (!q.speaker.entityId && !/\s/.test(q.speaker.text))) continue;
    const key = `${ctx.storyOf.get(q.docId) ?? q.docId}|${refKey(q.speaker)}`;
    const list = bySpeaker.get(key);
    if (list) list.push(q);
    else bySpeaker.set(key, [q]);
  }
  const drafts: DisagreementDraft[] = [];
  for (const list of bySpeaker.values()) {
    const used = new Set<QuoteAssertion>();
    for (const q of list) {
      if (used.has(q)) continue;
      const cluster = [q];
      for (const other of list) {
        if (other === q || used.has(other) || cluster.some((c) => c.docId === other.docId)) continue;
        if (cluster.some((c) => sameRemark(c, other))) cluster.push(other);
      }
      if (cluster.length < 2 || cluster.every((c) => sameWording(c.quote, q.quote)) || new Set(cluster.map((c) => c.docId)).size < 2) continue;
      for (const c of cluster) used.add(c);
      // One position per wording, house-style variants ("e-mail", "email") held together.
      const byWording = new Map<string, QuoteAssertion[]>();
      for (const c of cluster) {
        const key = canonicalTokens(c.normalized).join('');
        byWording.set(key, [...(byWording.get(key) ?? []), c]);
      }
      const wordings = [...byWording.values()].map((holders) => holders[0]!.normalized);
      const speaker = refName(q.speaker!);
      const positions = [...byWording.values()].map((holders) =>
        makePosition(
          holders[0]!.normalized,
          `“${holders[0]!.quote}”`,
          holders.map((h) => ({ docId: h.docId, span: h.evidence[0]!, inferred: false })),
          ctx,
        ),
      );
      drafts.push({
        id: stableId('quote', `${storyKeyOf(ctx, q.docId)}|${refKey(q.speaker!)}`, wordings),
        kind: 'quote',
        topic: `${speaker} is quoted with different wording for the same remark`,
        positions,
        selfInconsistent: [],
        inferredOnly: false,
        ...quoteConfidence(cluster),
      });
    }
  }
  return drafts;
}

/**
 * Two wordings of one remark are a misquote only when they run alike for most of their length: the share of words
 * in the same order (a longest common subsequence over both quotes) tells "our hearts and prayers are with the man…"
 * / "our hearts and prayers go out to the man…" (one remark told twice) from "I'm so excited to be hosting the
 * Oscars for the second time" / "It's official, I'm hosting the Oscars" (two remarks on one subject).
 */
function quoteConfidence(cluster: QuoteAssertion[]): Confidence {
  let alike = 1;
  let onlySmallWords = true;
  for (const a of cluster) {
    for (const b of cluster) {
      if (a === b || sameWording(a.quote, b.quote)) continue;
      const [x, y] = expandAcronyms(a.quote, b.quote);
      const common = commonSubsequence(x, y);
      alike = Math.min(alike, (2 * common.length) / (x.length + y.length));
      if (!differsOnlyInSmallWords(x, y, common)) onlySmallWords = false;
    }
  }
  const fragment = cluster.some((q) => contentStems(q.quote).size < 4 || (q.partial && canonicalTokens(q.quote).length < 8));
  return new ConfidenceBuilder(0.25 + alike * 0.7, `the same speaker; ${Math.round(alike * 100)}% of the two quotes' words run in the same order`)
    .adjust(fragment, 0.85, 'one side is a fragment of a few words, which outlets often paraphrase')
    .adjust(onlySmallWords, 0.6, 'the wordings differ only in a word or two like "at"/"with", as transcriptions do')
    .adjust(
      cluster.some((q) => /^(?:he|she|they|him|her|them|it|we|i)$/i.test(q.speaker?.text.trim() ?? '')),
      0.85,
      'one side names the speaker only by a pronoun that crosscheck resolved',
    )
    .build();
}

/** Recognisably the same remark: most content words of the shorter quote recur, and neither contains the other. */
export function sameRemark(a: QuoteAssertion, b: QuoteAssertion): boolean {
  const [xs, ys] = expandAcronyms(a.quote, b.quote).map((tokens) => tokens.join(''));
  if (xs!.includes(ys!) || ys!.includes(xs!)) return false;
  const x = contentStems(a.quote);
  const y = contentStems(b.quote);
  const shorter = x.size <= y.size ? x : y;
  const longer = shorter === x ? y : x;
  if (shorter.size < 2) return false;
  let shared = 0;
  for (const w of shorter) if (longer.has(w)) shared++;
  return shared >= 2 && shared / shorter.size >= 0.5;
}

/** One wording once house style is taken out (see canonicalTokens), acronyms spelled out where the other has the words. */
function sameWording(a: string, b: string): boolean {
  const [x, y] = expandAcronyms(a, b);
  return x.join('') === y.join('');
}

/**
 * A wording with what outlets' house styles change taken out: number words become digits ("three days" and
 * "3 days" are one wording), ordinals one form ("twelfth", "12th"), hyphens, punctuation and case go.
 */
export function canonicalWording(text: string): string {
  return canonicalTokens(text).join(' ');
}

function canonicalTokens(text: string): string[] {
  return (text.toLowerCase().replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).map(canonicalWord);
}

function canonicalWord(word: string): string {
  const cardinal = NUMBER_WORDS[word];
  if (cardinal !== undefined) return String(cardinal);
  const ordinal = ordinalValue(word);
  return ordinal === undefined ? word : `${ordinal}th`;
}

/** "12th", "twelfth", "twentieth", "fifth" → their number; undefined for any other word. */
function ordinalValue(word: string): number | undefined {
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  if (digits) return Number(digits[1]);
  if (ORDINALS[word] !== undefined) return ORDINALS[word];
  if (!word.endsWith('th') || word.length < 5) return undefined;
  const stem = word.slice(0, -2);
  // Regular ordinals add -th to the cardinal, with the spelling changes of "twentieth", "fifth", "eighth", "ninth".
  for (const cardinal of [stem, stem.replace(/ie$/, 'y'), stem.replace(/f$/, 've'), `${stem}t`, `${stem}e`]) {
    const value = NUMBER_WORDS[cardinal];
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Both quotes' canonical tokens, with an acronym of one ("IE") spelled out when the other holds capitalised words
 * with those initials ("Internet Explorer"): an outlet's abbreviation is house style, not a misquote.
 */
function expandAcronyms(a: string, b: string): [string[], string[]] {
  return [spellOut(a, b), spellOut(b, a)];
}

function spellOut(text: string, other: string): string[] {
  const tokens = canonicalTokens(text);
  const acronyms = text.match(/\b\p{Lu}{2,5}\b/gu);
  if (!acronyms) return tokens;
  const otherWords = other.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return tokens.flatMap((token) => {
    if (!acronyms.some((acronym) => acronym.toLowerCase() === token)) return [token];
    for (let i = 0; i + token.length <= otherWords.length; i++) {
      const run = otherWords.slice(i, i + token.length);
      if (run.every((word, k) => /^\p{Lu}/u.test(word) && word[0]!.toLowerCase() === token[k])) return canonicalTokens(run.join(' '));
    }
    return [token];
  });
}

/** The longest run of tokens the two lists have in the same order (not necessarily adjacent). */
function commonSubsequence(x: string[], y: string[]): string[] {
  const table = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      table[i]![j] = x[i] === y[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const common: string[] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      common.push(x[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return common;
}

/** Everything outside the common run is one or two small words ("at" for "with"), none of them a negation. */
function differsOnlyInSmallWords(x: string[], y: string[], common: string[]): boolean {
  const leftOver = [...without(x, common), ...without(y, common)];
  return leftOver.length > 0 && leftOver.length <= 3 && leftOver.every((word) => isStopword(word));
}

function without(tokens: string[], common: string[]): string[] {
  const rest: string[] = [];
  let k = 0;
  for (const token of tokens) {
    if (k < common.length && token === common[k]) k++;
    else rest.push(token);
  }
  return rest;
}
