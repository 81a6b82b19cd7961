import { Compiler, type CompilerOptions } from './compiler/compiler.js';
import type { BuildResult } from './compiler/contexts.js';
import { type LoadConfigOptions, loadConfig } from './config/load-config.js';
import type { ResolvedConfig } from './config/types.js';
import type { Diagnostic } from './diagnostics/types.js';
import type { TrackingPlan } from './ir/types.js';

/** Options of the programmatic {@link build} and {@link lint}: where the project is, plus CLI-level flags. */
export interface RunOptions extends LoadConfigOptions, CompilerOptions {}

/**
 * Builds a project as `reflekt build` does: load config, load → validate → emit → write.
 * Throws {@link ReflektError} for config errors; plan problems come back as diagnostics.
 */
export async function build(options: RunOptions): Promise<BuildResult & { readonly config: ResolvedConfig }> {
  const config = await loadConfig(options);
  const compiler = new Compiler(config, options);
  const result = await compiler.build();
  return { ...result, config };
}

/** Lints a project as `reflekt lint` does. */
export async function lint(options: RunOptions): Promise<{
  readonly config: ResolvedConfig;
  readonly plan: TrackingPlan;
  readonly diagnostics: readonly Diagnostic[];
}> {
  const config = await loadConfig(options);
  const compiler = new Compiler(config, options);
  const plan = await compiler.lint();
  return { config, plan, diagnostics: compiler.diagnostics.all };
}
