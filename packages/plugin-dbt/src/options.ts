import type { ResolvedConfig } from '@reflekt/compiler';
import type { IntrospectionClient } from './introspect.js';
import { segmentSnakecase } from './naming/segment.js';
import type { Cdp, Period, Warehouse } from './warehouse/types.js';

/** A dbt freshness threshold (`warn_after`, `error_after`). */
export interface FreshnessRule {
  readonly count: number;
  readonly period: Period;
}

/** A dbt data test as written in YAML: a name (`unique`) or a one-key object (`{accepted_values: {...}}`). */
export type DbtTest = string | { readonly [test: string]: unknown };

/** One warehouse schema the CDP loads events into; becomes a dbt source and a models folder. */
export interface SourceOptions {
  /** The warehouse schema (the CDP source's slug). */
  readonly schema: string;
  /** The dbt source name and folder. @default the schema */
  readonly name?: string;
  /** The database (Snowflake) or project (BigQuery) holding the schema. @default the target's */
  readonly database?: string;
  /** Plans whose events this source receives. @default every plan */
  readonly plans?: readonly string[];
  /**
   * Schema and database per dbt target (`target.name`), for raw data that lives elsewhere in
   * development: `{ dev: { schema: 'online_shop_dev' } }`. Other targets use `schema`/`database`.
   */
  readonly environments?: Readonly<Record<string, { readonly schema?: string; readonly database?: string }>>;
}

/** A `relationships` test between two events' models. */
export interface RelationshipOptions {
  /** The event (name) or model whose column is tested. */
  readonly from: string;
  /** The column of `from` (model column name). */
  readonly column: string;
  /** The event (name) or model it refers to, or a `ref(...)`/`source(...)` expression. */
  readonly to: string;
  /** The column of `to`. @default `column` */
  readonly field?: string;
  /** @default 'error' */
  readonly severity?: 'error' | 'warn';
}

/** Where to read the warehouse's real columns from, to compare them with the plan. */
export type IntrospectOptions =
  | { readonly duckdb: string }
  | { readonly postgres: { readonly urlEnv?: string } }
  | { readonly client: IntrospectionClient };

/** Options of {@link dbt}. */
export interface DbtOptions {
  /** dbt package name. @default `reflekt_<project name in snake_case>` */
  readonly package?: string;
  /** Package version; when not set it is derived from the previous build (see the README). */
  readonly version?: string;
  /** Output folder under the output root. @default `dbt/<package>` */
  readonly outDir?: string;
  /** The warehouse the SQL is written for. @default 'snowflake' */
  readonly warehouse?: Warehouse;
  /** Whose warehouse layout the raw tables follow. @default 'segment' */
  readonly cdp?: Cdp;
  /**
   * The dbt YAML layout: `'1.10'` puts `loaded_at_field`/`freshness` under `config:` and test
   * inputs under `arguments:`; `'1.8'` writes the older top-level keys. @default '1.10'
   */
  readonly dbtVersion?: '1.8' | '1.10';
  /** Warehouse schemas the events land in. @default one per plan, named after it */
  readonly sources?: readonly SourceOptions[];
  /** File name prefixes (Python Reflekt's `artifacts.dbt` prefixes). */
  readonly prefixes?: { readonly source?: string; readonly model?: string; readonly docs?: string };
  /** Write source and model YAML into a `docs/` folder next to the models. @default false */
  readonly docsInFolder?: boolean;
  /** Materialization of the staging models (the users model is never incremental). @default 'view' */
  readonly materialized?: 'view' | 'table' | 'incremental';
  /** How far back an incremental run re-reads, to catch late arrivals. @default { count: 3, period: 'day' } */
  readonly lookback?: FreshnessRule;
  /** A SQL predicate on the raw columns that every event model applies (`received_at >= '2024-01-01'`). */
  readonly filter?: string;
  /** Source freshness on `received_at`; `null` turns it off. @default warn after 12 hours, error after 24 */
  readonly freshness?: { readonly warnAfter?: FreshnessRule; readonly errorAfter?: FreshnessRule; readonly filter?: string } | null;
  /** Extra `context_*` columns to select: names (`ip`, `context_page_url`) or `'all'` the CDP documents. @default [] */
  readonly contextColumns?: 'all' | readonly string[];
  /** Extra tests by column (`order_id`) or by model and column (`stg_shop__order_completed.order_id`). */
  readonly tests?: Readonly<Record<string, readonly DbtTest[]>>;
  /** `relationships` tests between events. */
  readonly relationships?: readonly RelationshipOptions[];
  /** Read the warehouse's real columns and report plan properties missing there (and columns missing in the plan). */
  readonly introspect?: IntrospectOptions;
  /** After a build, tag the commit that holds the package `v<version>__<package>` (when it is committed). @default false */
  readonly gitTag?: boolean;
}

const rule = {
  type: 'object',
  required: ['count', 'period'],
  additionalProperties: false,
  properties: { count: { type: 'integer', minimum: 1 }, period: { enum: ['minute', 'hour', 'day'] } },
} as const;

const identifier = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } as const;

/** JSON Schema of {@link DbtOptions}. */
export const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    package: { ...identifier, description: 'dbt package name' },
    version: { type: 'string', pattern: '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$' },
    outDir: { type: 'string', minLength: 1 },
    warehouse: { enum: ['snowflake', 'bigquery', 'redshift', 'postgres', 'duckdb'], default: 'snowflake' },
    cdp: { enum: ['segment', 'rudderstack'], default: 'segment' },
    dbtVersion: { enum: ['1.8', '1.10'], default: '1.10' },
    sources: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['schema'],
        additionalProperties: false,
        properties: {
          schema: { type: 'string', minLength: 1 },
          name: identifier,
          database: { type: 'string', minLength: 1 },
          plans: { type: 'array', items: { type: 'string' } },
          environments: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              additionalProperties: false,
              properties: { schema: { type: 'string', minLength: 1 }, database: { type: 'string', minLength: 1 } },
            },
          },
        },
      },
    },
    prefixes: {
      type: 'object',
      additionalProperties: false,
      properties: { source: { type: 'string' }, model: { type: 'string' }, docs: { type: 'string' } },
    },
    docsInFolder: { type: 'boolean' },
    materialized: { enum: ['view', 'table', 'incremental'] },
    lookback: rule,
    filter: { type: 'string' },
    freshness: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          properties: { warnAfter: rule, errorAfter: rule, filter: { type: 'string' } },
        },
      ],
    },
    contextColumns: { oneOf: [{ const: 'all' }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
    tests: {
      type: 'object',
      additionalProperties: {
        type: 'array',
        items: {
          oneOf: [
            { type: 'string', minLength: 1 },
            { type: 'object', minProperties: 1, maxProperties: 1 },
          ],
        },
      },
    },
    relationships: {
      type: 'array',
      items: {
        type: 'object',
        required: ['from', 'column', 'to'],
        additionalProperties: false,
        properties: {
          from: { type: 'string', minLength: 1 },
          column: { type: 'string', minLength: 1 },
          to: { type: 'string', minLength: 1 },
          field: { type: 'string', minLength: 1 },
          severity: { enum: ['error', 'warn'] },
        },
      },
    },
    introspect: {
      oneOf: [
        { type: 'object', required: ['duckdb'], additionalProperties: false, properties: { duckdb: { type: 'string', minLength: 1 } } },
        {
          type: 'object',
          required: ['postgres'],
          additionalProperties: false,
          properties: { postgres: { type: 'object', additionalProperties: false, properties: { urlEnv: identifier } } },
        },
        { type: 'object', required: ['client'], additionalProperties: false, properties: { client: { type: 'object' } } },
      ],
    },
    gitTag: { type: 'boolean' },
  },
} as const;

/** Options with every default filled in. */
export interface ResolvedOptions {
  readonly package: string;
  readonly version: string | undefined;
  readonly outDir: string;
  readonly warehouse: Warehouse;
  readonly cdp: Cdp;
  readonly dbtVersion: '1.8' | '1.10';
  readonly sources: readonly (SourceOptions & { readonly name: string })[] | undefined;
  readonly prefixes: { readonly source: string; readonly model: string; readonly docs: string };
  readonly docsInFolder: boolean;
  readonly materialized: 'view' | 'table' | 'incremental';
  readonly lookback: FreshnessRule;
  readonly filter: string | undefined;
  readonly freshness: { readonly warnAfter?: FreshnessRule; readonly errorAfter?: FreshnessRule; readonly filter?: string } | null;
  readonly contextColumns: 'all' | readonly string[];
  readonly tests: Readonly<Record<string, readonly DbtTest[]>>;
  readonly relationships: readonly RelationshipOptions[];
  readonly introspect: IntrospectOptions | undefined;
  readonly gitTag: boolean;
}

type Legacy = {
  sources?: { prefix?: unknown };
  models?: { prefix?: unknown; filter?: unknown };
  docs?: { prefix?: unknown; in_folder?: unknown; tests?: unknown };
};

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Fills in defaults. A Python Reflekt project's `artifacts.dbt` settings (prefixes, `filter`,
 * `docs.in_folder`, `docs.tests`) apply where the options say nothing.
 */
export function resolveOptions(options: DbtOptions, config: Pick<ResolvedConfig, 'name' | 'legacyProject'>): ResolvedOptions {
  const legacy = ((config.legacyProject?.artifacts as { dbt?: Legacy } | undefined)?.dbt ?? {}) as Legacy;
  const pkg = options.package ?? `reflekt_${segmentSnakecase(config.name) || 'plan'}`;
  // Python Reflekt's filter was a whole clause (`where received_at < getdate()`); ours is a predicate.
  const legacyFilter = str(legacy.models?.filter)
    ?.trim()
    .replace(/^where\s+/i, '');
  const legacyTests = legacy.docs?.tests && typeof legacy.docs.tests === 'object' ? (legacy.docs.tests as Record<string, DbtTest[]>) : {};
  const filter = options.filter ?? (legacyFilter || undefined);
  return {
    package: pkg,
    version: options.version,
    outDir: (options.outDir ?? `dbt/${pkg}`).replace(/\/+$/, ''),
    warehouse: options.warehouse ?? 'snowflake',
    cdp: options.cdp ?? 'segment',
    dbtVersion: options.dbtVersion ?? '1.10',
    sources: options.sources?.map((s) => ({ ...s, name: s.name ?? segmentSnakecase(s.schema) })),
    prefixes: {
      source: options.prefixes?.source ?? str(legacy.sources?.prefix) ?? '__src_',
      model: options.prefixes?.model ?? str(legacy.models?.prefix) ?? 'stg_',
      docs: options.prefixes?.docs ?? str(legacy.docs?.prefix) ?? '_stg_',
    },
    docsInFolder: options.docsInFolder ?? legacy.docs?.in_folder === true,
    materialized: options.materialized ?? 'view',
    lookback: options.lookback ?? { count: 3, period: 'day' },
    filter,
    freshness:
      options.freshness === null
        ? null
        : (options.freshness ?? { warnAfter: { count: 12, period: 'hour' }, errorAfter: { count: 24, period: 'hour' } }),
    contextColumns: options.contextColumns ?? [],
    tests: { ...legacyTests, ...options.tests },
    relationships: options.relationships ?? [],
    introspect: options.introspect,
    gitTag: options.gitTag ?? false,
  };
}
