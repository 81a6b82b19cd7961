import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fg from 'fast-glob';
import { parse as parseYaml } from 'yaml';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { writeTextAtomic } from '../writer/atomic-json.js';

/** How to write what a pull produced. */
export interface WritePulledOptions {
  /** The source named on the command line, for messages. */
  readonly target: string;
  /** Write nothing; only say what would change. */
  readonly dryRun: boolean;
  /** Remove schema files in owned folders that the pull did not produce. */
  readonly prune: boolean;
  /** The project root, which paths in diagnostics are relative to. */
  readonly root: string;
}

/** What writing a pull did (or would do, under `dryRun`), paths relative to the schemas folder. */
export interface PulledWriteResult {
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Stale files removed (`prune`) or, otherwise, kept and reported. */
  readonly stale: readonly string[];
  readonly removed: readonly string[];
}

const SCHEMA_FILES = ['**/*.json', '**/*.yaml', '**/*.yml'];

/**
 * Writes pulled schema documents under `schemasDir`: only files whose content changed are
 * written (each atomically), and a file whose parsed content already equals the document keeps
 * its local formatting. Files in `ownedFolders` that the pull did not produce are stale: removed
 * with `prune`, reported (RK5003) otherwise.
 */
export async function writePulledSchemas(
  schemasDir: string,
  schemas: ReadonlyMap<string, unknown>,
  ownedFolders: readonly string[],
  diagnostics: Diagnostics,
  options: WritePulledOptions,
): Promise<PulledWriteResult> {
  const created: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const wanted = new Set<string>();
  for (const [relative, document] of [...schemas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const normalized = path.posix.normalize(relative);
    if (normalized.startsWith('../') || normalized === '..' || path.posix.isAbsolute(normalized) || normalized === '.') {
      diagnostics.report('RK5002', { path: relative, target: options.target });
      continue;
    }
    wanted.add(normalized);
    const file = path.join(schemasDir, ...normalized.split('/'));
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const existing = await readExisting(file);
    if (existing !== undefined && (existing === text || sameDocument(existing, file, document))) {
      unchanged.push(normalized);
      continue;
    }
    (existing === undefined ? created : updated).push(normalized);
    if (options.dryRun) continue;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeTextAtomic(file, text);
    } catch (error) {
      diagnostics.report('RK5004', { path: rel(options.root, file), detail: (error as Error).message });
    }
  }
  const { stale, removed } = await staleFiles(schemasDir, ownedFolders, wanted, diagnostics, options);
  return { created, updated, unchanged, stale, removed };
}

async function readExisting(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    // Unreadable counts as absent: writing it then reports what is wrong (RK5004).
    return undefined;
  }
}

/** Whether a file's parsed content equals the document (so only its formatting differs). */
function sameDocument(text: string, file: string, document: unknown): boolean {
  try {
    const parsed = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
    return isDeepStrictEqual(parsed, JSON.parse(JSON.stringify(document)));
  } catch {
    return false;
  }
}

async function staleFiles(
  schemasDir: string,
  ownedFolders: readonly string[],
  wanted: ReadonlySet<string>,
  diagnostics: Diagnostics,
  options: WritePulledOptions,
): Promise<{ stale: string[]; removed: string[] }> {
  const stale: string[] = [];
  const removed: string[] = [];
  for (const folder of ownedFolders) {
    const normalized = path.posix.normalize(folder);
    if (normalized.startsWith('..') || path.posix.isAbsolute(normalized)) continue;
    const found = await fg(SCHEMA_FILES, { cwd: path.join(schemasDir, normalized), dot: false, onlyFiles: true });
    for (const inner of found.sort()) {
      const relative = normalized === '.' ? inner : `${normalized}/${inner}`;
      if (wanted.has(relative)) continue;
      stale.push(relative);
      const file = path.join(schemasDir, ...relative.split('/'));
      if (options.prune) {
        if (!options.dryRun) await rm(file, { force: true });
        removed.push(relative);
      } else {
        diagnostics.report('RK5003', { path: rel(options.root, file), target: options.target }, { file: rel(options.root, file) });
      }
    }
  }
  return { stale, removed };
}

/** A path for diagnostics: relative to the project root, with `/` separators. */
function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
