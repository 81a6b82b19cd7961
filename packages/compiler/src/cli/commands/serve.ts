import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import type { ExitBox } from '../main.js';
import { withCommonOptions } from '../options.js';
import { commandRequest, finishCommand, type PluginCommandFlags } from './plugin-command.js';
import { runProject } from './run-project.js';
import { stopSignal } from './stop-signal.js';

interface ServeFlags extends PluginCommandFlags {
  readonly port?: string;
  readonly host?: string;
  readonly schemas?: string;
  readonly valid?: string;
  readonly invalid?: string;
}

/** `reflekt serve`: run the validating registry locally until Ctrl-C. */
export function registerServe(program: Command, io: CliIO, exit: ExitBox): void {
  withCommonOptions(
    program
      .command('serve')
      .description('run the validating registry locally (speaks the Segment tracking API)')
      .option('--port <n>', 'port to listen on (0 picks a free one)')
      .option('--host <address>', 'address to listen on')
      .option('--schemas <dir|s3://bucket/prefix>', 'where the schemas and validators are')
      .option('--valid <destination>', 'where valid events go: file:<path>, stdout:, http(s)://…, segment:, s3://bucket/prefix')
      .option('--invalid <destination>', 'where invalid events go, with their errors (same forms as --valid)'),
  ).action(async (flags: ServeFlags) => {
    const stop = stopSignal(io);
    try {
      exit.code = await runProject(flags, io, async (compiler, reporter) => {
        const { request, done } = commandRequest('serve', 'registry', flags, io, reporter, { signal: stop.signal });
        const outcome = await compiler.runCommand(request);
        done();
        return finishCommand(compiler, reporter, outcome, { command: 'serve', target: 'registry' });
      });
    } finally {
      stop.dispose();
    }
  });
}
