#!/usr/bin/env node
// The yardstick for bench/scale-bench.js: compromise's own part-of-speech tagging, `nlp(text)`, of every article
// (.txt, .md, .html, read as text) under the given folders, in one process, as crosscheck reads them.
//
//   node bench/tag-corpus.js DIR...
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

const ARTICLE = /\.(txt|md|markdown|html?)$/i;
let articles = 0;
let terms = 0;
for (const dir of process.argv.slice(2)) {
  for (const file of walk(dir)) {
    const doc = nlp(readFileSync(file, 'utf8'));
    terms += doc.wordCount();
    articles++;
  }
}
if (articles === 0) {
  process.stderr.write('tag-corpus: no articles found; usage: node bench/tag-corpus.js DIR...\n');
  process.exitCode = 2;
} else {
  process.stderr.write(`tag-corpus: tagged ${articles} articles, ${terms} words\n`);
}

function* walk(dir) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && ARTICLE.test(entry.name)) yield full;
  }
}
