import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { makeDocument, sentencesOf } from './helpers.js';
import { findMentions } from '../../src/text/mentions.js';
import { resolveEntities } from '../../src/resolve/entities.js';
import type { Mention, Sentence } from '../../src/types.js';
it('dump', () => {
  const mb = new Map<string, Mention[]>(); const sb = new Map<string, Sentence[]>();
  const t = performance.now();
  for (const f of readdirSync('corpus')) {
    const doc = makeDocument(f.slice(0, 3), readFileSync('corpus/' + f, 'utf8'));
    const s = sentencesOf(doc); sb.set(doc.id, s); mb.set(doc.id, findMentions(doc, s));
  }
  const r = resolveEntities(mb, sb);
  console.log('ms', performance.now() - t);
  for (const e of r.entities) console.log(e.id, '|', e.name, '|', e.aliases.join(', '), '|', e.roles.join('; '), '|', e.mentions.length, e.mentions.filter(m=>m.pronoun).length);
  const pr = [...r.mentions.values()].flat().filter(m => m.pronoun);
  console.log('pronouns', pr.length, 'resolved', pr.filter(m => m.entityId).length);
  const s1 = sb.get('004')!;
  for (const m of r.mentions.get('004')!.filter(m=>m.pronoun)) console.log(m.text, '->', m.entityId, '::', s1.find(s=>s.index===m.sentenceIndex)!.text.slice(0,100));
});
