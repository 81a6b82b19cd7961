/**
 * @packageDocumentation
 * `@reflekt/compiler`: the tracking-plan IR, loaders, config, hooks, diagnostics, lint rules and
 * atomic writer that every Reflekt plugin builds on. Plugins import only from this entry point.
 */

export { build, lint, type RunOptions } from './api.js';
export {
  type ActualBump,
  type BreakingChange,
  type BreakingMode,
  type BreakingOptions,
  type BreakingResult,
  breaking,
  type ChangeKind,
  type ChangePosition,
  type Compatibility,
  type DiffOptions,
  diffSchemas,
  type SchemaChange,
  type SchemaComparison,
  type VersionBump,
} from './breaking/index.js';
export * from './compiler/index.js';
export { defineConfig } from './config/define-config.js';
export { type LoadConfigOptions, loadConfig } from './config/load-config.js';
export type * from './config/types.js';
export { validateOptions } from './config/validate-options.js';
export * from './diagnostics/index.js';
export * from './ir/index.js';
export { type LintRule, lintRules } from './lint/index.js';
export { retryAfterMs } from './net/retry-after.js';
export type { PluginFactory, ReflektPlugin } from './plugin.js';
export { pluginCacheKey } from './plugin-cache-key.js';
export { SourceFiles } from './source/index.js';
