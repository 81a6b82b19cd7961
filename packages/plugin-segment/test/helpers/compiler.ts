import { Compiler, type Diagnostic, loadConfig, type PullOutcome } from '@reflekt/compiler';
import segment, { type SegmentOptions } from '../../src/index.js';

/** Runs `pull segment` through a real {@link Compiler} for the project in `dir` (JSON config, this plugin). */
export async function pullWith(
  dir: string,
  options: SegmentOptions,
  flags: Record<string, unknown>,
  env: Record<string, string> = {},
): Promise<{ outcome: PullOutcome; diagnostics: readonly Diagnostic[]; logs: string[]; progress: string[] }> {
  const config = await loadConfig({ cwd: dir });
  const compiler = new Compiler({ ...config, plugins: [segment(options)] });
  const logs: string[] = [];
  const progress: string[] = [];
  const outcome = await compiler.pull({
    command: 'pull',
    target: 'segment',
    options: flags,
    env,
    log: (line) => logs.push(line),
    progress: (label, done, total) => progress.push(`${label} ${done}/${total ?? '?'}`),
  });
  return { outcome, diagnostics: compiler.diagnostics.all, logs, progress };
}

/** Runs `push segment` through a real {@link Compiler}: the project's plan, linted, handed to this plugin. */
export async function pushWith(
  dir: string,
  options: SegmentOptions,
  flags: Record<string, unknown>,
  env: Record<string, string>,
  dryRun = false,
): Promise<{ diagnostics: readonly Diagnostic[]; logs: string[]; result: Readonly<Record<string, unknown>> | undefined }> {
  const config = await loadConfig({ cwd: dir });
  const compiler = new Compiler({ ...config, plugins: [segment(options)] });
  const plan = await compiler.lint();
  const logs: string[] = [];
  const outcome = await compiler.deploy(
    { command: 'push', target: 'segment', options: flags, env, dryRun, log: (line) => logs.push(line) },
    plan,
  );
  return { diagnostics: compiler.diagnostics.all, logs, result: outcome.result };
}
