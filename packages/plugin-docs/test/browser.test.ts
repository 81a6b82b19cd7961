import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupCopies, copyExample, emitDocs, writeFiles } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.join(import.meta.dirname, '.output');

/** Installs Debian's Chromium when it is missing, so `npm test` alone works on a fresh machine. Never skips. */
function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const script = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium';
  const run = spawnSync(root ? 'sh' : 'sudo', root ? ['-c', script] : ['sh', '-c', script], { stdio: 'inherit', timeout: 900_000 });
  if (run.status !== 0 || !existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing and installing it failed (${run.error?.message ?? `exit ${run.status}`}). ` +
        'Install it with `apt-get update && apt-get install -y chromium`.',
    );
  }
}

let site: string;
let profile: string;
let context: BrowserContext;

beforeAll(async () => {
  ensureChromium();
  site = mkdtempSync(path.join(os.tmpdir(), 'reflekt-docs-site-'));
  profile = mkdtempSync(path.join(os.tmpdir(), 'reflekt-docs-chromium-'));
  const { files } = await emitDocs(copyExample());
  writeFiles(site, files);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
}, 900_000);

afterAll(async () => {
  await context?.close();
  cleanupCopies();
  if (site) rmSync(site, { recursive: true, force: true });
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('the static site in headless Chromium (file://)', () => {
  it('finds an event by search, shows its properties, and logs no console errors', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));

    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    await expect.poll(() => page.locator('#events > li:visible').count()).toBe(11);

    // By name.
    await page.getByLabel('Search', { exact: true }).fill('order compl');
    await expect.poll(() => page.locator('#events > li:visible').count()).toBe(1);
    expect(await page.locator('#events > li:visible h2').innerText()).toBe('Order Completed');
    expect(await page.locator('#count').innerText()).toBe('1 event of 11');

    // By property, then by owner.
    await page.getByLabel('Search in').selectOption('property');
    await page.getByLabel('Search', { exact: true }).fill('shipping_method');
    expect(await page.locator('#events > li:visible h2').allInnerTexts()).toEqual(['Order Completed']);
    await page.getByLabel('Search in').selectOption('metadata');
    await page.getByLabel('Search', { exact: true }).fill('discovery-squad');
    expect(await page.locator('#events > li:visible h2').allInnerTexts()).toEqual(['Product Viewed', 'Products Searched']);
    await page.getByLabel('Search in').selectOption('all');
    await page.getByLabel('Search', { exact: true }).fill('order completed');

    mkdirSync(OUTPUT, { recursive: true });
    const indexShot = path.join(OUTPUT, 'index.png');
    await page.screenshot({ path: indexShot, fullPage: true });

    await page.getByRole('link', { name: 'Order Completed' }).click();
    await page.waitForURL(/Order_Completed\.html$/);
    expect(await page.locator('h1').innerText()).toBe('Order Completed');
    const row = page.locator('#properties ~ .table-wrap tbody tr', { hasText: 'payment_method' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('td').nth(1).innerText()).toBe('required');
    expect(await page.locator('dl.facts').innerText()).toContain('stg_online_shop__order_completed');
    expect(await page.locator('#changes').count()).toBe(1);
    expect(await page.locator('td.breaking').count()).toBeGreaterThan(0);

    const eventShot = path.join(OUTPUT, 'order-completed.png');
    await page.screenshot({ path: eventShot, fullPage: true });
    // A dark-scheme rendering of the same page.
    await page.emulateMedia({ colorScheme: 'dark' });
    const darkShot = path.join(OUTPUT, 'order-completed-dark.png');
    await page.screenshot({ path: darkShot, fullPage: false });
    console.log(`screenshots: ${indexShot}, ${eventShot}, ${darkShot}`);

    expect(problems).toEqual([]);
    await page.close();
  });
});
