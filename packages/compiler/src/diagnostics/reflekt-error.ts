import type { Diagnostic } from './types.js';

/** Exit codes of the CLI, as DESIGN.md fixes them. */
export const ExitCode = {
  ok: 0,
  diagnostics: 1,
  usage: 2,
  internal: 3,
} as const;

/**
 * A user-facing failure that stops a command: it carries diagnostics to print and the exit code
 * to end with. Anything else that is thrown is a bug (exit 3).
 */
export class ReflektError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  readonly exitCode: number;

  constructor(diagnostics: readonly Diagnostic[], exitCode: number = ExitCode.diagnostics) {
    super(diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
    this.name = 'ReflektError';
    this.diagnostics = diagnostics;
    this.exitCode = exitCode;
  }
}
