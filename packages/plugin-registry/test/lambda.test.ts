import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLambda } from '../src/lambda/bundle.js';
import { toRegistryRequest } from '../src/lambda/event.js';
import { openRegistry, type RegistryRequest, resolveSettings } from '../src/runtime/index.js';
import { startRegistryServer } from '../src/server/index.js';
import { exampleEmbeddedValidators } from './fixtures/lambda-events/embedded.js';
import { installBundle, invokeInFreshProcess, type ProcessRun } from './fixtures/lambda-events/invoke.js';
import { type EventShape, lambdaEvent } from './fixtures/lambda-events/load.js';
import { type AwsRecorder, startAwsRecorder } from './helpers/aws-recorder.js';
import { readNdjson, tempDir } from './helpers/registry-harness.js';
import { exampleRegistryFiles, identify, PRODUCT_VIEWED, productViewed } from './helpers/registry-schemas.js';
import { S3RVER_ENV, type S3rverHandle, startS3rver } from './helpers/s3rver.js';

const BUCKET = 'reflekt-schemas';
const WRITE_KEY = 'wk_web';
const UNKNOWN_SCHEMA = 'online_shop/Not_Published/1-0.json';

/** One case of the matrix: a recorded event shape, the body it carries, and the equivalent plain request. */
interface Case {
  readonly name: string;
  readonly event: Record<string, unknown>;
  readonly request: RegistryRequest;
  readonly status: number;
}

function batchOf(...events: Record<string, unknown>[]): string {
  return JSON.stringify({ batch: events, sentAt: '2026-04-10T13:30:05.000Z' });
}

function basic(key: string): string {
  return `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
}

/** The matrix: every event shape, valid/invalid/unknown-schema events, auth failure, bad JSON, pre-flight. */
function matrix(): Case[] {
  const mixed = batchOf(productViewed(), identify(), productViewed({ price: 'cheap' }), {
    type: 'track',
    event: 'Not Published',
    userId: 'u',
    messageId: `test-${randomUUID()}`,
    properties: { schema_id: UNKNOWN_SCHEMA },
  });
  const gzipped = batchOf(productViewed(), productViewed({ sku: 42 }));
  const single = JSON.stringify({ ...productViewed(), writeKey: WRITE_KEY });
  const v1 = batchOf(identify(), identify({ email: 17 }));
  const c = (
    name: string,
    shape: EventShape,
    body: string,
    status: number,
    request: Omit<RegistryRequest, 'receivedAt'>,
    key = WRITE_KEY,
  ): Case => {
    const event = lambdaEvent(shape, body, key);
    const context = event.requestContext as { timeEpoch?: number; requestTimeEpoch?: number };
    return { name, event, status, request: { ...request, receivedAt: (context.timeEpoch ?? context.requestTimeEpoch) as number } };
  };
  const json = (key = WRITE_KEY) => ({ 'content-type': 'application/json', authorization: basic(key) });
  return [
    c('function URL batch', 'function-url', mixed, 200, { method: 'POST', path: '/v1/batch', headers: json(), body: Buffer.from(mixed) }),
    c('function URL gzip, base64', 'function-url-gzip', gzipped, 200, {
      method: 'POST',
      path: '/v1/batch',
      headers: { ...json(), 'content-encoding': 'gzip' },
      body: gzipSync(Buffer.from(gzipped)),
    }),
    c('HTTP API 2.0, stage prefix, text/plain', 'http-api-v2-stage', single, 200, {
      method: 'POST',
      path: '/v1/t',
      headers: { 'content-type': 'text/plain', origin: 'https://shop.example.com' },
      body: Buffer.from(single),
    }),
    c('HTTP API 1.0, mixed-case headers', 'http-api-v1', v1, 200, {
      method: 'POST',
      path: '/v1/batch',
      headers: json(),
      body: Buffer.from(v1),
    }),
    c('CORS pre-flight', 'function-url-preflight', '', 204, {
      method: 'OPTIONS',
      path: '/v1/t',
      headers: { origin: 'https://shop.example.com' },
      body: new Uint8Array(),
    }),
    c(
      'unknown write key',
      'function-url',
      mixed,
      401,
      { method: 'POST', path: '/v1/batch', headers: json('wk_wrong'), body: Buffer.from(mixed) },
      'wk_wrong',
    ),
    c('malformed JSON', 'function-url', '{"batch": [', 400, {
      method: 'POST',
      path: '/v1/batch',
      headers: json(),
      body: Buffer.from('{"batch": ['),
    }),
  ];
}

let s3rver: S3rverHandle;
let recorder: AwsRecorder;
let work: { dir: string; cleanup: () => Promise<void> };
let cases: Case[];
let s3Run: ProcessRun;

beforeAll(async () => {
  work = await tempDir('reflekt-lambda-');
  [s3rver, recorder] = await Promise.all([
    startS3rver({ buckets: [BUCKET] }),
    startAwsRecorder({ parameters: { '/reflekt/write-keys': 'wk_ssm=mobile' } }),
  ]);
  const s3 = new S3Client({
    endpoint: s3rver.endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  for (const file of await exampleRegistryFiles()) {
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: `schemas/${file.path}`,
        Body: file.contents,
        ContentType: file.path.endsWith('.js') ? 'text/javascript' : 'application/json',
      }),
    );
  }
  s3.destroy();
  await installBundle(path.join(work.dir, 's3'), await bundleLambda(undefined));
  cases = matrix();
  s3Run = await invokeInFreshProcess(
    path.join(work.dir, 's3'),
    cases.map((c) => c.event),
    {
      ...S3RVER_ENV,
      AWS_ENDPOINT_URL_S3: s3rver.endpoint,
      AWS_LAMBDA_FUNCTION_NAME: 'registry-test',
      REFLEKT_SCHEMAS: `s3://${BUCKET}/schemas`,
      REFLEKT_VALID: `file:${path.join(work.dir, 'lambda-valid.ndjson')}`,
      REFLEKT_INVALID: `file:${path.join(work.dir, 'lambda-invalid.ndjson')}`,
      REFLEKT_WRITE_KEYS: `${WRITE_KEY}=web`,
    },
  );
}, 60_000);

afterAll(async () => {
  await Promise.all([s3rver?.close(), recorder?.close()]);
  await work?.cleanup();
});

describe('Lambda event adapter', () => {
  it('reads every recorded shape: method, path without stage, lower-case headers, decoded body', () => {
    for (const c of matrix()) {
      const request = toRegistryRequest(c.event);
      expect(request.method, c.name).toBe(c.request.method);
      expect(request.path, c.name).toBe(c.request.path);
      expect(request.receivedAt, c.name).toBe(c.request.receivedAt);
      for (const [name, value] of Object.entries(c.request.headers)) expect(request.headers[name], `${c.name}: ${name}`).toBe(value);
      expect(Buffer.from(request.body).equals(Buffer.from(c.request.body)), c.name).toBe(true);
    }
  });
});

describe('bundled handler in a fresh Node process, schemas from S3 (s3rver)', () => {
  it('answers every case exactly as the `reflekt serve` HTTP server does, and routes the same records', async () => {
    const core = openRegistry(
      resolveSettings(
        {},
        {
          schemas: `s3://${BUCKET}/schemas`,
          valid: `file:${path.join(work.dir, 'core-valid.ndjson')}`,
          invalid: `file:${path.join(work.dir, 'core-invalid.ndjson')}`,
          writeKeys: new Map([[WRITE_KEY, 'web']]),
        },
      ),
      {
        s3: {
          endpoint: s3rver.endpoint,
          forcePathStyle: true,
          region: 'us-east-1',
          credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        },
      },
    );
    const server = await startRegistryServer(core);
    try {
      for (const [i, c] of cases.entries()) {
        const expected = await fetch(`${server.url}${c.request.path}`, {
          method: c.request.method,
          headers: c.request.headers as Record<string, string>,
          ...(c.request.method === 'POST' ? { body: c.request.body } : {}),
        });
        const expectedBody = await expected.text();
        const actual = s3Run.results[i];
        expect(actual?.statusCode, c.name).toBe(c.status);
        expect(actual?.statusCode, c.name).toBe(expected.status);
        // The server adds transport headers (date, content-length, keep-alive); every header the registry sets matches.
        for (const [name, value] of Object.entries(actual?.headers ?? {}))
          expect(expected.headers.get(name), `${c.name}: ${name}`).toBe(value);
        expect(actual?.body === '' ? '' : JSON.parse(actual?.body ?? ''), c.name).toEqual(
          expectedBody === '' ? '' : JSON.parse(expectedBody),
        );
        expect(actual?.isBase64Encoded).toBe(false);
      }
    } finally {
      await server.close();
      await core.close();
    }
    const read = (name: string) => readNdjson(path.join(work.dir, `${name}.ndjson`));
    const [lambdaValid, coreValid, lambdaInvalid, coreInvalid] = [
      await read('lambda-valid'),
      await read('core-valid'),
      await read('lambda-invalid'),
      await read('core-invalid'),
    ];
    expect(lambdaValid).toHaveLength(5);
    expect(lambdaInvalid).toHaveLength(4);
    // Same records; only the arrival time differs (the Lambda takes it from the event, the server from its clock).
    const withoutArrival = (records: Record<string, unknown>[]) => records.map(({ receivedAt: _, ...rest }) => rest);
    expect(withoutArrival(lambdaValid)).toEqual(withoutArrival(coreValid));
    expect(withoutArrival(lambdaInvalid)).toEqual(withoutArrival(coreInvalid));
    expect(lambdaValid[0]?.receivedAt).toBe(new Date(cases[0]?.request.receivedAt ?? 0).toISOString());
    expect(lambdaInvalid.map((r) => (r.errors as { category: string }[])[0]?.category).sort()).toEqual([
      'Datatype-Mismatch',
      'Datatype-Mismatch',
      'Datatype-Mismatch',
      'Schema-Not-Found',
    ]);
  });

  it('logs one EMF line per invocation with that invocation’s counts', () => {
    const lines = s3Run.stdout
      .split('\n')
      .filter((line) => line.includes('"_aws"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(cases.length);
    const first = lines[0] ?? {};
    expect(first).toMatchObject({
      FunctionName: 'registry-test',
      Events: 4,
      ValidEvents: 2,
      InvalidEvents: 2,
      UnknownSchemaEvents: 1,
      status: 200,
    });
    expect(first.schemas).toMatchObject({ [PRODUCT_VIEWED]: { valid: 1, invalid: 1 } });
    const directive = (first._aws as { CloudWatchMetrics: { Namespace: string; Dimensions: string[][] }[] }).CloudWatchMetrics[0];
    expect(directive?.Namespace).toBe('Reflekt/Registry');
    expect(directive?.Dimensions).toEqual([['FunctionName']]);
    expect(lines.map((l) => l.Events)).toEqual([4, 2, 1, 2, 0, 0, 0]);
    expect(s3Run.initMs).toBeLessThan(1000);
  });
});

describe('bundled handler with embedded validators and write keys from SSM', () => {
  it('validates without any S3 read and accepts the key stored in the parameter', async () => {
    const dir = path.join(work.dir, 'embedded');
    await installBundle(dir, await bundleLambda(await exampleEmbeddedValidators()));
    const body = batchOf(productViewed(), productViewed({ price: 'cheap' }));
    const run = await invokeInFreshProcess(
      dir,
      [lambdaEvent('function-url', body, 'wk_ssm'), lambdaEvent('function-url', body, WRITE_KEY)],
      {
        ...S3RVER_ENV,
        // Nothing listens here: any S3 read would fail the request with 503.
        AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9',
        AWS_ENDPOINT_URL_SSM: recorder.endpoint,
        REFLEKT_SCHEMAS: 'embedded',
        REFLEKT_VALID: `file:${path.join(dir, 'valid.ndjson')}`,
        REFLEKT_INVALID: `file:${path.join(dir, 'invalid.ndjson')}`,
        REFLEKT_WRITE_KEYS: '/reflekt/write-keys',
      },
    );
    expect(run.results.map((r) => r.statusCode)).toEqual([200, 401]);
    const valid = await readNdjson(path.join(dir, 'valid.ndjson'));
    const invalid = await readNdjson(path.join(dir, 'invalid.ndjson'));
    expect(valid).toHaveLength(1);
    expect(invalid).toMatchObject([{ source: 'mobile', schemaId: PRODUCT_VIEWED }]);
    const ssmCalls = recorder.calls.filter((call) => call.service === 'ssm');
    expect(ssmCalls).toMatchObject([{ action: 'GetParameter', params: { Name: '/reflekt/write-keys', WithDecryption: true } }]);
  });

  it('answers 503 with the reason when the environment is incomplete', async () => {
    const dir = path.join(work.dir, 's3');
    const run = await invokeInFreshProcess(dir, [lambdaEvent('function-url', batchOf(productViewed()), WRITE_KEY)], {
      REFLEKT_SCHEMAS: `s3://${BUCKET}/schemas`,
    });
    expect(run.results[0]?.statusCode).toBe(503);
    expect(JSON.parse(run.results[0]?.body ?? '{}')).toMatchObject({ success: false, code: 'registry_unavailable' });
    expect(run.results[0]?.body).toContain('REFLEKT_VALID');
  });
});
