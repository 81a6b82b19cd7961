import { type Finding, finding } from './findings.js';
import type { PackageModel } from './package-model.js';
import { fileAt } from './package-model.js';

/**
 * Reads the real columns of a warehouse schema. Plug in any connection; the plugin ships one for
 * DuckDB and one for anything with a `pg`-style `query(text, params)` (node-postgres, PGlite).
 */
export interface IntrospectionClient {
  /** Columns (lower-case) of every table of `schema`, by table name (lower-case). */
  columns(schema: string, database?: string): Promise<Map<string, string[]>>;
  close?(): Promise<void>;
}

/** Anything that runs a parameterized query the way node-postgres does. */
export interface PgQueryable {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

const COLUMNS_SQL = (withDatabase: boolean): string =>
  `select table_name, column_name from information_schema.columns where table_schema = $1${withDatabase ? ' and table_catalog = $2' : ''} order by table_name, ordinal_position`;

function group(rows: readonly Record<string, unknown>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of rows) {
    const table = String(row.table_name).toLowerCase();
    out.set(table, [...(out.get(table) ?? []), String(row.column_name).toLowerCase()]);
  }
  return out;
}

/** One `information_schema` query per schema, over a node-postgres-compatible connection. */
export function postgresClient(db: PgQueryable, close?: () => Promise<void>): IntrospectionClient {
  return {
    async columns(schema, database) {
      const result = await db.query(COLUMNS_SQL(database !== undefined), database !== undefined ? [schema, database] : [schema]);
      return group(result.rows);
    },
    ...(close && { close }),
  };
}

/** A client for a DuckDB database file (needs the optional peer dependency `@duckdb/node-api`). */
export async function duckdbClient(file: string): Promise<IntrospectionClient> {
  const specifier = '@duckdb/node-api';
  const mod = (await import(specifier)) as {
    DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<DuckDBInstanceLike> };
  };
  const instance = await mod.DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  return {
    async columns(schema, database) {
      const reader = await conn.runAndReadAll(COLUMNS_SQL(database !== undefined), database !== undefined ? [schema, database] : [schema]);
      return group(reader.getRowObjects());
    },
    async close() {
      conn.closeSync?.();
      instance.closeSync?.();
    },
  };
}

interface DuckDBInstanceLike {
  connect(): Promise<{
    runAndReadAll(sql: string, params?: unknown[]): Promise<{ getRowObjects(): Record<string, unknown>[] }>;
    closeSync?(): void;
  }>;
  closeSync?(): void;
}

/** A client for the Postgres URL in an environment variable (needs the optional peer dependency `pg`). */
export async function postgresUrlClient(url: string): Promise<IntrospectionClient> {
  const specifier = 'pg';
  const mod = (await import(specifier)) as { default?: { Client: PgClientCtor }; Client?: PgClientCtor };
  const Client = (mod.Client ?? mod.default?.Client) as PgClientCtor;
  const client = new Client({ connectionString: url });
  await client.connect();
  return postgresClient(client, () => client.end());
}

type PgClientCtor = new (config: { connectionString: string }) => PgQueryable & { connect(): Promise<void>; end(): Promise<void> };

/** Bookkeeping columns the CDPs add that no plan or model describes. */
const BOOKKEEPING = new Set(['uuid', 'uuid_ts', 'loaded_at', 'event', 'event_text', 'channel']);

/**
 * Compares the warehouse's columns with the package: plan properties without a column (not sent
 * yet, or sent under another name), tables that do not exist yet, and columns the plan does not
 * describe (`context_*` and bookkeeping columns aside).
 */
export async function introspect(pkg: PackageModel, client: IntrospectionClient): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const source of pkg.sources) {
    const tables = await client.columns(source.schema, source.database);
    for (const table of source.tables) {
      const relation = `${source.schema}.${table.name}`;
      const columns = tables.get(table.name.toLowerCase());
      const first = table.schemas.at(-1);
      if (!columns) {
        out.push(finding('RK4211', { relation, event: first?.name ?? table.name }, first ? fileAt(first, '') : {}));
        continue;
      }
      const present = new Set(columns);
      const known = new Set<string>();
      const seen = new Set<string>();
      for (const model of source.models) {
        if (model.table !== table.name || model.kind === 'users') continue;
        for (const col of model.columns) {
          for (const r of col.raw) known.add(r);
          if (!col.fromPlan || col.raw.some((r) => present.has(r))) continue;
          for (const { event, column } of col.origins) {
            const key = `${event.id}:${column.pointer}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push(
              finding(
                'RK4212',
                { relation, column: column.column, property: column.path.join('.'), event: event.name },
                fileAt(event, column.pointer),
              ),
            );
          }
        }
      }
      const unplanned = columns.filter((c) => !known.has(c) && !c.startsWith('context_') && !BOOKKEEPING.has(c));
      if (unplanned.length > 0) {
        out.push(finding('RK4213', { relation, columns: unplanned.map((c) => `\`${c}\``).join(', ') }, first ? fileAt(first, '') : {}));
      }
    }
  }
  return out;
}
