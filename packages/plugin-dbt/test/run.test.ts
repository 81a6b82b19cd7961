import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DbtHarness, type Engine } from './helpers/dbt-harness.js';
import { duckdbEngine, postgresEngine } from './helpers/engines.js';
import { cleanupCopies, copyExample, emitDbt, undeprecateOrderCompletedV1 } from './helpers/example.js';

afterAll(cleanupCopies);

const raw = readFileSync(path.join(import.meta.dirname, 'fixtures/online-shop-raw.sql'), 'utf8');

const engines = {
  duckdb: duckdbEngine,
  postgres: postgresEngine,
} as const;

/** Rows each model must have after deduplication, from the fixture. */
const EXPECTED_ROWS: Record<string, number> = {
  stg_online_shop__identifies: 4,
  stg_online_shop__users: 2,
  stg_online_shop__groups: 2,
  stg_online_shop__pages: 2,
  stg_online_shop__tracks: 4,
  stg_online_shop__cart_viewed: 1,
  stg_online_shop__checkout_started: 1,
  stg_online_shop__coupon_applied: 0,
  stg_online_shop__order_completed: 3,
  stg_online_shop__order_refunded: 1,
  stg_online_shop__product_added: 1,
  stg_online_shop__product_viewed: 1,
  stg_online_shop__products_searched: 2,
};

/** How each engine reports the types the YAML documents. */
const normalizeType = (t: string): string => t.toLowerCase().replace(/^character varying$/, 'varchar');

async function setUp(warehouse: keyof typeof engines, options: Parameters<typeof emitDbt>[1] = {}, edit?: (dir: string) => void) {
  const { files, diagnostics } = await emitDbt(copyExample(edit), { warehouse, ...options });
  expect(diagnostics).toEqual([]);
  const engine: Engine = await engines[warehouse]();
  await engine.exec(raw);
  return { files, engine, dbt: new DbtHarness(engine, files) };
}

describe.each(Object.keys(engines) as (keyof typeof engines)[])('the example package on %s', (warehouse) => {
  it('builds every model, with typed columns, typed nulls for missing ones and one row per message', async () => {
    const { files, engine, dbt } = await setUp(warehouse);
    try {
      await dbt.run();
      for (const [model, rows] of Object.entries(EXPECTED_ROWS)) {
        expect({ model, rows: (await dbt.rows(model, model.endsWith('users') ? 'user_id' : 'message_id')).length }).toEqual({
          model,
          rows,
        });
      }
      // Every column has the type the YAML documents.
      for (const [file, text] of files) {
        if (!file.endsWith('.yml') || !file.includes('/_stg_')) continue;
        const doc = parse(text) as { models: { name: string; columns: { name: string; data_type: string }[] }[] };
        for (const model of doc.models) {
          const actual = await dbt.columnTypes(model.name);
          expect([...actual.keys()]).toEqual(model.columns.map((c) => c.name));
          for (const c of model.columns)
            expect(`${model.name}.${c.name}: ${normalizeType(actual.get(c.name) ?? '')}`).toBe(`${model.name}.${c.name}: ${c.data_type}`);
        }
      }
      // Columns that have not landed yet are typed nulls; an integer column of a number property is cast.
      const orders = await dbt.rows('stg_online_shop__order_completed');
      expect(orders.map((r) => [r.message_id, r.shipping_method, r.currency, r.schema_id])).toEqual([
        ['oc-1', null, null, null],
        ['oc-2', null, 'EUR', null],
        ['oc-3', null, 'USD', 'online_shop/Order_Completed/2-1.json'],
      ]);
      // The first delivery of a duplicated message is kept.
      expect(String(orders[1]?.received_at)).toMatch(/2024-05-01.10:04:05/);
      const added = await dbt.rows('stg_online_shop__product_added');
      expect(added.map((r) => [r.product_price, r.product_quantity, r.product_variant])).toEqual([[49, 2, null]]);
      // JSON arrays are the engine's JSON type.
      const json = await engine.query(
        warehouse === 'duckdb'
          ? `select json_array_length(products) as n from analytics.stg_online_shop__cart_viewed`
          : `select jsonb_array_length(products) as n from analytics.stg_online_shop__cart_viewed`,
      );
      expect(json).toEqual([{ n: 1 }]);
      // A table that does not exist yet gives an empty model with every column.
      expect((await dbt.columnTypes('stg_online_shop__coupon_applied')).get('discount_kind')).toBe(
        warehouse === 'duckdb' ? 'varchar' : 'text',
      );
      // Users: the latest non-null value of each trait.
      const users = await dbt.rows('stg_online_shop__users', 'user_id');
      expect(users.map((u) => [u.user_id, u.plan, u.first_name, u.address_city, u.phone])).toEqual([
        ['user-1', 'plus', 'Ada', 'London', null],
        ['user-2', 'premium', 'Grace', 'Arlington', null],
      ]);
    } finally {
      await engine.close();
    }
  });

  it("runs the YAML's tests: all pass, and the unplanned event warns", async () => {
    const { engine, dbt } = await setUp(warehouse, {
      relationships: [{ from: 'Order Completed', column: 'checkout_id', to: 'Checkout Started' }],
    });
    try {
      await dbt.run();
      const results = await dbt.test();
      expect(results.length).toBeGreaterThan(40);
      expect(new Set(results.map((r) => r.test))).toEqual(new Set(['unique', 'not_null', 'accepted_values', 'relationships']));
      expect(results.filter((r) => r.failures > 0).map((r) => `${r.severity} ${r.model}.${r.column} ${r.test}: ${r.failures}`)).toEqual([
        'warn stg_online_shop__tracks.event_name accepted_values: 1',
      ]);
    } finally {
      await engine.close();
    }
  });

  it('tests fail on data that breaks the plan', async () => {
    const { engine, dbt } = await setUp(warehouse);
    try {
      await engine.exec(
        `insert into online_shop.order_refunded (id, received_at, order_id, refund_total, currency, reason, partial, refunded_at) values ('or-bad', '2024-05-05 00:00:00', null, 1, 'XYZ', 'damaged', false, '2024-05-05 00:00:00')`,
      );
      await dbt.run();
      const failing = (await dbt.test()).filter((r) => r.failures > 0 && r.model === 'stg_online_shop__order_refunded');
      expect(failing.map((r) => `${r.column} ${r.test}`)).toEqual(['order_id not_null', 'currency accepted_values']);
    } finally {
      await engine.close();
    }
  });

  it('loads incrementally: merges on message_id and re-reads the lookback window', async () => {
    const { engine, dbt } = await setUp(warehouse, { materialized: 'incremental', lookback: { count: 1, period: 'day' } });
    try {
      await dbt.run({ materialized: 'incremental' });
      expect((await dbt.rows('stg_online_shop__order_completed')).length).toBe(3);
      await engine.exec(`
        insert into online_shop.order_completed (id, user_id, received_at, "timestamp", order_id, total, payment_method, currency, products) values
          ('oc-4', 'user-1', '2024-05-02 20:00:00', '2024-05-02 19:59:00', 'ORD-00012347', 5, 'card', 'EUR', '[]'),
          ('oc-3', 'user-2', '2024-05-02 21:00:00', '2024-05-02 12:20:00', 'ORD-00012346', 10, 'klarna', 'USD', '[]'),
          ('oc-5', 'user-1', '2024-04-15 00:00:00', '2024-04-15 00:00:00', 'ORD-00000005', 1, 'card', 'EUR', '[]')`);
      await dbt.run({ materialized: 'incremental' });
      expect(dbt.compiled.get('stg_online_shop__order_completed')).toContain('where received_at >= (select max(received_at) - interval');
      const rows = await dbt.rows('stg_online_shop__order_completed');
      // oc-4 is new; oc-3 came again inside the window and stays one row; oc-5 arrived long after
      // its window closed and is left for a full refresh.
      expect(rows.map((r) => r.message_id)).toEqual(['oc-1', 'oc-2', 'oc-3', 'oc-4']);
      // The users model is never incremental.
      expect(dbt.configs.get('stg_online_shop__users')).toEqual({ materialized: 'table' });
    } finally {
      await engine.close();
    }
  });

  it('splits rows by major version when two are live', async () => {
    const { engine, dbt } = await setUp(warehouse, {}, undeprecateOrderCompletedV1);
    try {
      await dbt.run();
      // oc-1 carries no version (the oldest live major), oc-2 Protocols' event_version 2, oc-3 a 2-1 schema_id.
      expect((await dbt.rows('stg_online_shop__order_completed__v1')).map((r) => r.message_id)).toEqual(['oc-1']);
      expect((await dbt.rows('stg_online_shop__order_completed__v2')).map((r) => [r.message_id, r.event_version])).toEqual([
        ['oc-2', 2],
        ['oc-3', null],
      ]);
      const failing = (await dbt.test()).filter((r) => r.failures > 0 && r.severity === 'error');
      expect(failing).toEqual([]);
    } finally {
      await engine.close();
    }
  });

  it('renders at parse time, when nothing may be queried', async () => {
    const { engine, dbt } = await setUp(warehouse);
    try {
      const sql = await dbt.render('stg_online_shop__order_completed', { execute: false });
      expect(sql).toContain('select 1 as no_rows_yet limit 0');
    } finally {
      await engine.close();
    }
  });
});
