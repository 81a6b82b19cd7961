import { readdir, stat } from 'node:fs/promises';
import { parentsOf, resolveUnder } from './paths.js';
import type { PreparedFile } from './plan.js';
import { statMany } from './stat-many.js';

/**
 * Finds, before anything is staged, a target that a rename could not replace: a folder where a
 * file goes, or a file where a folder is needed. Checking first is what keeps the commit from
 * failing halfway. A stale output that this build removes anyway is not in the way.
 *
 * @returns a sentence naming the conflict, or `undefined` when every target is free.
 */
export async function findConflict(
  outDir: string,
  write: readonly PreparedFile[],
  removed: ReadonlySet<string>,
): Promise<string | undefined> {
  for (const file of write) {
    if (file.existing?.isDirectory() && !(await holdsOnly(outDir, file.path, removed))) {
      return `\`${file.path}\` is a folder, so the file cannot be written there`;
    }
  }
  const folders = new Map<string, string>();
  for (const file of write) for (const parent of parentsOf(file.path)) if (!folders.has(parent)) folders.set(parent, file.path);
  const entries = [...folders];
  const stats = await statMany(entries.map(([folder]) => resolveUnder(outDir, folder)));
  for (const [i, [folder, needer]] of entries.entries()) {
    const existing = stats[i];
    if (!existing || existing.isDirectory() || removed.has(folder)) continue;
    // A symbolic link to a folder is fine (the user may link parts of the output elsewhere).
    if (existing.isSymbolicLink() && (await stat(resolveUnder(outDir, folder)).catch(() => undefined))?.isDirectory()) continue;
    return `\`${folder}\` is a file, so the folder for \`${needer}\` cannot be created`;
  }
  return undefined;
}

/** Whether a folder holds nothing but files this build removes (so it is pruned before the rename). */
async function holdsOnly(outDir: string, folder: string, removed: ReadonlySet<string>): Promise<boolean> {
  const entries = await readdir(resolveUnder(outDir, folder), { withFileTypes: true });
  for (const entry of entries) {
    const rel = `${folder}/${entry.name}`;
    if (entry.isDirectory() ? !(await holdsOnly(outDir, rel, removed)) : !removed.has(rel)) return false;
  }
  return true;
}
