// Finds the word lists written out in src/: `new Set([...])` and array literals made only of quoted words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface WordList {
  file: string;
  line: number;
  /** The constant the list is assigned to, or `file:line` for a list written inline. */
  name: string;
  words: Set<string>;
}

/** Every .ts file below `dir`. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const STRING = /'((?:[^'\\\n]|\\.)*)'|\.\.\.[A-Za-z_$][\w$.]*/y;
const SEPARATOR = /[\s,]*/y;

/**
 * Word lists in one file: bracketed literals holding only single-quoted strings (and spreads of other lists), at least `minWords` of them.
 * A list passed to `subsetOf(base, [...])` is a declared subset of another list and is not returned: the
 * lexicon test checks those against their base instead.
 */
export function wordListsIn(file: string, root: string, minWords = 5): WordList[] {
  const text = readFileSync(file, 'utf8');
  const lists: WordList[] = [];
  for (let open = text.indexOf('['); open !== -1; open = text.indexOf('[', open + 1)) {
    const words: string[] = [];
    let pos = open + 1;
    for (;;) {
      SEPARATOR.lastIndex = pos;
      SEPARATOR.exec(text);
      pos = SEPARATOR.lastIndex;
      STRING.lastIndex = pos;
      const m = STRING.exec(text);
      if (!m) break;
      // A spread list (`...OTHER_LIST`) is another list, read where it is written.
      if (m[1] !== undefined) words.push(m[1].toLowerCase());
      pos = STRING.lastIndex;
    }
    SEPARATOR.lastIndex = pos;
    SEPARATOR.exec(text);
    // Only a literal made of nothing but strings, closed right after the last one; comments inside end the scan.
    if (text[SEPARATOR.lastIndex] !== ']' || words.length < minWords) continue;
    if (/subsetOf\(\s*[\w.]+\s*,\s*$/.test(text.slice(Math.max(0, open - 80), open))) continue;
    const line = text.slice(0, open).split('\n').length;
    const assigned = /(?:const|let)\s+(\w+)[^=;]*=\s*(?:new Set\(\s*)?$/.exec(text.slice(Math.max(0, open - 200), open));
    const path = relative(root, file);
    lists.push({ file: path, line, name: assigned ? `${path}#${assigned[1]}` : `${path}:${line}`, words: new Set(words) });
  }
  return lists;
}
