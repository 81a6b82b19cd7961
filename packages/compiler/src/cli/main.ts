import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { createDiagnostic } from '../diagnostics/diagnostics.js';
import { ExitCode } from '../diagnostics/reflekt-error.js';
import { formatGithub } from '../reporter/github.js';
import { formatText } from '../reporter/text.js';
import { registerBreaking } from './commands/breaking.js';
import { registerBuild } from './commands/build.js';
import { registerDeploy } from './commands/deploy.js';
import { registerInit } from './commands/init.js';
import { registerLint } from './commands/lint.js';
import { registerNew } from './commands/new.js';
import { registerPull } from './commands/pull.js';
import { registerPush } from './commands/push.js';
import { registerReplay } from './commands/replay.js';
import { registerServe } from './commands/serve.js';
import { type CliIO, processIO } from './io.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Holds the exit code a command action decided on (commander actions cannot return one). */
export interface ExitBox {
  code: number;
}

/**
 * Runs the `reflekt` CLI with `argv` (without `node` and the script) and resolves to the exit
 * code: 0 ok, 1 diagnostics with errors, 2 usage or config error, 3 internal error.
 */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const exit: ExitBox = { code: ExitCode.ok };
  const program = new Command('reflekt')
    .description('Compile analytics tracking plans into dbt packages, typed tracking functions, schemas and a validating registry.')
    .version(`${pkg.version}`, '-v, --version', 'print the version')
    .showHelpAfterError('(run `reflekt --help` for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s) => io.stderr(s),
    });
  registerInit(program, io, exit);
  registerNew(program, io, exit);
  registerLint(program, io, exit);
  registerBuild(program, io, exit);
  registerBreaking(program, io, exit);
  registerPull(program, io, exit);
  registerPush(program, io, exit);
  registerDeploy(program, io, exit);
  registerServe(program, io, exit);
  registerReplay(program, io, exit);
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return ExitCode.ok;
      }
      if (argv.includes('--format') && argv[argv.indexOf('--format') + 1] === 'json') {
        const d = createDiagnostic('RK7007', { detail: error.message.replace(/^error: /, '') });
        io.stdout(`${JSON.stringify({ ok: false, diagnostics: [d] }, null, 2)}\n`);
      } else if (argv.includes('--format') && argv[argv.indexOf('--format') + 1] === 'github') {
        io.stdout(`${formatGithub([createDiagnostic('RK7007', { detail: error.message.replace(/^error: /, '') })])}\n`);
      }
      return ExitCode.usage;
    }
    io.stderr(`reflekt: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return ExitCode.internal;
  }
  return exit.code;
}

/** Renders a usage diagnostic (for commands that validate their own arguments). */
export function usageText(detail: string): string {
  return formatText([createDiagnostic('RK7007', { detail })]);
}
