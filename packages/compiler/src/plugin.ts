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
  apply(compiler: Compiler): void;
}

/** A module default export that makes a plugin from options. */
export type PluginFactory<O = unknown> = (options?: O) => ReflektPlugin;
