import type { Dirent } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OutputFile } from '../../src/compiler/contexts.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';

/** A temporary output root; `cleanup` removes it (restoring permissions first). */
export async function tempOut(): Promise<{ dir: string; out: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'reflekt-writer-'));
  return { dir, out: path.join(dir, 'artifacts'), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Output files from a `path → contents` map, all from one plugin unless the key says `plugin:path`. */
export function outputs(map: Record<string, string | Uint8Array>, plugin = '@reflekt/plugin-test'): OutputFile[] {
  return Object.entries(map).map(([key, contents]) => {
    const [p, file] = key.includes(':') ? (key.split(':') as [string, string]) : [plugin, key];
    return { path: file, contents, plugin: p };
  });
}

/** Every file under `dir` (relative path → text), `.reflekt/` included when asked. */
export async function tree(dir: string, withState = false): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (sub: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(dir, sub), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (!withState && rel === '.reflekt') continue;
      if (entry.isDirectory()) await walk(rel);
      else out[rel] = await readFile(path.join(dir, rel), 'utf8');
    }
  };
  await walk('');
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Every folder under `dir` (relative), for checking that emptied folders are pruned. */
export async function folders(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (sub: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory() && rel !== '.reflekt') {
        out.push(rel);
        await walk(rel);
      }
    }
  };
  await walk('');
  return out.sort();
}

/** `{ mtimeMs, ino }` of a file. */
export async function identity(file: string): Promise<{ mtimeMs: number; ino: number }> {
  const s = await stat(file);
  return { mtimeMs: s.mtimeMs, ino: s.ino };
}

/** A fresh diagnostics collector. */
export const collector = (): Diagnostics => new Diagnostics();
