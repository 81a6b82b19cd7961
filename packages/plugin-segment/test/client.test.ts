import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RetryInfo, SegmentApiError, SegmentClient } from '../src/index.js';
import { exampleRules } from './helpers/rules.js';
import { type SegmentServer, startSegmentServer } from './helpers/segment-server.js';

let server: SegmentServer;
let retries: RetryInfo[];

beforeEach(async () => {
  server = await startSegmentServer();
  retries = [];
});
afterEach(async () => {
  await server.stop();
  expect(server.violations).toEqual([]);
});

const client = (overrides: { retries?: number; token?: string; pageSize?: number } = {}) =>
  new SegmentClient(
    {
      baseUrl: server.url,
      token: overrides.token ?? 'test-token',
      fetch: globalThis.fetch,
      retries: overrides.retries ?? 3,
      retryDelayMs: 5,
      maxRetryAfterSeconds: 5,
      timeoutMs: 5000,
      userAgent: 'test',
      onRetry: (info) => retries.push(info),
    },
    overrides.pageSize ?? 200,
  );

async function failure(promise: Promise<unknown>): Promise<SegmentApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SegmentApiError);
  return error as SegmentApiError;
}

describe('SegmentClient', () => {
  it('sends the bearer token and follows cursors to the last page', async () => {
    server.pageLimit = 1;
    const plan = server.addPlan('Web Shop', exampleRules());
    const rules = await client().listRules(plan.id);
    expect(rules.map((r) => r.type)).toEqual(['TRACK', 'IDENTIFY', 'COMMON']);
    expect(server.requests.map((r) => r.authorization)).toEqual(Array(3).fill('Bearer test-token'));
    expect(server.requests.map((r) => r.query.get('pagination.cursor'))).toEqual([null, 'MQ==', 'Mg==']);
  });

  it('waits as long as Retry-After says on a 429, then succeeds', async () => {
    server.addPlan('Web Shop');
    server.inject({ status: 429, retryAfter: 1 });
    const started = performance.now();
    const plans = await client().listTrackingPlans();
    expect(plans.map((p) => p.name)).toEqual(['Web Shop']);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(retries).toEqual([expect.objectContaining({ method: 'GET', attempt: 1, reason: 'HTTP 429', delayMs: 1000 })]);
  });

  it('retries 5xx answers with backoff, and gives up after the configured retries', async () => {
    server.addPlan('Web Shop');
    server.inject({ status: 500 }, { status: 503 });
    expect(await client().listTrackingPlans()).toHaveLength(1);
    expect(retries.map((r) => r.reason)).toEqual(['HTTP 500', 'HTTP 503']);

    retries = [];
    server.inject({ status: 502 }, { status: 502 }, { status: 502 });
    const error = await failure(client({ retries: 2 }).listTrackingPlans());
    expect(error).toMatchObject({ failure: 'unavailable', status: 502, attempts: 3 });
    expect(retries).toHaveLength(2);
  });

  it('does not retry a POST after a server error (a retry could create a second plan)', async () => {
    server.inject({ status: 500, when: (r) => r.method === 'POST' });
    const error = await failure(client().createTrackingPlan({ name: 'New', type: 'LIVE' }));
    expect(error).toMatchObject({ failure: 'unavailable', attempts: 1 });
    expect(server.plans.size).toBe(0);
  });

  it('refuses a Retry-After longer than the plugin may wait', async () => {
    server.inject({ status: 429, retryAfter: 60 });
    const error = await failure(client().listTrackingPlans());
    expect(error).toMatchObject({ failure: 'rate-limited', status: 429, attempts: 1 });
    expect(error.serverMessage).toBe('RequestError: Too many requests');
  });

  it('classifies 401, 404 and 422 answers with the server messages', async () => {
    expect(await failure(client({ token: 'wrong' }).listTrackingPlans())).toMatchObject({ failure: 'auth', status: 401 });
    expect(await failure(client().getTrackingPlan('tp_missing'))).toMatchObject({ failure: 'not-found', status: 404 });
    const plan = server.addPlan('Web Shop');
    server.inject({ status: 422, when: (r) => r.method === 'PATCH' });
    const rejected = await failure(client().upsertRules(plan.id, [{ type: 'TRACK', key: 'A', version: 1, jsonSchema: {} }]));
    expect(rejected).toMatchObject({ failure: 'rejected', status: 422 });
    expect(rejected.serverMessage).toBe('input-validation: "id" is required (field `id`)');
    expect(retries).toEqual([]);
  });

  it('reports an answer that is not the documented envelope', async () => {
    server.inject({ status: 200, body: { trackingPlans: [] } });
    expect(await failure(client().listTrackingPlans())).toMatchObject({ failure: 'invalid-response' });
  });

  it('talks to a fixture server that rejects what the OpenAPI document does not allow', async () => {
    const plan = server.addPlan('Web Shop');
    const send = (method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
    expect(
      (await send('PATCH', `/tracking-plans/${plan.id}/rules`, { rules: [{ type: 'ALIAS', version: 1, jsonSchema: {} }] })).status,
    ).toBe(422);
    expect((await send('POST', '/tracking-plans', { name: 'No type' })).status).toBe(422);
    expect((await send('GET', '/tracking-plans?pagination.count=ten')).status).toBe(422);
    expect((await send('DELETE', `/tracking-plans/${plan.id}/rules`)).status).toBe(422);
    expect(server.violations).toHaveLength(4);
    server.violations.length = 0;
  });

  it('retries a refused connection, then reports it', async () => {
    const url = server.url;
    await server.stop();
    const c = new SegmentClient({
      baseUrl: url,
      token: 't',
      fetch: globalThis.fetch,
      retries: 1,
      retryDelayMs: 1,
      maxRetryAfterSeconds: 1,
      timeoutMs: 2000,
      userAgent: 'test',
    });
    const error = await failure(c.listTrackingPlans());
    expect(error).toMatchObject({ failure: 'unavailable', status: 0, attempts: 2 });
    server = await startSegmentServer();
  });
});
