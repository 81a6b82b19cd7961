import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectFor, WAREHOUSES, type Warehouse } from '../src/index.js';
import { modelOrder, renderModel } from './helpers/dbt-harness.js';
import { duckdbEngine } from './helpers/engines.js';
import { cleanupCopies, copyExample, emitDbt } from './helpers/example.js';

afterAll(cleanupCopies);

type Columns = Map<string, { name: string; data_type: string }[]>;
let fixtureColumns: Columns;

beforeAll(async () => {
  // The raw tables' columns, as information_schema lists them after loading the fixture.
  const engine = await duckdbEngine();
  await engine.exec(readFileSync(path.join(import.meta.dirname, 'fixtures/online-shop-raw.sql'), 'utf8'));
  const rows = await engine.query(`select table_schema, table_name, column_name, data_type from information_schema.columns`);
  fixtureColumns = new Map();
  for (const r of rows) {
    const key = `${r.table_schema}.${r.table_name}`;
    fixtureColumns.set(key, [...(fixtureColumns.get(key) ?? []), { name: String(r.column_name), data_type: String(r.data_type) }]);
  }
  await engine.close();
});

/** What each dialect must (and must not) write. */
const MARKERS: Record<Warehouse, { has: string[]; hasNot: string[] }> = {
  snowflake: {
    has: ['cast("TIMESTAMP" as timestamp_tz)', 'parse_json(products)', 'qualify row_number()', 'dateadd(day, -3, max(received_at))'],
    hasNot: ['::', '`', 'getdate()'],
  },
  bigquery: {
    has: [
      'cast(`timestamp` as timestamp)',
      'parse_json(products)',
      'where true\n    qualify',
      'timestamp_sub(max(received_at), interval 3 day)',
      'cast(total as float64)',
    ],
    hasNot: ['::', 'cast("', 'varchar'],
  },
  redshift: {
    has: [
      'cast("timestamp" as timestamp)',
      'json_parse(products)',
      'reflekt_row_number = 1',
      'dateadd(day, -3, max(received_at))',
      'varchar(max)',
    ],
    hasNot: ['::', '`', 'qualify'],
  },
  postgres: {
    has: [
      'cast("timestamp" as timestamp with time zone)',
      'cast(products as jsonb)',
      'reflekt_row_number = 1',
      "max(received_at) - interval '3 days'",
    ],
    hasNot: ['::', '`', 'qualify'],
  },
  duckdb: {
    has: ['cast("timestamp" as timestamp)', 'cast(products as json)', 'qualify row_number()', "max(received_at) - interval '3 days'"],
    hasNot: ['::', '`'],
  },
};

describe.each(WAREHOUSES)('%s', (warehouse) => {
  it('renders every model with dbt context, in both run modes', async () => {
    const { files } = await emitDbt(copyExample(), { warehouse, materialized: 'incremental' });
    // Snowflake reports unquoted column names upper-case; the models lower-case them.
    const columns: Columns =
      warehouse === 'snowflake'
        ? new Map([...fixtureColumns].map(([k, cols]) => [k, cols.map((c) => ({ ...c, name: c.name.toUpperCase() }))]))
        : fixtureColumns;
    const all: string[] = [];
    for (const model of modelOrder(files)) {
      const template = files.get([...files.keys()].find((f) => f.endsWith(`/${model}.sql`)) as string) as string;
      for (const incremental of [false, true]) {
        const sql = renderModel(template, { model, columns, incremental });
        expect(sql).not.toMatch(/\{[{%#]|[}%#]\}/);
        // Every table but coupon_applied (not created yet) has an `id`: the model reads it.
        const nullId = `cast(null as ${dialectFor(warehouse).type('string')}) as message_id`;
        if (model.endsWith('coupon_applied')) expect(sql).toContain('select 1 as no_rows_yet limit 0');
        else expect(sql).not.toContain(nullId);
        all.push(sql);
      }
    }
    const text = all.join('\n');
    for (const marker of MARKERS[warehouse].has) expect(text).toContain(marker);
    for (const marker of MARKERS[warehouse].hasNot) expect(text).not.toContain(marker);
  });
});

describe('dialects', () => {
  it('quote reserved and unusual identifiers their own way', () => {
    expect(dialectFor('snowflake').ident('order')).toBe('"ORDER"');
    expect(dialectFor('bigquery').ident('order')).toBe('`order`');
    expect(dialectFor('postgres').ident('order')).toBe('"order"');
    expect(dialectFor('duckdb').ident('2nd_step')).toBe('"2nd_step"');
    expect(dialectFor('redshift').ident('product_id')).toBe('product_id');
  });

  it('escape string literals their own way', () => {
    expect(dialectFor('bigquery').literal("it's")).toBe("'it\\'s'");
    expect(dialectFor('snowflake').literal("it's")).toBe("'it''s'");
  });
});
