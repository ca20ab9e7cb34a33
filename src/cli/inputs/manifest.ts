// The sources manifest (`crosscheck.sources.json`) beside the articles: outlet, publication date, URL and title per
// file name. Read once per folder; a broken manifest is a warning and its metadata is ignored.
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { UserMetadata, Warning } from '../../types.js';
import { READ_FLAGS, describeError, errorCode } from './read.js';

export const MANIFEST_NAME = 'crosscheck.sources.json';

type ManifestEntries = Map<string, UserMetadata>;

const MANIFEST_FIELDS: ReadonlyArray<keyof UserMetadata> = ['outlet', 'published', 'url', 'title'];

export interface ManifestHost {
  /** The path as the user sees it. */
  display(absolute: string): string;
  warnings: Warning[];
  /** Records a manifest file the run read. */
  readManifest(absolute: string): void;
}

/** The manifests of the folders a run reads, with the entries that matched a file. */
export class Manifests {
  private readonly manifests = new Map<string, ManifestEntries | null>();
  private readonly namesUsed = new Map<string, Set<string>>();
  /** Folders read whole (not through a glob), where every manifest entry should have matched a file. */
  private readonly fullyWalked = new Set<string>();

  constructor(private readonly host: ManifestHost) {}

  /** Marks a folder as read whole: its manifest's entries that match no file are reported. */
  walkedWhole(directory: string): void {
    this.fullyWalked.add(directory);
  }

  /** User metadata for a file from the `crosscheck.sources.json` in its folder. */
  async entryFor(absolute: string): Promise<UserMetadata | undefined> {
    const directory = path.dirname(absolute);
    const entries = await this.manifest(directory);
    if (!entries) return undefined;
    const name = path.basename(absolute);
    const entry = entries.get(name);
    if (entry) this.namesUsed.get(directory)?.add(name);
    return entry;
  }

  private async manifest(directory: string): Promise<ManifestEntries | null> {
    const cached = this.manifests.get(directory);
    if (cached !== undefined) return cached;
    const file = path.join(directory, MANIFEST_NAME);
    const shown = this.host.display(file);
    let text: string;
    try {
      const handle = await open(file, READ_FLAGS);
      this.host.readManifest(file);
      try {
        if (!(await handle.stat()).isFile()) throw new Error('not a regular file');
        text = (await handle.readFile('utf8')).replace(/^\uFEFF/, '');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') {
        this.host.warnings.push({ code: 'bad-manifest', message: `${shown}: could not be read (${describeError(error)}); its metadata is ignored.`, path: shown });
      }
      this.manifests.set(directory, null);
      return null;
    }
    const entries = parseManifest(text, shown, this.host.warnings);
    this.manifests.set(directory, entries);
    if (entries) this.namesUsed.set(directory, new Set());
    return entries;
  }

  /** Manifest entries that named no file read from their folder are probably typos. */
  reportUnusedEntries(): void {
    for (const [directory, used] of this.namesUsed) {
      const entries = this.manifests.get(directory);
      if (!this.fullyWalked.has(directory)) continue;
      if (!entries) continue;
      for (const name of entries.keys()) {
        if (used.has(name)) continue;
        const shown = this.host.display(path.join(directory, MANIFEST_NAME));
        this.host.warnings.push({
          code: 'manifest-unknown-file',
          message: `${shown}: lists "${name}", but no such article was read from that folder; check the file name.`,
          path: shown,
        });
      }
    }
  }
}

/** The entries of a manifest's text, or null (with a warning) when it is malformed. */
function parseManifest(text: string, shown: string, warnings: Warning[]): ManifestEntries | null {
  const malformed = (why: string): null => {
    warnings.push({
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
      warnings.push({ code: 'bad-manifest', message: `${shown}: the entry for "${name}" is not an object; it is ignored.`, path: shown });
      continue;
    }
    const metadata: UserMetadata = {};
    for (const field of MANIFEST_FIELDS) {
      const fieldValue = (value as Record<string, unknown>)[field];
      if (typeof fieldValue === 'string' && fieldValue.trim() !== '') metadata[field] = fieldValue.trim();
      else if (fieldValue !== undefined) {
        warnings.push({ code: 'bad-manifest', message: `${shown}: "${field}" for "${name}" should be a string; it is ignored.`, path: shown });
      }
    }
    entries.set(name, metadata);
  }
  return entries;
}
