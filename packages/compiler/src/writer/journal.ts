import { mkdir, readdir, rename, rm, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { readJsonFile, writeJsonAtomic } from './atomic-json.js';
import { type ManifestEntry, parseEntries, writeManifest } from './manifest.js';
import { isSafeRelativePath, isStatePath, JOURNAL_FILE, parentsOf, resolveUnder, STAGING_PREFIX, STATE_DIR } from './paths.js';
import { IO_CONCURRENCY, mapLimit } from './pool.js';

/**
 * The commit record of one build, written before the first output changes. With it, a build
 * interrupted while moving files into place is finished by the next run (roll forward).
 */
export interface Journal {
  readonly version: 1;
  /** The staging folder, relative to `.reflekt/`. */
  readonly staging: string;
  /** Moves to make: `from` relative to `.reflekt/` (inside the staging folder), `to` relative to the output root. */
  readonly renames: readonly { readonly from: string; readonly to: string }[];
  /** Stale outputs to delete, relative to the output root. */
  readonly deletions: readonly string[];
  /** The manifest once the journal is applied. */
  readonly files: readonly ManifestEntry[];
}

/** The journal's path in an output root. */
export function journalPath(outDir: string): string {
  return path.join(outDir, STATE_DIR, JOURNAL_FILE);
}

/** Writes the journal atomically: once it exists, the build is committed. */
export async function writeJournal(outDir: string, journal: Journal): Promise<void> {
  await writeJsonAtomic(journalPath(outDir), journal);
}

/** Reads a leftover journal; `invalid` when it exists but cannot be trusted. */
export async function readJournal(outDir: string): Promise<{ journal?: Journal; invalid?: string }> {
  const read = await readJsonFile(journalPath(outDir));
  if (read.state === 'missing') return {};
  if (read.state === 'invalid') return { invalid: read.reason };
  const v = read.value as Partial<Journal> | null;
  const staging = v?.staging;
  if (
    v?.version !== 1 ||
    typeof staging !== 'string' ||
    !staging.startsWith(STAGING_PREFIX) ||
    !isSafeRelativePath(staging) ||
    staging.includes('/') ||
    !Array.isArray(v.renames) ||
    !Array.isArray(v.deletions) ||
    !v.renames.every(
      (r) => isOutputPath(r?.to) && typeof r.from === 'string' && r.from.startsWith(`${staging}/`) && isSafeRelativePath(r.from),
    ) ||
    !v.deletions.every(isOutputPath)
  ) {
    return { invalid: 'it does not have the journal shape' };
  }
  return { journal: { version: 1, staging, renames: v.renames, deletions: v.deletions, files: parseEntries(v) } };
}

function isOutputPath(p: unknown): p is string {
  return typeof p === 'string' && isSafeRelativePath(p) && !isStatePath(p);
}

/**
 * Applies a journal: deletes stale outputs (pruning folders they leave empty), moves staged
 * files into place, writes the manifest, then drops the journal and the staging folder.
 * Deletions go first so a stale file may give way to a folder of the same name, and the other
 * way round. Every step is idempotent, so applying a journal again after a crash is safe: a
 * staged file that is gone was already moved.
 */
export async function applyJournal(outDir: string, journal: Journal): Promise<void> {
  const state = path.join(outDir, STATE_DIR);
  await mapLimit(journal.deletions, IO_CONCURRENCY, async (p) => {
    await unlink(resolveUnder(outDir, p)).catch(ignore('ENOENT'));
  });
  await pruneEmptyFolders(outDir, journal.deletions);

  await mapLimit(leafFolders(journal.renames.map((r) => r.to)), IO_CONCURRENCY, (f) => mkdir(resolveUnder(outDir, f), { recursive: true }));
  await mapLimit(journal.renames, IO_CONCURRENCY, async (r) => {
    await rename(resolveUnder(state, r.from), resolveUnder(outDir, r.to)).catch(ignore('ENOENT'));
  });

  await writeManifest(outDir, journal.files);
  await unlink(journalPath(outDir)).catch(ignore('ENOENT'));
  await rm(path.join(state, journal.staging), { recursive: true, force: true });
}

/**
 * Removes what a crash can leave in `.reflekt/` besides a journal: staging folders (a build
 * that stopped before committing, so its files are simply dropped) and temp files.
 */
export async function removeLeftovers(outDir: string): Promise<void> {
  const state = path.join(outDir, STATE_DIR);
  let names: string[];
  try {
    names = await readdir(state);
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((n) => n.startsWith(STAGING_PREFIX) || n.includes('.tmp-'))
      .map((n) => rm(path.join(state, n), { recursive: true, force: true })),
  );
}

/**
 * Removes the folders that deleting `removed` left empty, deepest first, up to (not including)
 * the output root. A folder that still holds anything — a user's file, say — stays.
 */
export async function pruneEmptyFolders(outDir: string, removed: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const p of removed) for (const parent of parentsOf(p)) folders.add(parent);
  const deepestFirst = [...folders].sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? -1 : 1));
  for (const folder of deepestFirst) {
    await rmdir(resolveUnder(outDir, folder)).catch(() => {});
  }
}

/**
 * The deepest folders the given files need: creating those with `recursive` creates the rest,
 * so a tree of 10,000 files costs one `mkdir` per leaf folder, not per file.
 */
export function leafFolders(files: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const file of files) {
    const parent = parentsOf(file)[0];
    if (parent !== undefined) folders.add(parent);
  }
  const inner = new Set<string>();
  for (const folder of folders) for (const p of parentsOf(folder)) inner.add(p);
  return [...folders].filter((f) => !inner.has(f));
}

function ignore(code: string) {
  return (error: NodeJS.ErrnoException) => {
    if (error.code !== code) throw error;
  };
}
