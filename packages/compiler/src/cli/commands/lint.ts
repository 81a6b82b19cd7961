import type { Command } from 'commander';
import { ExitCode } from '../../diagnostics/reflekt-error.js';
import type { CliIO } from '../io.js';
import type { ExitBox } from '../main.js';
import { type CommonOptions, withCommonOptions } from '../options.js';
import { runProject } from './run-project.js';

/** `reflekt lint`: load the plan, run every lint rule, exit 1 on any error. */
export function registerLint(program: Command, io: CliIO, exit: ExitBox): void {
  withCommonOptions(program.command('lint').description('check every schema of the plan against the lint rules')).action(
    async (options: CommonOptions) => {
      exit.code = await runProject(options, io, async (compiler, reporter) => {
        const started = performance.now();
        const plan = await compiler.lint();
        const diagnostics = compiler.diagnostics;
        const counts = diagnostics.counts();
        if (options.format === 'json') {
          reporter.json({ ok: counts.error === 0, events: plan.events.length, summary: counts, diagnostics: diagnostics.all });
        } else {
          reporter.diagnostics(diagnostics.all, compiler.sources);
          const ms = Math.round(performance.now() - started);
          reporter.summary(counts, ` · ${plan.events.length} schema${plan.events.length === 1 ? '' : 's'} linted in ${ms} ms`);
        }
        reporter.profile(compiler.timings);
        return counts.error > 0 ? ExitCode.diagnostics : ExitCode.ok;
      });
    },
  );
}
