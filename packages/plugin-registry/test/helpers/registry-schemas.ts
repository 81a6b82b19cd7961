/**
 * Validators for registry tests, compiled by the plugin's own emitter from the online-shop
 * example plan, and sample Segment messages that are valid (or not) against them.
 */
import { randomUUID } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitFixture } from '@reflekt/compiler/testing';
import registry from '../../src/index.js';

/** The example project whose plan the tests serve. */
export const EXAMPLE_PROJECT = fileURLToPath(new URL('../../../../examples/online-shop', import.meta.url));

/** One emitted file of the schemas folder. */
export interface SchemaFile {
  /** Path below the schemas folder (and the S3 prefix). */
  readonly path: string;
  /** The schema id the file belongs to (`undefined` for the manifest). */
  readonly id: string | undefined;
  readonly contents: string | Uint8Array;
}

let cached: Promise<readonly SchemaFile[]> | undefined;

/** What the registry plugin emits for the example plan under `schemas/`; built once per test file. */
export function exampleRegistryFiles(): Promise<readonly SchemaFile[]> {
  cached ??= (async () => {
    // The example's schemas in a project of their own: its config names only the plan, so other
    // plugins (and their builds) play no part.
    const project = await mkdtemp(path.join(tmpdir(), 'reflekt-registry-plan-'));
    let files: Awaited<ReturnType<typeof emitFixture>>['files'];
    try {
      await cp(path.join(EXAMPLE_PROJECT, 'schemas'), path.join(project, 'schemas'), { recursive: true });
      await writeFile(
        path.join(project, 'reflekt.config.json'),
        JSON.stringify({ name: 'online_shop', vendor: 'com.example.shop', schemas: ['schemas'] }),
      );
      ({ files } = await emitFixture(project, [registry()]));
    } finally {
      await rm(project, { recursive: true, force: true });
    }
    const out: SchemaFile[] = [];
    for (const [file, output] of files) {
      if (!file.startsWith('schemas/')) continue;
      const relative = file.slice('schemas/'.length);
      const id = relative === 'manifest.json' ? undefined : relative.replace(/\.validate\.js$/, '.json');
      out.push({ path: relative, id, contents: output.contents });
    }
    if (!out.some((f) => f.path.endsWith('.validate.js')))
      throw new Error('The registry plugin emitted no validators for the example plan.');
    return out;
  })();
  return cached;
}

/** Writes the example registry files (or only those `keep` accepts) into `dir`, laid out like `artifacts/schemas`. */
export async function writeExampleSchemas(dir: string, keep: (file: SchemaFile) => boolean = () => true): Promise<void> {
  for (const file of await exampleRegistryFiles()) {
    if (!keep(file)) continue;
    const target = path.join(dir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
}

export const PRODUCT_VIEWED = 'online_shop/Product_Viewed/1-0.json';
export const IDENTIFY = 'online_shop/Identify/1-0.json';

/** A valid `Product Viewed` track (a fresh `messageId` each call). */
export function productViewed(properties: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'track',
    event: 'Product Viewed',
    userId: 'user-1',
    messageId: `test-${randomUUID()}`,
    timestamp: '2026-01-02T03:04:05.000Z',
    properties: {
      schema_id: PRODUCT_VIEWED,
      product_id: 'prod_8f2k1',
      sku: 'SKU-1',
      name: 'Shoe',
      price: 59.5,
      currency: 'EUR',
      ...properties,
    },
  };
}

/** A valid identify (a fresh `messageId` each call). */
export function identify(traits: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'identify',
    userId: 'user-1',
    messageId: `test-${randomUUID()}`,
    traits: { schema_id: IDENTIFY, email: 'a@example.com', plan: 'plus', created_at: '2025-05-06T07:08:09Z', ...traits },
  };
}
