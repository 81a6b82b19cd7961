/**
 * @packageDocumentation
 * `@reflekt/plugin-dbt`: emits a dbt package that models, documents and tests every event of the
 * tracking plan, for Segment's or RudderStack's warehouse layout on Snowflake, BigQuery,
 * Redshift, Postgres or DuckDB.
 */
import path from 'node:path';
import { type EmitContext, pluginCacheKey, type ReflektPlugin, type ResolvedConfig, validateOptions } from '@reflekt/compiler';
import { emitPackage } from './emit.js';
import { dbtCatalog, type Finding } from './findings.js';
import { tagPackage } from './git-tag.js';
import { duckdbClient, type IntrospectionClient, introspect, postgresUrlClient } from './introspect.js';
import { type DbtOptions, optionsSchema, type ResolvedOptions, resolveOptions } from './options.js';
import { readPreviousPackage } from './versioning.js';

export { type EmittedPackage, emitPackage, gitTagOf } from './emit.js';
export { type DbtCode, dbtCatalog, type Finding } from './findings.js';
export { duckdbClient, type IntrospectionClient, introspect, type PgQueryable, postgresClient } from './introspect.js';
export { rudderstackName } from './naming/rudderstack.js';
export { segmentSnakecase } from './naming/segment.js';
export type {
  DbtOptions,
  DbtTest,
  FreshnessRule,
  IntrospectOptions,
  RelationshipOptions,
  ResolvedOptions,
  SourceOptions,
} from './options.js';

export { optionsSchema, resolveOptions } from './options.js';
export type { ModelColumn, PackageModel, SourceModel, SourceTable, StagingModel } from './package-model.js';
export { deriveVersion, type PreviousPackage, readPreviousPackage, type VersionDecision } from './versioning.js';
export { type Dialect, dialectFor } from './warehouse/dialect.js';
export { type CdpLayout, layoutFor } from './warehouse/layout.js';
export { type Cdp, type ColumnType, WAREHOUSES, type Warehouse } from './warehouse/types.js';

/** The plugin's name: tap name and the `plugin` of its diagnostics. */
export const PLUGIN_NAME = '@reflekt/plugin-dbt';

/** The default `introspect.postgres.urlEnv`. */
export const DEFAULT_POSTGRES_URL_ENV = 'REFLEKT_DBT_POSTGRES_URL';

function report(ctx: Pick<EmitContext, 'diagnostics'>, findings: readonly Finding[]): void {
  for (const f of findings) {
    const data = dbtCatalog[f.code] as (typeof dbtCatalog)[keyof typeof dbtCatalog];
    ctx.diagnostics.reportWith(f.code, data as never, f.params as never, {
      ...(f.file !== undefined && { file: f.file }),
      ...(f.pointer !== undefined && { pointer: f.pointer }),
      ...(f.atKey && { atKey: true }),
    });
  }
}

async function openClient(options: ResolvedOptions, config: ResolvedConfig): Promise<IntrospectionClient | string> {
  const spec = options.introspect;
  if (!spec) return 'no introspection configured';
  try {
    if ('client' in spec) return spec.client;
    if ('duckdb' in spec) return await duckdbClient(path.resolve(config.root, spec.duckdb));
    const env = spec.postgres.urlEnv ?? DEFAULT_POSTGRES_URL_ENV;
    const url = process.env[env];
    if (!url) return `the environment variable \`${env}\` with the Postgres URL is not set`;
    return await postgresUrlClient(url);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The dbt emitter. Writes the package into `<outDir>/dbt/<package>/` (relative to the build's
 * output root): `dbt_project.yml`, a README, and per source schema the source YAML plus a
 * staging model and its docs YAML per event and per standard table.
 *
 * @example
 * ```ts
 * import dbt from '@reflekt/plugin-dbt';
 * export default defineConfig({ plugins: [dbt({ warehouse: 'snowflake' })] });
 * ```
 */
export default function dbt(options?: DbtOptions): ReflektPlugin {
  const validated = validateOptions<DbtOptions>(PLUGIN_NAME, optionsSchema, options);
  let tag: { name: string; dir: string } | undefined;
  return {
    name: PLUGIN_NAME,
    // Introspection reads a live warehouse and tagging depends on git's state, so builds with
    // either always run the emitter.
    cacheKey: validated.introspect || validated.gitTag ? undefined : pluginCacheKey(import.meta.url, validated),
    apply(compiler) {
      compiler.hooks.emit.tapPromise(PLUGIN_NAME, async (ctx) => {
        const resolved = resolveOptions(validated, ctx.config);
        const packageDir = path.join(ctx.config.outDir, resolved.outDir);
        const previous = resolved.version ? undefined : await readPreviousPackage(packageDir);
        const packagePath = path.relative(ctx.config.root, packageDir).split(path.sep).join('/');
        const out = emitPackage(ctx.plan, resolved, previous, packagePath);
        for (const [file, text] of out.files) ctx.emitFile(`${resolved.outDir}/${file}`, text);
        report(ctx, out.findings);
        if (resolved.introspect) {
          const client = await openClient(resolved, ctx.config);
          if (typeof client === 'string') report(ctx, [{ code: 'RK4210', params: { detail: client } } as Finding]);
          else {
            try {
              report(ctx, await introspect(out.model, client));
            } catch (error) {
              report(ctx, [{ code: 'RK4210', params: { detail: error instanceof Error ? error.message : String(error) } } as Finding]);
            } finally {
              if (!('client' in (resolved.introspect ?? {}))) await client.close?.();
            }
          }
        }
        tag = resolved.gitTag ? { name: out.tag, dir: packageDir } : undefined;
      });
      compiler.hooks.afterWrite.tapPromise(PLUGIN_NAME, async () => {
        if (!tag) return;
        report({ diagnostics: compiler.diagnostics.forPlugin(PLUGIN_NAME) }, await tagPackage(tag.dir, tag.name));
      });
    },
  };
}
