import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDiagnostic } from '../../diagnostics/diagnostics.js';
import { ExitCode, ReflektError } from '../../diagnostics/reflekt-error.js';

/**
 * Writes scaffolded files under `root`, refusing (RK7008, before writing anything) when any of
 * `mustNotExist` is already there; other existing files are kept and listed as skipped.
 */
export async function writeNewFiles(
  root: string,
  files: Readonly<Record<string, string>>,
  mustNotExist: readonly string[],
): Promise<{ written: string[]; skipped: string[] }> {
  for (const rel of mustNotExist) {
    if (existsSync(path.join(root, rel))) {
      throw new ReflektError([createDiagnostic('RK7008', { path: rel }, { file: rel })], ExitCode.usage);
    }
  }
  const written: string[] = [];
  const skipped: string[] = [];
  for (const [rel, contents] of Object.entries(files)) {
    const target = path.join(root, rel);
    if (existsSync(target)) {
      skipped.push(rel);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents, { flag: 'wx' });
    written.push(rel);
  }
  return { written, skipped };
}
