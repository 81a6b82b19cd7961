/**
 * @packageDocumentation
 * `@reflekt/plugin-types`: typed tracking functions from a Reflekt tracking plan. One plain,
 * tree-shakable function per event and major version (`orderCompleted`, `orderCompletedV2`),
 * plus `identify`, `page`, `screen` and `group`, typed by json-schema-to-typescript with closed
 * objects and literal unions, sending `schema_id` with every call through one injected adapter.
 *
 * ```ts
 * import { defineConfig } from '@reflekt/compiler';
 * import types from '@reflekt/plugin-types';
 *
 * export default defineConfig({ plugins: [types({ target: 'node', validate: 'warn' })] });
 * ```
 */
import { pluginCacheKey, type ReflektPlugin } from '@reflekt/compiler';
import { reportProblems, TYPES_CATALOG } from './diagnostics.js';
import { emitTypes } from './emit.js';
import { JsEmitError } from './js-emit.js';
import { PLUGIN_NAME, resolveOptions, type TypesOptions } from './options.js';

export { TYPES_CATALOG } from './diagnostics.js';
export { type EmitProblem, type EmitResult, type EmittedFile, emitTypes } from './emit.js';
export { optionsSchema, PLUGIN_NAME, type ResolvedTypesOptions, resolveOptions, type TypesOptions } from './options.js';

/**
 * The plugin factory. Options are checked when the config loads (RK7005 on a mistake); the
 * files land in `<outDir of the build>/<options.outDir>` (`artifacts/types/` by default).
 */
export default function types(options?: TypesOptions): ReflektPlugin {
  const resolved = resolveOptions(options);
  return {
    name: PLUGIN_NAME,
    cacheKey: pluginCacheKey(import.meta.url, resolved),
    apply(compiler) {
      compiler.hooks.emit.tapPromise(PLUGIN_NAME, async (ctx) => {
        let result: Awaited<ReturnType<typeof emitTypes>>;
        try {
          result = await emitTypes(ctx.plan, resolved);
        } catch (error) {
          if (!(error instanceof JsEmitError)) throw error;
          ctx.diagnostics.reportWith('RK4105', TYPES_CATALOG.RK4105, { detail: error.message });
          return;
        }
        reportProblems(ctx.diagnostics, result.problems);
        for (const file of result.files) ctx.emitFile(file.path, file.contents);
      });
    },
  };
}
