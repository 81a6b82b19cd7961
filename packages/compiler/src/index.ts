/**
 * @packageDocumentation
 * `@reflekt/compiler`: the tracking-plan IR, loaders, config, hooks, diagnostics, lint rules and
 * atomic writer that every Reflekt plugin builds on. Plugins import only from this entry point.
 */
export * from './ir/index.js';
export * from './diagnostics/index.js';
export * from './compiler/index.js';
export type { ReflektPlugin, PluginFactory } from './plugin.js';
export { defineConfig } from './config/define-config.js';
export type * from './config/types.js';
export { loadConfig, type LoadConfigOptions } from './config/load-config.js';
export { validateOptions } from './config/validate-options.js';
export { SourceFiles } from './source/index.js';
export { lintRules, type LintRule } from './lint/index.js';
export { build, lint, type RunOptions } from './api.js';
