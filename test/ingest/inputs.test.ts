import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { collectInputs } from '../../src/cli/inputs.js';
import { globToRegExp } from '../../src/cli/glob.js';

const ARTICLE = 'Harbour vote delayed\n\nThe council voted on Monday to delay the plan, the clerk said.\n';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dir = '';

async function put(relative: string, content: string | Buffer): Promise<void> {
  const file = path.join(dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-inputs-'));
  await put('good/a.txt', ARTICLE);
  await put('good/b.md', `---\ntitle: B\n---\n${ARTICLE}`);
  await put('good/c.html', `<html><body><p>${ARTICLE}</p></body></html>`);
  await put('good/notes.json', '{}');
  await put('good/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  await put('good/.hidden.txt', ARTICLE);
  await put('good/.git/HEAD.txt', ARTICLE);
  await put('good/node_modules/pkg/readme.md', ARTICLE);
  await put('good/sub/d.htm', `<p>${ARTICLE}</p>`);
  await put('good/sub/e.markdown', ARTICLE);
  await put('bad/empty.txt', '');
  await put('bad/blank.txt', '  \n\t\n');
  await put('bad/binary.txt', Buffer.concat([Buffer.from('abc'), Buffer.from([0]), Buffer.from('def')]));
  await put('bad/latin1.txt', Buffer.from('Caf\xe9 au lait, dit-il.\n', 'latin1'));
  await put('bad/bom.txt', `\uFEFF${ARTICLE}`);
  await put('big/large.txt', 'x'.repeat(5000));
  await put('emptydir/readme.json', '{}');
  await put('manifest/one.txt', ARTICLE);
  await put('manifest/two.txt', ARTICLE);
  await put(
    'manifest/crosscheck.sources.json',
    JSON.stringify({ files: { 'one.txt': { outlet: 'Harbour Daily', published: '2024-03-05' }, 'typo.txt': { outlet: 'X' } } }),
  );
  await put('badmanifest/one.txt', ARTICLE);
  await put('badmanifest/crosscheck.sources.json', '{ "files": { "one.txt": ');
  await put('loop/a.txt', ARTICLE);
  await symlink(path.join(dir, 'loop'), path.join(dir, 'loop', 'again'));
  await symlink(path.join(dir, 'loop', 'self.txt'), path.join(dir, 'loop', 'self.txt')).catch(() => undefined);
  await put('locked/secret.txt', ARTICLE);
  await chmod(path.join(dir, 'locked/secret.txt'), 0o000);
  await put('odd/article.text', ARTICLE);
});

afterAll(async () => {
  await chmod(path.join(dir, 'locked/secret.txt'), 0o644).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('collectInputs', () => {
  it('walks folders recursively, keeps article files only, skips hidden and node_modules, sorts by path', async () => {
    const result = await collectInputs(['good'], { cwd: dir });
    expect(result.inputs.map((input) => [input.path, input.format])).toEqual([
      ['good/a.txt', 'txt'],
      ['good/b.md', 'md'],
      ['good/c.html', 'html'],
      ['good/sub/d.htm', 'html'],
      ['good/sub/e.markdown', 'md'],
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['bad/empty.txt', 'empty', 'empty-file'],
    ['bad/blank.txt', 'empty', 'empty-file'],
    ['bad/binary.txt', 'binary', 'binary-file'],
    ['bad/latin1.txt', 'not UTF-8', 'not-utf8'],
  ])('skips %s (%s) with a one-line message and goes on', async (file, reason, code) => {
    const result = await collectInputs([file, 'good/a.txt'], { cwd: dir });
    expect(result.inputs.map((input) => input.path)).toEqual(['good/a.txt']);
    expect(result.skipped).toEqual([{ path: file, reason }]);
    expect(result.warnings.map((warning) => warning.code)).toEqual([code]);
    expect(result.warnings[0].message).toContain(file);
    expect(result.warnings[0].message).not.toContain('\n');
    expect(result.errors).toEqual([]);
  });

  it('tells how to convert a non-UTF-8 file', async () => {
    const result = await collectInputs(['bad/latin1.txt'], { cwd: dir });
    expect(result.warnings[0].message).toContain('iconv');
  });

  it('strips a UTF-8 byte order mark', async () => {
    const result = await collectInputs(['bad/bom.txt'], { cwd: dir });
    expect(result.inputs[0].content).toBe(ARTICLE);
  });

  it('skips a file over maxBytes before reading it', async () => {
    const result = await collectInputs(['big'], { cwd: dir, maxBytes: 1000 });
    expect(result.inputs).toEqual([]);
    expect(result.skipped).toEqual([{ path: 'big/large.txt', reason: 'too large' }]);
    expect(result.warnings[0].code).toBe('too-large');
    expect((await collectInputs(['big'], { cwd: dir })).inputs).toHaveLength(1);
  });

  it('reports a missing path as an error and goes on', async () => {
    const result = await collectInputs(['nope/missing.txt', 'good/a.txt'], { cwd: dir });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('nope/missing.txt');
    expect(result.skipped).toEqual([{ path: 'nope/missing.txt', reason: 'not found' }]);
    expect(result.inputs.map((input) => input.path)).toEqual(['good/a.txt']);
  });

  it('reports a folder without articles', async () => {
    const result = await collectInputs(['emptydir'], { cwd: dir });
    expect(result.inputs).toEqual([]);
    expect(result.skipped).toEqual([{ path: 'emptydir', reason: 'no articles' }]);
  });

  it('survives symlink loops', async () => {
    const result = await collectInputs(['loop'], { cwd: dir });
    expect(result.inputs.map((input) => input.path)).toEqual(['loop/a.txt']);
    const reasons = result.skipped.map((entry) => [entry.path, entry.reason]);
    expect(reasons).toContainEqual(['loop/again', 'symlink loop']);
    expect(reasons).toContainEqual(['loop/self.txt', 'symlink loop']);
  });

  it.skipIf(isRoot)('skips an unreadable file', async () => {
    const result = await collectInputs(['locked', 'good/a.txt'], { cwd: dir });
    expect(result.skipped).toEqual([{ path: 'locked/secret.txt', reason: 'unreadable' }]);
    expect(result.inputs.map((input) => input.path)).toEqual(['good/a.txt']);
  });

  it('reads a named file with an unknown extension as text, with a warning', async () => {
    const result = await collectInputs(['odd/article.text'], { cwd: dir });
    expect(result.inputs.map((input) => [input.path, input.format])).toEqual([['odd/article.text', 'txt']]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['unknown-extension']);
  });

  it.each([
    ['good/*.txt', ['good/a.txt']],
    ['good/**/*.md', ['good/b.md']],
    ['good/**/*.{htm,html}', ['good/c.html', 'good/sub/d.htm']],
    ['good/**', ['good/a.txt', 'good/b.md', 'good/c.html', 'good/sub/d.htm', 'good/sub/e.markdown']],
    ['good/?.md', ['good/b.md']],
    ['**/one.txt', ['badmanifest/one.txt', 'manifest/one.txt']],
  ])('expands the glob %s', async (pattern, paths) => {
    const result = await collectInputs([pattern], { cwd: dir });
    expect(result.inputs.map((input) => input.path)).toEqual(paths);
  });

  it('reports a glob that matches nothing', async () => {
    const result = await collectInputs(['good/*.pdf'], { cwd: dir });
    expect(result.inputs).toEqual([]);
    expect(result.errors[0]).toContain('good/*.pdf');
  });

  it('applies ignore patterns', async () => {
    const result = await collectInputs(['good'], { cwd: dir, ignore: ['*.md', 'good/sub/**'] });
    expect(result.inputs.map((input) => input.path)).toEqual(['good/a.txt', 'good/c.html']);
  });

  it('does not list the same file twice', async () => {
    const result = await collectInputs(['good/a.txt', 'good', 'good/*.txt'], { cwd: dir });
    expect(result.inputs.filter((input) => input.path === 'good/a.txt')).toHaveLength(1);
  });

  it('reads user metadata from the sources manifest and warns about entries matching no file', async () => {
    const result = await collectInputs(['manifest'], { cwd: dir });
    expect(result.inputs.map((input) => [input.path, input.userMetadata])).toEqual([
      ['manifest/one.txt', { outlet: 'Harbour Daily', published: '2024-03-05' }],
      ['manifest/two.txt', undefined],
    ]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['manifest-unknown-file']);
    expect(result.warnings[0].message).toContain('typo.txt');
  });

  it('applies the manifest to a file named directly', async () => {
    const result = await collectInputs(['manifest/one.txt'], { cwd: dir });
    expect(result.inputs[0].userMetadata?.outlet).toBe('Harbour Daily');
  });

  it('warns about a malformed manifest and still reads the articles', async () => {
    const result = await collectInputs(['badmanifest'], { cwd: dir });
    expect(result.inputs.map((input) => input.path)).toEqual(['badmanifest/one.txt']);
    expect(result.inputs[0].userMetadata).toBeUndefined();
    expect(result.warnings.map((warning) => warning.code)).toEqual(['bad-manifest']);
    expect(result.warnings[0].message).toContain('badmanifest/crosscheck.sources.json');
  });

  it.each([
    ['Plain article text.\n', 'txt'],
    ['<!doctype html><html><body><p>Hi</p></body></html>', 'html'],
    ['<div><p>Fragment</p></div>', 'html'],
  ])('reads one article from stdin for "-": %j → %s', async (content, format) => {
    const result = await collectInputs(['-'], { cwd: dir, readStdin: async () => content });
    expect(result.inputs).toEqual([{ path: '-', content, format }]);
  });

  it('skips empty stdin', async () => {
    const result = await collectInputs(['-'], { cwd: dir, readStdin: async () => '  \n' });
    expect(result.inputs).toEqual([]);
    expect(result.skipped).toEqual([{ path: '-', reason: 'empty' }]);
  });

  it('gives paths relative to cwd with forward slashes', async () => {
    const result = await collectInputs([path.join(dir, 'good', 'sub')], { cwd: path.join(dir, 'good') });
    expect(result.inputs.map((input) => input.path)).toEqual(['sub/d.htm', 'sub/e.markdown']);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'dir/a.txt', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['a?c.md', 'abc.md', true],
    ['a?c.md', 'a/c.md', false],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'c.txt', true],
    ['*.{md,txt}', 'x.md', true],
    ['*.{md,txt}', 'x.html', false],
    ['file.txt', 'fileXtxt', false],
  ])('%s vs %s → %s', (glob, candidate, matches) => {
    expect(globToRegExp(glob).test(candidate)).toBe(matches);
  });
});
