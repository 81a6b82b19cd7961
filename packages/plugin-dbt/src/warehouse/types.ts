/** The warehouses the emitted SQL targets. */
export type Warehouse = 'snowflake' | 'bigquery' | 'redshift' | 'postgres' | 'duckdb';

/** Every supported warehouse, in a stable order. */
export const WAREHOUSES: readonly Warehouse[] = ['snowflake', 'bigquery', 'redshift', 'postgres', 'duckdb'];

/** The CDPs whose warehouse layout the models read. */
export type Cdp = 'segment' | 'rudderstack';

/**
 * The type of a model column, independent of the warehouse. Objects have no type: they are
 * flattened into one column per leaf, as the CDPs load them.
 */
export type ColumnType = 'string' | 'integer' | 'float' | 'boolean' | 'timestamp' | 'json';

/** A dbt period, as `freshness` and the incremental lookback use it. */
export type Period = 'minute' | 'hour' | 'day';
