import path from 'node:path';
import { PluginError } from '../compiler/plugin-error.js';
import { createDiagnostic } from '../diagnostics/diagnostics.js';
import { ExitCode, ReflektError } from '../diagnostics/reflekt-error.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { SourceFiles } from '../source/source-files.js';
import type { CliReporter } from './reporter.js';

/**
 * Turns what a command threw into output and an exit code: user mistakes print diagnostics
 * (1, or 2 for usage/config); a plugin that throws is named with plugin and hook (1); anything
 * else is a bug in Reflekt (3).
 */
export function handleError(error: unknown, reporter: CliReporter, context: { configFile?: string; root?: string }): number {
  if (error instanceof ReflektError) {
    report(reporter, error.diagnostics);
    return error.exitCode;
  }
  if (error instanceof PluginError) {
    const cause = error.cause instanceof Error ? error.cause : undefined;
    const diagnostic = pluginFailure(error, context);
    report(reporter, [diagnostic]);
    if (reporter.options.verbose && cause?.stack) reporter.io.stderr(`${cause.stack}\n`);
    return ExitCode.diagnostics;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (reporter.options.format === 'json') reporter.json({ ok: false, internalError: message });
  reporter.io.stderr(`reflekt: internal error: ${message}\n`);
  if (error instanceof Error && error.stack) {
    reporter.io.stderr(
      reporter.options.verbose ? `${error.stack}\n` : 'Run again with --verbose for the stack trace, and please report it.\n',
    );
  }
  return ExitCode.internal;
}

function report(reporter: CliReporter, diagnostics: readonly Diagnostic[]): void {
  if (reporter.options.format === 'json') reporter.json({ ok: false, diagnostics });
  else reporter.diagnostics(diagnostics);
}

/** RK9001 pointing at the config file, at the first mention of the plugin when one is found. */
function pluginFailure(error: PluginError, context: { configFile?: string; root?: string }): Diagnostic {
  const detail = error.cause instanceof Error ? error.cause.message : String(error.cause);
  const params = { plugin: error.plugin, hook: error.hook, detail };
  if (!context.configFile || !context.root) return createDiagnostic('RK9001', params, {}, { plugin: error.plugin });
  const sources = new SourceFiles(context.root);
  const file = path.relative(context.root, context.configFile).split(path.sep).join('/');
  const text = sources.text(file) ?? '';
  const shortName = error.plugin.replace(/^@reflekt\/plugin-/, '');
  let at = text.indexOf(error.plugin);
  let length = error.plugin.length;
  if (at === -1) {
    at = text.search(new RegExp(`\\b${escapeRegExp(shortName)}\\s*\\(`));
    length = shortName.length;
  }
  if (at === -1) {
    // Loaded by path or under another name: point at the plugins list.
    at = text.search(/\bplugins\b/);
    length = 'plugins'.length;
  }
  const range = at === -1 ? undefined : sources.range(file, at, at + length);
  return createDiagnostic('RK9001', params, { file, ...(range && { range }) }, { plugin: error.plugin });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
