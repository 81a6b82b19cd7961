/**
 * Faults with real parts: schemas in S3 (s3rver) published while traffic flows and S3 going
 * down; destinations down, slow or throttling (a local HTTP receiver); hostile input over
 * HTTP. The registry never crashes, never answers 500 for a bad event, and loses nothing:
 * when it cannot hand events over it answers 503/429 so the SDK retries.
 */
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Analytics } from '@segment/analytics-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDestination, createDirectoryStore, createSchemaStore, type InvalidRecord } from '../src/runtime/index.js';
import { type Receiver, startReceiver } from './helpers/receiver.js';
import { tempDir } from './helpers/registry-harness.js';
import { exampleRegistryFiles, PRODUCT_VIEWED, productViewed, writeExampleSchemas } from './helpers/registry-schemas.js';
import { messageIdOf, startTestRegistry, type TestRegistry } from './helpers/registry-server.js';
import { type S3rverHandle, startS3rver } from './helpers/s3rver.js';

const BUCKET = 'reflekt-schemas';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const FAST_NETWORK = { retries: 2, retryDelayMs: 20, timeoutMs: 400 };

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('schemas in S3', () => {
  let s3rver: S3rverHandle;
  let registry: TestRegistry;
  let client: S3Client;

  beforeAll(async () => {
    s3rver = await startS3rver({ buckets: [BUCKET] });
    client = new S3Client({ endpoint: s3rver.endpoint, forcePathStyle: true, region: 'us-east-1', credentials: CREDENTIALS });
    const store = createSchemaStore(`s3://${BUCKET}/registry`, {
      s3: { endpoint: s3rver.endpoint, forcePathStyle: true, region: 'us-east-1', credentials: CREDENTIALS },
      timeoutMs: 1000,
    });
    registry = await startTestRegistry(store, { limits: { negativeCacheMs: 150 } });
  });
  afterAll(async () => {
    await registry.close();
    client.destroy();
    await s3rver.close();
  });

  it('picks up a schema published while traffic flows, answers 200 throughout, and routes each event once', async () => {
    const files = await exampleRegistryFiles();
    const sent: string[] = [];
    const statuses = new Set<number>();
    let published = false;
    const traffic = (async () => {
      for (let round = 0; round < 60 && !(published && round > 40); round++) {
        const batch = [productViewed(), productViewed()];
        for (const event of batch) sent.push(event.messageId as string);
        statuses.add((await postJson(`${registry.url}/v1/batch`, { batch })).status);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const file of files.filter((f) => f.id === PRODUCT_VIEWED)) {
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: `registry/${file.path}`, Body: file.contents }));
    }
    published = true;
    await traffic;
    expect([...statuses]).toEqual([200]);
    const { valid, invalid } = await registry.read();
    const ids = [...valid, ...invalid].map(messageIdOf);
    expect(ids.sort()).toEqual([...sent].sort());
    expect(invalid.length).toBeGreaterThan(0);
    expect(valid.length).toBeGreaterThan(0);
    expect(new Set(invalid.map((r) => (r as unknown as InvalidRecord).errors[0]?.category))).toEqual(new Set(['Schema-Not-Found']));
    // Unknown ids are read at most once per negative-cache period, not once per event.
    const reads = Number(/reflekt_registry_schema_store_reads_total (\d+)/.exec(registry.registry.metrics.render())?.[1]);
    expect(reads).toBeLessThan(invalid.length);
  });

  it('writes invalid events to S3 as one NDJSON object per request', async () => {
    const deadLetters = createDestination(`s3://${BUCKET}/dead-letters`, {
      s3: { endpoint: s3rver.endpoint, forcePathStyle: true, region: 'us-east-1', credentials: CREDENTIALS },
    });
    const local = await startTestRegistry(createDirectoryStore(path.join(registry.dir, 'no-schemas')), { invalid: deadLetters });
    try {
      const events = [productViewed(), productViewed()];
      expect((await postJson(`${local.url}/v1/batch`, { batch: events })).status).toBe(200);
      const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'dead-letters/' }));
      const keys = (listed.Contents ?? []).map((o) => o.Key as string);
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatch(/^dead-letters\/\d{4}\/\d{2}\/\d{2}\/\d+-[0-9a-f-]{36}\.ndjson$/);
      const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: keys[0] }));
      const lines = (await object.Body?.transformToString())?.trim().split('\n') ?? [];
      expect(lines.map((line) => (JSON.parse(line) as InvalidRecord).messageId)).toEqual(events.map((e) => e.messageId));
    } finally {
      await local.close();
    }
  });

  it('answers 503 with Retry-After when S3 is down and the schema is not cached; cached schemas keep working', async () => {
    await s3rver.close();
    const unknown = await postJson(`${registry.url}/v1/batch`, { batch: [productViewed({ schema_id: 'online_shop/Identify/1-0.json' })] });
    expect(unknown.status).toBe(503);
    expect(unknown.headers.get('retry-after')).toBe('5');
    expect(await unknown.json()).toMatchObject({ code: 'schema_store_unavailable' });
    const cached = await postJson(`${registry.url}/v1/batch`, { batch: [productViewed()] });
    expect(cached.status).toBe(200);
    expect(registry.registry.metrics.render()).toMatch(/reflekt_registry_schema_store_errors_total [1-9]/);
  });
});

describe('destinations failing', () => {
  let schemas: { dir: string; cleanup: () => Promise<void> };
  let receiver: Receiver;

  beforeAll(async () => {
    schemas = await tempDir();
    await writeExampleSchemas(schemas.dir);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await schemas.cleanup();
  });

  it('answers 503 while a webhook is down; analytics-node retries and nothing is lost', async () => {
    const registry = await startTestRegistry(createDirectoryStore(schemas.dir), {
      valid: createDestination(`${receiver.url}/hook`, FAST_NETWORK),
    });
    try {
      receiver.respond(500);
      const analytics = new Analytics({ writeKey: 'any', host: registry.url, path: '/v1/batch', flushAt: 5, maxRetries: 10 });
      const ids: string[] = [];
      const flushed = new Promise<void>((resolve) => {
        for (let i = 0; i < 5; i++) {
          const event = productViewed({ price: i === 2 ? 'x' : 1 });
          analytics.track(
            { userId: 'u', event: 'Product Viewed', properties: event.properties as Record<string, unknown> },
            (_error, ctx) => {
              if (ctx?.event.messageId) ids.push(ctx.event.messageId);
              if (ids.length === 5) resolve();
            },
          );
        }
      });
      // Let the first attempts fail, then bring the webhook back.
      await new Promise((resolve) => setTimeout(resolve, 600));
      const failedAttempts = receiver.all.length;
      receiver.respond(200);
      await flushed;
      await analytics.closeAndFlush({ timeout: 10_000 });
      expect(failedAttempts).toBeGreaterThan(0);
      const delivered = new Set(
        receiver.accepted.flatMap((r) => (r.body as { batch: { messageId: string }[] }).batch.map((e) => e.messageId)),
      );
      const { invalid } = await registry.read();
      const invalidIds = new Set(invalid.map(messageIdOf));
      expect(invalidIds.size).toBe(1);
      for (const id of ids) expect(delivered.has(id) !== invalidIds.has(id), id).toBe(true);
      expect(registry.registry.metrics.render()).toMatch(/reflekt_registry_requests_total\{status="503"\} [1-9]/);
    } finally {
      await registry.close();
      receiver.respond(200);
    }
  });

  it('answers 503 when a destination is too slow, and 429 with Retry-After when it throttles', async () => {
    const registry = await startTestRegistry(createDirectoryStore(schemas.dir), {
      valid: createDestination(`${receiver.url}/slow`, FAST_NETWORK),
    });
    try {
      receiver.respond(200, { delayMs: 1500 });
      const slow = await postJson(`${registry.url}/v1/batch`, { batch: [productViewed()] });
      expect(slow.status).toBe(503);
      expect(((await slow.json()) as { message: string }).message).toMatch(/no answer within 400 ms/);
      receiver.respond(429, { headers: { 'retry-after': '30' } });
      const throttled = await postJson(`${registry.url}/v1/batch`, { batch: [productViewed()] });
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get('retry-after')).toBe('30');
    } finally {
      receiver.respond(200);
      await registry.close();
    }
  });

  it('forwards to the Segment HTTP API with the destination write key, preserving messageId, timestamps, context and _metadata', async () => {
    const destination = createDestination(`segment:?endpoint=${encodeURIComponent(`${receiver.url}/v1/batch`)}`, {
      env: { REFLEKT_SEGMENT_WRITE_KEY: 'dest-key' },
      ...FAST_NETWORK,
    });
    const registry = await startTestRegistry(createDirectoryStore(schemas.dir), { valid: destination });
    try {
      const before = receiver.accepted.length;
      const event: Record<string, unknown> = {
        ...productViewed(),
        context: { library: { name: 'x', version: '1' } },
        _metadata: { bundled: ['Segment.io'] },
        sentAt: '2026-01-02T03:04:06.000Z',
      };
      expect((await postJson(`${registry.url}/v1/batch`, { batch: [event] })).status).toBe(200);
      const request = receiver.accepted[before];
      expect(request?.path).toBe('/v1/batch');
      expect(request?.headers.authorization).toBe(`Basic ${Buffer.from('dest-key:').toString('base64')}`);
      const forwarded = (request?.body as { batch: Record<string, unknown>[] } | undefined)?.batch[0];
      expect(forwarded).toMatchObject({
        messageId: event.messageId,
        timestamp: event.timestamp,
        sentAt: event.sentAt,
        context: event.context,
        _metadata: event._metadata,
        properties: event.properties,
      });
    } finally {
      await registry.close();
    }
  });
});

describe('hostile input over HTTP', () => {
  let schemas: { dir: string; cleanup: () => Promise<void> };
  let registry: TestRegistry;

  beforeAll(async () => {
    schemas = await tempDir();
    await writeExampleSchemas(schemas.dir);
    registry = await startTestRegistry(createDirectoryStore(schemas.dir));
  });
  afterAll(async () => {
    await registry.close();
    await schemas.cleanup();
  });

  /** Sends a raw request (optionally chunked, without content-length) and returns status and body. */
  const raw = (
    path: string,
    chunks: readonly (string | Buffer)[],
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const url = new URL(path, registry.url);
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => {
            body += c.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
      );
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });

  it('refuses oversized bodies by content-length and while streaming, bad JSON and deep nesting with 400, and keeps serving', async () => {
    const declared = await raw('/v1/batch', ['{}'], { 'content-length': String(10 * 1024 * 1024) });
    expect(declared.status).toBe(400);
    expect(JSON.parse(declared.body).code).toBe('body_too_large');
    const streamed = await raw(
      '/v1/batch',
      Array.from({ length: 12 }, () => Buffer.alloc(64 * 1024, 0x20)),
    );
    expect(streamed.status).toBe(400);
    expect((await raw('/v1/batch', ['{"batch":[{"type":"track",'])).status).toBe(400);
    const deep = await raw('/v1/batch', [`{"batch":[{"type":"track","properties":${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}}]}`]);
    expect([deep.status, JSON.parse(deep.body).code]).toEqual([400, 'invalid_body']);
    const health = await fetch(`${registry.url}/health`);
    expect(health.status).toBe(200);
  });

  it('routes __proto__ keys and ../ schema ids as data, never as paths or prototypes', async () => {
    const climbing = productViewed({ schema_id: '../../../../etc/passwd' });
    const dotted = productViewed({ schema_id: 'online_shop/../online_shop/Product_Viewed/1-0.json' });
    const text = JSON.stringify({ batch: [climbing, dotted, productViewed()] }).replace(
      '"batch":[{',
      '"batch":[{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},',
    );
    const response = await raw('/v1/batch', [text]);
    expect(response.status).toBe(200);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const { valid, invalid } = await registry.read();
    expect(valid).toHaveLength(1);
    expect(invalid.map((r) => (r as unknown as InvalidRecord).errors[0]?.category)).toEqual(['Schema-Id-Invalid', 'Schema-Id-Invalid']);
    expect(registry.registry.metrics.render()).not.toContain('status="500"');
  });
});
