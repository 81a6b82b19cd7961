import { type Command, Option } from 'commander';
import { checkBreaking } from '../../breaking/check-breaking.js';
import type { BreakingMode } from '../../breaking/types.js';
import { loadConfig } from '../../config/load-config.js';
import type { ResolvedConfig } from '../../config/types.js';
import { ExitCode } from '../../diagnostics/reflekt-error.js';
import type { Diagnostic, Severity } from '../../diagnostics/types.js';
import { handleError } from '../errors.js';
import type { CliIO } from '../io.js';
import type { ExitBox } from '../main.js';
import { type CommonOptions, resolveCwd, runOptions, withCommonOptions } from '../options.js';
import { CliReporter } from '../reporter.js';

interface BreakingCliOptions extends CommonOptions {
  readonly against: string;
  readonly mode: BreakingMode;
}

/**
 * `reflekt breaking --against <ref|dir>`: compare every schema with its previous version, report
 * each change with its compatibility, and exit 1 when a breaking change lacks a new MAJOR version.
 */
export function registerBreaking(program: Command, io: CliIO, exit: ExitBox): void {
  withCommonOptions(
    program
      .command('breaking')
      .description("compare the plan with another version of it and check that every schema's version reflects its changes")
      .requiredOption(
        '--against <ref|dir>',
        'git revision (main, HEAD~1, origin/main, a sha) or folder holding the previous version of the project',
      )
      .addOption(
        new Option('--mode <mode>', 'strict: Confluent semantics; lenient: adding an optional property to an open model is compatible')
          .choices(['strict', 'lenient'])
          .default('strict'),
      ),
  ).action(async (options: BreakingCliOptions) => {
    const reporter = new CliReporter(io, options);
    let config: ResolvedConfig | undefined;
    try {
      const started = performance.now();
      const run = runOptions(options, io);
      config = await loadConfig(run);
      const { result, sources } = await checkBreaking(config, {
        against: options.against,
        mode: options.mode,
        cwd: resolveCwd(options, io),
        ...(run.select !== undefined && { select: run.select }),
      });
      const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
      for (const d of result.diagnostics) counts[d.severity]++;
      const durationMs = Math.round(performance.now() - started);
      if (options.format === 'json') {
        reporter.json({
          ok: result.ok,
          mode: result.mode,
          against: result.against,
          summary: counts,
          schemas: result.schemas,
          changes: result.changes,
          diagnostics: result.diagnostics,
          durationMs,
        });
      } else if (options.format === 'github') {
        reporter.diagnostics(result.diagnostics.map(withPreviousPosition));
      } else {
        reporter.diagnostics(result.diagnostics, sources);
        const count = (status: string) => result.schemas.filter((s) => s.status === status).length;
        const breaking = result.changes.filter((c) => c.breaking).length;
        const compared = result.schemas.length - count('removed');
        reporter.summary(
          counts,
          ` · ${compared} schema${compared === 1 ? '' : 's'} compared with ${result.against.name} (${count('changed')} changed, ${count('added')} added, ${count('removed')} removed; ${result.changes.length} change${result.changes.length === 1 ? '' : 's'}, ${breaking} breaking, ${result.mode} mode) in ${durationMs} ms`,
        );
      }
      exit.code = result.ok ? ExitCode.ok : ExitCode.diagnostics;
    } catch (error) {
      exit.code = handleError(error, reporter, {
        ...(config?.configFile !== undefined && { configFile: config.configFile }),
        ...(config && { root: config.root }),
      });
    }
  });
}

/** Workflow annotations show one position: name the previous one in the message. */
function withPreviousPosition(d: Diagnostic): Diagnostic {
  const before = d.related?.[0];
  if (!before) return d;
  const at = before.range ? `${before.file}:${before.range.start.line}:${before.range.start.column}` : before.file;
  return { ...d, message: `${d.message} (Before: ${at}.)` };
}
