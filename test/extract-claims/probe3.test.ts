import { it } from 'vitest';
import { build } from './helpers.js';
import { findAttributions } from '../../src/extract/attribution.js';
import { maskedSentence, paragraphQuotes } from '../../src/extract/claim-helpers.js';
import { readFileSync } from 'node:fs';
it('probe', () => {
  const text = readFileSync('corpus/000_20625b93c3960cf0.txt','utf8');
  const b = build(text);
  for (const s of b.sentences.filter(s=>/Greenwald posted/.test(s.text))) { const c = b.ctxFor(s); console.log(JSON.stringify(s.text), maskedSentence(s, c), paragraphQuotes(s,c), findAttributions(s, c)); }
});
