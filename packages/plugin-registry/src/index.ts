/**
 * @packageDocumentation
 * `@reflekt/plugin-registry`: publishes the tracking plan as JSON Schemas with precompiled Ajv
 * validators and a manifest (`artifacts/schemas/`), uploads them to S3 (`reflekt push
 * registry`), and runs a validating, Segment-compatible registry.
 *
 * ```ts
 * import { defineConfig } from '@reflekt/compiler';
 * import registry from '@reflekt/plugin-registry';
 *
 * export default defineConfig({ plugins: [registry({ s3: { bucket: 'acme-schemas', region: 'eu-west-1' } })] });
 * ```
 */
import { pluginCacheKey, type ReflektPlugin } from '@reflekt/compiler';
import { emitSchemas } from './emit/tap.js';
import { tapLambda } from './lambda/register.js';
import { PLUGIN_NAME, type RegistryOptions, resolveOptions } from './options.js';
import { runServe } from './serve/tap.js';

export { DEPLOY_CATALOG } from './deploy/diagnostics.js';
export { sdkSnippets } from './deploy/snippets.js';
export { type CloudFormationTemplate, registryTemplate } from './deploy/template.js';
export {
  buildManifest,
  CONTENT_TYPES,
  EMIT_CATALOG,
  emitRegistry,
  MANIFEST_FILE,
  MANIFEST_VERSION,
  type Manifest,
  type ManifestEntry,
  type RegistryArtifacts,
  type RegistryFile,
  type RegistryFileRole,
  schemaDocument,
  schemaPath,
  validatorPath,
  withSchemaId,
} from './emit/index.js';
export {
  BUNDLE_SIZE_LIMIT,
  bundleLambda,
  createLambdaHandler,
  embeddedValidators,
  emfLine,
  type LambdaHttpEvent,
  type LambdaHttpResult,
  type LambdaOptions,
  lambdaOptionsSchema,
  resolveLambdaOptions,
  toRegistryRequest,
  zipHandler,
} from './lambda/index.js';
export { optionsSchema, PLUGIN_NAME, type RegistryOptions, type ResolvedRegistryOptions, resolveOptions } from './options.js';
export { PUSH_CATALOG } from './push/diagnostics.js';
export { REPLAY_CATALOG } from './replay/diagnostics.js';
export { revalidate } from './replay/revalidate.js';
export {
  createDestination,
  createDirectoryStore,
  createEmbeddedStore,
  createRegistry,
  createSchemaStore,
  type Destination,
  type ErrorRecord,
  type InvalidRecord,
  openRegistry,
  parseWriteKeys,
  type Registry,
  type RegistryRequest,
  type RegistryResponse,
  type RegistrySettings,
  resolveSettings,
  type SchemaStore,
} from './runtime/index.js';

/**
 * `reflekt push registry`: uploads the plan's schemas, validators and manifest to S3. The AWS
 * SDK is loaded only when this runs, so builds never pay for importing it.
 */
export async function pushRegistry(...args: Parameters<typeof import('./push/push.js').pushRegistry>): Promise<void> {
  await (await import('./push/push.js')).pushRegistry(...args);
}

/** `reflekt replay` (see {@link pushRegistry} on why it is loaded on demand). */
export async function runReplay(
  ...args: Parameters<typeof import('./replay/tap.js').runReplay>
): ReturnType<typeof import('./replay/tap.js').runReplay> {
  return (await import('./replay/tap.js')).runReplay(...args);
}

/** `reflekt deploy`: uploads the zip and creates or updates the stack (see {@link pushRegistry}). */
export async function deployRegistry(
  ...args: Parameters<typeof import('./deploy/deploy.js').deployRegistry>
): ReturnType<typeof import('./deploy/deploy.js').deployRegistry> {
  return (await import('./deploy/deploy.js')).deployRegistry(...args);
}

export type { ValidateFunction, ValidatorError, ValidatorModule } from './runtime/types.js';
export { createS3Client, describeS3Error, type S3Settings, s3ClientConfig } from './s3/index.js';
export { SERVE_CATALOG, type ServeOptions, serveOptionsSchema } from './serve/index.js';
export { type RegistryServer, startRegistryServer } from './server/index.js';

/**
 * The plugin factory. Options are checked when the config loads (RK7005 on a mistake).
 * `reflekt build` writes the schemas, validators and manifest to `<outDir of the build>/<options.outDir>`;
 * `reflekt push registry` uploads them to `options.s3`.
 */
export default function registry(options?: RegistryOptions): ReflektPlugin {
  const resolved = resolveOptions(options);
  return {
    name: PLUGIN_NAME,
    cacheKey: pluginCacheKey(import.meta.url, resolved),
    apply(compiler) {
      compiler.hooks.emit.tapPromise(PLUGIN_NAME, (ctx) => emitSchemas(ctx, resolved));
      compiler.hooks.deploy.tapPromise(PLUGIN_NAME, async (ctx) => {
        if (ctx.command !== 'push' || ctx.target !== 'registry') return undefined;
        await pushRegistry(ctx, resolved);
        return true;
      });
      tapLambda(compiler, PLUGIN_NAME, resolved);
      compiler.hooks.command.tapPromise(PLUGIN_NAME, (ctx) =>
        runServe(ctx, {
          serve: resolved.serve ?? {},
          schemasOutDir: resolved.outDir,
          ...(resolved.s3 === undefined ? {} : { s3: resolved.s3 }),
        }),
      );
      compiler.hooks.command.tapPromise(PLUGIN_NAME, async (ctx) => {
        if (ctx.command !== 'replay' || ctx.target !== 'registry') return undefined;
        const { runReplay } = await import('./replay/tap.js');
        return runReplay(ctx, {
          serve: resolved.serve ?? {},
          schemasOutDir: resolved.outDir,
          ...(resolved.s3 === undefined ? {} : { s3: resolved.s3 }),
        });
      });
    },
  };
}
