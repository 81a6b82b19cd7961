import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { runCli } from '@reflekt/compiler/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanupFixtures, FIXTURE_FILES, fixtureSchemas, writeFixture, writeSchemas } from './helpers/registry-fixture.js';
import { S3RVER_ENV, type S3rverHandle, startS3rver } from './helpers/s3rver.js';

const BUCKET = 'registry';
let s3: S3rverHandle;
let client: S3Client;

beforeAll(async () => {
  s3 = await startS3rver({ buckets: [BUCKET] });
  client = new S3Client({
    endpoint: s3.endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});
afterAll(async () => {
  client.destroy();
  await s3.close();
  cleanupFixtures();
});

interface PushOutcome {
  readonly code: number;
  readonly json: {
    ok: boolean;
    result?: { uploaded: string[]; wouldUpload?: string[]; refused: string[]; counts: Record<string, number> };
    diagnostics: Array<{ code: string; severity: string; message: string }>;
  };
}

/** `reflekt push registry -C dir --format json …` through the real CLI, with s3rver's credentials in env. */
async function push(dir: string, ...flags: string[]): Promise<PushOutcome> {
  const { code, stdout } = await runCli(['push', 'registry', '-C', dir, '--format', 'json', ...flags], {
    cwd: dir,
    env: { ...S3RVER_ENV },
  });
  return { code, json: JSON.parse(stdout) };
}

const s3Options = (prefix: string, overrides: Record<string, unknown> = {}): string =>
  JSON.stringify({ s3: { bucket: BUCKET, prefix, endpoint: s3.endpoint, forcePathStyle: true, ...overrides } });

async function keys(prefix: string): Promise<string[]> {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${prefix}/` }));
  return (listed.Contents ?? []).map((o) => o.Key ?? '').sort();
}

async function text(key: string): Promise<string> {
  const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return (await object.Body?.transformToString()) ?? '';
}

const codes = (outcome: PushOutcome): string[] => outcome.json.diagnostics.map((d) => d.code);

describe('push registry, one prefix over successive plan changes', () => {
  const prefix = 'plans/shop';
  let dir: string;
  beforeAll(() => {
    dir = writeFixture({ registryOptions: s3Options(prefix) });
  });

  test('the first push uploads every file, the manifest last, with content type and sha256 metadata', async () => {
    const outcome = await push(dir);
    expect(outcome.code).toBe(0);
    expect(outcome.json.result?.uploaded).toEqual(FIXTURE_FILES);
    expect(await keys(prefix)).toHaveLength(7);
    const validator = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${prefix}/shop/Identify/1-0.validate.js` }));
    expect(validator.ContentType).toBe('text/javascript; charset=utf-8');
    expect(validator.Metadata?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const schema = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${prefix}/shop/Identify/1-0.json` }));
    expect(schema.ContentType).toBe('application/schema+json');
    const manifest = JSON.parse(await text(`${prefix}/manifest.json`));
    expect(Object.keys(manifest.schemas)).toEqual([
      'shop/Identify/1-0.json',
      'shop/Order_Completed/1-0.json',
      'shop/Order_Completed/2-0.json',
    ]);
    expect(manifest.schemas['shop/Identify/1-0.json'].validatorSha256).toBe(validator.Metadata?.sha256);
  });

  test('a second push of the same plan uploads nothing', async () => {
    const outcome = await push(dir);
    expect(outcome.code).toBe(0);
    expect(outcome.json.result?.uploaded).toEqual([]);
    expect(outcome.json.result?.counts.unchanged).toBe(7);
  });

  test('changing a published version is refused, naming the id, and uploads nothing; --dry-run agrees', async () => {
    const before = await text(`${prefix}/shop/Identify/1-0.json`);
    const schemas = fixtureSchemas();
    const identify = schemas['shop/Identify/1-0.json'] as { properties: Record<string, object> };
    identify.properties.email = { type: 'string', format: 'email', description: 'Added without a version bump.' };
    writeSchemas(dir, { 'shop/Identify/1-0.json': identify });
    for (const flags of [[], ['--dry-run']]) {
      const outcome = await push(dir, ...flags);
      expect(outcome.code).toBe(1);
      expect(codes(outcome)).toEqual(['RK5133']);
      expect(outcome.json.diagnostics[0]?.message).toContain('`shop/Identify/1-0.json`');
      expect(outcome.json.result?.refused).toEqual(['shop/Identify/1-0.json', 'shop/Identify/1-0.validate.js']);
    }
    expect(await text(`${prefix}/shop/Identify/1-0.json`)).toBe(before);
  });

  test('--dry-run --force lists the overwrite and changes nothing; --force overwrites with a warning', async () => {
    const before = await text(`${prefix}/shop/Identify/1-0.json`);
    const dry = await push(dir, '--force', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.json.result?.wouldUpload).toEqual(['shop/Identify/1-0.json', 'shop/Identify/1-0.validate.js', 'manifest.json']);
    expect(dry.json.result?.uploaded).toEqual([]);
    expect(await text(`${prefix}/shop/Identify/1-0.json`)).toBe(before);

    const forced = await push(dir, '--force');
    expect(forced.code).toBe(0);
    expect(codes(forced)).toEqual(['RK5134']);
    expect(await text(`${prefix}/shop/Identify/1-0.json`)).toContain('Added without a version bump.');
  });

  test('a new version uploads only its files and the manifest', async () => {
    const schemas = fixtureSchemas();
    const next = { ...(schemas['shop/Order_Completed/1-0.json'] as object), $id: 'shop/Order_Completed/3-0.json' } as Record<
      string,
      unknown
    >;
    next.self = { ...(next.self as object), version: '3-0' };
    writeSchemas(dir, { 'shop/Order_Completed/3-0.json': next });
    const outcome = await push(dir);
    expect(outcome.code).toBe(0);
    expect(outcome.json.result?.uploaded).toEqual([
      'shop/Order_Completed/3-0.json',
      'shop/Order_Completed/3-0.validate.js',
      'manifest.json',
    ]);
    expect(await keys(prefix)).toHaveLength(9);
  });
});

describe('push registry failures', () => {
  test('a dry run against an empty prefix lists every file and uploads none', async () => {
    const outcome = await push(writeFixture({ registryOptions: s3Options('dry') }), '--dry-run');
    expect(outcome.code).toBe(0);
    expect(outcome.json.result?.wouldUpload).toHaveLength(7);
    expect(await keys('dry')).toEqual([]);
  });

  test('a missing bucket is RK5132', async () => {
    const outcome = await push(writeFixture({ registryOptions: s3Options('x', { bucket: 'no-such-bucket' }) }));
    expect(outcome.code).toBe(1);
    expect(codes(outcome)).toEqual(['RK5132']);
  });

  test('S3 unreachable is RK5131 after the retries', async () => {
    const down = await startS3rver();
    const endpoint = down.endpoint;
    await down.close();
    const outcome = await push(writeFixture({ registryOptions: s3Options('x', { endpoint }) }));
    expect(outcome.code).toBe(1);
    expect(codes(outcome)).toEqual(['RK5131']);
    expect(outcome.json.diagnostics[0]?.message).toMatch(/ListObjectsV2 .*ECONNREFUSED/);
  });

  test('a registry without s3 options is RK5130', async () => {
    const outcome = await push(writeFixture({ registryOptions: '{}' }));
    expect(outcome.code).toBe(1);
    expect(codes(outcome)).toEqual(['RK5130']);
  });
});
