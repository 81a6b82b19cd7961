import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import type { ExitBox } from '../main.js';
import { withCommonOptions } from '../options.js';
import { commandRequest, finishCommand, type PluginCommandFlags } from './plugin-command.js';
import { runProject } from './run-project.js';

interface DeployFlags extends PluginCommandFlags {
  readonly stack?: string;
  readonly region?: string;
}

/**
 * `reflekt deploy [target]`: build (every emitter, atomic write), then hand the written
 * artifacts to the plugin that deploys `target` (default: the registry's AWS Lambda stack).
 */
export function registerDeploy(program: Command, io: CliIO, exit: ExitBox): void {
  withCommonOptions(
    program
      .command('deploy')
      .argument('[target]', 'what to deploy', 'registry')
      .description('build, then deploy (default: the validating registry to AWS Lambda)')
      .option('--stack <name>', 'the CloudFormation stack name (overrides the plugin option)')
      .option('--region <region>', 'the AWS region (overrides the plugin option and AWS_REGION)')
      .option('--dry-run', 'deploy nothing; print the changes a deploy would make'),
  ).action(async (target: string, flags: DeployFlags) => {
    exit.code = await runProject(flags, io, async (compiler, reporter) => {
      const build = await compiler.build();
      const errors = compiler.diagnostics.counts().error;
      if (errors > 0 || !build.write) {
        compiler.diagnostics.report('RK5005', { command: 'deploy', target, errors });
        return finishCommand(compiler, reporter, { handled: true, result: undefined }, { command: 'deploy', target });
      }
      const { request, done } = commandRequest('deploy', target, flags, io, reporter);
      const outcome = await compiler.deploy(request, build.plan, build.write);
      done();
      return finishCommand(compiler, reporter, outcome, { command: 'deploy', target });
    });
  });
}
