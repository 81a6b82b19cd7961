import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { OutputFile } from '../compiler/contexts.js';
import { bytesOf, sha256, sizeOf } from './hash.js';
import type { ManifestEntry } from './manifest.js';
import { resolveUnder } from './paths.js';
import { IO_CONCURRENCY, mapLimit } from './pool.js';
import { statMany } from './stat-many.js';

/** An output file with its bytes and hash, ready to compare or write. */
export interface PreparedFile {
  readonly path: string;
  readonly plugin: string;
  readonly contents: string | Uint8Array;
  readonly sha256: string;
  /** What is at the target now (`undefined` when nothing, or a parent is not a folder). */
  readonly existing?: Stats;
}

/** What a build has to do in the output folder. */
export interface WritePlan {
  /** Files whose content changed or that do not exist yet. */
  readonly write: readonly PreparedFile[];
  /** Files already on disk with the same content; their (possibly refreshed) manifest entries. */
  readonly unchanged: readonly ManifestEntry[];
  /** Managed files no longer emitted and still as Reflekt wrote them. */
  readonly remove: readonly string[];
  /** Managed files no longer emitted that the user edited: kept, and forgotten by the manifest. */
  readonly keptEdited: readonly string[];
  /** Whether the manifest must be rewritten even if no file changes. */
  readonly manifestChanged: boolean;
}

/**
 * Decides, per file, whether to write, leave alone or remove. A file whose new hash equals the
 * manifest's and whose size and mtime still match the manifest is left alone after a `stat`
 * only; content is read only when the stat differs (someone touched the file) or there is no
 * manifest entry, so a no-op rebuild reads nothing but the manifest.
 */
export async function planWrite(
  outDir: string,
  files: readonly OutputFile[],
  manifest: ReadonlyMap<string, ManifestEntry>,
): Promise<WritePlan> {
  const stats = await statMany(files.map((f) => resolveUnder(outDir, f.path)));
  const write: PreparedFile[] = [];
  const unchanged: ManifestEntry[] = [];
  const toCompare: PreparedFile[] = [];
  let manifestChanged = false;

  files.forEach((file, i) => {
    const existing = stats[i];
    const prepared: PreparedFile = {
      path: file.path,
      plugin: file.plugin,
      contents: file.contents,
      sha256: sha256(file.contents),
      ...(existing && { existing }),
    };
    if (!existing?.isFile()) {
      write.push(prepared);
      return;
    }
    const entry = manifest.get(file.path);
    if (entry && entry.sha256 === prepared.sha256 && entry.size === existing.size && entry.mtimeMs === existing.mtimeMs) {
      if (entry.plugin !== file.plugin) manifestChanged = true;
      unchanged.push(entry.plugin === file.plugin ? entry : { ...entry, plugin: file.plugin });
    } else if (existing.size === sizeOf(file.contents)) {
      toCompare.push(prepared);
    } else {
      write.push(prepared);
    }
  });

  // Touched, or not in the manifest, with the same size: only the content can tell.
  await mapLimit(toCompare, IO_CONCURRENCY, async (file) => {
    const existing = file.existing as Stats;
    if (await sameContent(resolveUnder(outDir, file.path), bytesOf(file.contents))) {
      manifestChanged = true;
      unchanged.push({ path: file.path, sha256: file.sha256, size: existing.size, mtimeMs: existing.mtimeMs, plugin: file.plugin });
    } else {
      write.push(file);
    }
  });

  const emitted = new Set(files.map((f) => f.path));
  const stale = [...manifest.values()].filter((e) => !emitted.has(e.path));
  const staleStats = await statMany(stale.map((e) => resolveUnder(outDir, e.path)));
  const remove: string[] = [];
  const keptEdited: string[] = [];
  await mapLimit(stale, IO_CONCURRENCY, async (entry, i) => {
    manifestChanged = true;
    const existing = staleStats[i];
    if (!existing?.isFile()) return;
    const asWritten = existing.size === entry.size && existing.mtimeMs === entry.mtimeMs;
    if (asWritten || (await hashOf(resolveUnder(outDir, entry.path))) === entry.sha256) remove.push(entry.path);
    else keptEdited.push(entry.path);
  });

  return { write, unchanged, remove, keptEdited, manifestChanged: manifestChanged || write.length > 0 };
}

async function sameContent(file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(await readFile(file));
  } catch {
    return false;
  }
}

async function hashOf(file: string): Promise<string | undefined> {
  try {
    return sha256(await readFile(file));
  } catch {
    return undefined;
  }
}
