/**
 * The registry with the real Segment SDKs as clients: analytics-node posting batches, and
 * analytics.js in headless Chromium in both standard (`/v1/t`, `text/plain`) and batching
 * (`/b`) mode. Every event sent must land in exactly one destination.
 */
import { Analytics } from '@segment/analytics-node';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectoryStore, parseWriteKeys } from '../src/runtime/index.js';
import { startPageServer } from './helpers/browser-page.js';
import { tempDir } from './helpers/registry-harness.js';
import { IDENTIFY, PRODUCT_VIEWED, writeExampleSchemas } from './helpers/registry-schemas.js';
import { messageIdOf, startTestRegistry, type TestRegistry, waitFor } from './helpers/registry-server.js';

let schemas: { dir: string; cleanup: () => Promise<void> };
let registry: TestRegistry;

beforeAll(async () => {
  schemas = await tempDir();
  await writeExampleSchemas(schemas.dir);
  registry = await startTestRegistry(createDirectoryStore(schemas.dir), { writeKeys: parseWriteKeys('node-key=backend,browser-key=web') });
});
afterAll(async () => {
  await registry.close();
  await schemas.cleanup();
});

/** Asserts that every id is in exactly one destination, and returns where each went. */
async function placement(ids: readonly string[]): Promise<Map<string, 'valid' | 'invalid'>> {
  const { valid, invalid } = await registry.read();
  const where = new Map<string, 'valid' | 'invalid'>();
  const seen = new Map<unknown, number>();
  for (const [records, name] of [
    [valid, 'valid'],
    [invalid, 'invalid'],
  ] as const) {
    for (const record of records) {
      const id = messageIdOf(record);
      seen.set(id, (seen.get(id) ?? 0) + 1);
      if (typeof id === 'string') where.set(id, name);
    }
  }
  for (const id of ids) expect(seen.get(id), id).toBe(1);
  return where;
}

const received = async (ids: readonly string[]): Promise<boolean> => {
  const { valid, invalid } = await registry.read();
  const all = new Set([...valid, ...invalid].map(messageIdOf));
  return ids.every((id) => all.has(id));
};

describe('analytics-node', () => {
  it('delivers batches to /v1/batch with Basic auth; each event lands once, valid or invalid', async () => {
    const analytics = new Analytics({
      writeKey: 'node-key',
      host: registry.url,
      path: '/v1/batch',
      flushAt: 15,
      flushInterval: 200,
      maxRetries: 1,
    });
    const errors: unknown[] = [];
    analytics.on('error', (error) => errors.push(error));
    const ids: string[] = [];
    const remember = (error: unknown, ctx?: { event: { messageId?: string | undefined } }) => {
      if (error) errors.push(error);
      if (ctx?.event.messageId) ids.push(ctx.event.messageId);
    };
    const expectedInvalid = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const bad = i % 5 === 0;
      if (bad) expectedInvalid.add(ids.length + i);
      analytics.track(
        {
          userId: `user-${i}`,
          event: 'Product Viewed',
          properties: {
            schema_id: PRODUCT_VIEWED,
            product_id: 'prod_abc',
            sku: `SKU-${i}`,
            name: 'Shoe',
            price: bad ? 'free' : 10 + i,
            currency: 'EUR',
          },
        },
        remember,
      );
    }
    analytics.identify(
      { userId: 'user-1', traits: { schema_id: IDENTIFY, email: 'a@example.com', plan: 'free', created_at: '2025-01-01T00:00:00Z' } },
      remember,
    );
    analytics.alias({ userId: 'user-1', previousId: 'anon-1' }, remember);
    analytics.group({ userId: 'user-1', groupId: 'g-1', traits: { name: 'Acme' } }, remember);
    await analytics.closeAndFlush({ timeout: 20_000 });
    expect(errors).toEqual([]);
    expect(ids).toHaveLength(43);
    const where = await placement(ids);
    expect([...where.values()].filter((w) => w === 'invalid')).toHaveLength(9);
    const { valid, invalid } = await registry.read();
    const track = valid.find((e) => e.type === 'track') as Record<string, unknown>;
    expect(track.context).toMatchObject({ library: { name: '@segment/analytics-node' } });
    expect(track._metadata).toMatchObject({ jsRuntime: 'node' });
    expect(track.messageId).toMatch(/^node-next-/);
    expect(invalid.map((r) => r.source)).toContain('backend');
  });
});

describe('analytics.js in headless Chromium', () => {
  it('delivers single events (/v1/t, text/plain) and batches (/b) cross-origin; each event lands once', async () => {
    const page = await startPageServer();
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const tab = await browser.newPage();
      const failures: string[] = [];
      tab.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
      const paths: string[] = [];
      tab.on('request', (request) => {
        if (request.url().startsWith(registry.url)) paths.push(new URL(request.url()).pathname);
      });
      await tab.goto(page.url);
      const apiHost = `${new URL(registry.url).host}/v1`;
      const ids = await tab.evaluate(
        async ({ apiHost, productViewed }) => {
          type Ctx = { event: { messageId: string } };
          type Instance = {
            track(name: string, props: object): Promise<Ctx>;
            page(name: string, props?: object): Promise<Ctx>;
            identify(id: string, traits: object): Promise<Ctx>;
          };
          const load = (globalThis as unknown as { AnalyticsBrowser: { load(settings: object, options: object): Promise<[Instance]> } })
            .AnalyticsBrowser.load;
          const out: string[] = [];
          for (const batching of [false, true]) {
            const segment = {
              apiHost,
              protocol: 'http',
              ...(batching ? { deliveryStrategy: { strategy: 'batching', config: { size: 4, timeout: 100 } } } : {}),
            };
            const [analytics] = await load(
              { writeKey: 'browser-key', cdnSettings: { integrations: { 'Segment.io': { apiKey: 'browser-key', ...segment } } } },
              { integrations: { 'Segment.io': segment } },
            );
            for (let i = 0; i < 6; i++) {
              const props = {
                schema_id: productViewed,
                product_id: 'prod_abc',
                sku: `SKU-${i}`,
                name: 'Shoe',
                price: i === 3 ? -1 : 20,
                currency: 'USD',
              };
              out.push((await analytics.track('Product Viewed', props)).event.messageId);
            }
            out.push((await analytics.page('Home', { schema_id: 'online_shop/Page_Viewed/1-0.json' })).event.messageId);
          }
          return out;
        },
        { apiHost, productViewed: PRODUCT_VIEWED },
      );
      expect(ids).toHaveLength(14);
      await waitFor(() => received(ids), 15_000);
      expect(failures).toEqual([]);
      expect(paths).toContain('/v1/t');
      expect(paths).toContain('/v1/p');
      expect(paths.some((p) => p.endsWith('/b'))).toBe(true);
      const where = await placement(ids);
      const { valid, invalid } = await registry.read();
      // analytics.js copies the page's name into its properties, which the closed Page Viewed schema lacks.
      const reasons = invalid
        .filter((r) => ids.includes(messageIdOf(r) as string))
        .map((r) => `${r.type} ${(r.errors as { message: string }[])[0]?.message}`);
      expect(reasons.sort()).toEqual([
        'page must NOT have additional property "name"',
        'page must NOT have additional property "name"',
        'track must be >= 0',
        'track must be >= 0',
      ]);
      expect(ids.filter((id) => where.get(id) === 'invalid')).toHaveLength(4);
      const browserEvent = valid.find((e) => e.messageId === ids[0]) as Record<string, unknown>;
      expect(browserEvent.context).toMatchObject({ library: { name: 'analytics.js' }, page: { path: '/' } });
      expect(browserEvent).not.toHaveProperty('writeKey');
    } finally {
      await browser.close();
      await page.close();
    }
  });
});
