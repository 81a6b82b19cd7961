import path from 'node:path';
import { type Command, Option } from 'commander';
import type { CliIO } from './io.js';

/** Output formats of every command. */
export type OutputFormat = 'text' | 'json' | 'github';

/** The flags every command takes. */
export interface CommonOptions {
  readonly cwd?: string;
  readonly config?: string;
  readonly select?: string[];
  readonly out?: string;
  readonly format: OutputFormat;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
  readonly profile?: boolean;
  /** `reflekt build --force`: run every emitter even when the build cache says nothing changed. */
  readonly force?: boolean;
}

/** Adds the common flags to a command. */
export function withCommonOptions(command: Command): Command {
  return command
    .option('-C, --cwd <dir>', 'run as if started in <dir>')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('--select <glob...>', 'only these events (by id, name or file glob)')
    .option('--out <dir>', 'output root (overrides outDir)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('-q, --quiet', 'print errors only')
    .option('--verbose', 'print details, and stack traces of internal errors')
    .option('--profile', 'print the time each plugin spent in each hook');
}

/** The working folder a command runs in. */
export function resolveCwd(options: CommonOptions, io: CliIO): string {
  return path.resolve(io.cwd, options.cwd ?? '.');
}

/** The options to hand to `loadConfig`/`Compiler` from the common flags. */
export function runOptions(options: CommonOptions, io: CliIO) {
  const cwd = resolveCwd(options, io);
  return {
    cwd,
    ...(options.config !== undefined && { configFile: path.resolve(cwd, options.config) }),
    ...(options.out !== undefined && { outDir: path.resolve(cwd, options.out) }),
    ...(options.select !== undefined && { select: options.select }),
    ...(options.force === true && { cache: false }),
  };
}
