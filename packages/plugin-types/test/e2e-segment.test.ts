import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Analytics } from '@segment/analytics-node';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExample, emit, scratch, writeFiles } from './helpers.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv,
) => Ajv;

type Call = (payload: object, options: object) => void;

/** The part of the generated module this test calls. */
interface GeneratedShop {
  createTracker(adapter: unknown, options?: object): { close(): void };
  analyticsNode(client: Analytics): unknown;
  trackOrderCompletedV2: Call;
  trackOrderCompleted: Call;
  identify: Call;
  page: Call;
  group: Call;
}

interface Batch {
  readonly batch: ReadonlyArray<{ [key: string]: unknown }>;
}

/** A local stand-in for Segment's `/v1/batch` endpoint that records what the SDK posts. */
function startServer(): Promise<{ url: string; batches: Batch[]; auth: string[]; close: () => Promise<void> }> {
  const batches: Batch[] = [];
  const auth: string[] = [];
  const read = async (req: IncomingMessage): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    return req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
  };
  const server = createServer((req, res) => {
    void read(req).then((body) => {
      if (req.method === 'POST' && req.url === '/v1/batch') {
        batches.push(JSON.parse(body.toString('utf8')) as Batch);
        auth.push(String(req.headers.authorization));
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"success":true}');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        batches,
        auth,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

describe('end to end: generated functions → @segment/analytics-node → a local /v1/batch', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('sends every call with schema_id and the caller options, and each payload matches its schema', async () => {
    const { plan, files } = await emit(copyExample('e2e-src'), { target: 'node', validate: 'throw', functionPrefix: 'track' });
    const dir = scratch('e2e');
    writeFiles(path.join(dir, 'types'), files);
    // The generated modules are imported as the app would; their types are checked by the probes.
    const t = (await import(pathToFileURL(path.join(dir, 'types/index.ts')).href)) as GeneratedShop;
    const { validators } = (await import(pathToFileURL(path.join(dir, 'types/validators.ts')).href)) as { validators: object };

    const analytics = new Analytics({
      writeKey: 'test-key',
      host: server.url,
      path: '/v1/batch',
      flushAt: 50,
      flushInterval: 60_000,
      maxRetries: 0,
    });
    const tracker = t.createTracker(t.analyticsNode(analytics), { validators });
    const line = { product_id: 'prod_8f2k1', sku: 'SKU-1', name: 'Linen shirt', category: 'apparel', price: 49.5, quantity: 2 } as const;
    const who = { userId: 'user-42' } as const;
    const callbacks: unknown[] = [];

    t.trackOrderCompletedV2(
      { order_id: 'ORD-00012345', total: 104, currency: 'EUR', payment_method: 'card', products: [line], shipping_method: 'express' },
      {
        ...who,
        context: { ip: '203.0.113.7', locale: 'de-DE' },
        messageId: 'msg-1',
        callback: (error?: unknown) => callbacks.push(error ?? 'ok'),
      },
    );
    t.trackOrderCompleted({ order_id: 'ORD-00012346', total: 99, payment_method: 'paypal', products: [line] }, { anonymousId: 'anon-7' });
    t.identify({ email: 'maya@example.com', plan: 'plus', created_at: new Date(Date.UTC(2024, 4, 1, 12)), phone: null }, who);
    t.page(
      { path: '/products/linen-shirt', url: 'https://shop.example/products/linen-shirt', referrer: null, title: 'Linen shirt' },
      { ...who, name: 'Product' },
    );
    t.group({ name: 'Acme GmbH', plan: 'wholesale', created_at: '2024-01-02T03:04:05Z', vat_number: null }, { ...who, groupId: 'acme' });
    // Validation is on ('throw'): a bad payload throws and is not sent.
    expect(() =>
      t.trackOrderCompletedV2({ order_id: 'bad', total: 1, currency: 'EUR', payment_method: 'card', products: [line] }, who),
    ).toThrow(/track "Order Completed" does not match online_shop\/Order_Completed\/2-1\.json: \/order_id must match pattern/);

    await analytics.closeAndFlush({ timeout: 10_000 });
    tracker.close();

    const messages = server.batches.flatMap((b) => b.batch);
    expect(messages.map((m) => [m.type, m.event ?? m.name ?? '', m.userId ?? m.anonymousId])).toEqual([
      ['track', 'Order Completed', 'user-42'],
      ['track', 'Order Completed', 'anon-7'],
      ['identify', '', 'user-42'],
      ['page', 'Product', 'user-42'],
      ['group', '', 'user-42'],
    ]);
    expect(server.auth[0]).toBe(`Basic ${Buffer.from('test-key:').toString('base64')}`);
    expect(callbacks).toEqual(['ok']);

    const first = messages[0] ?? {};
    expect(first.messageId).toBe('msg-1');
    expect(first.context).toMatchObject({ ip: '203.0.113.7', locale: 'de-DE', library: { name: '@segment/analytics-node' } });
    expect(messages[4]?.groupId).toBe('acme');
    expect(messages[2]?.traits).toMatchObject({ created_at: '2024-05-01T12:00:00.000Z' });

    // Each payload against its schema, which must also accept `schema_id` = the schema's `$id`.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const ids = new Set<string>();
    for (const message of messages) {
      const payload = (message.type === 'identify' || message.type === 'group' ? message.traits : message.properties) as {
        schema_id?: string;
      };
      const event = plan.events.find((e) => e.id === payload.schema_id);
      expect(event, `schema_id ${payload.schema_id}`).toBeDefined();
      if (!event) continue;
      ids.add(event.id);
      expect(event.kind).toBe(message.type);
      const withId = {
        ...event.schema,
        properties: { ...event.schema.properties, schema_id: { const: event.id } },
        required: [...(event.schema.required ?? []), 'schema_id'],
      };
      const validate = ajv.compile(withId);
      expect(validate(payload), `${event.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    expect([...ids].sort()).toEqual([
      'online_shop/Group/1-0.json',
      'online_shop/Identify/1-0.json',
      'online_shop/Order_Completed/1-0.json',
      'online_shop/Order_Completed/2-1.json',
      'online_shop/Page_Viewed/1-0.json',
    ]);
  });
});
