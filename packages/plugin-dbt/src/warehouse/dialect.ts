import { needsQuoting } from './reserved.js';
import type { ColumnType, Period, Warehouse } from './types.js';

/**
 * What differs between warehouses in the emitted SQL: identifier quoting, concrete types, how a
 * JSON array (stored as text by the CDP) becomes the warehouse's JSON type, date arithmetic for
 * the incremental lookback, and how duplicates are dropped.
 */
export interface Dialect {
  readonly warehouse: Warehouse;
  /** The concrete type of a column type. */
  type(type: ColumnType): string;
  /** An identifier, quoted only when it must be (reserved word, unusual characters). */
  ident(name: string): string;
  /** `expr` converted to `type`; JSON text is parsed into the warehouse's JSON type. */
  cast(expr: string, type: ColumnType): string;
  /** A typed null, for a column that has not landed in the warehouse yet. */
  nullOf(type: ColumnType): string;
  /** A string literal. */
  literal(value: string): string;
  /** `expr` (a timestamp) minus `count` `period`s. */
  minus(expr: string, count: number, period: Period): string;
  /**
   * `qualify`: filter the row number in place (`qualify row_number() over (…) = 1`);
   * `subquery`: number the rows in a subquery and keep the first (no `qualify` in the dialect).
   */
  readonly dedupe: 'qualify' | 'subquery';
  /**
   * The latest non-null value of `expr` per partition, as a window function, or `undefined` where
   * the dialect has no `ignore nulls` (Postgres: the users model aggregates instead).
   */
  lastNonNull(expr: string, window: string): string | undefined;
}

const TYPES: Record<Warehouse, Record<ColumnType, string>> = {
  snowflake: { string: 'varchar', integer: 'bigint', float: 'float', boolean: 'boolean', timestamp: 'timestamp_tz', json: 'variant' },
  bigquery: { string: 'string', integer: 'int64', float: 'float64', boolean: 'bool', timestamp: 'timestamp', json: 'json' },
  redshift: {
    string: 'varchar(max)',
    integer: 'bigint',
    float: 'double precision',
    boolean: 'boolean',
    timestamp: 'timestamp',
    json: 'super',
  },
  postgres: {
    string: 'text',
    integer: 'bigint',
    float: 'double precision',
    boolean: 'boolean',
    timestamp: 'timestamp with time zone',
    json: 'jsonb',
  },
  duckdb: { string: 'varchar', integer: 'bigint', float: 'double', boolean: 'boolean', timestamp: 'timestamp', json: 'json' },
};

const PLURAL: Record<Period, string> = { minute: 'minutes', hour: 'hours', day: 'days' };

function sqlLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function quoteWith(warehouse: Warehouse, name: string): string {
  switch (warehouse) {
    case 'bigquery':
      return `\`${name}\``;
    // Snowflake stores unquoted names upper-case; the CDPs create their columns unquoted, so a
    // quoted reference must be upper-case to find them.
    case 'snowflake':
      return `"${name.toUpperCase().replace(/"/g, '""')}"`;
    default:
      return `"${name.replace(/"/g, '""')}"`;
  }
}

/** The dialect of a warehouse. */
export function dialectFor(warehouse: Warehouse): Dialect {
  const types = TYPES[warehouse];
  const type = (t: ColumnType): string => types[t];
  const plainCast = (expr: string, t: ColumnType): string => `cast(${expr} as ${type(t)})`;
  const base = {
    warehouse,
    type,
    ident: (name: string) => (needsQuoting(warehouse, name) ? quoteWith(warehouse, name) : name),
    nullOf: (t: ColumnType) => plainCast('null', t),
    literal: sqlLiteral,
  };
  switch (warehouse) {
    case 'snowflake':
      return {
        ...base,
        cast: (expr, t) => (t === 'json' ? `parse_json(${expr})` : plainCast(expr, t)),
        minus: (expr, count, period) => `dateadd(${period}, -${count}, ${expr})`,
        dedupe: 'qualify',
        lastNonNull: (expr, window) => `last_value(${expr}) ignore nulls over (${window})`,
      };
    case 'bigquery':
      return {
        ...base,
        literal: (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
        cast: (expr, t) => (t === 'json' ? `parse_json(${expr})` : plainCast(expr, t)),
        minus: (expr, count, period) => `timestamp_sub(${expr}, interval ${count} ${period})`,
        dedupe: 'qualify',
        lastNonNull: (expr, window) => `last_value(${expr} ignore nulls) over (${window})`,
      };
    case 'redshift':
      return {
        ...base,
        cast: (expr, t) => (t === 'json' ? `json_parse(${expr})` : plainCast(expr, t)),
        minus: (expr, count, period) => `dateadd(${period}, -${count}, ${expr})`,
        dedupe: 'subquery',
        lastNonNull: (expr, window) => `last_value(${expr} ignore nulls) over (${window})`,
      };
    case 'postgres':
      return {
        ...base,
        cast: plainCast,
        minus: (expr, count, period) => `${expr} - interval '${count} ${PLURAL[period]}'`,
        dedupe: 'subquery',
        lastNonNull: () => undefined,
      };
    case 'duckdb':
      return {
        ...base,
        cast: plainCast,
        minus: (expr, count, period) => `${expr} - interval '${count} ${PLURAL[period]}'`,
        dedupe: 'qualify',
        lastNonNull: (expr, window) => `last_value(${expr} ignore nulls) over (${window})`,
      };
  }
}
