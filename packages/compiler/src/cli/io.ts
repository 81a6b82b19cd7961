/** Where the CLI writes and what it knows about its terminal; injectable for tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colors, progress). */
  readonly isTTY: boolean;
  /**
   * Stops long-running commands (`serve`) when aborted. Without one, those commands stop on
   * SIGINT/SIGTERM.
   */
  readonly signal?: AbortSignal;
}

/** The real process's IO. */
export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
}
