// One glob dialect for the whole CLI (path arguments, `ignore`, `outlets`): `**` crosses folders, `*` and `?`
// stay within one, `[abc]`/`[!abc]` and `{a,b}` as usual. Backslashes in patterns count as `/`.

/** The regular-expression source of a glob, without anchors. */
function globBody(pattern: string): string {
  const source = pattern.replace(/\\/g, '/');
  let body = '';
  let braceDepth = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '*') {
      if (source[index + 1] === '*') {
        const atSegmentStart = index === 0 || source[index - 1] === '/';
        if (atSegmentStart && source[index + 2] === '/') {
          body += '(?:[^/]*/)*'; // `**/`: zero or more folders
          index += 2;
        } else {
          body += '.*';
          index += 1;
        }
      } else {
        body += '[^/]*';
      }
    } else if (char === '?') {
      body += '[^/]';
    } else if (char === '[' && source.indexOf(']', index + 2) !== -1) {
      const close = source.indexOf(']', index + 2);
      const members = source.slice(index + 1, close).replace(/^!/, '^').replace(/[\\/]/g, '');
      body += `(?!/)[${members}]`;
      index = close;
    } else if (char === '{' && source.indexOf('}', index) !== -1) {
      braceDepth++;
      body += '(?:';
    } else if (char === ',' && braceDepth > 0) {
      body += '|';
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--;
      body += ')';
    } else {
      body += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return body;
}

/** A glob that must match a whole path. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globBody(glob)}$`);
}

/**
 * A glob that matches a whole path or any trailing part of it that starts at a folder, so `000_*.txt` matches
 * in any folder; a leading `/` or `./` anchors it at the start.
 */
export function trailingGlobToRegExp(pattern: string): RegExp {
  const anchored = pattern.startsWith('/') || pattern.startsWith('./');
  const body = globBody(pattern.replace(/^(\.\/)+/, '').replace(/^\/+/, ''));
  // Absolute file paths keep their leading slash; an anchored pattern may match either form.
  return new RegExp(`${anchored ? '^/?' : '^(?:.*/)?'}${body}$`);
}

export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}
