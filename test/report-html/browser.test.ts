// The HTML report of the seed corpus, as a person sees it in a real browser: headless Chromium opens the file
// the CLI (main(), in-process) wrote, from file://. Skipped (with the reason) where Chromium is not installed, but never in CI.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { ROOT, runCli, tempDir } from '../e2e/helpers.js';
import { chromiumMissing, launchChromium } from './chromium.js';
import { IMG, SCRIPT, hostileReport } from './hostile.js';

const missing = chromiumMissing();
const inCi = Boolean(process.env.CI);
/** Where `npm run screenshot` wants a copy of the screenshot (relative to the repository). */
const screenshotCopy = process.env.CROSSCHECK_SCREENSHOT;

if (missing && !inCi) console.warn(`browser tests skipped: ${missing}`);

interface Visit {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
  dialogs: string[];
}

/** The PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

// The suite's generous timeouts apply (vitest.config.ts): the browser shares two busy cores with the rest of it.
describe.skipIf(missing !== undefined && !inCi)(`the HTML report in headless Chromium${missing && !inCi ? ` (skipped: ${missing})` : ''}`, () => {
  const temp = tempDir('crosscheck-html-');
  const reportFile = path.join(temp.dir, 'report.html');
  const timelineFile = path.join(temp.dir, 'timeline.html');
  const hostileFile = path.join(temp.dir, 'hostile.html');
  const screenshot = path.join(temp.dir, 'report.png');
  let browser: BrowserContext | undefined;
  let seed: Report;

  async function visit(file: string, viewport = { width: 1100, height: 900 }): Promise<Visit> {
    if (!browser) throw new Error('the browser did not start');
    const page = await browser.newPage();
    await page.setViewportSize(viewport);
    const seen: Visit = { page, consoleErrors: [], pageErrors: [], requests: [], dialogs: [] };
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') seen.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => seen.pageErrors.push(error.message));
    page.on('request', (request) => seen.requests.push(request.url()));
    page.on('dialog', (dialog) => {
      seen.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return seen;
  }

  beforeAll(async () => {
    if (missing) throw new Error(`${missing}; CI must run the browser tests (.ci/run installs Chromium when it is missing)`);
    const [html, timeline, json] = await Promise.all([
      runCli(['corpus', '--format', 'html', '-o', reportFile, '-q']),
      runCli(['timeline', 'corpus', '--format', 'html', '-o', timelineFile, '-q']),
      runCli(['corpus', '--format', 'json', '-q']),
    ]);
    // Exit code 1: the seed articles disagree.
    expect([html.code, timeline.code, json.code], html.stderr + timeline.stderr + json.stderr).toEqual([1, 1, 1]);
    seed = JSON.parse(json.stdout) as Report;
    writeFileSync(hostileFile, formatHtml(hostileReport(), { color: false }));
    browser = await launchChromium({ parent: temp.dir });
    // Playwright's own 30 s limit per action could fail a test on a busy machine; the test's limit is the one that counts.
    browser.setDefaultTimeout(150_000);
  });

  afterAll(async () => {
    await browser?.close();
    temp.cleanup();
  });

  it('opens from file:// without errors, loads nothing else, and is styled', async () => {
    const { page, consoleErrors, pageErrors, requests } = await visit(reportFile);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(reportFile).href]);
    // The stylesheet applied (a wrong hash in the Content-Security-Policy would leave the page unstyled).
    const header = await page.locator('header.page').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(header).toBe('rgb(29, 36, 48)');
    expect(await page.title()).toBe(`crosscheck report: ${seed.disagreements.length} disagreements`);
    await page.close();
  });

  it('shows a card for each disagreement, with its sides, outlets and highlighted evidence', async () => {
    const { page } = await visit(reportFile);
    const cards = page.locator('article.card');
    expect(await cards.count()).toBe(seed.disagreements.length);
    expect(seed.disagreements.length).toBeGreaterThanOrEqual(2);
    for (const disagreement of seed.disagreements) {
      const card = page.locator(`article.card[data-id="${disagreement.id}"]`);
      expect(await card.isVisible()).toBe(true);
      expect(await card.locator('h3').innerText()).toBe(disagreement.topic.replace(/\s+/g, ' ').trim());
      for (const position of disagreement.positions) {
        const side = card.locator(`.position[data-value="${position.value.replace(/"/g, '\\"')}"]`);
        expect(await side.isVisible()).toBe(true);
        for (const outlet of position.outlets) expect(await side.locator('.outlets').innerText()).toContain(outlet);
        const first = position.evidence[0]!;
        expect(await side.locator('.where').first().innerText()).toBe(`${first.path}:${first.line}`);
      }
    }
    // The date of the call: both dates, readable, each excerpt highlighted in its sentence.
    const call = seed.disagreements.find((d) => d.kind === 'date' && /call between Steve Witkoff and Yuri Ushakov/.test(d.topic));
    expect(call).toBeDefined();
    const card = page.locator(`article.card[data-id="${call!.id}"]`);
    const text = await card.innerText();
    expect(text).toContain('October 12, 2025');
    expect(text).toContain('October 14, 2025');
    const marks = await card.locator('mark').allInnerTexts();
    expect(marks).toContain('October 12');
    expect(marks).toContain('October 14');
    const highlight = await card.locator('mark').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(highlight).toBe('rgb(255, 229, 138)');
    await page.close();
  });

  it('draws the timeline, with the call dated October 12 and October 14 bracketed as conflicting', async () => {
    const { page } = await visit(reportFile);
    const svg = page.locator('#timeline svg.timeline');
    expect(await svg.isVisible()).toBe(true);
    expect(await svg.locator('g.event').count()).toBeGreaterThanOrEqual(seed.events.length);

    const call = seed.events.find((e) => e.date === '2025-10-14' && e.conflictingDates.includes('2025-10-12'));
    expect(call).toBeDefined();
    const bracket = svg.locator(`g.conflict[data-event="${call!.id}"]`);
    expect(await bracket.getAttribute('data-dates')).toBe('2025-10-12 2025-10-14');
    const other = svg.locator(`g.event.other-date[data-event="${call!.id}"][data-date="2025-10-12"]`);
    const main = svg.locator(`g.event.main.disputed[data-event="${call!.id}"][data-date="2025-10-14"]`);

    // What the eye sees: the October 12 mark above the October 14 one, the bracket running from one to the
    // other and ending beside each. Geometry in the picture's own units (getBBox: shapes without their stroke).
    const bbox = (locator: typeof svg) =>
      locator.evaluate((el) => {
        const b = (el as unknown as { getBBox(): { x: number; y: number; width: number; height: number } }).getBBox();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      });
    const dot12 = await bbox(other.locator('circle'));
    const dot14 = await bbox(main.locator('circle'));
    const arm = await bbox(bracket.locator('path.bracket'));
    const centre = (b: { y: number; height: number }) => b.y + b.height / 2;
    expect(centre(dot12)).toBeLessThan(centre(dot14));
    expect(arm.y).toBeCloseTo(centre(dot12), 0);
    expect(arm.y + arm.height).toBeCloseTo(centre(dot14), 0);
    expect(arm.x + arm.width).toBeLessThanOrEqual(dot12.x);
    expect(dot12.x - (arm.x + arm.width)).toBeLessThan(6);
    expect(await bracket.locator('path.bracket').isVisible()).toBe(true);

    // Both dates are written beside their marks, in the conflict colour, with the outlets that give each.
    expect(await other.locator('text.date').innerHTML()).toBe('Oct 12, 2025');
    expect(await main.locator('text.date').innerHTML()).toBe('Oct 14, 2025');
    for (const mark of [other, main]) {
      expect(await mark.locator('text.date').evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(180, 35, 24)');
    }
    expect(await other.locator('text.detail').allTextContents()).toEqual(['also dated October 12, 2025 per News18']);
    const mainDetail = (await main.locator('text.detail').allTextContents()).join(' ');
    expect(mainDetail).toMatch(/^October 14, 2025 per /);
    for (const outlet of call!.outlets) expect(mainDetail).toContain(outlet);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page, consoleErrors } = await visit(reportFile, { width: 390, height: 844 });
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    // The sides of a card stack on a narrow screen.
    const sides = page.locator('article.card').first().locator('.position');
    const first = await sides.nth(0).boundingBox();
    const second = await sides.nth(1).boundingBox();
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('prints', async () => {
    const { page } = await visit(reportFile);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    expect(await page.locator('article.card').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  });

  it('gives the timeline page alone', async () => {
    const { page, consoleErrors, pageErrors } = await visit(timelineFile);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.locator('svg.timeline g.conflict').count()).toBe(1);
    expect(await page.locator('article.card').count()).toBe(0);
    expect(await page.locator('table.events').isVisible()).toBe(true);
    await page.close();
  });

  it('keeps a hostile article inert: its markup shows as text and runs nothing', async () => {
    const { page, consoleErrors, pageErrors, dialogs, requests } = await visit(hostileFile);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(hostileFile).href]);
    expect(await page.locator('script, img, iframe').count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
    await page.close();
  });

  it('takes a screenshot', async () => {
    const { page } = await visit(reportFile, { width: 1000, height: 800 });
    await page.screenshot({ path: screenshot, fullPage: true });
    const size = pngSize(screenshot);
    expect(size.width).toBe(1000);
    expect(size.height).toBeGreaterThan(1500);
    if (screenshotCopy) {
      const target = path.resolve(ROOT, screenshotCopy);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(screenshot, target);
      console.log(`screenshot written to ${path.relative(ROOT, target)}`);
    }
    await page.close();
  });
});
