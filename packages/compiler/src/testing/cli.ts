import { run } from '../cli/main.js';

/** What an in-process CLI run printed. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A CLI run still going (`reflekt serve`): its output so far, and its exit code once it ends. */
export interface RunningCli {
  readonly exit: Promise<number>;
  output(): { readonly stdout: string; readonly stderr: string };
}

/** Where and how a CLI run happens. */
export interface CliRunOptions {
  /** The working folder (relative paths on the command line resolve against it). */
  readonly cwd: string;
  /** The whole environment the command sees (secrets, endpoints). @default {} */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Stops a long-running command when aborted. */
  readonly signal?: AbortSignal;
}

/**
 * Starts the real `reflekt` CLI in-process with captured output: not a terminal, so no colors
 * or progress lines. For commands that keep running, poll {@link RunningCli.output}.
 */
export function startCli(argv: readonly string[], options: CliRunOptions): RunningCli {
  let stdout = '';
  let stderr = '';
  const exit = run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd,
    env: options.env ?? {},
    isTTY: false,
    ...(options.signal && { signal: options.signal }),
  });
  return { exit, output: () => ({ stdout, stderr }) };
}

/** Runs the real `reflekt` CLI in-process to its end (see {@link startCli}). */
export async function runCli(argv: readonly string[], options: CliRunOptions): Promise<CliRun> {
  const running = startCli(argv, options);
  const code = await running.exit;
  return { code, ...running.output() };
}
