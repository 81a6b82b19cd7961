import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BuildResult, Compiler, type Diagnostic, loadConfig, type TrackingPlan } from '@reflekt/compiler';
import { emitFixture, textFilesUnder } from '@reflekt/compiler/testing';
import example from '../../../../examples/online-shop/reflekt.config.ts';
import dbt, { type DbtOptions } from '../../src/index.js';

/** The repository root. */
export const repoRoot = path.resolve(import.meta.dirname, '../../../..');
/** The bundled example plan (read, never written). */
export const exampleDir = path.join(repoRoot, 'examples/online-shop');

const made: string[] = [];

/**
 * A copy of `examples/online-shop` in a temporary folder: its schemas, and its config as JSON
 * (the same settings, no plugins), so that builds never touch `examples/`.
 */
export function copyExample(edit?: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reflekt-dbt-'));
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

/** What the dbt plugin emitted for a project, by path relative to the package folder. */
export interface Emitted {
  readonly plan: TrackingPlan;
  readonly files: Map<string, string>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Runs load → validate → emit with only the dbt plugin; nothing is written. */
export async function emitDbt(dir: string, options: DbtOptions = {}): Promise<Emitted> {
  const result = await emitFixture(dir, [dbt(options)]);
  // Other outputs of the build (the example writes `ir.json`) are not the plugin's.
  const files = textFilesUnder(result.files, options.outDir ?? `dbt/${options.package ?? 'reflekt_online_shop'}`);
  return { plan: result.plan, files, diagnostics: result.diagnostics };
}

/** An event schema document, loosely typed for edits. */
export interface SchemaDoc {
  description?: string;
  self: Record<string, unknown>;
  properties: Record<string, unknown>;
  [key: string]: unknown;
}

/** Edits a schema file of a copy. */
export function editSchema(dir: string, id: string, edit: (doc: SchemaDoc) => void): void {
  const file = path.join(dir, 'schemas', id);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as SchemaDoc;
  edit(doc);
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}

/** Marks Order Completed 1-0 live again, so that two major versions of it are live. */
export function undeprecateOrderCompletedV1(dir: string): void {
  editSchema(dir, 'online_shop/Order_Completed/1-0.json', (doc) => {
    delete doc.self.deprecated;
  });
}

/** A whole build (load → validate → emit → atomic write → afterWrite) with only the dbt plugin. */
export async function buildDbt(dir: string, options: DbtOptions = {}): Promise<BuildResult> {
  const config = await loadConfig({ cwd: dir });
  const compiler = new Compiler({ ...config, plugins: [dbt(options)] });
  return compiler.build();
}
