import { Compiler } from '../../compiler/compiler.js';
import { loadConfig } from '../../config/load-config.js';
import type { ResolvedConfig } from '../../config/types.js';
import { handleError } from '../errors.js';
import type { CliIO } from '../io.js';
import { type CommonOptions, runOptions } from '../options.js';
import { CliReporter } from '../reporter.js';

/**
 * Shared frame of the project commands: resolve config, make a compiler, run `body`, and map
 * whatever it throws to an exit code.
 */
export async function runProject(
  options: CommonOptions,
  io: CliIO,
  body: (compiler: Compiler, reporter: CliReporter, config: ResolvedConfig) => Promise<number>,
): Promise<number> {
  const reporter = new CliReporter(io, options);
  let config: ResolvedConfig | undefined;
  try {
    const run = runOptions(options, io);
    const loaded = await loadConfig(run);
    config = loaded;
    return await body(new Compiler(loaded, run), reporter, loaded);
  } catch (error) {
    return handleError(error, reporter, {
      ...(config?.configFile !== undefined && { configFile: config.configFile }),
      ...(config && { root: config.root }),
    });
  }
}
