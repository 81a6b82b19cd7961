/**
 * @packageDocumentation
 * `@reflekt/plugin-avo`: `reflekt pull avo [--branch <name>] [--file <export.json>]` fetches a
 * tracking plan from Avo's export API (or reads an export file) and turns every event into a
 * Reflekt schema under `schemas/<plan>/`.
 *
 * ```ts
 * import { defineConfig } from '@reflekt/compiler';
 * import avo from '@reflekt/plugin-avo';
 *
 * export default defineConfig({
 *   vendor: 'com.example',
 *   plugins: [avo({ workspaceId: 'aBcD1234', branches: { staging: 'HqC13KbRJ' } })],
 * });
 * ```
 */
import { pluginCacheKey, type ReflektPlugin } from '@reflekt/compiler';
import { type AvoOptions, PLUGIN_NAME, resolveOptions } from './options.js';
import { pullAvo } from './pull.js';

export { type ExportFailure, type ExportRequest, type ExportResult, exportUrl, fetchExport } from './api/export-client.js';
export type { AvoEvent, AvoExport, AvoNameMapping, AvoPropertyRule } from './avo-model.js';
export { branchId, branchIds, MAIN_BRANCH } from './branches.js';
export { eventFolder, PULLED_VERSION } from './convert/document.js';
export { type MappedName, type MappingScope, mapName } from './convert/name-mapping.js';
export { type Conversion, type ConvertSettings, convertExport } from './convert/plan.js';
export { AVO_CATALOG, type AvoCode, type AvoFinding } from './diagnostics.js';
export { mappingScope } from './mapping-scope.js';
export {
  type AvoOptions,
  DEFAULT_BASE_URL,
  ENV_ACCOUNT_NAME,
  ENV_ACCOUNT_SECRET,
  type FetchFunction,
  optionsSchema,
  PLUGIN_NAME,
  type ResolvedAvoOptions,
  resolveOptions,
} from './options.js';

export { parseExport, type ReadExport, readExport } from './read-export.js';

/** The target name on the command line: `reflekt pull avo`. */
export const PULL_TARGET = 'avo';

/**
 * The plugin factory. Options are checked when the config loads (RK7005 on a mistake); the
 * plugin only answers `reflekt pull avo`.
 */
export default function avo(options?: AvoOptions): ReflektPlugin {
  const resolved = resolveOptions(options);
  return {
    name: PLUGIN_NAME,
    // Emits nothing: pull only, so its options never change a build's files.
    cacheKey: pluginCacheKey(import.meta.url, null),
    apply(compiler) {
      compiler.hooks.pull.tapPromise(PLUGIN_NAME, async (ctx) => {
        if (ctx.target !== PULL_TARGET) return undefined;
        await pullAvo(ctx, resolved);
        return true;
      });
    },
  };
}
