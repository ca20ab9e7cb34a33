// The CLI's one glob dialect (src/cli/glob.ts): path arguments, `ignore` lists and `outlets` patterns.
import { describe, expect, it } from 'vitest';
import { globListMatcher, globToRegExp, isGlob, matchesGlob } from '../../src/cli/glob.js';

describe('matchesGlob: a pattern matches the whole path or its end from a folder on', () => {
  it.each<[string, string, boolean]>([
    ['a.txt', '*.txt', true],
    ['deep/in/a.txt', '*.txt', true],
    ['a.b(1).txt', 'a.b(1).txt', true],
    ['aXb(1)Ytxt', 'a.b(1).txt', false],
    ['x/y/z.txt', '**', true],
    ['x/y/z.txt', 'x/**', true],
    ['x/z.txt', 'x/**/z.txt', true],
    ['x/q/r/z.txt', 'x/**/z.txt', true],
    ['x/qz.txt', 'x/**/z.txt', false],
    ['abc', 'a?c', true],
    ['a/c', 'a?c', false],
    ['notes.md', '*.{md,txt}', true],
    ['notes.txt', '*.{md,txt}', true],
    ['notes.html', '*.{md,txt}', false],
    ['draft-3.txt', 'draft-[0-9].txt', true],
    ['draft-x.txt', 'draft-[0-9].txt', false],
    ['draft-x.txt', 'draft-[!0-9].txt', true],
    ['draft-7.txt', 'draft-[!0-9].txt', false],
    ['a[1.txt', 'a[1.txt', true],
    ['.hidden/a.txt', '*/a.txt', true],
    // Anchored patterns: a leading / or ./ matches from the start only.
    ['rooted/page.html', '/rooted/*.html', true],
    ['/rooted/page.html', '/rooted/*.html', true],
    ['other/rooted/page.html', '/rooted/*.html', false],
    ['rooted/page.html', './rooted/*.html', true],
    ['./corpus/a.txt', 'corpus/*.txt', true],
    ['C:\\news\\corpus\\a.txt', 'corpus/*.txt', true],
  ])('matchesGlob(%s, %s) → %s', (filePath, pattern, expected) => {
    expect(matchesGlob(filePath, pattern)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    // `\` escapes the next character: the file is named with a star.
    ['a*b.txt', 'a\\*b.txt', true],
    ['axb.txt', 'a\\*b.txt', false],
    ['what?.md', 'what\\?.md', true],
    ['whats.md', 'what\\?.md', false],
    ['[draft].md', '\\[draft\\].md', true],
    ['d.md', '\\[draft\\].md', false],
    // Braces nest, and ranges count.
    ['page.html', '*.{md,{htm,html}}', true],
    ['page.htm', '*.{md,{htm,html}}', true],
    ['page.txt', '*.{md,{htm,html}}', false],
    ['part-2.txt', 'part-{1..3}.txt', true],
    ['part-4.txt', 'part-{1..3}.txt', false],
    // `!` at the start: every path the rest does not match; `!(…)` is an extglob.
    ['notes.txt', '!*.md', true],
    ['notes.md', '!*.md', false],
    ['deep/notes.md', '!*.md', false],
    ['notes.txt', '!(*.md)', true],
    ['notes.md', '!(*.md)', false],
    ['7.txt', '[[:digit:]].txt', true],
    ['x.txt', '[[:digit:]].txt', false],
  ])('new in the dialect: matchesGlob(%s, %s) → %s', (filePath, pattern, expected) => {
    expect(matchesGlob(filePath, pattern)).toBe(expected);
  });
});

describe('globListMatcher: an ignore list, where the last pattern that matches decides', () => {
  it.each<[string, string[], boolean]>([
    ['drafts/a.txt', ['drafts/**'], true],
    ['drafts', ['drafts'], true],
    ['news/drafts', ['drafts'], true],
    ['news/a.txt', ['drafts'], false],
    ['news/a.bak', ['*.bak'], true],
    ['news/a.bak.txt', ['*.bak'], false],
    ['news/a.txt', [], false],
    ['drafts/final.md', ['drafts/**', '!drafts/final.md'], false],
    ['drafts/early.md', ['drafts/**', '!drafts/final.md'], true],
    ['drafts/final.md', ['!drafts/final.md', 'drafts/**'], true],
    ['a.md', ['!a.md'], false],
    ['news/old-1.txt', ['old-*.txt', '!old-1.txt'], false],
    ['news/old-2.txt', ['old-*.txt', '!old-1.txt'], true],
  ])('%s with %j → %s', (filePath, patterns, expected) => {
    expect(globListMatcher(patterns)(filePath)).toBe(expected);
  });
});

describe('globToRegExp: a path argument matches the whole path', () => {
  it.each<[string, string, boolean]>([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'dir/a.txt', false],
    ['**/*.txt', 'x/y/a.txt', true],
    ['a\\*.txt', 'a*.txt', true],
    ['a\\*.txt', 'ab.txt', false],
    ['{a,{b,c}}.md', 'c.md', true],
    ['!(*.md)', 'a.txt', true],
    ['!(*.md)', 'a.md', false],
  ])('%s vs %s → %s', (glob, candidate, expected) => {
    expect(globToRegExp(glob).test(candidate)).toBe(expected);
  });
});

describe('isGlob', () => {
  it.each<[string, boolean]>([
    ['corpus/*.md', true],
    ['corpus/**', true],
    ['a?.txt', true],
    ['[ab].txt', true],
    ['*.{md,txt}', true],
    ['corpus/a.txt', false],
    ['notes (1).txt', false],
    ['a\\*b.txt', false],
  ])('isGlob(%s) → %s', (pattern, expected) => {
    expect(isGlob(pattern)).toBe(expected);
  });
});
