// The system's Chromium (Debian's `chromium` package), driven by playwright-core. Playwright never downloads a
// browser here: it is pointed at /usr/bin/chromium, with a fresh profile for every launch.
import { accessSync, constants, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the browser tests cannot run here, or undefined when they can. */
export function chromiumMissing(): string | undefined {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return undefined;
  } catch {
    return `no Chromium at ${CHROMIUM_PATH} (install it with: apt-get install -y --no-install-recommends chromium)`;
  }
}

/** A headless Chromium with a new, empty user-data directory under `parent` (or the system's temp folder). */
export async function launchChromium(options: { parent?: string; width?: number; height?: number } = {}): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(path.join(options.parent ?? os.tmpdir(), 'chromium-profile-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1100, height: options.height ?? 900 },
    deviceScaleFactor: 1,
    // A busy two-core machine can take a while to start a browser.
    timeout: 90_000,
  });
}
