import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { type LoadConfigOptions, loadConfig } from '../../src/config/load-config.js';
import { ReflektError } from '../../src/diagnostics/reflekt-error.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

/** The config fixtures folder. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/config/', import.meta.url));

/** Absolute path of a fixture case. */
export const fixture = (name: string): string => path.join(FIXTURES, name);

/** Runs loadConfig, expects a ReflektError, and returns it. */
export async function loadError(options: LoadConfigOptions): Promise<ReflektError> {
  try {
    await loadConfig(options);
  } catch (error) {
    expect(error).toBeInstanceOf(ReflektError);
    return error as ReflektError;
  }
  throw new Error('expected loadConfig to fail');
}

/** `file:line:col CODE message` per diagnostic, for exact assertions. */
export function lines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const at = d.file ? `${d.file}${d.range ? `:${d.range.start.line}:${d.range.start.column}` : ''}` : '-';
    return `${at} ${d.code} ${d.message}`;
  });
}

/** Creates a temporary project from a map of relative path → contents; removed by the returned function. */
export async function tempProject(files: Record<string, string>): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'reflekt-config-'));
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
