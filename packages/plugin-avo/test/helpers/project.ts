import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Compiler, type Diagnostic, loadConfig, type PullOutcome } from '@reflekt/compiler';
import { runCli } from '@reflekt/compiler/testing';
import avo, { type AvoOptions } from '../../src/index.js';

/** The plugin's source entry, which the fixture configs import (jiti compiles it). */
const PLUGIN_ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** Credentials the fixture server accepts. */
export const ACCOUNT = { name: 'reflekt-ci_sa_k3J9', secret: 'test-secret-not-real' } as const;

/** The environment a pull runs with. */
export const ENV = { AVO_SERVICE_ACCOUNT_NAME: ACCOUNT.name, AVO_SERVICE_ACCOUNT_SECRET: ACCOUNT.secret };

/** Options that keep tests fast: short waits, same behaviour. */
export const FAST = { retryDelayMs: 10, maxRetryDelayMs: 2000, minIntervalMs: 0, timeoutMs: 5000 } as const;

const created: string[] = [];

/** Removes every project made by {@link makeProject}. */
export async function removeProjects(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export interface ProjectSetup {
  /**
   * The plugin's options in `reflekt.config.ts`, for runs of the CLI. Without them the project
   * gets a plain `reflekt.config.json` (quick to load) and {@link pullDirect} brings the plugin.
   */
  readonly options?: AvoOptions;
  readonly vendor?: string;
  /** Extra files by path relative to the project (`reflekt_project.yml`, schemas, …). */
  readonly files?: Readonly<Record<string, string>>;
}

/** A project in a temporary folder: plan `online_shop`, default conventions, no schemas yet. */
export async function makeProject(setup: ProjectSetup): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'reflekt-avo-'));
  created.push(dir);
  const base = { name: 'online_shop', vendor: setup.vendor ?? 'com.example.shop', schemas: ['schemas'] };
  if (setup.options === undefined) {
    await writeFile(path.join(dir, 'reflekt.config.json'), JSON.stringify(base));
  } else {
    const config = [
      `import avo from ${JSON.stringify(PLUGIN_ENTRY)};`,
      `export default { ...${JSON.stringify(base)}, plugins: [avo(${JSON.stringify(setup.options)})] };`,
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'reflekt.config.ts'), config);
  }
  for (const [file, text] of Object.entries(setup.files ?? {})) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/** What a CLI run printed. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed, under `--format json`. */
  readonly json: { result?: Record<string, unknown>; files?: Record<string, string[]>; diagnostics: Diagnostic[] } | undefined;
}

/** Runs the real CLI in-process in `dir`. */
export async function cli(dir: string, argv: readonly string[], env: Readonly<Record<string, string>> = ENV): Promise<CliRun> {
  const { code, stdout, stderr } = await runCli([...argv, '-C', dir], { cwd: dir, env });
  const json = argv.includes('json') ? (JSON.parse(stdout) as CliRun['json']) : undefined;
  return { code, stdout, stderr, json };
}

/** Runs `Compiler.pull` for `avo` with the plugin built from `options` (no files written). */
export async function pullDirect(
  dir: string,
  options: AvoOptions,
  request: {
    options?: Record<string, unknown>;
    env?: Record<string, string | undefined>;
    signal?: AbortSignal;
    log?: (line: string) => void;
    progress?: (label: string, done: number, total?: number) => void;
  } = {},
): Promise<{ outcome: PullOutcome; diagnostics: readonly Diagnostic[] }> {
  const config = await loadConfig({ cwd: dir });
  const compiler = new Compiler({ ...config, plugins: [avo(options)] });
  const outcome = await compiler.pull({
    command: 'pull',
    target: 'avo',
    options: request.options ?? {},
    env: request.env ?? ENV,
    ...(request.signal && { signal: request.signal }),
    ...(request.log && { log: request.log }),
    ...(request.progress && { progress: request.progress }),
  });
  return { outcome, diagnostics: compiler.diagnostics.all };
}

/** `CODE` per diagnostic, in order. */
export const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => d.code);
