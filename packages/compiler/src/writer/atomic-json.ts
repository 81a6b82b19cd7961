import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a JSON file by writing a sibling temp file and renaming it over the target, so a
 * reader (or the next run after a crash) sees either the old or the new file, never half of one.
 */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await writeTextAtomic(file, `${JSON.stringify(value, null, 1)}\n`);
}

/** Writes a text file through a sibling temp file and a rename (see {@link writeJsonAtomic}). */
export async function writeTextAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.tmp-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}

/** A JSON state file as read: absent, unreadable, or parsed. */
export type JsonFileState =
  | { readonly state: 'missing' }
  | { readonly state: 'invalid'; readonly reason: string }
  | { readonly state: 'ok'; readonly value: unknown };

/** Reads and parses a JSON file without throwing. */
export async function readJsonFile(file: string): Promise<JsonFileState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: `.reflekt` is not a folder, so there is no state in it (staging will report it).
    if (code === 'ENOENT' || code === 'ENOTDIR') return { state: 'missing' };
    return { state: 'invalid', reason: (error as Error).message };
  }
  try {
    return { state: 'ok', value: JSON.parse(text) };
  } catch (error) {
    return { state: 'invalid', reason: (error as Error).message };
  }
}
