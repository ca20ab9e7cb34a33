// Turning the paths on the command line into decoded article inputs. This is the only ingest code
// that touches the file system; every problem with one file is reported and the run goes on.
import { constants as fsConstants, type Dirent } from 'node:fs';
import { globListMatcher, globToRegExp, isGlob } from './glob.js';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { crosscheckReportFormat } from './own-reports.js';
import type { RawInput, SkippedFile, SourceFormat, UserMetadata, Warning } from '../types.js';

export interface CollectOptions {
  cwd: string;
  /** Files larger than this are skipped (default 10 MiB). */
  maxBytes?: number;
  /** Glob-ish patterns (`*`, `**`, `?`, `{a,b}`) matched against the path relative to cwd and against the file name. */
  ignore?: string[];
  /** Reads standard input for the path `-`. */
  readStdin?: () => Promise<string>;
}

export interface CollectedInputs {
  inputs: RawInput[];
  skipped: SkippedFile[];
  warnings: Warning[];
  /** Fatal problems with a path the user named (it does not exist, ...). */
  errors: string[];
  /** Absolute paths of the files the run reads: articles and the manifests beside them. Never to be written over. */
  readFiles: ReadFile[];
}

export interface ReadFile {
  path: string;
  what: 'article' | 'manifest';
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const MANIFEST_NAME = 'crosscheck.sources.json';

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};
const BINARY_PROBE_BYTES = 8192;

function formatOf(filePath: string): SourceFormat | undefined {
  return FORMAT_BY_EXTENSION[path.extname(filePath).toLowerCase()];
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}



function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What kind of special file this is, for the skip message. */
function kindOf(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Opened without blocking: opening a FIFO for reading would otherwise wait for a writer forever. */
const READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

function looksLikeHtml(content: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)/i.test(content) || /<\/(?:p|div|article|body)>/i.test(content);
}

type ManifestEntries = Map<string, UserMetadata>;

const MANIFEST_FIELDS: ReadonlyArray<keyof UserMetadata> = ['outlet', 'published', 'url', 'title'];

class Collector {
  readonly inputs = new Map<string, RawInput>();
  readonly skipped: SkippedFile[] = [];
  readonly warnings: Warning[] = [];
  readonly errors: string[] = [];
  readonly readFiles: ReadFile[] = [];
  private readonly manifests = new Map<string, ManifestEntries | null>();
  private readonly manifestNamesUsed = new Map<string, Set<string>>();
  private readonly visitedDirectories = new Set<string>();
  /** Folders read whole (not through a glob), where every manifest entry should have matched a file. */
  private readonly fullyWalked = new Set<string>();
  private readonly ignored: (displayPath: string) => boolean;
  private readonly maxBytes: number;

  constructor(private readonly options: CollectOptions) {
    this.ignored = globListMatcher(options.ignore ?? []);
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  display(absolute: string): string {
    const relative = toPosix(path.relative(this.options.cwd, absolute));
    return relative === '' ? '.' : relative;
  }

  skip(absoluteOrDisplay: string, reason: string, message: string, code: string): void {
    this.skipped.push({ path: absoluteOrDisplay, reason });
    this.warnings.push({ code, message: `${absoluteOrDisplay}: ${message}`, path: absoluteOrDisplay });
  }

  isIgnored(displayPath: string): boolean {
    return this.ignored(displayPath);
  }

  async collect(argument: string): Promise<void> {
    if (argument === '-') {
      await this.readStdin();
      return;
    }
    const absolute = path.resolve(this.options.cwd, argument);
    if (isGlob(argument)) {
      await this.expandGlob(argument);
      return;
    }
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = errorCode(error);
      const shown = toPosix(argument);
      if (code === 'ELOOP') {
        this.skip(shown, 'symlink loop', 'is a symbolic link that points back to itself; fix or remove the link.', 'symlink-loop');
      } else if (code === 'EACCES') {
        this.skip(shown, 'unreadable', 'permission denied; make it readable (chmod u+r) or leave it out.', 'unreadable');
      } else {
        const message = `${shown}: no such file or folder; check the path (it is resolved from ${this.options.cwd}).`;
        this.errors.push(message);
        this.skipped.push({ path: shown, reason: 'not found' });
      }
      return;
    }
    if (!info.isDirectory() && !info.isFile()) {
      this.skipSpecial(this.display(absolute), kindOf(info));
      return;
    }
    if (info.isDirectory()) {
      const before = this.inputs.size + this.skipped.length;
      await this.walk(absolute, []);
      if (this.inputs.size + this.skipped.length === before) {
        const shown = this.display(absolute);
        this.skip(shown, 'no articles', 'folder holds no .txt, .md or .html files; point crosscheck at the folder with the articles.', 'empty-folder');
      }
      return;
    }
    const format = formatOf(absolute);
    if (path.basename(absolute) === MANIFEST_NAME) {
      this.skip(this.display(absolute), 'manifest', 'is the sources manifest, not an article; name its folder or the articles instead.', 'manifest-not-article');
      return;
    }
    if (format === undefined) {
      const shown = this.display(absolute);
      this.warnings.push({
        code: 'unknown-extension',
        message: `${shown}: unknown file type "${path.extname(absolute) || '(none)'}", read as plain text; rename it to .txt, .md or .html to silence this.`,
        path: shown,
      });
    }
    await this.readFile(absolute, format ?? 'txt', info.size);
  }

  /** crosscheck's own reports (saved with -o among the articles) are never read as articles. */
  private skipOwnReport(shown: string, content: string): boolean {
    const format = crosscheckReportFormat(content);
    if (format === undefined) return false;
    this.skip(shown, 'a crosscheck report', `is a crosscheck report (${format}), not an article; it is left out (write reports outside the article folders to silence this).`, 'crosscheck-report');
    return true;
  }

  /** A FIFO, socket or device: never opened, so a pipe without a writer cannot hang the run. */
  skipSpecial(shown: string, kind: string): void {
    this.skip(shown, 'not a regular file', `is ${kind}, not a regular file; crosscheck reads only files (pipe an article in with \`-\` instead).`, 'not-regular-file');
  }

  private async readStdin(): Promise<void> {
    if (!this.options.readStdin) {
      this.errors.push('-: reading an article from standard input is not available here; pass a file path instead.');
      this.skipped.push({ path: '-', reason: 'stdin unavailable' });
      return;
    }
    let content: string;
    try {
      content = (await this.options.readStdin()).replace(/^\uFEFF/, '');
    } catch (error) {
      this.skip('-', 'unreadable', `could not read standard input (${describeError(error)}).`, 'unreadable');
      return;
    }
    if (content.trim() === '') {
      this.skip('-', 'empty', 'standard input was empty; pipe an article into crosscheck or pass a file path.', 'empty-file');
      return;
    }
    if (this.skipOwnReport('-', content)) return;
    const format: SourceFormat = looksLikeHtml(content) ? 'html' : /^---\r?\n/.test(content) ? 'md' : 'txt';
    this.inputs.set('-', { path: '-', content, format });
  }

  private async expandGlob(pattern: string): Promise<void> {
    const normalized = toPosix(pattern);
    const parts = normalized.split('/');
    const firstMagic = parts.findIndex(isGlob);
    const baseParts = parts.slice(0, firstMagic);
    const base = path.resolve(this.options.cwd, baseParts.join('/') || '.');
    const matcher = globToRegExp(parts.slice(firstMagic).join('/'));
    const before = this.inputs.size + this.skipped.length;
    let exists = true;
    try {
      exists = (await stat(base)).isDirectory();
    } catch {
      exists = false;
    }
    if (exists) await this.walk(base, [], (relative) => matcher.test(relative), base);
    if (this.inputs.size + this.skipped.length === before) {
      this.errors.push(`${pattern}: no article files match this pattern; check it, or quote it so the shell does not expand it.`);
      this.skipped.push({ path: pattern, reason: 'no match' });
    }
  }

  /**
   * Walks a folder recursively. `ancestors` holds the real paths of the folders above, to spot symlink loops.
   * With a `filter`, only files whose path relative to `root` passes it are taken.
   */
  private async walk(directory: string, ancestors: string[], filter?: (relative: string) => boolean, root = directory): Promise<void> {
    let real: string;
    try {
      real = await realpath(directory);
    } catch (error) {
      this.reportUnreadable(directory, error);
      return;
    }
    if (ancestors.includes(real)) {
      this.skip(this.display(directory), 'symlink loop', 'is a symbolic link back into a folder above it; it was not followed.', 'symlink-loop');
      return;
    }
    // The same folder reached twice through links is read once.
    if (this.visitedDirectories.has(real)) return;
    this.visitedDirectories.add(real);
    if (!filter) this.fullyWalked.add(directory);

    let entries: Dirent[];
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      this.reportUnreadable(directory, error);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // Hidden files/folders and installed packages are never articles.
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === MANIFEST_NAME) continue;
      const absolute = path.join(directory, entry.name);
      const shown = this.display(absolute);
      if (this.isIgnored(shown)) continue;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let size: number | undefined;
      let special: string | undefined = isDirectory || isFile || entry.isSymbolicLink() ? undefined : kindOf(entry);
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(absolute);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
          size = target.size;
          if (!isDirectory && !isFile) special = kindOf(target);
        } catch (error) {
          const code = errorCode(error);
          if (code === 'ELOOP') {
            this.skip(shown, 'symlink loop', 'is a symbolic link that points back to itself; fix or remove the link.', 'symlink-loop');
          } else if (formatOf(absolute) !== undefined) {
            this.skip(shown, 'broken link', 'is a symbolic link to a file that does not exist; fix or remove the link.', 'broken-link');
          }
          continue;
        }
      }
      if (isDirectory) {
        await this.walk(absolute, [...ancestors, real], filter, root);
        continue;
      }
      if (special !== undefined) {
        // Accounted for, not silently left out; never opened.
        if (!filter || filter(toPosix(path.relative(root, absolute)))) this.skipSpecial(shown, special);
        continue;
      }
      if (!isFile) continue;
      const format = formatOf(absolute);
      if (format === undefined) continue;
      if (filter && !filter(toPosix(path.relative(root, absolute)))) continue;
      await this.readFile(absolute, format, size);
    }
  }

  private reportUnreadable(absolute: string, error: unknown): void {
    const shown = this.display(absolute);
    if (errorCode(error) === 'ELOOP') {
      this.skip(shown, 'symlink loop', 'is a symbolic link loop; fix or remove the link.', 'symlink-loop');
    } else if (errorCode(error) === 'EACCES' || errorCode(error) === 'EPERM') {
      this.skip(shown, 'unreadable', 'permission denied; make it readable (chmod u+r) or leave it out.', 'unreadable');
    } else {
      this.skip(shown, 'unreadable', `could not be read (${describeError(error)}).`, 'unreadable');
    }
  }

  private async readFile(absolute: string, format: SourceFormat, knownSize?: number): Promise<void> {
    const shown = this.display(absolute);
    if (this.inputs.has(shown) || this.skipped.some((entry) => entry.path === shown)) return;
    let size = knownSize;
    try {
      size ??= (await stat(absolute)).size;
    } catch (error) {
      this.reportUnreadable(absolute, error);
      return;
    }
    // Checked before reading, so a huge file is never loaded.
    if (size > this.maxBytes) {
      const limit = `${Math.round((this.maxBytes / 1024 / 1024) * 100) / 100} MiB`;
      this.skip(shown, 'too large', `is ${size} bytes, over the ${limit} limit; split it or raise the limit with --max-size.`, 'too-large');
      return;
    }
    let bytes: Buffer;
    try {
      // Read-only: input files are never written.
      const handle = await open(absolute, READ_FLAGS);
      try {
        // Checked on the open file itself, so a path swapped for a pipe after the first look is still refused.
        const info = await handle.stat();
        if (!info.isFile()) {
          this.skipSpecial(shown, kindOf(info));
          return;
        }
        bytes = await handle.readFile();
      } finally {
        await handle.close();
      }
    } catch (error) {
      this.reportUnreadable(absolute, error);
      return;
    }
    // UTF-16 holds NUL bytes too: recognised by its byte-order mark before the binary probe, with the fix.
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      this.skip(shown, 'UTF-16; convert it with iconv -f UTF-16 -t UTF-8', `is UTF-16 text, not UTF-8; convert it, e.g. \`iconv -f UTF-16 -t UTF-8 "${shown}" > converted.txt\`.`, 'utf16');
      return;
    }
    if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
      this.skip(shown, 'binary', 'looks like a binary file (it contains NUL bytes), not an article; leave it out.', 'binary-file');
      return;
    }
    let content: string;
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      this.skip(
        shown,
        'not UTF-8',
        `is not valid UTF-8; convert it, e.g. \`iconv -f WINDOWS-1252 -t UTF-8 "${shown}" > converted.txt\`.`,
        'not-utf8',
      );
      return;
    }
    content = content.replace(/^\uFEFF/, '');
    if (content.trim() === '') {
      this.skip(shown, 'empty', 'is empty (or only whitespace); add the article text or remove the file.', 'empty-file');
      return;
    }
    if (this.skipOwnReport(shown, content)) return;
    const input: RawInput = { path: shown, content, format };
    this.readFiles.push({ path: absolute, what: 'article' });
    const userMetadata = await this.manifestEntry(absolute);
    if (userMetadata) input.userMetadata = userMetadata;
    this.inputs.set(shown, input);
  }

  /** User metadata for a file from the `crosscheck.sources.json` in its folder. */
  private async manifestEntry(absolute: string): Promise<UserMetadata | undefined> {
    const directory = path.dirname(absolute);
    const entries = await this.manifest(directory);
    if (!entries) return undefined;
    const name = path.basename(absolute);
    const entry = entries.get(name);
    if (entry) this.manifestNamesUsed.get(directory)?.add(name);
    return entry;
  }

  private async manifest(directory: string): Promise<ManifestEntries | null> {
    const cached = this.manifests.get(directory);
    if (cached !== undefined) return cached;
    const file = path.join(directory, MANIFEST_NAME);
    const shown = this.display(file);
    let text: string;
    try {
      const handle = await open(file, READ_FLAGS);
      this.readFiles.push({ path: file, what: 'manifest' });
      try {
        if (!(await handle.stat()).isFile()) throw new Error('not a regular file');
        text = (await handle.readFile('utf8')).replace(/^\uFEFF/, '');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') {
        this.warnings.push({ code: 'bad-manifest', message: `${shown}: could not be read (${describeError(error)}); its metadata is ignored.`, path: shown });
      }
      this.manifests.set(directory, null);
      return null;
    }
    const entries = this.parseManifest(text, shown);
    this.manifests.set(directory, entries);
    if (entries) this.manifestNamesUsed.set(directory, new Set());
    return entries;
  }

  private parseManifest(text: string, shown: string): ManifestEntries | null {
    const malformed = (why: string): null => {
      this.warnings.push({
        code: 'bad-manifest',
        message: `${shown}: ${why}; its metadata is ignored. Expected {"files": {"<file name>": {"outlet": "...", "published": "YYYY-MM-DD"}}}.`,
        path: shown,
      });
      return null;
    };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return malformed(`is not valid JSON (${describeError(error)})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return malformed('is not a JSON object');
    const files = (parsed as Record<string, unknown>).files;
    if (typeof files !== 'object' || files === null || Array.isArray(files)) return malformed('has no "files" object');
    const entries: ManifestEntries = new Map();
    for (const [name, value] of Object.entries(files as Record<string, unknown>)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        this.warnings.push({ code: 'bad-manifest', message: `${shown}: the entry for "${name}" is not an object; it is ignored.`, path: shown });
        continue;
      }
      const metadata: UserMetadata = {};
      for (const field of MANIFEST_FIELDS) {
        const fieldValue = (value as Record<string, unknown>)[field];
        if (typeof fieldValue === 'string' && fieldValue.trim() !== '') metadata[field] = fieldValue.trim();
        else if (fieldValue !== undefined) {
          this.warnings.push({ code: 'bad-manifest', message: `${shown}: "${field}" for "${name}" should be a string; it is ignored.`, path: shown });
        }
      }
      entries.set(name, metadata);
    }
    return entries;
  }

  /** Manifest entries that named no file read from their folder are probably typos. */
  reportUnusedManifestEntries(): void {
    for (const [directory, used] of this.manifestNamesUsed) {
      const entries = this.manifests.get(directory);
      if (!this.fullyWalked.has(directory)) continue;
      if (!entries) continue;
      for (const name of entries.keys()) {
        if (used.has(name)) continue;
        const shown = this.display(path.join(directory, MANIFEST_NAME));
        this.warnings.push({
          code: 'manifest-unknown-file',
          message: `${shown}: lists "${name}", but no such article was read from that folder; check the file name.`,
          path: shown,
        });
      }
    }
  }
}

/** Collects article inputs from files, folders, glob patterns and `-` (stdin). Never throws for a bad file. */
export async function collectInputs(paths: string[], options: CollectOptions): Promise<CollectedInputs> {
  const collector = new Collector(options);
  for (const argument of paths) await collector.collect(argument);
  collector.reportUnusedManifestEntries();
  const inputs = [...collector.inputs.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { inputs, skipped: collector.skipped, warnings: collector.warnings, errors: collector.errors, readFiles: collector.readFiles };
}
