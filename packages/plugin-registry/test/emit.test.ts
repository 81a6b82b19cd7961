import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Compiler, loadConfig, type TrackingPlan } from '@reflekt/compiler';
import { emitFixture, textFilesUnder, withTempDir } from '@reflekt/compiler/testing';
import { afterAll, describe, expect, test } from 'vitest';
import { sha256 } from '../src/emit/hash.js';
import registry, { emitRegistry, type ValidatorModule } from '../src/index.js';
import { cleanupFixtures, FIXTURE_FILES, writeFixture } from './helpers/registry-fixture.js';

afterAll(cleanupFixtures);

const golden = (file: string): string => path.join(import.meta.dirname, '__golden__/emit', file);

async function loadPlan(dir: string): Promise<TrackingPlan> {
  return new Compiler({ ...(await loadConfig({ cwd: dir })), plugins: [] }).loadPlan();
}

describe('schemas emitter', () => {
  test('golden files: schema documents, validator modules and the manifest, byte for byte', async () => {
    const result = await emitFixture(writeFixture(), [registry()]);
    expect(result.diagnostics.filter((d) => d.plugin === '@reflekt/plugin-registry')).toEqual([]);
    const files = textFilesUnder(result.files, 'schemas');
    expect([...files.keys()]).toEqual(FIXTURE_FILES);
    for (const [file, text] of files) await expect(text).toMatchFileSnapshot(golden(file));
  });

  test('output is deterministic and the manifest hashes are those of the files', async () => {
    const dir = writeFixture();
    const [first, second] = [await emitRegistry(await loadPlan(dir)), await emitRegistry(await loadPlan(dir))];
    expect(second.files).toEqual(first.files);
    const { manifest } = first;
    for (const [id, entry] of Object.entries(manifest.schemas)) {
      const schema = first.files.find((f) => f.path === entry.schema);
      const validator = first.files.find((f) => f.path === entry.validator);
      expect(schema?.id).toBe(id);
      expect(entry.sha256).toBe(sha256(schema?.contents ?? ''));
      expect(entry.validatorSha256).toBe(sha256(validator?.contents ?? ''));
    }
    expect(manifest.sha256).toBe(sha256(JSON.stringify(manifest.schemas)));
    expect(first.files.at(-1)?.path).toBe('manifest.json');
  });

  test('the outDir option moves the files; bad options are RK7005', async () => {
    const result = await emitFixture(writeFixture(), [registry({ outDir: 'registry/v1' })]);
    expect([...textFilesUnder(result.files, 'registry/v1').keys()]).toContain('manifest.json');
    expect(() => registry({ outDir: '' })).toThrow(/RK7005|outDir/);
    expect(() => registry({ s3: { bucket: 'Not A Bucket' } })).toThrow(/RK7005|bucket/);
  });

  test('a schema Ajv cannot compile is RK4301 and left out; an unknown format is RK4302', async () => {
    const dir = writeFixture({
      edit: (schemas) => {
        const identify = schemas['shop/Identify/1-0.json'] as { properties: Record<string, object> };
        identify.properties.plan = { $ref: 'shop/Missing/1-0.json', description: 'Membership.' };
        const order = schemas['shop/Order_Completed/2-0.json'] as { properties: Record<string, object> };
        order.properties.checkout_id = { type: 'string', format: 'not-a-format', description: 'Checkout session.' };
      },
    });
    const result = await emitFixture(dir, [registry()]);
    const ours = result.diagnostics.filter((d) => d.plugin === '@reflekt/plugin-registry');
    expect(ours.map((d) => [d.code, d.file])).toEqual([
      ['RK4301', 'schemas/shop/Identify/1-0.json'],
      ['RK4302', 'schemas/shop/Order_Completed/2-0.json'],
    ]);
    expect(ours[1]?.message).toContain('not-a-format');
    const files = textFilesUnder(result.files, 'schemas');
    expect([...files.keys()].filter((f) => f.startsWith('shop/Identify'))).toEqual([]);
    expect(Object.keys(JSON.parse(files.get('manifest.json') ?? '{}').schemas)).toEqual([
      'shop/Order_Completed/1-0.json',
      'shop/Order_Completed/2-0.json',
    ]);
  });

  test('every schema of the example project compiles without a problem', async () => {
    const artifacts = await emitRegistry(await loadPlan(path.resolve(import.meta.dirname, '../../../examples/online-shop')));
    expect(artifacts.problems).toEqual([]);
    expect(Object.keys(artifacts.manifest.schemas)).toHaveLength(13);
  });
});

describe('validator modules', () => {
  /** Writes the emitted files to a temporary folder and imports each validator from it. */
  async function importValidators(dir: string, run: (load: (id: string) => Promise<ValidatorModule>) => Promise<void>): Promise<void> {
    const artifacts = await emitRegistry(await loadPlan(writeFixture()));
    for (const file of artifacts.files) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.contents);
      if (file.role === 'validator') {
        // Self-contained: a data: URL module cannot resolve imports, and ESM has no `require`.
        const module = await import(`data:text/javascript;base64,${Buffer.from(file.contents).toString('base64')}`);
        expect(Object.keys(module).sort()).toEqual(['default', 'validateAll']);
      }
    }
    await run(async (id) => import(pathToFileURL(path.join(dir, artifacts.manifest.schemas[id]?.validator ?? 'missing')).href));
  }

  const order = {
    order_id: 'ORD-0001',
    email: 'shopper@example.com',
    paid_at: '2026-03-01T10:00:00Z',
    total: 12.5,
    note: 'hi',
    products: [
      { sku: 'A', quantity: 1 },
      { sku: 'B', quantity: 2 },
    ],
  };

  test('valid and invalid payloads, formats, closed schemas, schema_id and the all-errors export', async () => {
    await withTempDir(async (dir) =>
      importValidators(dir, async (load) => {
        const { default: validate, validateAll } = await load('shop/Order_Completed/1-0.json');
        expect(validate(order)).toBe(true);
        expect(validate.errors ?? null).toBeNull();
        // schema_id is routing data: allowed (as a string) although the schema is closed and does not declare it.
        expect(validate({ ...order, schema_id: 'shop/Order_Completed/1-0.json' })).toBe(true);
        expect(validate({ ...order, schema_id: 7 })).toBe(false);
        expect(validate({ ...order, coupon: 'X' })).toBe(false);
        expect(validate.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'coupon' } });
        expect(validate({ ...order, email: 'not an email' })).toBe(false);
        expect(validate.errors?.[0]).toMatchObject({ keyword: 'format', instancePath: '/email', params: { format: 'email' } });
        expect(validate({ ...order, paid_at: '2026-03-01 10:00' })).toBe(false);
        expect(validate({ ...order, order_id: 'ord-1' })).toBe(false);
        // minLength counts code points (Ajv's ucs2length): one emoji is one character, not two.
        expect(validate({ ...order, note: '😀😀' })).toBe(true);
        expect(validate({ ...order, note: '😀' })).toBe(false);
        expect(validate({ ...order, note: null })).toBe(true);
        // uniqueItems on objects needs deep equality (fast-deep-equal).
        expect(
          validate({
            ...order,
            products: [
              { sku: 'A', quantity: 1 },
              { quantity: 1, sku: 'A' },
            ],
          }),
        ).toBe(false);
        expect(validate.errors?.[0]?.keyword).toBe('uniqueItems');

        const bad = { ...order, email: 'x', total: -1, extra: true };
        expect(validate(bad)).toBe(false);
        expect(validate.errors).toHaveLength(1);
        expect(validateAll(bad)).toBe(false);
        expect(validateAll.errors?.map((e) => e.keyword).sort()).toEqual(['additionalProperties', 'format', 'minimum']);
        expect(validateAll(order)).toBe(true);
      }),
    );
  });

  test('a schema that declares schema_id keeps its own rule; $refs and open schemas work', async () => {
    await withTempDir(async (dir) =>
      importValidators(dir, async (load) => {
        const { default: v2 } = await load('shop/Order_Completed/2-0.json');
        const event = { schema_id: 'shop/Order_Completed/2-0.json', checkout_id: '0b6f5a56-3b0e-4b8e-9d6c-2f1f3a6f9e10', total: 3 };
        expect(v2(event)).toBe(true);
        expect(v2({ ...event, schema_id: 'shop/Order_Completed/1-0.json' })).toBe(false);
        expect(v2.errors?.[0]?.keyword).toBe('const');
        expect(v2({ ...event, total: -3 })).toBe(false);
        expect(v2({ ...event, checkout_id: 'nope' })).toBe(false);

        const { default: identify } = await load('shop/Identify/1-0.json');
        expect(identify({ plan: 'free', anything: { else: 1 }, description: 'a trait' })).toBe(true);
        expect(identify({ plan: 'gold' })).toBe(false);
        expect(identify({ plan: 'free', schema_id: false })).toBe(false);
      }),
    );
  });
});
