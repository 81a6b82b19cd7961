import type { CliIO } from '../io.js';

/**
 * The signal that stops a long-running command: the IO's own when it has one (tests, embedding),
 * otherwise one aborted by the first SIGINT or SIGTERM.
 */
export function stopSignal(io: CliIO): { readonly signal: AbortSignal; dispose(): void } {
  if (io.signal) return { signal: io.signal, dispose: () => {} };
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}
