// Authenticity stances: who holds that a recording, transcript, document… is authentic, fake, or unconfirmed.
import type { AuthenticityAssertion, EntityRef, ExtractContext, Extractor, Sentence, Stance } from '../types.js';
import { clauseSubject, findAttributions, mentionsFor, type Attribution } from './speakers.js';
import { alternation, baseFields, isQuestion, maskedSentence, sentenceAt, words } from './claim-helpers.js';
import { AUTHENTIC_WORDS, AUTHENTICITY_NOUNS, AUTHENTICITY_TARGETS, EVENT_TARGETS, FAKE_WORDS, HEDGES } from '../lexicon/authenticity.js';

/** Targets that are records (can be reviewed, confirmed, doctored), as opposed to events such as a call or a leak. */
const RECORD_TARGETS = AUTHENTICITY_TARGETS.filter((t) => !EVENT_TARGETS.has(t));

const T = alternation(AUTHENTICITY_TARGETS);
const R = alternation(RECORD_TARGETS);
const FAKE = alternation(FAKE_WORDS);
const AUTH = alternation(AUTHENTIC_WORDS);
const PROP = alternation(AUTHENTICITY_NOUNS);
const NEG = "(?:did not|didn't|does not|doesn't|do not|don't|has not|hasn't|have not|haven't|had not|could not|couldn't|cannot|can't|can not|would not|wouldn't|was unable to|were unable to|is unable to|declined to|refused to|never|not)";
const ADV = '(?:\\w+ly\\s+)?';
/** Determiner, possessive and a few modifiers before a target noun. */
const NP_LEAD = "(?:(?:the|a|an|this|that|these|those|its|his|her|their|our|some|two|three|both|[\\p{L}.-]+['’]s)\\s+)?(?:(?:leaked|alleged|purported|supposed|full|original|new|latest|two|three|phone|audio|video|recorded|published|secret|private|whole|entire|so-called|controversial|explosive|damning|internal|[\\d.]+-(?:minute|second|hour|page|word))\\s+){0,3}";
const PRONOUN_TARGET = '(?:it|them|this|that|some of it|part of it|parts of it|all of it|much of it|some of them)';

interface Cue {
  stance: Stance;
  start: number;
  end: number;
  /** Where the target phrase starts (relative to the sentence), or -1 for a pronoun/absent target. */
  targetAt: number;
  pronounTarget: boolean;
  qualifiers: string[];
}

interface Rule {
  /** Words the sentence must hold for the rule to be worth running (each pattern must match). */
  needs: RegExp[];
  re: RegExp;
  stance: Stance | ((m: RegExpExecArray) => Stance);
  /** Index of the capture group holding the target phrase, when the rule names one. */
  targetGroup?: number;
  qualifier?: (m: RegExpExecArray) => string | undefined;
}

const rx = (source: string) => new RegExp(source, 'giu');

/**
 * A word every rule below needs somewhere in the sentence. Most sentences hold none, and one cheap test spares
 * them the whole battery (which is most of this extractor's cost).
 */
const HAS_PROP = new RegExp(`\\b(?:${PROP})`, 'iu');
const HAS_FAKE = new RegExp(`\\b(?:${FAKE})`, 'iu');
const HAS_FAKE_OR_AUTH = new RegExp(`\\b(?:${FAKE}|${AUTH})`, 'iu');
const ANY_CUE = new RegExp(
  `\\b(?:confirm|verif|authentic|corroborat|neither|disput|den(?:y|ie)|reject|question|challeng|contest|doubt|unverified|unconfirmed|unauthenticated|acknowledg|truth|debunk|satir|parody|spoof|hoax|${FAKE}|${AUTH})`,
  'iu',
);

const RULES: Rule[] = [
  // "did not explicitly confirm or deny", "neither confirmed nor denied"
  { needs: [/\b(?:or|nor)\s+(?:deny|dispute|refute)\b/i], re: rx(`\\b${NEG}\\s+${ADV}(?:confirm|verify|authenticate)\\s+(?:or|nor)\\s+(?:deny|dispute|refute)\\b`), stance: 'unconfirmed' },
  { needs: [/\bneither\b/i], re: rx(`\\bneither\\s+${ADV}confirm\\w*\\s+nor\\s+den\\w+`), stance: 'unconfirmed' },
  // "neither embracing nor fully rejecting the authenticity": open either way.
  { needs: [/\bneither\b/i], re: rx(`\\bneither\\s+${ADV}\\w+\\s+nor\\s+${ADV}(?:reject|den|disput|confirm|embrac|accept|question)\\w*(?:\\s+(?:the\\s+)?(?:${PROP})(?:\\s+of\\s+(${NP_LEAD}(?:${T})))?)?`), stance: 'unconfirmed', targetGroup: 1 },
  // "did not dispute the authenticity of X": a weak yes.
  {
    needs: [/\b(?:dispute|deny|question|challenge|contest)\b/i, HAS_PROP],
    re: rx(`\\b(${NEG}\\s+${ADV}(?:dispute|deny|question|challenge|contest))\\s+(?:the\\s+)?(?:${PROP})(?:\\s+of\\s+(${NP_LEAD}(?:${T})))?`),
    stance: 'authentic', targetGroup: 2, qualifier: (m) => m[1]!.toLowerCase().replace(/\s+/g, ' '),
  },
  // "could not be independently verified", "has not confirmed the authenticity", "declined to confirm"
  {
    needs: [/(?:confirm|verif|authenticat|corroborat)/i],
    re: rx(`\\b${NEG}\\s+${ADV}(?:(?:be|been|yet)\\s+)?${ADV}(?:confirm|verif|authenticat|corroborat)\\w*(?:\\s+(?:the\\s+)?(?:${PROP})\\s+of)?(?:\\s+(${NP_LEAD}(?:${R})))?`),
    stance: 'unconfirmed', targetGroup: 1,
  },
  { needs: [/\bun(?:verified|confirmed|authenticated)\b/i], re: rx(`\\b(?:unverified|unconfirmed|unauthenticated)\\s+(${NP_LEAD}(?:${T}))`), stance: 'unconfirmed', targetGroup: 1 },
  // "disputed the authenticity of X" / "questioned the accuracy"
  {
    needs: [/\b(?:disput|denied|denies|deny|reject|question|challeng|contest|doubt)/i, HAS_PROP],
    re: rx(`\\b(disput\\w*|denied|denies|deny|reject\\w*|question\\w*|challeng\\w*|contest\\w*|doubt\\w*)\\s+(?:the\\s+)?(?:${PROP})(?:\\s+of\\s+(${NP_LEAD}(?:${T})))?`),
    stance: (m) => (/^(?:question|doubt)/i.test(m[1]!) ? 'unconfirmed' : 'fake'), targetGroup: 2,
  },
  // "confirmed the authenticity of X"
  { needs: [/\b(?:confirm|verif|authenticat|corroborat|acknowledg)/i, HAS_PROP], re: rx(`\\b(?:confirm|verif|authenticat|corroborat|acknowledg)\\w*\\s+(?:the\\s+)?(?:${PROP})(?:\\s+of\\s+(${NP_LEAD}(?:${T})))?`), stance: 'authentic', targetGroup: 1 },
  // "dismissed the transcript outright as fake", "called the video a deepfake", "branded it fabricated"
  {
    needs: [HAS_FAKE],
    re: rx(`\\b(?:dismiss\\w*|call\\w*|label\\w*|brand\\w*|denounc\\w*|describ\\w*|decr\\w*|slam\\w*|reject\\w*)\\s+(${NP_LEAD}(?:${T})(?:\\s+[^,.;:]{0,60}?)?|${PRONOUN_TARGET})\\s+(?:\\w+ly\\s+|outright\\s+)?(?:as\\s+)?(?:an?\\s+|being\\s+|complete\\s+|total\\s+|pure\\s+)?(?:${FAKE})\\b`),
    stance: 'fake', targetGroup: 1,
  },
  // "confirmed the recording", "verified the video". Reviewing, examining or listening to a recording is not
  // vouching for it: those verbs are no stance.
  { needs: [/\b(?:confirmed|verified|authenticated)\b/i], re: rx(`\\b(?:confirmed|verified|authenticated)(?:\\s+and\\s+\\w+)?\\s+(${NP_LEAD}(?:${R}))\\b`), stance: 'authentic', targetGroup: 1 },
  // "X was fake", "some of it was fake", "the video is not genuine", "the emails had been doctored"
  {
    needs: [HAS_FAKE_OR_AUTH],
    re: rx(`(?:^|[\\s,])(${PRONOUN_TARGET}|${NP_LEAD}(?:${T})(?:\\s+[^,;:]{0,70}?)?)\\s+(?:was|were|is|are|had been|has been|have been|being|to be|appeared to be|appears to be|seemed to be)\\s+(not\\s+)?(?:\\w+ly\\s+)?(?:an?\\s+)?(${FAKE}|${AUTH})\\b`),
    stance: (m) => {
      const fake = new RegExp(`^(?:${FAKE})$`, 'i').test(m[3]!);
      return m[2] ? (fake ? 'authentic' : 'fake') : fake ? 'fake' : 'authentic';
    },
    targetGroup: 1,
  },
  // "a doctored video", "fabricated documents"
  { needs: [HAS_FAKE], re: rx(`\\b(?:${FAKE})\\s+((?:${R}))\\b`), stance: 'fake', targetGroup: 1 },
  // The wording of debunking articles: "there is no truth to these claims", "debunked the story", "a hoax story
  // about X", "the X death hoax", "a satirical website wrote a story claiming …".
  { needs: [/\bno\s+truth\b/i], re: rx(`\\bno\\s+truth\\s+(?:\\w+\\s+)?(?:to|in)\\s+(${NP_LEAD}(?:${T}))`), stance: 'fake', targetGroup: 1 },
  { needs: [/\bdebunk/i], re: rx(`\\bdebunk(?:ed|s|ing)?\\s+(${NP_LEAD}(?:[\\p{L}'’-]+\\s+){0,2}(?:${T}))`), stance: 'fake', targetGroup: 1 },
  { needs: [/\b(?:satir|parody|spoof|fake[- ]news)/i], re: rx(`\\b(?:satirical|satire|parody|spoof|fake[- ]news)\\s+(?:news\\s+)?(?:web\\s?)?(?:site|website|outlet|page|publication)\\b`), stance: 'fake' },
  { needs: [/\bhoax/i], re: rx(`\\b((?:a|an|the|this|that|another|latest|viral|internet|online|elaborate)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?hoax(?:es)?(?:\\s+(?:${T}))?)\\b`), stance: 'fake', targetGroup: 1 },
];

const HEDGE_RE = new RegExp(`\\b(${alternation(HEDGES)})\\b`, 'gi');
const CONDITIONAL_RE = /\b(?:if|unless|whether|in case|assuming|should it|were it)\b[^,;]*$/i;
const TARGET_WORD_RE = new RegExp(`^(?:${T})$`, 'i');
const STOP_AFTER_TARGET = /^(?:fake|genuine|authentic|real|false|forged|doctored|fabricated|was|were|is|are|as|but|had|has|have|that|which|who|whom|outright|without|said|says|told|did|does|do|could|would|will|should|may|might|because|after|before|since|while|when|if|although|being|to|not|it|they|he|she|remains|appeared|appears|seemed|and|or)$/i;

/** The target phrase from its head noun onwards: "report on a March 3 call between him and X". */
function targetPhrase(text: string, from: number): string | undefined {
  const ws = words(text.slice(from), from);
  const headIndex = ws.findIndex((w) => TARGET_WORD_RE.test(w.lower));
  if (headIndex < 0) return undefined;
  const kept = [ws[headIndex]!];
  let between = false;
  for (let i = headIndex + 1; i < ws.length && kept.length < 14; i++) {
    const w = ws[i]!;
    const gap = text.slice(kept[kept.length - 1]!.end, w.start);
    if (/[,.;:!?()“”"—]/.test(gap)) break;
    if (w.lower === 'and' && between) {
      between = false;
      kept.push(w);
      continue;
    }
    if (STOP_AFTER_TARGET.test(w.lower)) break;
    // "called the memo a forgery": an article straight after the target starts a new phrase.
    if (/^(?:a|an|the)$/.test(w.lower) && !/^(?:on|in|at|during|over|from|by|with|about|involving|between|of)$/.test(kept[kept.length - 1]!.lower)) break;
    if (/^(?:on|in|at|during|over|from|by|with|about|involving|between|of)$/.test(w.lower)) {
      // A prepositional phrase stays when it names something (of …, between …) or another record/event;
      // "on Wednesday" or "in a statement" after the target belong to the clause, not to the target.
      const lookahead = ws.slice(i + 1, i + 6).map((x) => x.lower);
      const namesTarget = lookahead.some((x) => TARGET_WORD_RE.test(x));
      if (!(w.lower === 'of' || w.lower === 'between' || w.lower === 'involving' || namesTarget)) break;
      if (w.lower === 'between') between = true;
    }
    kept.push(w);
  }
  const end = kept[kept.length - 1]!.end;
  return text.slice(kept[0]!.start, end).replace(/\s+/g, ' ');
}

/** A target named in an earlier part of the sentence or in the previous sentence, for "it"/"them". */
function antecedentTarget(sentence: Sentence, ctx: ExtractContext, before: number): string | undefined {
  const own = lastTargetIn(sentence.text.slice(0, before));
  if (own) return own;
  for (let back = 1; back <= 2; back++) {
    const prev = sentenceAt(ctx, sentence, -back);
    if (!prev) return undefined;
    const found = lastTargetIn(prev.text);
    if (found) return found;
  }
  return undefined;
}

function lastTargetIn(text: string): string | undefined {
  const ws = words(text);
  // Prefer records over events: "confirmed the recordings of the calls" refers back to the recordings.
  const records = ws.filter((w) => TARGET_WORD_RE.test(w.lower) && !EVENT_TARGETS.has(w.lower));
  const pick = records[records.length - 1] ?? ws.filter((w) => TARGET_WORD_RE.test(w.lower)).pop();
  return pick ? targetPhrase(text, pick.start) : undefined;
}

function holderFor(cueStart: number, cueEnd: number, attributions: Attribution[], sentence: Sentence, ctx: ExtractContext, masked: string): { holder: EntityRef; hedges: string[] } {
  const governing = attributions
    .filter(
      (a) =>
        (a.verbStart >= cueStart && a.verbStart < cueEnd) ||
        (a.verbStart <= cueStart && ((cueStart >= a.contentStart && cueStart <= a.contentEnd) || cueStart - a.verbEnd < 25)) ||
        // "The story is a hoax, X said.": the cue inside the content of a trailing attribution.
        (a.verbStart >= cueEnd && cueStart >= a.contentStart && cueEnd <= a.contentEnd),
    )
    .sort((x, y) => y.verbStart - x.verbStart)[0];
  if (governing) return { holder: governing.speaker, hedges: governing.hedges };
  const subject = clauseSubject(masked, cueStart, mentionsFor(sentence, ctx));
  if (subject) return { holder: subject.ref, hedges: [] };
  // A capitalised name the entity tagger missed, as the subject of the judging verb ("Acme has called it fake").
  const named = /^((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&.'’-]*)\s+(?:(?:has|have|had|also|flatly|again)\s+)*(?:called|dismissed|denied|described|branded|labelled|labeled|rejected|confirmed|verified|authenticated|said)\b/u.exec(
    masked.slice(0, cueEnd).replace(/^\s+/, ''),
  );
  if (named && !/^(?:The|A|An|This|That|It|He|She|They|We|I)$/.test(named[1] ?? '')) return { holder: { text: named[1]! }, hedges: [] };
  // A bare statement in the outlet's own voice ("The video could not be verified").
  return { holder: { text: ctx.document.outlet?.value ?? 'the outlet' }, hedges: [] };
}

export const authenticityExtractor: Extractor = {
  name: 'authenticity',
  kinds: ['authenticity'],
  extract(sentence: Sentence, ctx: ExtractContext): AuthenticityAssertion[] {
    if (isQuestion(sentence.text)) return [];
    // Quote marks hide nothing here: “fake” is the claim. Replace them by spaces, keeping offsets.
    if (!ANY_CUE.test(sentence.text)) return [];
    const plain = sentence.text.replace(/[“”"]|[‘’'](?![\p{L}])|(?<![\p{L}])[‘’']/gu, ' ');
    const cues: Cue[] = [];
    for (const rule of RULES) {
      if (!rule.needs.every((n) => n.test(plain))) continue;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(plain); m !== null; m = rule.re.exec(plain)) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const end = m.index + m[0].length;
        if (cues.some((c) => start < c.end && end > c.start)) continue;
        const targetText = rule.targetGroup !== undefined ? m[rule.targetGroup] : undefined;
        const pronounTarget = targetText !== undefined && new RegExp(`^${PRONOUN_TARGET}$`, 'i').test(targetText.trim());
        // "It is true that he interrupted the speech": the 'it' points ahead to a clause, not back to an item.
        if (pronounTarget && /^it$/i.test(targetText.trim()) && /^\s*,?\s*that\b/i.test(plain.slice(end))) continue;
        const qualifiers: string[] = [];
        const q = rule.qualifier?.(m);
        if (q) qualifiers.push(q);
        if (targetText && /^(?:some|part|parts|much) of\b/i.test(targetText.trim())) qualifiers.push('in part');
        cues.push({
          stance: typeof rule.stance === 'function' ? rule.stance(m) : rule.stance,
          start,
          end,
          targetAt: targetText && !pronounTarget ? m.index + m[0].indexOf(targetText) : -1,
          pronounTarget,
          qualifiers,
        });
      }
    }
    if (cues.length === 0) return [];
    const masked = maskedSentence(sentence, ctx);
    const attributions = findAttributions(sentence, ctx);
    const out: AuthenticityAssertion[] = [];
    const seen = new Set<string>();
    const ordered = cues.sort((a, b) => a.start - b.start);
    for (const cue of ordered) {
      if (CONDITIONAL_RE.test(plain.slice(0, cue.start))) continue;
      // "neither confirmed nor denied that the letter was genuine": the inner clause is the object of the outer cue.
      if (ordered.some((outer) => outer.end <= cue.start && /^\s*(?:that|whether|if)?\s*$/i.test(plain.slice(outer.end, cue.start)))) continue;
      let target = cue.targetAt >= 0 ? targetPhrase(plain, cue.targetAt) : undefined;
      // No target in the rule: look right after the cue within the clause, then for an antecedent.
      target ??= cue.pronounTarget ? undefined : targetPhrase(plain.slice(0, clauseEnd(plain, cue.end)), cue.end);
      target ??= antecedentTarget(sentence, ctx, cue.start);
      // "fake news" about the media in general, with no record in sight, is not a stance on a recording.
      if (!target) continue;
      const { holder, hedges } = holderFor(cue.start, cue.end, attributions, sentence, ctx, masked);
      const qualifiers = [...new Set([...hedges, ...hedgesNear(plain, cue.start, cue.end), ...cue.qualifiers])];
      const key = `${cue.stance}|${target}|${holder.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: ctx.nextId('auth'),
        kind: 'authenticity',
        ...baseFields(sentence),
        subject: `authenticity of ${target}`,
        value: qualifiers.length > 0 ? `${cue.stance} (${qualifiers.join(', ')})` : cue.stance,
        normalized: cue.stance,
        speaker: holder,
        evidence: [ctx.spanOf(sentence.start + cue.start, sentence.start + cue.end)],
        stance: cue.stance,
        holder,
        target,
        qualifiers,
      });
    }
    return out;
  },
};

function clauseEnd(text: string, from: number): number {
  const m = /[;.!?]|,\s*(?:but|and|while|although)\b/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** Hedges in the clause just before (or inside) the cue: "seemingly confirmed", "appeared to confirm". */
function hedgesNear(text: string, start: number, end: number): string[] {
  const window = text.slice(Math.max(0, start - 30), end);
  const out: string[] = [];
  for (let m = HEDGE_RE.exec(window); m !== null; m = HEDGE_RE.exec(window)) {
    const h = m[1]!.toLowerCase();
    if (h !== 'explicitly') out.push(h);
  }
  HEDGE_RE.lastIndex = 0;
  return out;
}
