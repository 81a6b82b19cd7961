import type { CommandRequest } from '../../compiler/command-context-impl.js';
import type { PluginCommand } from '../../compiler/command-contexts.js';
import type { Compiler } from '../../compiler/compiler.js';
import { ExitCode } from '../../diagnostics/reflekt-error.js';
import type { CliIO } from '../io.js';
import type { CommonOptions } from '../options.js';
import { ProgressLine } from '../progress.js';
import type { CliReporter } from '../reporter.js';

/** Flags every plugin command takes besides the common ones. */
export interface PluginCommandFlags extends CommonOptions {
  readonly dryRun?: boolean;
}

/** The common flags, which plugins do not see in `ctx.options`. */
const COMMON_FLAGS = new Set(['cwd', 'config', 'select', 'out', 'format', 'quiet', 'verbose', 'profile', 'dryRun']);

/**
 * Builds the request a plugin command hands to the compiler: the command's own flags as
 * `options`, `log` and `progress` wired to the reporter, and a stop signal.
 */
export function commandRequest(
  command: PluginCommand,
  target: string,
  flags: PluginCommandFlags,
  io: CliIO,
  reporter: CliReporter,
  extra: { readonly args?: readonly string[]; readonly signal?: AbortSignal } = {},
): { request: CommandRequest; done(): void } {
  const options = Object.fromEntries(Object.entries(flags).filter(([k, v]) => !COMMON_FLAGS.has(k) && v !== undefined));
  const progress = new ProgressLine(io, reporter.options.format === 'text' && !reporter.options.quiet);
  const request: CommandRequest = {
    command,
    target,
    options,
    dryRun: flags.dryRun ?? false,
    env: io.env,
    ...(extra.args && { args: extra.args }),
    ...(extra.signal && { signal: extra.signal }),
    log: (line) => {
      progress.clear();
      reporter.info(line);
    },
    progress: (label, done, total) => progress.update(label, done, total),
  };
  return { request, done: () => progress.clear() };
}

/**
 * Prints a plugin command's outcome (diagnostics, or the JSON document) and returns its exit
 * code: 2 when no plugin claimed the command (RK5001), 1 with errors, 0 otherwise.
 */
export function finishCommand(
  compiler: Compiler,
  reporter: CliReporter,
  outcome: { readonly handled: boolean; readonly result: Readonly<Record<string, unknown>> | undefined },
  names: { readonly command: PluginCommand; readonly target: string },
  extra: Readonly<Record<string, unknown>> = {},
): number {
  if (!outcome.handled) {
    const plugins = compiler.config.plugins.map((p) => p.name).join(', ');
    compiler.diagnostics.report('RK5001', { ...names, plugins });
  }
  const counts = compiler.diagnostics.counts();
  const code = !outcome.handled ? ExitCode.usage : counts.error > 0 ? ExitCode.diagnostics : ExitCode.ok;
  if (reporter.options.format === 'json') {
    reporter.json({
      ok: code === 0,
      command: names.command,
      target: names.target,
      ...extra,
      ...(outcome.result && { result: outcome.result }),
      summary: counts,
      diagnostics: compiler.diagnostics.all,
    });
  } else {
    reporter.diagnostics(compiler.diagnostics.all, compiler.sources);
  }
  reporter.profile(compiler.timings);
  return code;
}
