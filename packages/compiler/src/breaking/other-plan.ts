import { mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { createDiagnostic } from '../diagnostics/diagnostics.js';
import { ExitCode, ReflektError } from '../diagnostics/reflekt-error.js';
import { GitError, gitTopLevel, materializeTree, resolveCommit } from './git.js';

/** The plan `--against` names, ready to load: a project root on disk and how to name its files. */
export interface OtherPlan {
  /** `git` for a revision, `folder` for a directory. */
  readonly kind: 'git' | 'folder';
  /** `--against` as given. */
  readonly against: string;
  /** The commit a revision resolved to. */
  readonly commit?: string;
  /** The config to load it with: the current one, rebased onto the other project root. */
  readonly config: ResolvedConfig;
  /** How a file of the other plan (relative to its root) is named in reports: `HEAD~1:schemas/…`, `../old/schemas/…`. */
  display(file: string): string;
  /** Removes what was materialized (a temporary folder for a revision). */
  dispose(): Promise<void>;
}

/**
 * Opens the plan to compare with. `against` is a folder when one exists at that path (relative
 * to `cwd`): a copy of the project, read with the current config (its `schemas` folders, taken
 * relative to the project root). Otherwise it is a git revision of the repository the project
 * is in: the files under the `schemas` folders are written, as they are in that commit, into a
 * temporary folder with the same layout (two git processes, whatever the number of files).
 *
 * Plugins are not applied to either plan: the check compares the plan files themselves.
 *
 * @throws {@link ReflektError} (exit 2, RK3007) when `against` is neither a folder nor a revision.
 */
export async function openOtherPlan(config: ResolvedConfig, against: string, cwd: string): Promise<OtherPlan> {
  const folder = path.resolve(cwd, against);
  if (await isDirectory(folder)) {
    return {
      kind: 'folder',
      against,
      config: rebase(config, folder),
      display: (file) => toPosix(path.relative(config.root, path.join(folder, file))),
      dispose: async () => {},
    };
  }
  const fail = (detail: string) => new ReflektError([createDiagnostic('RK3007', { against, detail })], ExitCode.usage);
  let root: string;
  let top: string | undefined;
  try {
    root = await realpath(config.root);
    top = await gitTopLevel(root);
  } catch (error) {
    throw fail(error instanceof GitError ? error.detail : String(error));
  }
  if (!top) throw fail(`it is not a folder, and \`${config.root}\` is not in a git repository`);
  const topReal = await realpath(top);
  let commit: string;
  try {
    commit = await resolveCommit(topReal, against);
  } catch (error) {
    throw fail(error instanceof GitError ? `it is not a folder, and ${error.detail}` : String(error));
  }
  const temp = await mkdtemp(path.join(os.tmpdir(), 'reflekt-breaking-'));
  const projectInRepo = path.relative(topReal, root);
  const otherRoot = path.join(temp, projectInRepo);
  try {
    const paths = config.schemas.map((abs) => toPosix(path.relative(topReal, path.resolve(root, path.relative(config.root, abs)))));
    await materializeTree(
      topReal,
      commit,
      paths.filter((p) => !p.startsWith('..')),
      temp,
    );
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw fail(error instanceof GitError ? error.detail : String(error));
  }
  return {
    kind: 'git',
    against,
    commit,
    config: rebase(config, otherRoot),
    display: (file) => `${against}:${file}`,
    dispose: () => rm(temp, { recursive: true, force: true }),
  };
}

/** The current config with its root (and every path below it) moved to `root`, without plugins. */
function rebase(config: ResolvedConfig, root: string): ResolvedConfig {
  const move = (abs: string) => path.join(root, path.relative(config.root, abs));
  const { configFile: _configFile, metaSchema, ...rest } = config;
  return {
    ...rest,
    root,
    schemas: config.schemas.map(move),
    outDir: move(config.outDir),
    plugins: [],
    ...(metaSchema !== undefined && { metaSchema: move(metaSchema) }),
  };
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
