// Reading one article file: its format by extension, refusing what is not a regular UTF-8 text file (pipes,
// devices, binaries, UTF-16, files over the size limit) with a one-line reason and the fix.
import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFormat } from '../../types.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};
const BINARY_PROBE_BYTES = 8192;

/** Opened without blocking: opening a FIFO for reading would otherwise wait for a writer forever. */
/** One strict decoder for every file: a decode without `stream` starts afresh. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export const READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/** Why a file is not read: the skip entry's reason, the warning's message (after the path) and code. */
export interface SkipReason {
  reason: string;
  message: string;
  code: string;
}

export function formatOf(filePath: string): SourceFormat | undefined {
  return FORMAT_BY_EXTENSION[path.extname(filePath).toLowerCase()];
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What kind of special file this is, for the skip message. */
export function kindOf(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** A FIFO, socket or device: never opened, so a pipe without a writer cannot hang the run. */
export function specialFile(kind: string): SkipReason {
  return {
    reason: 'not a regular file',
    message: `is ${kind}, not a regular file; crosscheck reads only files (pipe an article in with \`-\` instead).`,
    code: 'not-regular-file',
  };
}

/** A file or folder that could not be read, by the error's code. */
export function unreadable(error: unknown): SkipReason {
  const code = errorCode(error);
  if (code === 'ELOOP') return { reason: 'symlink loop', message: 'is a symbolic link loop; fix or remove the link.', code: 'symlink-loop' };
  if (code === 'EACCES' || code === 'EPERM') {
    return { reason: 'unreadable', message: 'permission denied; make it readable (chmod u+r) or leave it out.', code: 'unreadable' };
  }
  return { reason: 'unreadable', message: `could not be read (${describeError(error)}).`, code: 'unreadable' };
}

export function looksLikeHtml(content: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)/i.test(content) || /<\/(?:p|div|article|body)>/i.test(content);
}

/**
 * The decoded text of an article file, or why it is skipped. `shown` is the path as the user sees it (for the
 * conversion hints). The size is checked before reading, so a huge file is never loaded.
 */
export async function readArticle(absolute: string, shown: string, maxBytes: number, knownSize?: number): Promise<{ content: string } | SkipReason> {
  let size = knownSize;
  try {
    size ??= (await stat(absolute)).size;
  } catch (error) {
    return unreadable(error);
  }
  if (size > maxBytes) {
    const limit = `${Math.round((maxBytes / 1024 / 1024) * 100) / 100} MiB`;
    return { reason: 'too large', message: `is ${size} bytes, over the ${limit} limit; split it or raise the limit with --max-size.`, code: 'too-large' };
  }
  let bytes: Buffer;
  try {
    // Read-only: input files are never written. Synchronous on purpose: an article is small, and the promise
    // machinery of an asynchronous read costs more than the read itself when a corpus holds thousands of them.
    const fd = openSync(absolute, READ_FLAGS);
    try {
      // Checked on the open file itself, so a path swapped for a pipe after the first look is still refused.
      const info = fstatSync(fd);
      if (!info.isFile()) return specialFile(kindOf(info));
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return unreadable(error);
  }
  // UTF-16 holds NUL bytes too: recognised by its byte-order mark before the binary probe, with the fix.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return {
      reason: 'UTF-16; convert it with iconv -f UTF-16 -t UTF-8',
      message: `is UTF-16 text, not UTF-8; convert it, e.g. \`iconv -f UTF-16 -t UTF-8 "${shown}" > converted.txt\`.`,
      code: 'utf16',
    };
  }
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    return { reason: 'binary', message: 'looks like a binary file (it contains NUL bytes), not an article; leave it out.', code: 'binary-file' };
  }
  let content: string;
  try {
    content = UTF8.decode(bytes);
  } catch {
    return {
      reason: 'not UTF-8',
      message: `is not valid UTF-8; convert it, e.g. \`iconv -f WINDOWS-1252 -t UTF-8 "${shown}" > converted.txt\`.`,
      code: 'not-utf8',
    };
  }
  content = content.replace(/^\uFEFF/, '');
  if (content.trim() === '') {
    return { reason: 'empty', message: 'is empty (or only whitespace); add the article text or remove the file.', code: 'empty-file' };
  }
  return { content };
}
