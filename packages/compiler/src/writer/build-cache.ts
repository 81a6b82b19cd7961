import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { readJsonFile, writeJsonAtomic } from './atomic-json.js';
import { readManifest } from './manifest.js';
import { JOURNAL_FILE, resolveUnder, STATE_DIR } from './paths.js';
import { statMany } from './stat-many.js';

/** The build cache's file in the output root's state folder. */
const BUILD_CACHE_FILE = 'build-cache.json';

/** What the last successful build recorded. */
interface BuildCacheFile {
  readonly version: 1;
  /** Hash of everything the emitted files depend on (see {@link buildCacheKey}). */
  readonly key: string;
  /** Diagnostics the emitters reported (warnings, infos), shown again when the cache is used. */
  readonly diagnostics: readonly Diagnostic[];
}

/** What a build whose emit is skipped reports as unchanged. */
export interface CachedOutputs {
  readonly unchanged: readonly string[];
  readonly byPlugin: Readonly<Record<string, { readonly written: number; readonly unchanged: number }>>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The hash of everything emitters' output depends on: the plan, the output-shaping config, and
 * each plugin's {@link ReflektPlugin.cacheKey} (its version and options). `undefined` when a
 * plugin has no cache key: a plugin that may depend on something else (a database, the clock)
 * runs on every build.
 */
export function buildCacheKey(parts: {
  readonly plan: unknown;
  readonly config: unknown;
  readonly plugins: readonly { readonly name: string; readonly cacheKey?: string | undefined }[];
}): string | undefined {
  const hash = createHash('sha256');
  for (const plugin of parts.plugins) {
    if (plugin.cacheKey === undefined) return undefined;
    hash.update(`${plugin.name}\0${plugin.cacheKey}\0`);
  }
  hash.update(JSON.stringify(parts.config));
  hash.update('\0');
  hash.update(JSON.stringify(parts.plan));
  return hash.digest('hex');
}

/**
 * The outputs of the last build, when its cache key equals `key` and every file it wrote is
 * still on disk exactly as written (size and mtime, as the writer's manifest recorded them);
 * otherwise `undefined` and the build runs its emitters. An interrupted build (a journal left
 * behind) never counts as cached.
 */
export async function cachedOutputs(outDir: string, key: string): Promise<CachedOutputs | undefined> {
  const root = path.resolve(outDir);
  const read = await readJsonFile(path.join(root, STATE_DIR, BUILD_CACHE_FILE));
  if (read.state !== 'ok') return undefined;
  const cache = read.value as Partial<BuildCacheFile> | null;
  if (cache?.version !== 1 || cache.key !== key || !Array.isArray(cache.diagnostics)) return undefined;
  if (existsSync(path.join(root, STATE_DIR, JOURNAL_FILE))) return undefined;
  const manifest = [...(await readManifest(root)).values()];
  if (manifest.length === 0) return undefined;
  const stats = await statMany(manifest.map((entry) => resolveUnder(root, entry.path)));
  const byPlugin: Record<string, { written: number; unchanged: number }> = {};
  for (let i = 0; i < manifest.length; i++) {
    const entry = manifest[i];
    const stat = stats[i];
    if (entry === undefined || stat === undefined || !stat.isFile() || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) {
      return undefined;
    }
    byPlugin[entry.plugin] ??= { written: 0, unchanged: 0 };
    (byPlugin[entry.plugin] as { unchanged: number }).unchanged++;
  }
  return { unchanged: manifest.map((entry) => entry.path).sort(), byPlugin, diagnostics: cache.diagnostics };
}

/** Records a successful build's key and its emit diagnostics. Failing to write it only costs the next build its shortcut. */
export async function saveBuildCache(outDir: string, key: string | undefined, diagnostics: readonly Diagnostic[]): Promise<void> {
  const file = path.join(path.resolve(outDir), STATE_DIR, BUILD_CACHE_FILE);
  try {
    if (key === undefined) {
      await rm(file, { force: true });
      return;
    }
    const value: BuildCacheFile = { version: 1, key, diagnostics };
    await writeJsonAtomic(file, value);
  } catch {
    // The cache is an optimisation; the build itself succeeded.
  }
}
