// Baseline files: disagreements a team has reviewed and accepted, so CI fails only on new ones.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Disagreement, DisagreementKind } from '../types.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** `Disagreement.id`: a content fingerprint, stable across runs. */
  id: string;
  /** For people reading the file; matching uses `id` only. */
  kind: DisagreementKind;
  topic: string;
  /** Only written when the caller supplies it (e.g. a date from a flag); kept when an entry is re-accepted. */
  acceptedAt?: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  accepted: BaselineEntry[];
}

export interface BaselineResult {
  /** Not in the baseline: these count for `failOn`. */
  fresh: Disagreement[];
  /** In the baseline: reported as accepted, never fail the run. */
  accepted: Disagreement[];
  /** Baseline entries no current disagreement matches: the file can be pruned with `--update-baseline`. */
  stale: BaselineEntry[];
}

/** A problem with a baseline file; `message` is one line naming the file. */
export class BaselineError extends Error {
  override name = 'BaselineError';
}

export function emptyBaseline(): Baseline {
  return { version: BASELINE_VERSION, accepted: [] };
}

/** Splits disagreements into fresh and accepted (order kept), and lists entries that matched nothing. */
export function applyBaseline(disagreements: Disagreement[], baseline: Baseline): BaselineResult {
  const acceptedIds = new Set(baseline.accepted.map((entry) => entry.id));
  const currentIds = new Set(disagreements.map((disagreement) => disagreement.id));
  const fresh: Disagreement[] = [];
  const accepted: Disagreement[] = [];
  for (const disagreement of disagreements) {
    (acceptedIds.has(disagreement.id) ? accepted : fresh).push(disagreement);
  }
  const stale = baseline.accepted.filter((entry) => !currentIds.has(entry.id));
  return { fresh, accepted, stale };
}

/**
 * Reads a baseline. A missing file is an error unless `allowMissing` (used when updating the
 * baseline, which creates it); then it reads as an empty baseline.
 */
export async function readBaseline(filePath: string, options: { allowMissing?: boolean } = {}): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) {
      if (options.allowMissing === true) return emptyBaseline();
      throw new BaselineError(
        `${filePath}: baseline file not found (create it with --update-baseline)`,
      );
    }
    throw new BaselineError(`${filePath}: cannot read baseline (${errorMessage(error)})`);
  }
  return parseBaseline(text, filePath);
}

/** Parses and validates baseline JSON; `source` names the file in errors. */
export function parseBaseline(text: string, source: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${source}: invalid JSON (${errorMessage(error).replace(/\s+/g, ' ')})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new BaselineError(`${source}: a baseline must be a JSON object with "version" and "accepted"`);
  }
  const record = raw as Record<string, unknown>;
  if (record.version !== BASELINE_VERSION) {
    throw new BaselineError(
      `${source}: unsupported baseline "version" ${JSON.stringify(record.version) ?? 'missing'} (expected ${BASELINE_VERSION})`,
    );
  }
  if (!Array.isArray(record.accepted)) {
    throw new BaselineError(`${source}: "accepted" must be an array`);
  }
  const accepted = record.accepted.map((item: unknown, index: number): BaselineEntry => {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof entry.id !== 'string' || entry.id === '') {
      throw new BaselineError(`${source}: "accepted[${index}].id" must be a non-empty string`);
    }
    // kind and topic are informational: tolerate hand edits rather than reject the file.
    const result: BaselineEntry = {
      id: entry.id,
      kind: (typeof entry.kind === 'string' ? entry.kind : '') as DisagreementKind,
      topic: typeof entry.topic === 'string' ? entry.topic : '',
    };
    if (typeof entry.acceptedAt === 'string') result.acceptedAt = entry.acceptedAt;
    return result;
  });
  return { version: BASELINE_VERSION, accepted };
}

/**
 * The baseline accepting exactly these disagreements: one entry per id, sorted by id.
 * `acceptedAt` of entries already in `previous` is kept; new entries get `options.acceptedAt` when given.
 */
export function baselineFrom(
  disagreements: readonly Disagreement[],
  options: { previous?: Baseline; acceptedAt?: string } = {},
): Baseline {
  const previousById = new Map((options.previous?.accepted ?? []).map((entry) => [entry.id, entry]));
  const byId = new Map<string, BaselineEntry>();
  for (const disagreement of disagreements) {
    if (byId.has(disagreement.id)) continue;
    const entry: BaselineEntry = { id: disagreement.id, kind: disagreement.kind, topic: disagreement.topic };
    const acceptedAt = previousById.get(disagreement.id)?.acceptedAt ?? options.acceptedAt;
    if (acceptedAt !== undefined) entry.acceptedAt = acceptedAt;
    byId.set(disagreement.id, entry);
  }
  const accepted = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version: BASELINE_VERSION, accepted };
}

/** Stable text: fixed key order, 2-space indent, trailing newline. */
export function serializeBaseline(baseline: Baseline): string {
  const accepted = baseline.accepted.map((entry) => {
    const ordered: BaselineEntry = { id: entry.id, kind: entry.kind, topic: entry.topic };
    if (entry.acceptedAt !== undefined) ordered.acceptedAt = entry.acceptedAt;
    return ordered;
  });
  return `${JSON.stringify({ version: baseline.version, accepted }, null, 2)}\n`;
}

/** Writes the baseline accepting these disagreements (atomically: temp file + rename). Returns what was written. */
export async function writeBaseline(
  filePath: string,
  disagreements: readonly Disagreement[],
  options: { previous?: Baseline; acceptedAt?: string } = {},
): Promise<Baseline> {
  const baseline = baselineFrom(disagreements, options);
  const directory = path.dirname(path.resolve(filePath));
  await mkdir(directory, { recursive: true });
  const temporary = path.join(directory, `.${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, serializeBaseline(baseline), 'utf8');
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new BaselineError(`${filePath}: cannot write baseline (${errorMessage(error)})`);
  }
  return baseline;
}

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
