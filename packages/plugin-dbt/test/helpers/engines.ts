import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import type { Engine } from './dbt-harness.js';

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value && typeof value === 'object' && 'toString' in value && value.constructor?.name?.startsWith('DuckDB')) return String(value);
  return value;
}

/** An in-memory (or file) DuckDB database. */
export async function duckdbEngine(file = ':memory:'): Promise<Engine> {
  const instance = await DuckDBInstance.create(file);
  const conn = await instance.connect();
  return {
    name: 'duckdb',
    async exec(sql) {
      await conn.run(sql);
    },
    async query(sql) {
      const reader = await conn.runAndReadAll(sql);
      return reader.getRowObjects().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** A real Postgres (compiled to WebAssembly), in memory. */
export async function postgresEngine(): Promise<Engine & { readonly db: PGlite }> {
  const db = new PGlite();
  await db.waitReady;
  return {
    name: 'postgres',
    db,
    async exec(sql) {
      await db.exec(sql);
    },
    async query(sql) {
      const result = await db.query<Record<string, unknown>>(sql);
      return result.rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : plain(v)])),
      );
    },
    async close() {
      await db.close();
    },
  };
}
