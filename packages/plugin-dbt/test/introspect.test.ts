import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diagnosticLines } from '@reflekt/compiler/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresClient } from '../src/index.js';
import { duckdbEngine, postgresEngine } from './helpers/engines.js';
import { cleanupCopies, copyExample, emitDbt } from './helpers/example.js';

afterAll(cleanupCopies);

const raw = readFileSync(path.join(import.meta.dirname, 'fixtures/online-shop-raw.sql'), 'utf8');

const EXPECTED = [
  'schemas/online_shop/Checkout_Started/1-0.json:37:5 RK4212', // coupon
  'schemas/online_shop/Coupon_Applied/1-0.json:1:1 RK4211', // no table yet
  'schemas/online_shop/Group/1-0.json:37:5 RK4212', // vat_number
  'schemas/online_shop/Identify/1-0.json:45:5 RK4212', // phone
  'schemas/online_shop/Identify/1-0.json:66:9 RK4212', // address.region
  'schemas/online_shop/Order_Completed/2-1.json:106:5 RK4212', // shipping_method
  'schemas/online_shop/Order_Completed/2-1.json:1:1 RK4213', // legacy_flag
  'schemas/online_shop/Product_Added/1-0.json:48:9 RK4212', // product.variant
  'schemas/online_shop/Products_Searched/1-0.json:48:5 RK4212', // sort_order
];

describe('introspection', () => {
  it('compares a DuckDB database with the plan', async () => {
    const dir = copyExample();
    const file = path.join(dir, 'warehouse.duckdb');
    const engine = await duckdbEngine(file);
    await engine.exec(raw);
    await engine.close();
    const { diagnostics } = await emitDbt(dir, { warehouse: 'duckdb', introspect: { duckdb: 'warehouse.duckdb' } });
    expect(diagnosticLines(diagnostics).sort()).toEqual(EXPECTED);
    const messages = diagnostics.map((d) => d.message);
    expect(messages).toContain(
      'Property `shipping_method` of `Order Completed` has no column `shipping_method` in `online_shop.order_completed` yet; the model fills it with nulls until a value arrives.',
    );
    expect(messages).toContain('`online_shop.order_completed` has columns the plan does not describe: `legacy_flag`.');
    expect(messages).toContain(
      'Table `online_shop.coupon_applied` of `Coupon Applied` does not exist in the warehouse yet; its model returns no rows until the first event arrives.',
    );
    expect(diagnostics.every((d) => d.plugin === '@reflekt/plugin-dbt')).toBe(true);
  });

  it('reads Postgres through any pg-style client', async () => {
    const pg = await postgresEngine();
    await pg.exec(raw);
    const { diagnostics } = await emitDbt(copyExample(), { warehouse: 'postgres', introspect: { client: postgresClient(pg.db) } });
    await pg.close();
    expect(diagnosticLines(diagnostics).sort()).toEqual(EXPECTED);
  });

  it('warns, and still emits, when the warehouse cannot be read', async () => {
    const { diagnostics, files } = await emitDbt(copyExample(), { introspect: { postgres: { urlEnv: 'REFLEKT_TEST_UNSET_URL' } } });
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      "RK4210 Could not read the warehouse's columns: the environment variable `REFLEKT_TEST_UNSET_URL` with the Postgres URL is not set. The package was emitted without checking them.",
    ]);
    expect(files.size).toBeGreaterThan(20);
  });
});
