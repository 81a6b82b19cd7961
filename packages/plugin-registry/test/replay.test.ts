import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Compiler, type Diagnostic, loadConfig } from '@reflekt/compiler';
import { runCli } from '@reflekt/compiler/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegistry, resolveSettings } from '../src/runtime/index.js';
import { cleanupFixtures, fixtureSchemas, writeFixture, writeSchemas } from './helpers/registry-fixture.js';
import { post, readNdjson } from './helpers/registry-harness.js';
import { S3RVER_ENV, type S3rverHandle, startS3rver } from './helpers/s3rver.js';

const ORDER_1_0 = 'shop/Order_Completed/1-0.json';
const ORDER_1_1 = 'shop/Order_Completed/1-1.json';

let dir: string;
let compiler: Compiler;
let invalidFile: string;
let validFile: string;
let s3rver: S3rverHandle;
let s3: S3Client;
/** The three records as first dead-lettered, before any replay. */
let firstDeadLetters: string;

/** An Order Completed track naming 1-0, with a `coupon` that 1-0 (closed) does not allow. */
function order(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'track',
    event: 'Order Completed',
    userId: 'user-1',
    messageId: `ajs-next-${randomUUID()}`,
    properties: {
      schema_id: ORDER_1_0,
      order_id: 'ORD-0001',
      total: 12.5,
      products: [{ sku: 'A', quantity: 1 }],
      coupon: 'SPRING',
      ...extra,
    },
  };
}

async function replay(
  input: string,
  options: Record<string, unknown> = {},
  env: Record<string, string> = {},
): Promise<{ result: Record<string, unknown> | undefined; diagnostics: readonly Diagnostic[]; log: string }> {
  const before = compiler.diagnostics.all.length;
  const lines: string[] = [];
  const outcome = await compiler.runCommand({
    command: 'replay',
    target: 'registry',
    args: [input],
    options,
    dryRun: options.dryRun === true,
    env,
    log: (line) => lines.push(line),
  });
  expect(outcome.handled).toBe(true);
  return { result: outcome.result, diagnostics: compiler.diagnostics.all.slice(before), log: lines.join('\n') };
}

const messageIds = (records: Record<string, unknown>[]): string[] =>
  records.map((r) => String(r.messageId ?? (r.payload as { messageId: string }).messageId)).sort();

beforeAll(async () => {
  s3rver = await startS3rver({ buckets: ['dead-letters'] });
  s3 = new S3Client({
    endpoint: s3rver.endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  dir = writeFixture({
    registryOptions: JSON.stringify({ s3: { bucket: 'acme-schemas', endpoint: s3rver.endpoint, forcePathStyle: true } }),
    edit: (schemas) => {
      delete schemas['shop/Order_Completed/2-0.json'];
    },
  });
  compiler = new Compiler(await loadConfig({ cwd: dir }));
  await compiler.build();
  validFile = path.join(dir, 'artifacts/registry/valid.ndjson');
  invalidFile = path.join(dir, 'artifacts/registry/invalid.ndjson');
  // The registry dead-letters events under 1-0: the coupon is not allowed, one order lacks its total.
  const registry = openRegistry(
    resolveSettings({}, { schemas: path.join(dir, 'artifacts/schemas'), valid: `file:${validFile}`, invalid: `file:${invalidFile}` }),
  );
  const response = await post(registry, '/v1/batch', { batch: [order(), order({ coupon: 'SUMMER' }), order({ total: undefined })] });
  expect(response.status).toBe(200);
  await registry.close();
  firstDeadLetters = readFileSync(invalidFile, 'utf8');
}, 60_000);

afterAll(async () => {
  s3.destroy();
  await s3rver.close();
  cleanupFixtures();
});

describe('reflekt replay', () => {
  it('--dry-run counts outcomes per error category and changes nothing', async () => {
    const before = readFileSync(invalidFile, 'utf8');
    const outcome = await replay(invalidFile, { dryRun: true });
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.result).toEqual({
      records: 3,
      valid: 0,
      invalid: 3,
      skipped: 0,
      categories: { 'Additional-Properties': 2, 'Required-Missing': 1 },
      dryRun: true,
    });
    expect(outcome.log).toMatch(/Additional-Properties\s+2/);
    expect(readFileSync(invalidFile, 'utf8')).toBe(before);
    expect(await readNdjson(validFile)).toEqual([]);
  });

  it('after 1-1 is published, forwards the now-valid events once with their messageId and writes back the still-invalid one', async () => {
    const deadLettered = await readNdjson(invalidFile);
    const order10 = fixtureSchemas()[ORDER_1_0] as { properties: Record<string, unknown>; self: Record<string, unknown> };
    writeSchemas(dir, {
      [ORDER_1_1]: {
        ...order10,
        $id: ORDER_1_1,
        self: { ...order10.self, version: '1-1' },
        properties: { ...order10.properties, coupon: { type: 'string', description: 'Discount code.' } },
      },
    });
    const build = await compiler.build();
    expect(build.plan.events.map((e) => e.id)).toContain(ORDER_1_1);

    // Against the named old version nothing changed.
    const pinned = await replay(invalidFile, { dryRun: true, schema: ORDER_1_0 });
    expect(pinned.result).toMatchObject({ valid: 0, invalid: 3 });

    // Through the real CLI: re-validated against the newest version of the event, 1-1.
    const { code, stdout } = await runCli(['replay', invalidFile, '-C', dir, '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).result).toMatchObject({ records: 3, valid: 2, invalid: 1, categories: { 'Required-Missing': 1 } });

    const forwarded = await readNdjson(validFile);
    const expectedIds = deadLettered.filter((r) => (r.payload as { properties: { total?: number } }).properties.total !== undefined);
    expect(messageIds(forwarded)).toEqual(messageIds(expectedIds));
    for (const event of forwarded) {
      const original = deadLettered.find((r) => (r.payload as { messageId: string }).messageId === event.messageId);
      expect(event).toEqual({ ...(original?.payload as object), receivedAt: original?.receivedAt });
    }
    const stillInvalid = await readNdjson(invalidFile);
    expect(stillInvalid).toHaveLength(1);
    expect(stillInvalid[0]).toMatchObject({ kind: 'reflekt.invalid', schemaId: ORDER_1_1, errors: [{ category: 'Required-Missing' }] });

    // A second replay forwards nothing again: every event reached the valid destination once.
    const again = await replay(invalidFile);
    expect(again.result).toMatchObject({ records: 1, valid: 0, invalid: 1 });
    expect(messageIds(await readNdjson(validFile))).toEqual(messageIds(expectedIds));
  });

  it('replays dead letters stored in S3 (one object per request) and replaces them with the still-invalid ones', async () => {
    const original = 'invalid/2026/04/10/1775827805529-a.ndjson';
    await s3.send(new PutObjectCommand({ Bucket: 'dead-letters', Key: original, Body: firstDeadLetters }));
    const s3Valid = path.join(dir, 'artifacts/registry/s3-valid.ndjson');
    const outcome = await replay('s3://dead-letters/invalid', { valid: `file:${s3Valid}` }, { ...S3RVER_ENV });
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.result).toMatchObject({ records: 3, valid: 2, invalid: 1 });
    expect(await readNdjson(s3Valid)).toHaveLength(2);
    const keys = ((await s3.send(new ListObjectsV2Command({ Bucket: 'dead-letters', Prefix: 'invalid/' }))).Contents ?? []).map(
      (o) => o.Key ?? '',
    );
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toBe(original);
    const body = await (await s3.send(new GetObjectCommand({ Bucket: 'dead-letters', Key: keys[0] }))).Body?.transformToString();
    expect(
      body
        ?.trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toMatchObject([{ kind: 'reflekt.invalid', errors: [{ category: 'Required-Missing' }] }]);
  });

  it('reports an input that cannot be read', async () => {
    const outcome = await replay(path.join(dir, 'missing.ndjson'));
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(['RK5160']);
  });
});
