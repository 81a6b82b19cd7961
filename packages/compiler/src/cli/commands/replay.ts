import path from 'node:path';
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import type { ExitBox } from '../main.js';
import { withCommonOptions } from '../options.js';
import { commandRequest, finishCommand, type PluginCommandFlags } from './plugin-command.js';
import { runProject } from './run-project.js';
import { stopSignal } from './stop-signal.js';

interface ReplayFlags extends PluginCommandFlags {
  readonly schemas?: string;
  readonly valid?: string;
  readonly invalid?: string;
  readonly schema?: string;
}

/** `reflekt replay <dead-letter>`: re-validate dead-lettered events and forward the now-valid ones. */
export function registerReplay(program: Command, io: CliIO, exit: ExitBox): void {
  withCommonOptions(
    program
      .command('replay')
      .argument('<input>', 'dead-lettered invalid events: an NDJSON file or s3://bucket/prefix')
      .description('re-validate dead-lettered events; forward the now-valid ones with their original messageId')
      .option('--schemas <dir|s3://bucket/prefix>', 'where the current schemas and validators are')
      .option('--schema <id>', 'validate every event against this schema id instead of its own')
      .option('--valid <destination>', 'where now-valid events go')
      .option('--invalid <destination>', 'where still-invalid events are written back')
      .option('--dry-run', 'forward nothing; count events per outcome and error category'),
  ).action(async (input: string, flags: ReplayFlags) => {
    const stop = stopSignal(io);
    try {
      exit.code = await runProject(flags, io, async (compiler, reporter) => {
        const resolved = input.includes('://') ? input : path.resolve(io.cwd, flags.cwd ?? '.', input);
        const { request, done } = commandRequest('replay', 'registry', flags, io, reporter, { args: [resolved], signal: stop.signal });
        const outcome = await compiler.runCommand(request);
        done();
        return finishCommand(compiler, reporter, outcome, { command: 'replay', target: 'registry' });
      });
    } finally {
      stop.dispose();
    }
  });
}
