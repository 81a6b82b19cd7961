import { randomBytes } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bytesOf } from './hash.js';
import { leafFolders } from './journal.js';
import type { ManifestEntry } from './manifest.js';
import { resolveUnder, STAGING_PREFIX, STATE_DIR } from './paths.js';
import type { PreparedFile } from './plan.js';
import { IO_CONCURRENCY, mapLimit } from './pool.js';

/** Files written to a staging folder, with the manifest entries they will have once moved. */
export interface StagedBuild {
  /** The staging folder's name under `.reflekt/`. */
  readonly staging: string;
  readonly entries: readonly ManifestEntry[];
}

/** A staging failure, naming the file being written when it happened. */
export class StagingError extends Error {
  constructor(
    readonly file: string,
    readonly error: unknown,
  ) {
    super(`${file}: ${(error as Error).message}`);
  }
}

/**
 * Writes every changed file under `<outDir>/.reflekt/staging-<random>/`, on the same file
 * system as the outputs so the later renames are atomic. The mtime recorded for the manifest is
 * the staged file's, which the rename keeps. Nothing outside the staging folder is touched.
 *
 * @throws {@link StagingError} on the first failure, after the calls in flight have settled.
 */
export async function stageFiles(outDir: string, files: readonly PreparedFile[]): Promise<StagedBuild> {
  const staging = `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`;
  const root = path.join(outDir, STATE_DIR, staging);
  try {
    await mkdir(root, { recursive: true });
  } catch (error) {
    throw new StagingError(`${STATE_DIR}/${staging}`, error);
  }
  await mapLimit(leafFolders(files.map((f) => f.path)), IO_CONCURRENCY, async (folder) => {
    try {
      await mkdir(resolveUnder(root, folder), { recursive: true });
    } catch (error) {
      throw new StagingError(folder, error);
    }
  });
  const entries = await mapLimit(files, IO_CONCURRENCY, async (file): Promise<ManifestEntry> => {
    const target = resolveUnder(root, file.path);
    try {
      // `writeFile` + `stat` rather than a FileHandle: two calls instead of four per file.
      await writeFile(target, bytesOf(file.contents));
      const st = await stat(target);
      return { path: file.path, sha256: file.sha256, size: st.size, mtimeMs: st.mtimeMs, plugin: file.plugin };
    } catch (error) {
      throw new StagingError(file.path, error);
    }
  });
  return { staging, entries };
}
