import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext } from '../compiler/contexts.js';

/** A plan file read from disk. */
export interface PlanFile {
  /** Project-relative path with `/` separators: what the IR and diagnostics name. */
  readonly rel: string;
  /** Path relative to its schemas folder, `/`-separated (what `$id` and Iglu paths are made of). */
  readonly inFolder: string;
  /** The text, without a byte-order mark. */
  readonly text: string;
}

/** A file's project-relative, `/`-separated path. */
export function projectPath(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/** Where one schemas folder is: on disk, and relative to the project. */
export interface SchemasFolder {
  readonly abs: string;
  /** Project-relative, `/`-separated; `''` when the folder is the project root. */
  readonly rel: string;
}

/** Describes a schemas folder for {@link readPlanFile}. */
export function schemasFolder(root: string, abs: string): SchemasFolder {
  return { abs, rel: projectPath(root, abs) };
}

/**
 * Reads one plan file (`inFolder` relative to `folder`) and records it with `ctx.addFile`;
 * reports RK1010 and returns `undefined` when it cannot be read.
 *
 * Reads are synchronous on purpose: for thousands of small schema files a plain `readFileSync`
 * loop is several times faster than promise-based reads through libuv's small thread pool. Paths
 * are joined as strings (Node accepts `/` on every platform), since `path` calls cost more than
 * the read for a small file.
 */
export function readPlanFile(ctx: LoadContext, folder: SchemasFolder, inFolder: string): PlanFile | undefined {
  const rel = folder.rel === '' ? inFolder : `${folder.rel}/${inFolder}`;
  let text: string;
  try {
    text = readFileSync(`${folder.abs}/${inFolder}`, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    ctx.diagnostics.report('RK1010', { path: rel, detail }, { file: rel });
    return undefined;
  }
  // Editors on Windows may save a BOM, which JSON.parse rejects and no position should count.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  ctx.addFile(rel, text);
  return { rel, inFolder, text };
}
