import path from 'node:path';
import { readJsonFile, writeJsonAtomic } from './atomic-json.js';
import { byPath, isSafeRelativePath, isStatePath, MANIFEST_FILE, STATE_DIR } from './paths.js';

/**
 * What the writer remembers about a file it wrote: enough to tell, from a `stat` alone, that
 * the file on disk is still exactly what it wrote (size and mtime match), and from the hash that
 * new content is the same as the old.
 */
export interface ManifestEntry {
  /** Path relative to the output root, `/`-separated. */
  readonly path: string;
  /** Hex SHA-256 of the content. */
  readonly sha256: string;
  readonly size: number;
  /** Modification time after the writer's last write (renames keep it). */
  readonly mtimeMs: number;
  /** The plugin that emitted it. */
  readonly plugin: string;
}

/** The manifest file's shape (`<outDir>/.reflekt/manifest.json`). */
export interface ManifestFile {
  readonly version: 1;
  readonly files: readonly ManifestEntry[];
}

/** The manifest's path in an output root. */
export function manifestPath(outDir: string): string {
  return path.join(outDir, STATE_DIR, MANIFEST_FILE);
}

/**
 * Reads the manifest as a map by path. A missing or unreadable manifest is empty: then no file
 * counts as Reflekt's, so nothing is removed, which is the safe side.
 */
export async function readManifest(outDir: string): Promise<Map<string, ManifestEntry>> {
  const read = await readJsonFile(manifestPath(outDir));
  const entries = new Map<string, ManifestEntry>();
  if (read.state !== 'ok') return entries;
  for (const entry of parseEntries(read.value)) entries.set(entry.path, entry);
  return entries;
}

/** The valid entries of a parsed manifest (or journal) `files` list; anything odd is dropped. */
export function parseEntries(value: unknown): ManifestEntry[] {
  const files = (value as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return [];
  return files.filter(isEntry);
}

function isEntry(e: unknown): e is ManifestEntry {
  if (e === null || typeof e !== 'object') return false;
  const v = e as Record<string, unknown>;
  return (
    typeof v.path === 'string' &&
    isSafeRelativePath(v.path) &&
    !isStatePath(v.path) &&
    typeof v.sha256 === 'string' &&
    typeof v.size === 'number' &&
    typeof v.mtimeMs === 'number' &&
    typeof v.plugin === 'string'
  );
}

/** The manifest document for a set of entries, sorted by path so it diffs cleanly. */
export function manifestDocument(entries: Iterable<ManifestEntry>): ManifestFile {
  const files = [...entries].sort((a, b) => byPath(a.path, b.path));
  return { version: 1, files: files.map((e) => ({ path: e.path, sha256: e.sha256, size: e.size, mtimeMs: e.mtimeMs, plugin: e.plugin })) };
}

/** Writes the manifest atomically. */
export async function writeManifest(outDir: string, entries: Iterable<ManifestEntry>): Promise<void> {
  await writeJsonAtomic(manifestPath(outDir), manifestDocument(entries));
}
