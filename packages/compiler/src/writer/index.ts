import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult, OutputFile, WriteResult } from '../compiler/contexts.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { applyJournal, type Journal, readJournal, removeLeftovers, writeJournal } from './journal.js';
import { type ManifestEntry, readManifest, writeManifest } from './manifest.js';
import { byPath, isSafeRelativePath, isStatePath, STATE_DIR } from './paths.js';
import { planWrite } from './plan.js';
import { findConflict } from './preflight.js';
import { StagingError, stageFiles } from './stage.js';

export type { Journal } from './journal.js';
export type { ManifestEntry, ManifestFile } from './manifest.js';

/**
 * Compares a build's files with `outDir` without writing anything (`reflekt build --check`):
 * generated code committed to git must equal what a build would produce now. Content is
 * compared byte for byte where the manifest cannot vouch for a file (a fresh clone has none).
 */
export async function checkOutputs(outDir: string, files: readonly OutputFile[], diagnostics: Diagnostics): Promise<CheckResult> {
  const root = path.resolve(outDir);
  if (!checkPaths(files, diagnostics)) return { outDir: root, missing: [], different: [], removed: [] };
  const plan = await planWrite(root, files, await readManifest(root));
  const missing = plan.write.filter((f) => !f.existing).map((f) => f.path);
  const different = plan.write.filter((f) => f.existing).map((f) => f.path);
  return { outDir: root, missing: missing.sort(byPath), different: different.sort(byPath), removed: [...plan.remove].sort(byPath) };
}

/**
 * Writes a build's files into `outDir` atomically: all of them land, or none do.
 *
 * 1. Finish what a crashed earlier run left: a journal is rolled forward, a staging folder
 *    without one is deleted.
 * 2. Plan: unchanged files (same hash as the manifest, same size and mtime on disk) are not
 *    touched; stale files that Reflekt wrote are removed; files it never wrote are never touched.
 * 3. Stage changed files under `.reflekt/staging-<random>/`. A failure here (disk full,
 *    permissions, a file where a folder must go) reports RK4003 and leaves the output as it was.
 * 4. Commit: write `.reflekt/journal.json`, delete stale files, rename staged files into place,
 *    write `.reflekt/manifest.json`, drop the journal.
 *
 * Problems are reported to `diagnostics` (RK4001–RK4006); it throws only on bugs.
 */
export async function writeOutputs(outDir: string, files: readonly OutputFile[], diagnostics: Diagnostics): Promise<WriteResult> {
  const root = path.resolve(outDir);
  const failed: WriteResult = { outDir: root, written: [], unchanged: [], removed: [], byPlugin: {} };
  if (!checkPaths(files, diagnostics)) return failed;
  if (!(await recover(root, diagnostics))) return failed;

  const manifest = await readManifest(root);
  const plan = await planWrite(root, files, manifest);
  for (const p of plan.keptEdited) diagnostics.report('RK4006', { path: p });

  const result = summarize(
    root,
    files,
    plan.write.map((f) => f.path),
    plan.unchanged,
    plan.remove,
  );
  if (plan.write.length === 0 && plan.remove.length === 0) {
    if (plan.manifestChanged) {
      try {
        await writeManifest(root, plan.unchanged);
      } catch (error) {
        diagnostics.report('RK4003', { path: root, detail: describe(`${STATE_DIR}/manifest.json`, error) });
        return failed;
      }
    }
    return result;
  }

  const conflict = await findConflict(root, plan.write, new Set(plan.remove));
  if (conflict) {
    diagnostics.report('RK4003', { path: root, detail: conflict });
    return failed;
  }

  let journal: Journal;
  try {
    const staged = await stageFiles(root, plan.write);
    journal = {
      version: 1,
      staging: staged.staging,
      renames: staged.entries.map((e) => ({ from: `${staged.staging}/${e.path}`, to: e.path })),
      deletions: [...plan.remove].sort(byPath),
      files: [...plan.unchanged, ...staged.entries],
    };
    try {
      await writeJournal(root, journal);
    } catch (error) {
      await rm(path.join(root, STATE_DIR, staged.staging), { recursive: true, force: true }).catch(() => {});
      throw new StagingError(`${STATE_DIR}/journal.json`, error);
    }
  } catch (error) {
    if (!(error instanceof StagingError)) throw error;
    await removeLeftovers(root).catch(() => {});
    diagnostics.report('RK4003', { path: root, detail: describe(error.file, error.error) });
    return failed;
  }

  try {
    await applyJournal(root, journal);
  } catch (error) {
    // Committed but not finished: the journal stays, and the next run completes it.
    diagnostics.report('RK4005', { path: root, detail: describe('', error) });
    return failed;
  }
  return result;
}

/** Rejects paths the writer must not write, before anything is touched. */
function checkPaths(files: readonly OutputFile[], diagnostics: Diagnostics): boolean {
  let ok = true;
  const seen = new Map<string, string>();
  for (const file of files) {
    if (!isSafeRelativePath(file.path)) {
      diagnostics.report('RK4002', { path: file.path }, {}, { plugin: file.plugin });
      ok = false;
    } else if (isStatePath(file.path)) {
      diagnostics.report('RK4004', { path: file.path }, {}, { plugin: file.plugin });
      ok = false;
    } else if (seen.has(file.path)) {
      diagnostics.report('RK4001', { path: file.path, plugins: `${seen.get(file.path)}, ${file.plugin}` });
      ok = false;
    }
    seen.set(file.path, file.plugin);
  }
  return ok;
}

/** Rolls a leftover journal forward and clears staging leftovers; false when that failed. */
async function recover(root: string, diagnostics: Diagnostics): Promise<boolean> {
  const { journal, invalid } = await readJournal(root);
  if (invalid !== undefined) {
    diagnostics.report('RK4005', {
      path: root,
      detail: `\`${STATE_DIR}/journal.json\` of an interrupted build cannot be read (${invalid}); delete it and rebuild`,
    });
    return false;
  }
  if (journal) {
    try {
      await applyJournal(root, journal);
    } catch (error) {
      diagnostics.report('RK4005', { path: root, detail: `completing the interrupted build failed: ${describe('', error)}` });
      return false;
    }
  }
  await removeLeftovers(root);
  return true;
}

function summarize(
  outDir: string,
  files: readonly OutputFile[],
  written: readonly string[],
  unchanged: readonly ManifestEntry[],
  removed: readonly string[],
): WriteResult {
  const pluginOf = new Map(files.map((f) => [f.path, f.plugin]));
  const byPlugin: Record<string, { written: number; unchanged: number }> = {};
  const count = (p: string, key: 'written' | 'unchanged') => {
    const plugin = pluginOf.get(p) ?? 'reflekt';
    byPlugin[plugin] ??= { written: 0, unchanged: 0 };
    byPlugin[plugin][key]++;
  };
  for (const p of written) count(p, 'written');
  for (const e of unchanged) count(e.path, 'unchanged');
  return {
    outDir,
    written: [...written].sort(byPath),
    unchanged: unchanged.map((e) => e.path).sort(byPath),
    removed: [...removed].sort(byPath),
    byPlugin,
  };
}

/** `dbt/x.sql: EACCES (permission denied)`-style detail, without a stack. */
function describe(file: string, error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const what = e?.code ? `${e.code} (${(e.message ?? '').replace(/^[A-Z]+: /, '').replace(/,.*$/, '')})` : String(e?.message ?? error);
  return file ? `\`${file}\`: ${what}` : what;
}
