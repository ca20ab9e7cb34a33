import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { ingest } from '../../src/ingest/index.js';
it('debug', () => {
  for (const f of readdirSync('corpus').filter((n) => n.endsWith('.txt'))) {
    const content = readFileSync(`corpus/${f}`, 'utf8');
    const doc = ingest({ path: `corpus/${f}`, content, format: 'txt' });
    console.log('=====', f, JSON.stringify({ outlet: doc.outlet, published: doc.published, title: doc.title, byline: doc.byline, warnings: doc.warnings }));
    for (const b of doc.blocks) console.log(b.kind.padEnd(10), (b.reason ?? '').padEnd(14), JSON.stringify(doc.text.slice(b.start, b.end).slice(0, 90)));
  }
});
