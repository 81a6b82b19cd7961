import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import type { ExitBox } from '../main.js';
import { withCommonOptions } from '../options.js';
import { commandRequest, finishCommand, type PluginCommandFlags } from './plugin-command.js';
import { runProject } from './run-project.js';

interface PushFlags extends PluginCommandFlags {
  readonly plan?: string;
  readonly force?: boolean;
  readonly mode?: string;
}

/**
 * `reflekt push <target>`: lint the plan, then hand it to the plugin that publishes to
 * `target` (Segment Protocols, the registry's S3 bucket). A plan that fails lint is never pushed.
 */
export function registerPush(program: Command, io: CliIO, exit: ExitBox): void {
  withCommonOptions(
    program
      .command('push')
      .argument('<target>', 'where to publish: `segment` (Protocols), `registry` (schemas + validators to S3)')
      .description('publish the plan after it lints clean (`--dry-run` shows what would change)')
      .option('--plan <id|name>', 'the remote plan to update (Segment: tracking plan id or name)')
      .option('--mode <mode>', 'how to apply the change where the target offers a choice (Segment: `upsert` or `replace`)')
      .option('--force', 'overwrite published versions whose content changed (registry)')
      .option('--dry-run', 'change nothing; print what would change'),
  ).action(async (target: string, flags: PushFlags) => {
    exit.code = await runProject(flags, io, async (compiler, reporter) => {
      const plan = await compiler.lint();
      const errors = compiler.diagnostics.counts().error;
      if (errors > 0) {
        compiler.diagnostics.report('RK5005', { command: 'push', target, errors });
        return finishCommand(compiler, reporter, { handled: true, result: undefined }, { command: 'push', target });
      }
      const { request, done } = commandRequest('push', target, flags, io, reporter);
      const outcome = await compiler.deploy(request, plan);
      done();
      return finishCommand(compiler, reporter, outcome, { command: 'push', target });
    });
  });
}
