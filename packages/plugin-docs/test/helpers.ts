import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic, TrackingPlan } from '@reflekt/compiler';
import { emitFixture, textFilesUnder } from '@reflekt/compiler/testing';
import example from '../../../examples/online-shop/reflekt.config.ts';
import docs, { type DocsOptions } from '../src/index.js';

/** The repository root. */
export const repoRoot = path.resolve(import.meta.dirname, '../../..');
/** The bundled example plan (read, never written). */
export const exampleDir = path.join(repoRoot, 'examples/online-shop');

const made: string[] = [];

/** A copy of `examples/online-shop` (schemas, config as JSON without plugins) in a temporary folder. */
export function copyExample(edit?: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reflekt-docs-'));
  made.push(dir);
  cpSync(path.join(exampleDir, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  const { plugins: _plugins, ...config } = example as Record<string, unknown>;
  writeFileSync(path.join(dir, 'reflekt.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  edit?.(dir);
  return dir;
}

/** Removes every copy made so far. */
export function cleanupCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** What the docs plugin emitted, by path relative to its folder. */
export interface Emitted {
  readonly plan: TrackingPlan;
  readonly files: Map<string, string>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Runs load → validate → emit with only the docs plugin; nothing is written. */
export async function emitDocs(dir: string, options: DocsOptions = {}): Promise<Emitted> {
  const result = await emitFixture(dir, [docs(options)]);
  const files = textFilesUnder(result.files, options.outDir ?? 'docs');
  return { plan: result.plan, files, diagnostics: result.diagnostics };
}

/** Writes emitted files under `dir`. */
export function writeFiles(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [file, text] of files) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
