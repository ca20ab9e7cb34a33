// Reference data from ../shared (beside the repository). Tests that need a file from it are skipped, with the
// reason in their title, where it is missing, and fail in CI (CI is set), where it must be present.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { SHARED } from './run-cli.js';

export interface SharedFile {
  /** The absolute path of the file. */
  file: string;
  /** Skip the tests that read it: it is missing and this is not CI. */
  skip: boolean;
  /** Appended to a test's title: why it was skipped, or nothing. */
  note: string;
  /** Call first in each test that reads the file: in CI, a missing file fails the test with its path. */
  require(): string;
}

export function sharedFile(relative: string): SharedFile {
  const file = path.join(SHARED, relative);
  const missing = !existsSync(file);
  const skip = missing && !process.env.CI;
  if (skip) console.warn(`tests skipped: ../shared/${relative} is missing`);
  return {
    file,
    skip,
    note: missing ? ` (${skip ? 'skipped: ' : ''}../shared/${relative} is missing)` : '',
    require: () => {
      expect(existsSync(file), `${file} must exist in CI`).toBe(true);
      return file;
    },
  };
}
