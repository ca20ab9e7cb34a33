import { it } from 'vitest';
import { run } from './helpers.js';
import { quoteExtractor } from '../../src/extract/quotes.js';
import type { QuoteAssertion } from '../../src/types.js';
import { readFileSync } from 'node:fs';
it('probe', () => {
  for (const f of ['000_20625b93c3960cf0.txt','001_55a646ee1f8c475c.txt','002_f0e2a542fdebcddb.txt','004_94520113fadd3ae1.txt']) {
    const text = readFileSync('corpus/' + f, 'utf8');
    const out = run<QuoteAssertion>(quoteExtractor, text);
    console.log('\n=== ' + f);
    for (const a of out) console.log(`  [${a.speaker?.text ?? '-'}] ${a.partial ? 'P' : 'F'} ${a.quote.slice(0, 90)}`);
  }
});
