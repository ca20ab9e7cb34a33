// Turning the paths on the command line into decoded article inputs: files, folders (walked, links followed once,
// loops refused), glob patterns and `-` (stdin). This is the only ingest code that touches the file system; every
// problem with one file is reported and the run goes on. Reading one file is inputs/read.ts; the sources manifest
// beside the articles is inputs/manifest.ts.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { globListMatcher, globToRegExp, isGlob } from './glob.js';
import { crosscheckReportFormat } from './own-reports.js';
import { MANIFEST_NAME, Manifests } from './inputs/manifest.js';
import { DEFAULT_MAX_BYTES, errorCode, describeError, formatOf, kindOf, looksLikeHtml, readArticle, specialFile, unreadable } from './inputs/read.js';
import type { RawInput, SkippedFile, SourceFormat, Warning } from '../types.js';

export { DEFAULT_MAX_BYTES, MANIFEST_NAME };

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

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

class Collector {
  readonly inputs = new Map<string, RawInput>();
  readonly skipped: SkippedFile[] = [];
  readonly warnings: Warning[] = [];
  readonly errors: string[] = [];
  readonly readFiles: ReadFile[] = [];
  readonly manifests: Manifests;
  private readonly visitedDirectories = new Set<string>();
  private readonly ignored: (displayPath: string) => boolean;
  private readonly maxBytes: number;

  constructor(private readonly options: CollectOptions) {
    this.ignored = globListMatcher(options.ignore ?? []);
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.manifests = new Manifests({
      display: (absolute) => this.display(absolute),
      warnings: this.warnings,
      readManifest: (absolute) => this.readFiles.push({ path: absolute, what: 'manifest' }),
    });
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
    this.skipFor(shown, specialFile(kind));
  }

  private skipFor(shown: string, why: { reason: string; message: string; code: string }): void {
    this.skip(shown, why.reason, why.message, why.code);
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
    if (!filter) this.manifests.walkedWhole(directory);

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
    this.skipFor(this.display(absolute), unreadable(error));
  }

  private async readFile(absolute: string, format: SourceFormat, knownSize?: number): Promise<void> {
    const shown = this.display(absolute);
    if (this.inputs.has(shown) || this.skipped.some((entry) => entry.path === shown)) return;
    const read = await readArticle(absolute, shown, this.maxBytes, knownSize);
    if (!('content' in read)) {
      this.skipFor(shown, read);
      return;
    }
    const { content } = read;
    if (this.skipOwnReport(shown, content)) return;
    const input: RawInput = { path: shown, content, format };
    this.readFiles.push({ path: absolute, what: 'article' });
    const userMetadata = await this.manifests.entryFor(absolute);
    if (userMetadata) input.userMetadata = userMetadata;
    this.inputs.set(shown, input);
  }
}

/** Collects article inputs from files, folders, glob patterns and `-` (stdin). Never throws for a bad file. */
export async function collectInputs(paths: string[], options: CollectOptions): Promise<CollectedInputs> {
  const collector = new Collector(options);
  for (const argument of paths) await collector.collect(argument);
  collector.manifests.reportUnusedEntries();
  const inputs = [...collector.inputs.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { inputs, skipped: collector.skipped, warnings: collector.warnings, errors: collector.errors, readFiles: collector.readFiles };
}
