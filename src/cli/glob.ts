// One glob dialect for the whole CLI — path arguments, the config's `ignore` and `outlets` — matched by picomatch:
// `*` and `?` stay within one folder, `**` crosses folders (also none), `[abc]`, `[!abc]`, `[[:digit:]]`, braces that
// nest (`*.{md,{htm,html}}`) and ranges (`{1..3}`), extglobs (`!(*.md)`), `\` escapes the next character (`a\*b`
// is the file `a*b`; on Windows `\` separates folders instead), and dot files match like any other.
import picomatch from 'picomatch';

// `posix` turns on `[!abc]` (without it picomatch reads the `!` as a member) and POSIX classes.
const OPTIONS: picomatch.PicomatchOptions = { dot: true, posix: true };

/** True when the pattern (or one segment of a path) holds an unescaped wildcard, class or brace. */
export function isGlob(pattern: string): boolean {
  // A bare `(…)` makes picomatch speak of a glob; a file named `notes (1).txt` is still a plain path.
  return /[*?[{]/.test(pattern) && picomatch.scan(pattern).isGlob;
}

/** A glob that must match a whole path (relative, `/`-separated); a leading `!` negates it. */
export function globToRegExp(glob: string): RegExp {
  return picomatch.makeRe(glob, OPTIONS);
}

/** Paths as patterns see them: `/` between folders (also for Windows paths), no leading `./`. */
function normalizePath(filePath: string): string {
  return filePath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

interface TrailingGlob {
  /** The pattern began with `!` (not an extglob's `!(`). */
  negated: boolean;
  /** Whether the pattern without its `!` matches the path. */
  matches(filePath: string): boolean;
}

/**
 * A pattern that matches the whole path or any trailing part of it that starts at a folder, so `000_*.txt`
 * matches that file in any folder and `corpus/*.txt` matches both `corpus/a.txt` and `/home/me/corpus/a.txt`;
 * a leading `/` or `./` anchors it at the start of the path.
 */
function trailingGlob(pattern: string): TrailingGlob {
  const negated = pattern.startsWith('!') && !pattern.startsWith('!(');
  let body = negated ? pattern.slice(1) : pattern;
  const anchored = body.startsWith('/') || body.startsWith('./');
  body = body.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  const match = picomatch(body, OPTIONS);
  return {
    negated,
    matches(filePath) {
      // Absolute paths keep their leading slash; patterns never carry one.
      const parts = normalizePath(filePath).replace(/^\/+/, '').split('/');
      if (anchored) return match(parts.join('/'));
      return parts.some((_, index) => match(parts.slice(index).join('/')));
    },
  };
}

const compiled = new Map<string, TrailingGlob>();

function compile(pattern: string): TrailingGlob {
  let glob = compiled.get(pattern);
  if (glob === undefined) {
    glob = trailingGlob(pattern);
    compiled.set(pattern, glob);
  }
  return glob;
}

/**
 * Whether one pattern matches a path, anywhere from a folder boundary to its end (see `trailingGlob`);
 * `!pattern` matches the paths the pattern does not. The config's `outlets` patterns are matched this way.
 */
export function matchesGlob(filePath: string, pattern: string): boolean {
  const glob = compile(pattern);
  return glob.matches(filePath) !== glob.negated;
}

/**
 * A list of patterns, like the config's `ignore`: a path is in the list when the last pattern that matches it is
 * not negated, so `["drafts/**", "!drafts/final.md"]` takes every draft but one.
 */
export function globListMatcher(patterns: readonly string[]): (filePath: string) => boolean {
  const globs = patterns.map(compile);
  return (filePath) => {
    let inList = false;
    for (const glob of globs) {
      if (glob.matches(filePath)) inList = !glob.negated;
    }
    return inList;
  };
}
