/**
 * @packageDocumentation
 * Helpers for testing Reflekt plugins against fixture projects: `@reflekt/compiler/testing`.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Compiler } from '../compiler/compiler.js';
import type { OutputFile } from '../compiler/contexts.js';
import { loadConfig } from '../config/load-config.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { TrackingPlan } from '../ir/types.js';
import type { ReflektPlugin } from '../plugin.js';

/** What {@link emitFixture} returns. */
export interface FixtureResult {
  readonly plan: TrackingPlan;
  /** Emitted files by path (nothing is written to disk). */
  readonly files: ReadonlyMap<string, OutputFile>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Loads the fixture project at `dir` with its own config, swaps in `plugins` when given, and
 * runs load → validate → emit without writing — for golden-file tests of emitters.
 */
export async function emitFixture(dir: string, plugins?: readonly ReflektPlugin[]): Promise<FixtureResult> {
  const loaded = await loadConfig({ cwd: dir });
  const config: ResolvedConfig = plugins ? { ...loaded, plugins } : loaded;
  const compiler = new Compiler(config);
  const plan = await compiler.loadPlan();
  await compiler.validate(plan);
  const files = await compiler.emit(plan);
  return { plan, files: new Map(files.map((f) => [f.path, f])), diagnostics: compiler.diagnostics.all };
}

/**
 * The emitted files below `folder` of the output root (all of them for `''`), as text keyed by
 * their path below it — what an emitter's golden tests compare.
 */
export function textFilesUnder(files: ReadonlyMap<string, OutputFile>, folder = ''): Map<string, string> {
  const prefix = folder === '' || folder.endsWith('/') ? folder : `${folder}/`;
  const out = new Map<string, string>();
  for (const [file, output] of files) {
    if (!file.startsWith(prefix)) continue;
    const contents = output.contents;
    out.set(file.slice(prefix.length), typeof contents === 'string' ? contents : Buffer.from(contents).toString('utf8'));
  }
  return out;
}

/** One line per diagnostic, `file:line:col CODE rule-id`, for exact assertions. */
export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const at = d.file ? `${d.file}${d.range ? `:${d.range.start.line}:${d.range.start.column}` : ''}` : '-';
    return [at, d.code, d.ruleId].filter(Boolean).join(' ');
  });
}

/** Makes a temporary folder and removes it after `fn`. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'reflekt-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads every file under `dir` into a map of relative path → text (for comparing outputs). */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (sub: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(rel);
      else out.set(rel, await readFile(path.join(dir, rel), 'utf8'));
    }
  };
  await walk('');
  return out;
}

export { type CliRun, type CliRunOptions, type RunningCli, runCli, startCli } from './cli.js';
