import { type CliRun, runCli } from '../../src/testing/cli.js';

export type { CliRun };

/** Runs the CLI in-process with captured output (no colors, not a TTY). */
export function reflekt(cwd: string, ...argv: string[]): Promise<CliRun> {
  return runCli(argv, { cwd, env: { NO_COLOR: '1' } });
}
