// Roles: "Former acting Director of National Intelligence Jane Roe", "Jane Roe, the president's special envoy", …
import type { ExtractContext, Extractor, RoleAssertion, Sentence } from '../types.js';
import { baseFields, localMentions, refFromMention, type LocalMention } from './claim-helpers.js';
import { ROLE_MODIFIERS, ROLE_NOUNS } from '../lexicon/roles.js';

const ROLE_NOUN_SET = new Set(ROLE_NOUNS);
const MODIFIER_SET = new Set(ROLE_MODIFIERS);
const LEADING_JUNK = /^(?:(?:and|or|of|for|with|the|a|an|by|to|as|former\s+and)\s+)+/i;
const SENTENCE_OPENERS = /^(?:The|A|An|But|And|However|In|On|As|If|When|While|After|Despite|Meanwhile|Still|Then|So|Yet|Also|According|Speaking|Asked)$/;

function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return ROLE_NOUN_SET.has(lower) || (lower.endsWith('s') && ROLE_NOUN_SET.has(lower.slice(0, -1)));
}

/** The head of a role phrase: its last word before any "of …"/"for …" complement. */
function headOf(phrase: string): string {
  const core = phrase.split(/\s+(?:of|for|to|at|in|on|with)\s+/i)[0]!;
  return core.trim().split(/\s+/).pop() ?? '';
}

function normalizeRole(role: string): string {
  return role.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Title words right before a name: "Former acting US Director of National Intelligence". */
function rolePrefix(text: string, mentionStart: number): string | undefined {
  const before = text.slice(0, mentionStart);
  if (!/\s$/.test(before)) return undefined;
  const tokens = before.trimEnd().split(/(\s+)/);
  const kept: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (/^\s+$/.test(token)) {
      kept.unshift(' ');
      continue;
    }
    if (/[,;:()“”"—]/.test(token) || /\.$/.test(token) && !/^(?:\p{Lu}\.)+$/u.test(token)) break;
    // "A and journalist B": a coordinated name is not part of B's title.
    if (/^(?:and|or|&)$/i.test(token)) break;
    const lower = token.toLowerCase().replace(/['’]s$/, '');
    const known = MODIFIER_SET.has(lower) || isRoleNoun(token);
    const capitalised = /^\p{Lu}/u.test(token) && !SENTENCE_OPENERS.test(token);
    const possessive = /['’]s$/.test(token);
    if (!(known || capitalised || possessive)) break;
    kept.unshift(token);
  }
  const phrase = kept.join('').trim().replace(LEADING_JUNK, '');
  if (!phrase) return undefined;
  const words = phrase.split(/\s+/);
  if (!isRoleNoun(headOf(phrase)) || /['’]s$/.test(words[words.length - 1]!) || /^(?:of|for|and|the)$/i.test(words[words.length - 1]!)) return undefined;
  if (words.length > 12) return undefined;
  return phrase;
}

/** An appositive after the name: "X, a Republican representative," / "X, the US Secretary of State". */
function roleAppositive(text: string, mentionEnd: number): string | undefined {
  const m = /^\s*,\s*([^,.;:()“”"—]{2,120}?)\s*(?=[,.;:()—]|\s+(?:who|which|whose|has|had|have|is|was|said|told)\b|$)/u.exec(text.slice(mentionEnd));
  if (!m) return undefined;
  let phrase = m[1]!.trim();
  if (/^(?:who|which|whose|and|or|but|but|said|says|told|however|not|in|on|at|from|with)\b/i.test(phrase)) return undefined;
  phrase = phrase.replace(/^(?:the|a|an)\s+/i, '');
  const words = phrase.split(/\s+/);
  if (words.length > 12) return undefined;
  if (!isRoleNoun(headOf(phrase))) return undefined;
  // A clause, not a title: "…, possible suspects include …".
  if (/\b(?:include|includes|included|is|are|was|were|has|have|had|said|says|will|would|can|could)\b/i.test(phrase)) return undefined;
  return phrase;
}

/** A role before the name, set off by a comma: "The president's special envoy, X, said". */
function roleBeforeComma(text: string, mentionStart: number): string | undefined {
  const before = text.slice(0, mentionStart);
  const m = /(?:^|[,;:—]\s*|\b(?:and|but)\s+)((?:the|a|an)\s+[^,;:()“”"—]{2,100}?),\s*$/iu.exec(before);
  if (!m) return undefined;
  const phrase = m[1]!.replace(/^(?:the|a|an)\s+/i, '').trim();
  if (phrase.split(/\s+/).length > 10 || !isRoleNoun(headOf(phrase))) return undefined;
  // The name must itself be followed by a comma or a verb, otherwise this is a list.
  return phrase;
}

export const roleExtractor: Extractor = {
  name: 'roles',
  kinds: ['role'],
  extract(sentence: Sentence, ctx: ExtractContext): RoleAssertion[] {
    const out: RoleAssertion[] = [];
    const seen = new Set<string>();
    const people = localMentions(sentence, ctx).filter((m: LocalMention) => m.mention.type === 'person' && !m.mention.pronoun);
    for (const m of people) {
      const text = sentence.text;
      const candidates = [rolePrefix(text, m.start), roleAppositive(text, m.end), roleBeforeComma(text, m.start)];
      for (const role of candidates) {
        if (!role) continue;
        const key = `${m.mention.text}|${normalizeRole(role)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const person = refFromMention(m.mention);
        const roleStart = text.indexOf(role);
        const from = roleStart >= 0 ? Math.min(roleStart, m.start) : m.start;
        const to = roleStart >= 0 ? Math.max(roleStart + role.length, m.end) : m.end;
        out.push({
          id: ctx.nextId('role'),
          kind: 'role',
          ...baseFields(sentence),
          subject: `role of ${person.text}`,
          value: role,
          normalized: normalizeRole(role),
          evidence: [ctx.spanOf(sentence.start + from, sentence.start + to)],
          person,
          role,
        });
      }
    }
    return out;
  },
};
