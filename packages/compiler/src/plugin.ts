import type { Compiler } from './compiler/compiler.js';

/**
 * A Reflekt plugin: a name and an `apply` that taps the compiler's hooks. Plugins are made by
 * factories that take (and validate) options:
 *
 * ```ts
 * export default function dbt(options: DbtOptions): ReflektPlugin
 * ```
 *
 * `apply` only taps hooks; it does no I/O. Emitters return files through `ctx.emitFile` and
 * never write them.
 */
export interface ReflektPlugin {
  /** The npm package name (or `package:sub-name`); used as tap name and as the diagnostics' `plugin`. */
  readonly name: string;
  /** Run this plugin's taps before (`pre`) or after (`post`) the others. */
  readonly enforce?: 'pre' | 'post';
  /**
   * Everything besides the plan that this plugin's emitted files depend on (its version and
   * options; see `pluginCacheKey`). When every plugin has one and neither the plan nor any key
   * changed since the last build, and that build's files are untouched on disk, `reflekt build`
   * skips the emitters. Leave it out when the output depends on anything else (a database, the
   * network, the clock): the plugin then runs on every build.
   */
  readonly cacheKey?: string | undefined;
  apply(compiler: Compiler): void;
}

/** A module default export that makes a plugin from options. */
export type PluginFactory<O = unknown> = (options?: O) => ReflektPlugin;
