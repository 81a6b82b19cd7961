import type { DiagnosticCode, DiagnosticParams } from '../diagnostics/catalog/index.js';
import { createDiagnostic } from '../diagnostics/diagnostics.js';
import { ExitCode, ReflektError } from '../diagnostics/reflekt-error.js';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';

/**
 * A config diagnostic wrapped in the error that stops the command. Config mistakes are usage
 * errors (exit 2), never stack traces.
 */
export function configError<C extends DiagnosticCode>(
  code: C,
  params: DiagnosticParams<C>,
  location: DiagnosticLocation = {},
): ReflektError {
  return new ReflektError([createDiagnostic(code, params, location)], ExitCode.usage);
}

/** Stops with several config diagnostics at once, so the user fixes them in one pass. */
export function configErrors(diagnostics: readonly Diagnostic[]): ReflektError {
  return new ReflektError(diagnostics, ExitCode.usage);
}

/** The message of anything thrown, on one line where possible. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return text.trim().replace(/\s*\n\s*/g, ' ');
}

/**
 * The error as a {@link ReflektError} when it is one, also when it comes from another copy of
 * this package: a TS config evaluated by jiti, or a plugin with its own `@reflekt/compiler`,
 * has its own `ReflektError` class, so `instanceof` alone would miss it.
 */
export function asReflektError(error: unknown): ReflektError | undefined {
  if (error instanceof ReflektError) return error;
  if (!(error instanceof Error) || error.name !== 'ReflektError') return undefined;
  const { diagnostics, exitCode } = error as Partial<ReflektError>;
  if (!Array.isArray(diagnostics) || typeof exitCode !== 'number') return undefined;
  return new ReflektError(diagnostics, exitCode);
}
