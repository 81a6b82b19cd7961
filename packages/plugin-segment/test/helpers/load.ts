import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Compiler, type Diagnostic, loadConfig, type TrackingPlan } from '@reflekt/compiler';

/**
 * Writes schema documents (by path under `schemas/`) into `dir`, a project without plugins, and
 * loads them with the real loaders: what `reflekt lint` would read after a pull.
 */
export async function loadSchemas(
  dir: string,
  documents: ReadonlyMap<string, unknown>,
): Promise<{ plan: TrackingPlan; diagnostics: readonly Diagnostic[] }> {
  await writeFile(path.join(dir, 'reflekt.config.json'), JSON.stringify({ name: 'shop', vendor: 'com.example', schemas: ['schemas'] }));
  for (const [file, document] of documents) {
    const target = path.join(dir, 'schemas', file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(document, null, 2)}\n`);
  }
  const compiler = new Compiler(await loadConfig({ cwd: dir }));
  const plan = await compiler.loadPlan();
  return { plan, diagnostics: compiler.diagnostics.all };
}

/** A small deterministic PRNG (mulberry32), so a failing case can be replayed from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
