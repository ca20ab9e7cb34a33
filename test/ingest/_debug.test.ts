import { it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
it('debug', () => {
  for (const content of ['<div><p>Fragment one, she said.</p><p>Second para.</p></div>', '<p>Only</p>', 'no tags at all', '<html></html>', '<!doctype html><html><head><title>T</title></head><body></body></html>']) {
    try {
      const doc = ingest({ path: 'a.html', content, format: 'html' });
      console.log(JSON.stringify(doc.text), doc.blocks.length, doc.segments);
    } catch (e) { console.log('ERR', content, e); }
  }
});
