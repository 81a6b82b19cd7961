import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { type Finding, finding } from './findings.js';

const run = promisify(execFile);

async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', [...args], { cwd, encoding: 'utf8' });
  return stdout.trim();
}

/**
 * Tags the commit that holds the package with `tag`, so dbt projects can pin `revision: <tag>`.
 *
 * A tag must point at a commit that contains this very package, so nothing is tagged while the
 * package folder has uncommitted changes (the finding says which command to run after the
 * commit). Outside a git repository, or when the tag already names this commit, it does nothing.
 */
export async function tagPackage(packageDir: string, tag: string): Promise<Finding[]> {
  let top: string;
  try {
    top = await git(packageDir, ['rev-parse', '--show-toplevel']);
  } catch {
    return [finding('RK4220', { tag, detail: 'not tagged, the output folder is not in a git repository' })];
  }
  try {
    const dirty = await git(top, ['status', '--porcelain', '--untracked-files=all', '--', packageDir]);
    if (dirty)
      return [
        finding('RK4220', { tag, detail: `not tagged yet, the package has uncommitted changes; commit it, then run \`git tag ${tag}\`` }),
      ];
    const head = await git(top, ['rev-parse', 'HEAD']);
    let existing: string | undefined;
    try {
      existing = await git(top, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
    } catch {
      existing = undefined;
    }
    if (existing === head) return [];
    if (existing) {
      return [
        finding('RK4221', {
          tag,
          detail: `the tag already exists on commit ${existing.slice(0, 12)}, and the package version was not bumped since`,
        }),
      ];
    }
    await git(top, ['tag', tag, head]);
    return [finding('RK4220', { tag, detail: `created on commit ${head.slice(0, 12)}` })];
  } catch (error) {
    return [finding('RK4221', { tag, detail: error instanceof Error ? (error.message.split('\n')[0] ?? 'git failed') : String(error) })];
  }
}
