/**
 * A small stand-in for dbt, enough to run the emitted package on a real SQL engine: renders each
 * model's Jinja with nunjucks (Jinja-compatible) plus the few dbt context members the models use
 * — `source()`, `ref()`, `config()`, `is_incremental()`, `this`, `execute`, `target` and
 * `adapter.get_columns_in_relation` (answered from the engine's `information_schema`) — then
 * materializes the models in dependency order and runs the YAML's generic tests with the SQL of
 * dbt-core's `not_null`, `unique`, `accepted_values` and `relationships`.
 */
import nunjucks from 'nunjucks';
import { parse } from 'yaml';

/** A SQL engine the harness drives (DuckDB or Postgres via PGlite). */
export interface Engine {
  readonly name: 'duckdb' | 'postgres';
  exec(sql: string): Promise<void>;
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** A relation as dbt prints it. */
export class Relation {
  constructor(
    readonly schema: string,
    readonly identifier: string,
  ) {}
  toString(): string {
    return `"${this.schema}"."${this.identifier}"`;
  }
}

/** One generic test from a model YAML, compiled to the query dbt would run. */
export interface CompiledTest {
  readonly model: string;
  readonly column: string;
  readonly test: string;
  readonly severity: 'error' | 'warn';
  readonly sql: string;
}

/** The outcome of a test: how many failing rows its query returned. */
export interface TestResult extends CompiledTest {
  readonly failures: number;
}

interface ModelConfig {
  materialized?: string;
  unique_key?: string;
  [key: string]: unknown;
}

const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });

/** What {@link renderModel} needs to know about the warehouse and the run. */
export interface RenderContext {
  readonly model: string;
  /** Columns by `schema.table`, as `information_schema` lists them. */
  readonly columns: ReadonlyMap<string, readonly { name: string; data_type: string }[]>;
  readonly incremental?: boolean;
  readonly execute?: boolean;
  readonly target?: string;
  readonly targetName?: string;
  readonly sourceSchemas?: Record<string, string>;
  /** Receives the model's `config()` arguments. */
  readonly config?: Record<string, unknown>;
}

/** Renders one model's Jinja with the dbt context members the package uses. */
export function renderModel(template: string, ctx: RenderContext): string {
  const target = ctx.target ?? 'analytics';
  const config = ctx.config ?? {};
  return env.renderString(template, {
    execute: ctx.execute ?? true,
    target: { name: ctx.targetName ?? 'dev', schema: target },
    this: new Relation(target, ctx.model),
    config: (...args: unknown[]) => {
      const kw = args.at(-1) as Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(kw ?? {})) if (k !== '__keywords') config[k] = v;
      return '';
    },
    source: (source: string, table: string) => new Relation(ctx.sourceSchemas?.[source] ?? source, table),
    ref: (name: string) => new Relation(target, name),
    is_incremental: () => ctx.incremental === true,
    adapter: {
      get_columns_in_relation: (relation: Relation) => ctx.columns.get(`${relation.schema}.${relation.identifier}`) ?? [],
    },
  });
}

/** Renders a Jinja string (a YAML value such as a per-target schema) with `target`. */
export function renderValue(template: string, targetName: string, targetSchema = 'analytics'): string {
  return env.renderString(template, { target: { name: targetName, schema: targetSchema, database: 'dev_db' } });
}

/** The package's models in the order dbt would build them (a model after the models it refs). */
export function modelOrder(files: ReadonlyMap<string, string>): string[] {
  const sql = [...files.keys()].filter((f) => f.endsWith('.sql'));
  const name = (f: string) => f.slice(f.lastIndexOf('/') + 1, -'.sql'.length);
  const refs = (f: string) => [...(files.get(f) ?? '').matchAll(/ref\('([^']+)'\)/g)].map((m) => m[1] as string);
  const done: string[] = [];
  const visit = (f: string): void => {
    if (done.includes(name(f))) return;
    for (const r of refs(f)) {
      const dep = sql.find((x) => name(x) === r);
      if (!dep) throw new Error(`${name(f)} refs unknown model ${r}`);
      visit(dep);
    }
    done.push(name(f));
  };
  for (const f of sql.sort()) visit(f);
  return done;
}

export class DbtHarness {
  readonly #engine: Engine;
  readonly #files: ReadonlyMap<string, string>;
  readonly #target: string;
  readonly #sourceSchemas: Record<string, string>;
  /** Config each model passed to `config()` in its last render. */
  readonly configs = new Map<string, ModelConfig>();
  /** The SQL each model compiled to in its last render. */
  readonly compiled = new Map<string, string>();

  constructor(
    engine: Engine,
    files: ReadonlyMap<string, string>,
    options: { target?: string; sourceSchemas?: Record<string, string> } = {},
  ) {
    this.#engine = engine;
    this.#files = files;
    this.#target = options.target ?? 'analytics';
    this.#sourceSchemas = options.sourceSchemas ?? {};
  }

  #modelFile(model: string): string {
    const file = [...this.#files.keys()].find((f) => f.endsWith(`/${model}.sql`));
    if (!file) throw new Error(`no model ${model}`);
    return file;
  }

  async #columns(): Promise<Map<string, { name: string; data_type: string }[]>> {
    const rows = await this.#engine.query(
      `select table_schema, table_name, column_name, data_type from information_schema.columns order by table_schema, table_name, ordinal_position`,
    );
    const out = new Map<string, { name: string; data_type: string }[]>();
    for (const r of rows) {
      const key = `${String(r.table_schema)}.${String(r.table_name)}`;
      out.set(key, [...(out.get(key) ?? []), { name: String(r.column_name), data_type: String(r.data_type) }]);
    }
    return out;
  }

  async #exists(relation: Relation): Promise<boolean> {
    return (await this.#columns()).has(`${relation.schema}.${relation.identifier}`);
  }

  /** Renders a model's Jinja as dbt would at execution time. */
  async render(model: string, options: { incremental?: boolean; execute?: boolean } = {}): Promise<string> {
    const config: ModelConfig = {};
    const sql = renderModel(this.#files.get(this.#modelFile(model)) as string, {
      model,
      columns: await this.#columns(),
      config,
      target: this.#target,
      sourceSchemas: this.#sourceSchemas,
      ...options,
    });
    this.configs.set(model, config);
    this.compiled.set(model, sql);
    return sql;
  }

  /**
   * Builds every model (`dbt run`): views or tables; with `incremental`, a model whose table
   * exists is rendered with `is_incremental()` true and merged on its `unique_key` with
   * delete+insert, as dbt-duckdb and dbt-postgres do.
   */
  async run(options: { materialized?: 'view' | 'table' | 'incremental' } = {}): Promise<void> {
    await this.#engine.exec(`create schema if not exists "${this.#target}"`);
    for (const model of modelOrder(this.#files)) {
      const self = new Relation(this.#target, model);
      const probe = await this.render(model, { incremental: false });
      const config = this.configs.get(model) ?? {};
      const materialized = config.materialized ?? options.materialized ?? 'view';
      if (materialized === 'view') {
        await this.#engine.exec(`drop view if exists ${self}`);
        await this.#engine.exec(`create view ${self} as\n${probe}`);
      } else if (materialized === 'table' || !(await this.#exists(self))) {
        await this.#engine.exec(`drop table if exists ${self}`);
        await this.#engine.exec(`create table ${self} as\n${probe}`);
      } else {
        const sql = await this.render(model, { incremental: true });
        const key = config.unique_key as string;
        const tmp = new Relation(this.#target, `${model}__dbt_tmp`);
        await this.#engine.exec(`drop table if exists ${tmp}`);
        await this.#engine.exec(`create table ${tmp} as\n${sql}`);
        await this.#engine.exec(`delete from ${self} where ${key} in (select ${key} from ${tmp})`);
        await this.#engine.exec(`insert into ${self} select * from ${tmp}`);
        await this.#engine.exec(`drop table ${tmp}`);
      }
    }
  }

  /** Every generic test of the package's model YAML, compiled as dbt-core's test macros do. */
  compileTests(): CompiledTest[] {
    const out: CompiledTest[] = [];
    for (const [file, text] of this.#files) {
      if (!file.endsWith('.yml') || !file.startsWith('models/')) continue;
      const doc = parse(text) as { models?: { name: string; columns?: { name: string; data_tests?: unknown[] }[] }[] };
      for (const model of doc.models ?? []) {
        const relation = new Relation(this.#target, model.name);
        for (const column of model.columns ?? []) {
          for (const t of column.data_tests ?? []) out.push(this.#compileTest(relation, column.name, t));
        }
      }
    }
    return out;
  }

  #compileTest(model: Relation, column: string, test: unknown): CompiledTest {
    const name = typeof test === 'string' ? test : (Object.keys(test as object)[0] as string);
    const body = typeof test === 'string' ? {} : ((test as Record<string, Record<string, unknown>>)[name] ?? {});
    const args = (body.arguments as Record<string, unknown> | undefined) ?? body;
    const severity = ((body.config as { severity?: string } | undefined)?.severity ?? 'error') as 'error' | 'warn';
    const col = `"${column}"`;
    let sql: string;
    switch (name) {
      case 'not_null':
        sql = `select ${col} from ${model} where ${col} is null`;
        break;
      case 'unique':
        sql = `select ${col} as unique_field, count(*) as n_records from ${model} where ${col} is not null group by ${col} having count(*) > 1`;
        break;
      case 'accepted_values': {
        const quote = args.quote !== false;
        const values = (args.values as string[]).map((v) => (quote ? `'${v.replace(/'/g, "''")}'` : v)).join(', ');
        sql = `with all_values as (select ${col} as value_field, count(*) as n_records from ${model} group by ${col}) select * from all_values where value_field not in (${values})`;
        break;
      }
      case 'relationships': {
        const to = String(args.to).replace(/^ref\('([^']+)'\)$/, (_m, ref: string) => String(new Relation(this.#target, ref)));
        const field = `"${String(args.field)}"`;
        sql = `with child as (select ${col} as from_field from ${model} where ${col} is not null), parent as (select ${field} as to_field from ${to}) select from_field from child left join parent on child.from_field = parent.to_field where parent.to_field is null`;
        break;
      }
      default:
        throw new Error(`test ${name} is not one of dbt's generic tests`);
    }
    return { model: model.identifier, column, test: name, severity, sql };
  }

  /** Runs every compiled test (`dbt test`). */
  async test(): Promise<TestResult[]> {
    const out: TestResult[] = [];
    for (const t of this.compileTests()) out.push({ ...t, failures: (await this.#engine.query(t.sql)).length });
    return out;
  }

  /** Rows of a built model. */
  rows(model: string, orderBy = 'message_id'): Promise<Record<string, unknown>[]> {
    return this.#engine.query(`select * from ${new Relation(this.#target, model)} order by ${orderBy}`);
  }

  /** Column names and engine types of a built model. */
  async columnTypes(model: string): Promise<Map<string, string>> {
    const cols = (await this.#columns()).get(`${this.#target}.${model}`) ?? [];
    return new Map(cols.map((c) => [c.name, c.data_type.toLowerCase()]));
  }
}
