// A claim reported as plain fact. When some articles of a story call a claim a hoax, false or fabricated, an
// article of the same story whose lead states that claim without any doubt is asserting it: the other side.
import type { AuthenticityAssertion, Document, Sentence, Span, Stance } from '../types.js';
import { contentStems } from '../util/stems.js';
import { groupBy } from '../util/group.js';

// Any of these words in an article is doubt: such an article does not report the claim as plain fact.
const DOUBT =
  /\b(?:hoax\w*|fake\w*|false\w*|bogus|untrue|not true|no truth|debunk\w*|satir\w*|spoof\w*|parody|rumou?r\w*|unconfirmed|unverified|unsubstantiated|doctored|photoshop\w*|fabricat\w*|myth|made[- ]up|prank\w*|joke\w*|purported\w*|supposed\w*|viral|circulat\w*|confirm(?:ed)? (?:or|nor) den\w*|(?:\w+n't|not|never|unable to|yet to|no way to)\s+(?:be\s+|been\s+)?(?:independently\s+)?(?:verif\w*|confirm\w*)|never happened|not the case|no evidence|baseless|unfounded|misinformation|disinformation|den(?:y|ies|ied)|dismiss\w*|refut\w*|alive and well)\b/i;
// Words that keep a claim at a distance ("allegedly", "claimed", "reportedly") but are also the ordinary wording
// of crime and court reports ("the alleged gunman", "charges of conspiracy", "it is unclear who else"): doubt only
// in the lead, where the article tells its claim.
const LEAD_DOUBT = /\b(?:alleged\w*|claim\w*|reportedly|not clear|unclear|conspiracy)\b/i;
// A sentence that turns against what came before: "However, it turned out the pope had not …", "But none of it
// happened". About the claim (it shares the claim's words), it is a denial in the article's own words.
const CONTRADICTS = /^(?:however|but|yet|in fact|actually|in reality)\b.*\b(?:not|never|n't)\b|\bturn(?:s|ed)? out\b.*\b(?:not|none|never|n't)\b/i;
// A lead sentence that denies or asks is no report of the claim.
const DENIES = /\b(?:not|no|never|n't|denied|denies|deny)\b/i;
const NEGATED = new RegExp(`${DENIES.source}|\\?\\s*$`, 'i');
// Words of judgement that say nothing about the claim's content.
const STANCE_WORDS = new Set(['hoax', 'fake', 'false', 'bogus', 'untrue', 'story', 'stories', 'report', 'reports', 'claim', 'claims', 'article', 'rumor', 'rumors', 'rumour', 'rumours', 'satiric', 'satire', 'website', 'site', 'news', 'debunke', 'fabrica', 'complet', 'totally', 'entirel', 'viral', 'internet', 'online', 'people', 'social', 'media']);

/**
 * A fact-check's rating standing alone at the top of the article ("FALSE", "Mostly false", "Unproven") is the
 * outlet's verdict on the claim the article examines.
 */
const RATINGS: ReadonlyArray<[RegExp, Stance]> = [
  [/^(?:(?:mostly|probably|largely|completely|totally|entirely)\s+)?(?:false|fake|untrue|fiction|(?:a\s+)?hoax|pants on fire)$/i, 'fake'],
  [/^(?:unproven|unverified|undetermined|unconfirmed)$/i, 'unconfirmed'],
  [/^(?:mostly\s+)?(?:true|correct|confirmed)$/i, 'authentic'],
];

/** Kinds of item judged as themselves, never a claim told in other words. */
const RECORD_ITEMS: ReadonlySet<string> = new Set(['recording', 'video', 'photo']);

/** How many lead sentences carry an article's subject. */
const LEAD = 3;

export interface ClaimInput {
  stances: AuthenticityAssertion[];
  documents: Map<string, Document>;
  sentencesByDoc: Map<string, Sentence[]>;
  storyOf: Map<string, string>;
  itemOf: (target: string) => string;
  spanOf: (document: Document, sentence: Sentence) => Span;
}

/**
 * The stances on a story's claim that no sentence-level extractor sees: each fact-check's rating line (the
 * outlet's stated verdict), then, for each story where some article calls the claim fake, the articles that report
 * it as fact in their lead with no word of doubt anywhere (an `authentic` stance marked `reported-as-fact`).
 */
export function claimsReportedAsFact(input: ClaimInput): AuthenticityAssertion[] {
  const ratings = ratingVerdicts(input);
  return [...ratings, ...claimsAsFact({ ...input, stances: [...input.stances, ...ratings] })];
}

/** The verdict line of each fact-check article: a rating alone among its first sentences. */
function ratingVerdicts(input: ClaimInput): AuthenticityAssertion[] {
  const out: AuthenticityAssertion[] = [];
  for (const [docId, document] of input.documents) {
    const lead = (input.sentencesByDoc.get(docId) ?? []).filter((s) => s.blockKind === 'body' || s.blockKind === 'heading').slice(0, LEAD);
    for (const sentence of lead) {
      const text = sentence.text.trim().replace(/[.!:]+$/, '');
      const stance = RATINGS.find(([pattern]) => pattern.test(text))?.[1];
      if (!stance) continue;
      const outlet = document.outlet?.value ?? 'the article';
      out.push({
        id: `${docId}:rating`,
        kind: 'authenticity',
        docId,
        sentenceIndex: sentence.index,
        subject: 'authenticity of the claim',
        value: `${text.toLowerCase()} (fact-check rating)`,
        normalized: stance,
        inferred: [],
        speaker: { text: outlet },
        evidence: [input.spanOf(document, sentence)],
        stance,
        holder: { text: outlet },
        target: 'claim',
        qualifiers: ['fact-check rating'],
      });
      break;
    }
  }
  return out;
}

/** The item is a claim, or material the target phrase ties to reports or claims. */
function aboutClaim(target: string, itemOf: (target: string) => string): boolean {
  const item = itemOf(target);
  return item === 'claim' || (item === 'material' && CLAIM_NOUN.test(target));
}
const CLAIM_NOUN = /\b(?:reports?|claims?|stor(?:y|ies)|rumou?rs?|articles?|allegations?)\b/i;

function sharedStems(text: string, claim: ReadonlySet<string>): number {
  let n = 0;
  for (const stem of contentStems(text)) if (claim.has(stem)) n++;
  return n;
}

function claimsAsFact(input: ClaimInput): AuthenticityAssertion[] {
  const { stances, documents, sentencesByDoc, storyOf } = input;
  const out: AuthenticityAssertion[] = [];
  const storyOfDoc = (docId: string) => storyOf.get(docId) ?? docId;
  const bodyOf = (docId: string) => (sentencesByDoc.get(docId) ?? []).filter((s) => s.blockKind === 'body' || s.blockKind === 'heading');
  // A denial of a claim, or of the material the reports rest on ("the chat evidence described in these reports is
  // not accurate"). Recordings, videos and photos are items of their own, and "manipulated evidence" in a trial is
  // no one's claim: neither is a claim told in other words.
  // An article that reports both a denial and a confirmation ("X called the article false; sources confirmed
  // it") tells of a dispute: it is no debunking article, and its denial alone makes no one else a believer.
  // An article mostly denying ("some of the articles are real news, this one is fake") still debunks.
  const balance = new Map<string, number>();
  for (const a of stances) {
    if (RECORD_ITEMS.has(input.itemOf(a.target)) || a.stance === 'unconfirmed') continue;
    balance.set(a.docId, (balance.get(a.docId) ?? 0) + (a.stance === 'fake' ? 1 : -1));
  }
  const vouching = new Set([...balance].filter(([, n]) => n <= 0).map(([docId]) => docId));
  const denials = stances.filter((a) => a.stance === 'fake' && aboutClaim(a.target, input.itemOf) && !vouching.has(a.docId));
  const denyingDocs = new Set(stances.filter((a) => a.stance === 'fake' && !vouching.has(a.docId)).map((a) => a.docId));
  for (const [story, list] of groupBy(denials, (a) => storyOfDoc(a.docId))) {
    // The claim's words: what the denying sentences say the claim is, and the openings of the denying articles
    // (a debunking article states the claim it debunks first), without the words of judgement.
    const claim = new Set<string>();
    // Everything the denying articles say: a debunker often quotes the claim whole further down.
    const told = new Set<string>();
    const add = (set: Set<string>, text: string) => {
      for (const stem of contentStems(text)) if (!STANCE_WORDS.has(stem)) set.add(stem);
    };
    for (const a of list) add(claim, a.evidence[0]?.text ?? '');
    for (const docId of denyingDocs) {
      if (storyOfDoc(docId) !== story) continue;
      const body = bodyOf(docId);
      for (const sentence of body.slice(0, LEAD)) add(claim, sentence.text);
      for (const sentence of body) add(told, sentence.text);
    }
    if (claim.size < 3) continue;
    const judged = new Set(stances.filter((a) => storyOfDoc(a.docId) === story).map((a) => a.docId));
    // The item the claim is: a denial of the claim itself names it best.
    const target = (list.find((a) => input.itemOf(a.target) === 'claim') ?? list[0]!).target;
    for (const [docId, document] of documents) {
      if (storyOfDoc(docId) !== story || judged.has(docId)) continue;
      const sentences = bodyOf(docId);
      if (sentences.length === 0 || sentences.some((s) => DOUBT.test(s.text))) continue;
      const lead = sentences.slice(0, LEAD);
      if (lead.some((s) => LEAD_DOUBT.test(s.text))) continue;
      // A lead that denies the claim in its own words ("X has not banned the word, and there is no policy …").
      if (lead.some((s) => DENIES.test(s.text) && sharedStems(s.text, claim) >= 3)) continue;
      if (sentences.some((s) => CONTRADICTS.test(s.text.trim()) && sharedStems(s.text, claim) >= 3)) continue;
      // The claim's words the whole lead repeats: a long opening sentence about the claim shares many of them even
      // when they are a small part of its own words.
      const leadShared = new Set(lead.flatMap((sentence) => [...contentStems(sentence.text)].filter((stem) => claim.has(stem)))).size;
      let best: { sentence: Sentence; shared: number } | undefined;
      for (const sentence of lead) {
        if (NEGATED.test(sentence.text)) continue;
        let shared = 0;
        let retold = 0;
        const stems = contentStems(sentence.text);
        for (const stem of stems) {
          if (claim.has(stem)) shared++;
          if (told.has(stem) || claim.has(stem)) retold++;
        }
        // Most of the sentence's own words are the claim's (it states that claim, not merely its topic), or it
        // shares many of them and the rest of the lead goes on telling the same story; or the debunkers tell
        // nearly every word of it somewhere (they quote the claim further down).
        const statesClaim =
          (shared >= 4 && (shared >= 0.4 * stems.size || (shared >= 6 && leadShared >= 9))) ||
          (shared >= 3 && retold >= 6 && retold >= 0.75 * stems.size);
        if (statesClaim && (!best || shared > best.shared)) best = { sentence, shared };
      }
      if (!best) continue;
      const outlet = document.outlet?.value ?? 'the article';
      out.push({
        id: `${docId}:claim-as-fact`,
        kind: 'authenticity',
        docId,
        sentenceIndex: best.sentence.index,
        subject: `authenticity of ${target}`,
        value: 'authentic (reported as fact)',
        normalized: 'authentic',
        inferred: ['reported-as-fact'],
        speaker: { text: outlet },
        evidence: [input.spanOf(document, best.sentence)],
        stance: 'authentic',
        holder: { text: outlet },
        target,
        qualifiers: ['reported as fact'],
      });
    }
  }
  return out;
}
