import path from 'node:path';
import type { Command } from 'commander';
import { writePulledSchemas } from '../../pull/write-pulled-schemas.js';
import type { CliIO } from '../io.js';
import type { ExitBox } from '../main.js';
import { withCommonOptions } from '../options.js';
import { commandRequest, finishCommand, type PluginCommandFlags } from './plugin-command.js';
import { runProject } from './run-project.js';

interface PullFlags extends PluginCommandFlags {
  readonly plan?: string;
  readonly branch?: string;
  readonly file?: string;
  readonly prune?: boolean;
}

/** `reflekt pull <source>`: fetch a plan from Segment Protocols or Avo and write it as schema files. */
export function registerPull(program: Command, io: CliIO, exit: ExitBox): void {
  withCommonOptions(
    program
      .command('pull')
      .argument('<source>', 'where the plan lives: `segment`, `avo`, or another source plugin')
      .description('fetch a tracking plan and write it as schema files (only files that changed)')
      .option('--plan <id|name>', 'the plan to pull (Segment: tracking plan id or name; Avo: the local plan folder)')
      .option('--branch <name>', 'the branch to pull (Avo)')
      .option('--file <path>', 'read an exported plan from this file instead of the API')
      .option('--prune', 'remove schema files of the pulled plan that are no longer in the source')
      .option('--dry-run', 'write nothing; list the files that would change'),
  ).action(async (source: string, flags: PullFlags) => {
    exit.code = await runProject(flags, io, async (compiler, reporter, config) => {
      const { request, done } = commandRequest('pull', source, resolveFileFlag(flags, io), io, reporter);
      const outcome = await compiler.pull(request);
      done();
      let files: Awaited<ReturnType<typeof writePulledSchemas>> | undefined;
      if (outcome.handled && !compiler.diagnostics.hasErrors()) {
        files = await writePulledSchemas(outcome.schemasDir, outcome.schemas, outcome.ownedFolders, compiler.diagnostics, {
          target: source,
          dryRun: flags.dryRun ?? false,
          prune: flags.prune ?? false,
          root: config.root,
        });
      }
      const code = finishCommand(compiler, reporter, outcome, { command: 'pull', target: source }, files ? { files } : {});
      if (files && flags.format === 'text') {
        const where = path.relative(io.cwd, outcome.schemasDir) || '.';
        const verb = flags.dryRun ? 'would write' : 'wrote';
        for (const f of [...files.created, ...files.updated]) if (flags.dryRun || flags.verbose) reporter.info(`  ${verb} ${f}`);
        for (const f of files.removed) reporter.info(`  ${flags.dryRun ? 'would remove' : 'removed'} ${f}`);
        reporter.info(
          `pulled ${outcome.schemas.size} schema${outcome.schemas.size === 1 ? '' : 's'} from ${source} into ${where}: ${files.created.length} new, ${files.updated.length} changed, ${files.unchanged.length} unchanged${files.removed.length ? `, ${files.removed.length} removed` : ''}${flags.dryRun ? ' (dry run: nothing written)' : ''}`,
        );
      }
      return code;
    });
  });
}

/** `--file` is relative to where the command runs, like every path on the command line. */
function resolveFileFlag(flags: PullFlags, io: CliIO): PullFlags {
  if (flags.file === undefined) return flags;
  return { ...flags, file: path.resolve(io.cwd, flags.cwd ?? '.', flags.file) };
}
