import { type FileHandle, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CompileInput } from './compile.js';
import { sha256 } from './hash.js';

/** What the cache keeps per compiled event: the validator file as emitted, its SHA-256 and Ajv's warnings. */
export interface CachedValidator {
  readonly contents: string;
  readonly sha256: string;
  readonly warnings: readonly string[];
}

/**
 * Compiled validator files by a hash of everything their bytes depend on, so a rebuild compiles
 * only the schemas that changed. Loaded whole before use; {@link save} writes it back once, when
 * something changed.
 */
export interface ValidatorCache {
  get(key: string): CachedValidator | undefined;
  set(key: string, value: CachedValidator): void;
  /** Writes the entries used by this build (plus older ones, within a size bound) when anything changed. */
  save(): Promise<void>;
}

/** The default cache folder of a project: `<root>/node_modules/.cache/reflekt-registry`. */
export function defaultCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'reflekt-registry');
}

/** The cache file's name in its folder; the version changes with the layout. */
export const CACHE_FILE = 'validators-v1.cache';
/** First line of the file, so anything else (a different layout, a stray file) is never parsed as one. */
const MAGIC = 'reflekt-registry-validators 1';
/**
 * Entries this build did not use are kept (for a branch switch back) only while the file stays
 * under this many characters; entries this build used are always kept.
 */
const MAX_CHARS = 64 * 1024 * 1024;

type Entry = readonly [key: string, length: number, sha256: string, warnings: readonly string[]];

/**
 * A {@link ValidatorCache} in one file of `dir` (created on first save): a header line listing
 * each entry's key, length, hash and warnings, then the validator files back to back. One read
 * and one parse of a small header instead of a file per schema (a thousand opens cost most of a
 * warm rebuild, measured 0.9 s); the validators are slices of the one string read, never
 * copied. Written to a temporary file and renamed, so a crashed build leaves the old file; a file
 * that does not parse or whose lengths do not add up is ignored and replaced. The files are not
 * hashed again on load (that alone would cost a warm rebuild 60 ms at 1,000 events): only an edit
 * by hand that keeps every length could slip through, and `rm -rf node_modules/.cache` undoes it.
 */
export async function openDiskCache(dir: string): Promise<ValidatorCache> {
  const file = path.join(dir, CACHE_FILE);
  const old = parseCache(await readWhole(file));
  const used = new Map<string, CachedValidator>();
  let changed = false;
  return {
    get(key) {
      const hit = old.get(key);
      if (hit !== undefined) used.set(key, hit);
      return hit;
    },
    set(key, value) {
      used.set(key, value);
      changed = true;
    },
    async save() {
      const kept = new Map(used);
      let chars = 0;
      for (const value of kept.values()) chars += value.contents.length;
      for (const [key, value] of old) {
        if (kept.has(key)) continue;
        if (chars + value.contents.length > MAX_CHARS) {
          changed = true;
          continue;
        }
        kept.set(key, value);
        chars += value.contents.length;
      }
      if (!changed) return;
      await mkdir(dir, { recursive: true });
      const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      const entries: Entry[] = [...kept].map(([key, v]) => [key, v.contents.length, v.sha256, v.warnings]);
      try {
        await writeFile(temp, [MAGIC, JSON.stringify(entries), ...[...kept.values()].map((v) => v.contents)].join('\n'));
        await rename(temp, file);
      } catch (error) {
        // A full disk leaves a partial temporary file; the old cache file stays as it was.
        await rm(temp, { force: true });
        throw error;
      }
      changed = false;
    },
  };
}

/**
 * The file's text, or `''` when it cannot be read. One read into one buffer, decoded at once:
 * `readFile` reads in 512 KiB chunks, each waiting for a turn of this thread, which is busy
 * hashing the keys meanwhile, and decodes into a rope that the first slice must flatten again
 * (measured at 1,000 events: 70 ms against 30 ms).
 */
async function readWhole(file: string): Promise<string> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.toString('utf8', 0, filled);
  } catch {
    // Missing or unreadable: compile everything and try to write a new one.
    return '';
  } finally {
    await handle?.close();
  }
}

/** The entries of a cache file's text; none when it is missing, from another layout or damaged. */
function parseCache(text: string): Map<string, CachedValidator> {
  const entries = new Map<string, CachedValidator>();
  const headerEnd = text.indexOf('\n', MAGIC.length + 1);
  if (!text.startsWith(`${MAGIC}\n`) || headerEnd < 0) return entries;
  let list: unknown;
  try {
    list = JSON.parse(text.slice(MAGIC.length + 1, headerEnd));
  } catch {
    return entries;
  }
  if (!Array.isArray(list)) return entries;
  // Each file follows a newline; the lengths must account for every character.
  let at = headerEnd;
  for (const entry of list as unknown[]) {
    if (!isEntry(entry) || text[at] !== '\n') return new Map();
    const [key, length, hash, warnings] = entry;
    entries.set(key, { contents: text.slice(at + 1, at + 1 + length), sha256: hash, warnings });
    at += 1 + length;
  }
  return at === text.length ? entries : new Map();
}

function isEntry(value: unknown): value is Entry {
  if (!Array.isArray(value) || value.length !== 4) return false;
  const [key, length, hash, warnings] = value as unknown[];
  return (
    typeof key === 'string' &&
    typeof length === 'number' &&
    Number.isInteger(length) &&
    length >= 0 &&
    typeof hash === 'string' &&
    Array.isArray(warnings) &&
    warnings.every((w) => typeof w === 'string')
  );
}

/**
 * The cache key of an event's validator file, or `undefined` when it cannot have one: a schema
 * with `$ref`s to other documents compiles differently when they change, so it is always compiled.
 * `toolchain` names the versions of everything that shapes the code (Ajv, ajv-formats, esbuild,
 * this emitter).
 */
export function cacheKey(input: CompileInput, toolchain: string): string | undefined {
  if (input.external) return undefined;
  return sha256(`${toolchain}\n${input.event.id}\n${input.json}`);
}
