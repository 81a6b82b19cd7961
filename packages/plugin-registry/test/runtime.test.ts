import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDestination,
  createDirectoryStore,
  createRegistry,
  type InvalidRecord,
  matchRoute,
  parseWriteKeys,
  type Registry,
  type RegistryOptions,
  resolveSettings,
  SettingsError,
} from '../src/runtime/index.js';
import { post, readNdjson, tempDir } from './helpers/registry-harness.js';
import { identify, PRODUCT_VIEWED, productViewed, writeExampleSchemas } from './helpers/registry-schemas.js';

let dir: string;
let cleanup: () => Promise<void>;
let schemas: string;
let counter = 0;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  schemas = path.join(dir, 'schemas');
  await writeExampleSchemas(schemas);
});
afterAll(() => cleanup());

/** A registry over the example schemas writing two fresh NDJSON files. */
function makeRegistry(options: Partial<RegistryOptions> = {}) {
  const n = ++counter;
  const validFile = path.join(dir, `valid-${n}.ndjson`);
  const invalidFile = path.join(dir, `invalid-${n}.ndjson`);
  const registry = createRegistry({
    store: createDirectoryStore(schemas),
    valid: createDestination(`file:${validFile}`),
    invalid: createDestination(`file:${invalidFile}`),
    ...options,
  });
  const read = async () => {
    await registry.flush();
    return { valid: await readNdjson(validFile), invalid: (await readNdjson(invalidFile)) as unknown as InvalidRecord[] };
  };
  return { registry, read };
}

describe('routing', () => {
  it('accepts every Segment path under any base path', () => {
    const cases: Array<[string, string | undefined]> = [
      ['/v1/batch', 'batch'],
      ['/v1/import', 'batch'],
      ['/v1/b', 'batch'],
      ['/b', 'batch'],
      ['/prod/api/v1/batch/', 'batch'],
      ['/v1/track', 'track'],
      ['/v1/t', 'track'],
      ['/stage/v1/i', 'identify'],
      ['/v1/identify', 'identify'],
      ['/v1/p', 'page'],
      ['/v1/page', 'page'],
      ['/v1/s', 'screen'],
      ['/v1/screen', 'screen'],
      ['/v1/g', 'group'],
      ['/v1/group', 'group'],
      ['/v1/a', 'alias'],
      ['/v1/alias', 'alias'],
      ['/v1/nothing', undefined],
      ['/', undefined],
    ];
    for (const [p, expected] of cases) {
      const route = matchRoute(p);
      const got = route === undefined ? undefined : route.kind === 'single' ? route.type : route.kind;
      expect(got, p).toBe(expected);
    }
  });
});

describe('validation and routing of events', () => {
  it('routes valid and invalid events of one batch, preserving every field, with an error record per invalid event', async () => {
    const { registry, read } = makeRegistry();
    const good = productViewed();
    const wrongType = productViewed({ price: 'cheap' });
    const missing = productViewed();
    delete (missing.properties as Record<string, unknown>).sku;
    const extra = productViewed({ colour: 'red' });
    const badEnum = productViewed({ currency: 'XYZ' });
    const body = {
      batch: [good, wrongType, missing, extra, badEnum, identify()],
      sentAt: '2026-01-02T03:04:06.000Z',
      context: { library: { name: 'test' }, ip: '1.2.3.4' },
      integrations: { All: true },
      _metadata: { nodeVersion: '20' },
    };
    const response = await post(registry, '/v1/batch', body);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ success: true });
    const { valid, invalid } = await read();
    expect(valid.map((e) => e.messageId)).toEqual([good.messageId, (body.batch[5] as { messageId: string }).messageId]);
    const first = valid[0] as Record<string, unknown>;
    expect(first.timestamp).toBe(good.timestamp);
    expect(first.sentAt).toBe(body.sentAt);
    expect(first.context).toEqual({ library: { name: 'test' }, ip: '1.2.3.4' });
    expect(first.integrations).toEqual({ All: true });
    expect(typeof first.receivedAt).toBe('string');
    expect(first.properties).toEqual(good.properties);

    expect(invalid.map((r) => [r.messageId, r.errors.map((e) => e.category)])).toEqual([
      [wrongType.messageId, ['Datatype-Mismatch']],
      [missing.messageId, ['Required-Missing']],
      [extra.messageId, ['Additional-Properties']],
      [badEnum.messageId, ['Enum']],
    ]);
    const record = invalid[0] as InvalidRecord;
    expect(record).toMatchObject({
      kind: 'reflekt.invalid',
      source: 'default',
      type: 'track',
      event: 'Product Viewed',
      schemaId: PRODUCT_VIEWED,
      errorsTruncated: false,
    });
    expect(record.errors[0]).toMatchObject({
      instancePath: '/price',
      keyword: 'type',
      schemaId: PRODUCT_VIEWED,
      message: 'must be number',
    });
    expect(record.payload).toMatchObject({ messageId: wrongType.messageId, properties: wrongType.properties });
    expect(invalid[2]?.errors[0]?.message).toBe('must NOT have additional property "colour"');
    const metrics = registry.metrics.render();
    expect(metrics).toContain(`reflekt_registry_events_total{outcome="valid",schema="${PRODUCT_VIEWED}"} 1`);
    expect(metrics).toContain(`reflekt_registry_events_total{outcome="invalid",schema="${PRODUCT_VIEWED}"} 4`);
    expect(metrics).toContain('reflekt_registry_invalid_events_total{category="Enum"} 1');
  });

  it('handles every message type; schema_id from traits, context or the event map; missing and traversal ids are invalid', async () => {
    const { registry, read } = makeRegistry({ eventSchemas: { 'Product Viewed': PRODUCT_VIEWED } });
    const noId = productViewed();
    delete (noId.properties as Record<string, unknown>).schema_id;
    const pageWithoutId = { type: 'page', name: 'Home', anonymousId: 'a', messageId: 'page-1', properties: { path: '/' } };
    const traversal = productViewed({ schema_id: '../../../etc/passwd' });
    const numericId = productViewed({ schema_id: 42 });
    const unknown = productViewed({ schema_id: 'online_shop/Nope/1-0.json' });
    const alias = { type: 'alias', previousId: 'a', userId: 'u', messageId: 'alias-1' };
    const notAMessage = { type: 'launch', messageId: 'odd-1' };
    const response = await post(registry, '/api/v1/import', {
      batch: [noId, identify(), pageWithoutId, traversal, numericId, unknown, alias, notAMessage, 'text'],
    });
    expect(response.status).toBe(200);
    const { valid, invalid } = await read();
    expect(valid.map((e) => e.type)).toEqual(['track', 'identify', 'alias']);
    expect(invalid.map((r) => r.errors[0]?.category)).toEqual([
      'Schema-Id-Missing',
      'Schema-Id-Invalid',
      'Schema-Id-Invalid',
      'Schema-Not-Found',
      'Message-Invalid',
      'Message-Invalid',
    ]);
    expect(invalid[0]?.messageId).toBe('page-1');
    expect(invalid[3]?.errors[0]?.message).toContain('No schema "online_shop/Nope/1-0.json"');
  });

  it('types single messages by their path, accepts text/plain and gzip, and blanks the producer write key', async () => {
    const { registry, read } = makeRegistry();
    const track = { ...productViewed(), writeKey: 'secret-key' };
    delete (track as Record<string, unknown>).type;
    expect((await post(registry, '/v1/t', track, { headers: { 'content-type': 'text/plain' } })).status).toBe(200);
    expect((await post(registry, '/v1/identify', identify(), { gzip: true })).status).toBe(200);
    const { valid } = await read();
    expect(valid.map((e) => e.type)).toEqual(['track', 'identify']);
    expect(valid[0]).not.toHaveProperty('writeKey');
  });

  it('reports a capped list of every error of an invalid event', async () => {
    const { registry, read } = makeRegistry({ limits: { maxErrors: 2 } });
    const event = productViewed({ price: -1, currency: 'XYZ', sku: 5, extra: true });
    await post(registry, '/v1/track', event);
    const { invalid } = await read();
    expect(invalid[0]?.errors).toHaveLength(2);
    expect(invalid[0]?.errorsTruncated).toBe(true);
  });

  it('renders invalid events as Segment "Violation Generated" tracks on request', async () => {
    const { registry, read } = makeRegistry({ violationFormat: 'segment' });
    const event = productViewed({ price: 'x' });
    await post(registry, '/v1/batch', { batch: [event] });
    const { invalid } = await read();
    expect(invalid).toEqual([
      expect.objectContaining({
        type: 'track',
        event: 'Violation Generated',
        messageId: `${event.messageId}-violation-0`,
        properties: expect.objectContaining({
          eventName: 'Product Viewed',
          eventType: 'track',
          eventMessageID: event.messageId,
          violationType: 'Datatype-Mismatch',
          violationField: 'price',
          schemaId: PRODUCT_VIEWED,
        }),
      }),
    ]);
  });
});

describe('hostile and malformed input', () => {
  it('answers 400 for invalid JSON, non-object bodies, huge bodies and events, gzip bombs and absurd nesting', async () => {
    const { registry, read } = makeRegistry();
    const cases: Array<[string, Parameters<typeof post>[2], Parameters<typeof post>[3], string]> = [
      ['/v1/batch', '{"batch": [', {}, 'invalid_json'],
      ['/v1/batch', '[1,2]', {}, 'invalid_body'],
      ['/v1/batch', { batch: 'nope' }, {}, 'invalid_body'],
      ['/v1/batch', { batch: [productViewed({ blob: 'x'.repeat(600 * 1024) })] }, {}, 'body_too_large'],
      ['/v1/batch', { batch: [productViewed({ blob: 'x'.repeat(40 * 1024) })] }, {}, 'event_too_large'],
      ['/v1/track', productViewed({ blob: 'x'.repeat(40 * 1024) }), {}, 'event_too_large'],
      ['/v1/batch', { batch: Array.from({ length: 2501 }, () => ({})) }, {}, 'body_too_large'],
      ['/v1/batch', `{"batch":[${'['.repeat(20_000)}${']'.repeat(20_000)}]}`, {}, 'invalid_body'],
      [
        '/v1/batch',
        JSON.stringify({ batch: [productViewed({ deep: '@' })] }).replace('"@"', `${'['.repeat(8000)}${']'.repeat(8000)}`),
        {},
        'invalid_body',
      ],
    ];
    for (const [p, body, options, code] of cases) {
      const response = await post(registry, p, body, options);
      expect([response.status, JSON.parse(response.body).code], String(code)).toEqual([400, code]);
    }
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    const bombed = await registry.handle({ method: 'POST', path: '/v1/batch', headers: { 'content-encoding': 'gzip' }, body: bomb });
    expect(JSON.parse(bombed.body).code).toBe('body_too_large');
    const broken = await registry.handle({
      method: 'POST',
      path: '/v1/batch',
      headers: { 'content-encoding': 'gzip' },
      body: Buffer.from('not gzip'),
    });
    expect(JSON.parse(broken.body).code).toBe('invalid_encoding');
    expect(await read()).toEqual({ valid: [], invalid: [] });
  });

  it('keeps __proto__ keys as data and never pollutes prototypes', async () => {
    const { registry, read } = makeRegistry();
    const event = productViewed();
    const text = JSON.stringify({ batch: [event], context: { ip: '1.1.1.1' } })
      .replace('"context":{', '"context":{"__proto__":{"polluted":true},')
      .replace('"type":"track"', '"__proto__":{"polluted":true},"type":"track","context":{"__proto__":{"polluted":1},"locale":"en"}');
    const response = await post(registry, '/v1/batch', text);
    expect(response.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const { valid } = await read();
    expect(valid).toHaveLength(1);
    const context = (valid[0] as { context: Record<string, unknown> }).context;
    expect(Object.getPrototypeOf(context)).toBe(Object.prototype);
    expect(context).toEqual({ ['__proto__']: { polluted: 1 }, ip: '1.1.1.1', locale: 'en' });
  });
});

describe('write keys', () => {
  it('maps keys to sources by Basic auth, Bearer or body writeKey, and refuses others with 401', async () => {
    const { registry, read } = makeRegistry({ writeKeys: parseWriteKeys('web-key=web, server-key=backend') });
    expect(registry.writeKeyMode).toBe('keys');
    expect((await post(registry, '/v1/batch', { batch: [productViewed({ price: 'x' })] }, { writeKey: 'web-key' })).status).toBe(200);
    expect((await post(registry, '/v1/t', { ...productViewed({ price: 'x' }), writeKey: 'server-key' })).status).toBe(200);
    const bearer = await post(registry, '/v1/t', productViewed({ price: 'x' }), { headers: { authorization: 'Bearer server-key' } });
    expect(bearer.status).toBe(200);
    const wrong = await post(registry, '/v1/batch', { batch: [productViewed()] }, { writeKey: 'nope' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ code: 'unauthorized' });
    expect((await post(registry, '/v1/batch', { batch: [productViewed()] })).status).toBe(401);
    expect((await post(registry, '/purge', '')).status).toBe(401);
    expect((await post(registry, '/purge', '', { writeKey: 'web-key' })).status).toBe(200);
    const { invalid, valid } = await read();
    expect(valid).toEqual([]);
    expect(invalid.map((r) => r.source)).toEqual(['web', 'backend', 'backend']);
  });

  it('parses write keys and refuses malformed lists', () => {
    expect([...parseWriteKeys('a=web;b=server\nc')]).toEqual([
      ['a', 'web'],
      ['b', 'server'],
      ['c', 'default'],
    ]);
    expect(() => parseWriteKeys('a=web,=x')).toThrow(SettingsError);
    expect(() => parseWriteKeys('a=web,a=other')).toThrow(/listed twice/);
  });

  it('reads settings from the environment under explicit ones', () => {
    const settings = resolveSettings(
      {
        REFLEKT_SCHEMAS: 's3://bucket/schemas',
        REFLEKT_VALID: 'stdout:',
        REFLEKT_WRITE_KEYS: 'k=web',
        REFLEKT_EVENT_SCHEMAS: 'Order Completed=a/b/1-0.json',
      },
      { valid: 'file:v.ndjson' },
    );
    expect(settings).toMatchObject({
      schemas: 's3://bucket/schemas',
      valid: 'file:v.ndjson',
      invalid: 'file:artifacts/registry/invalid.ndjson',
      eventSchemas: { 'Order Completed': 'a/b/1-0.json' },
    });
    expect([...settings.writeKeys]).toEqual([['k', 'web']]);
    expect(resolveSettings({}).writeKeys.size).toBe(0);
    expect(() => resolveSettings({ REFLEKT_VIOLATION_FORMAT: 'xml' })).toThrow(/not supported/);
    expect(() => createDestination('ftp://x')).toThrow(/not supported/);
    expect(() => createDestination('segment:', { env: {} })).toThrow(/REFLEKT_SEGMENT_WRITE_KEY/);
  });
});

describe('schema cache', () => {
  it('reads an unknown id once for concurrent events, caches it negatively, and picks up a schema published later', async () => {
    let clock = 1_000_000;
    const local = await tempDir();
    try {
      const { registry, read } = makeRegistry({
        store: createDirectoryStore(local.dir),
        now: () => clock,
        limits: { negativeCacheMs: 10_000 },
      });
      const id = 'online_shop/Product_Viewed/1-0.json';
      const requests = Array.from({ length: 40 }, () => post(registry, '/v1/batch', { batch: [productViewed(), productViewed()] }));
      expect((await Promise.all(requests)).map((r) => r.status)).toEqual(new Array(40).fill(200));
      expect(registry.metrics.render()).toContain('reflekt_registry_schema_store_reads_total 1');
      await writeExampleSchemas(local.dir, (file) => file.id === id);
      expect((await post(registry, '/v1/batch', { batch: [productViewed()] })).status).toBe(200);
      clock += 10_001;
      expect((await post(registry, '/v1/batch', { batch: [productViewed()] })).status).toBe(200);
      expect((await post(registry, '/v1/batch', { batch: [productViewed()] })).status).toBe(200);
      const { valid, invalid } = await read();
      expect([valid.length, invalid.length]).toEqual([2, 81]);
      expect(registry.metrics.render()).toContain('reflekt_registry_schema_store_reads_total 2');
      expect(registry.metrics.render()).toMatch(/reflekt_registry_schema_cache_total\{result="hit"\} [1-9]/);
    } finally {
      await local.cleanup();
    }
  });

  it('treats a broken validator module as an invalid schema, and answers /purge', async () => {
    const local = await tempDir();
    try {
      await writeFile(path.join(local.dir, 'broken.validate.js'), 'export default 42;');
      const { registry, read } = makeRegistry({ store: createDirectoryStore(local.dir) });
      await post(registry, '/v1/t', { ...productViewed({ schema_id: 'broken.json' }) });
      expect((await read()).invalid[0]?.errors[0]?.category).toBe('Schema-Invalid');
      const purge = await registry.handle({ method: 'POST', path: '/purge', headers: {}, body: new Uint8Array() });
      expect(JSON.parse(purge.body)).toEqual({ success: true, purged: 1 });
    } finally {
      await local.cleanup();
    }
  });
});

describe('file destination', () => {
  it('answers 503 while the file cannot be written, then recovers without a restart', async () => {
    const local = await tempDir();
    try {
      const blocker = path.join(local.dir, 'blocked');
      await writeFile(blocker, 'a file where a folder should be');
      const file = path.join(blocker, 'valid.ndjson');
      const registry = createRegistry({
        store: createDirectoryStore(schemas),
        valid: createDestination(`file:${file}`),
        invalid: createDestination(`file:${file}`),
      });
      const down = await post(registry, '/v1/batch', { batch: [productViewed()] });
      expect(down.status).toBe(503);
      expect(down.headers['retry-after']).toBe('5');
      expect(JSON.parse(down.body).message).toContain('Cannot open');
      await rm(blocker);
      const event = productViewed();
      expect((await post(registry, '/v1/batch', { batch: [event] })).status).toBe(200);
      await registry.close();
      expect((await readNdjson(file)).map((e) => e.messageId)).toEqual([event.messageId]);
    } finally {
      await local.cleanup();
    }
  });
});

describe('stdout destination', () => {
  it('writes NDJSON lines to the given writer', async () => {
    const written: string[] = [];
    const out = { write: (chunk: string) => written.push(chunk) > 0 };
    const registry = createRegistry({
      store: createDirectoryStore(schemas),
      valid: createDestination('stdout:', { stdout: out }),
      invalid: createDestination('stdout:', { stdout: out }),
    });
    const events = [productViewed(), productViewed({ price: 'x' })];
    expect((await post(registry, '/v1/batch', { batch: events })).status).toBe(200);
    const records = written
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((r) => r.messageId)).toEqual(events.map((e) => e.messageId));
    expect(records.map((r) => r.kind ?? 'valid')).toEqual(['valid', 'reflekt.invalid']);
  });
});

describe('operations', () => {
  it('answers /health, /metrics, CORS pre-flights, unknown routes and wrong methods', async () => {
    const { registry }: { registry: Registry } = makeRegistry();
    const health = await registry.handle({ method: 'GET', path: '/health', headers: {}, body: new Uint8Array() });
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok', schemas: schemas });
    const options = await registry.handle({
      method: 'OPTIONS',
      path: '/v1/t',
      headers: { origin: 'http://shop.test' },
      body: new Uint8Array(),
    });
    expect(options.status).toBe(204);
    expect(options.headers['access-control-allow-origin']).toBe('http://shop.test');
    expect((await registry.handle({ method: 'GET', path: '/v1/batch', headers: {}, body: new Uint8Array() })).status).toBe(405);
    expect((await registry.handle({ method: 'POST', path: '/v2/unknown', headers: {}, body: new Uint8Array() })).status).toBe(404);
    const metrics = await registry.handle({ method: 'GET', path: '/metrics', headers: {}, body: new Uint8Array() });
    expect(metrics.headers['content-type']).toMatch(/^text\/plain; version=0.0.4/);
    expect(metrics.body).toMatch(/reflekt_registry_requests_total\{status="405"\} 1/);
    expect(metrics.body).toContain('reflekt_registry_request_duration_seconds_bucket{le="+Inf"}');
  });
});
