import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LoadContextImpl } from '../../src/compiler/contexts.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { Diagnostics, sortDiagnostics } from '../../src/diagnostics/diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { createPlan } from '../../src/ir/plan.js';
import type { EventSchema, TrackingPlan } from '../../src/ir/types.js';
import { loadLocalPlan } from '../../src/loaders/index.js';
import { SourceFiles } from '../../src/source/source-files.js';
import { testConfig as sharedTestConfig } from '../helpers/config.js';

/** Absolute path of a loader fixture project (an absolute path is taken as it is). */
export function fixture(name: string): string {
  if (path.isAbsolute(name)) return name;
  return fileURLToPath(new URL(`../fixtures/loaders/${name}/`, import.meta.url)).replace(/[\\/]$/, '');
}

/** A minimal resolved config for a project at `root`; `schemas` are relative to it. */
export function testConfig(root: string, options: { name?: string; vendor?: string; schemas?: readonly string[] } = {}): ResolvedConfig {
  return sharedTestConfig(root, {
    name: options.name ?? path.basename(root),
    vendor: options.vendor ?? 'com.example',
    schemas: (options.schemas ?? ['schemas']).map((folder) => path.join(root, folder)),
  });
}

/** What a load produced. */
export interface LoadResult {
  readonly plan: TrackingPlan;
  readonly events: readonly EventSchema[];
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: SourceFiles;
}

/** Runs `loadLocalPlan` on a fixture project, the way the compiler's `load` hook does. */
export async function loadFixture(
  name: string,
  options: { name?: string; vendor?: string; schemas?: readonly string[] } = {},
): Promise<LoadResult> {
  const config = testConfig(fixture(name), options);
  const sources = new SourceFiles(config.root);
  const diagnostics = new Diagnostics(sources).forPlugin('reflekt:loaders');
  const events: EventSchema[] = [];
  const files = new Set<string>();
  await loadLocalPlan(new LoadContextImpl(config, sources, diagnostics, events, files));
  const plan = createPlan({ name: config.name, vendor: config.vendor, events, root: '.', files: [...files] });
  return { plan, events, diagnostics: diagnostics.all, sources };
}

/** `RK1001 error path/to/file.json:7:9`: what a diagnostic is and where it points. */
export function where(d: Diagnostic): string {
  const position = d.range ? `:${d.range.start.line}:${d.range.start.column}` : '';
  return `${d.code} ${d.severity} ${d.file ?? '-'}${position}`;
}

/** The diagnostics as {@link where} lines, sorted by file and position. */
export function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return sortDiagnostics(diagnostics).map(where);
}

/** The plan as the golden files hold it. */
export function serialize(plan: TrackingPlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
