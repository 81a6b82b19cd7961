import type { EmitContext } from '@reflekt/compiler';
import { defaultCacheDir } from './cache.js';
import { reportCompileProblems } from './diagnostics.js';
import { emitRegistry } from './emit-registry.js';

/**
 * The `emit` part of the schemas: every file of {@link emitRegistry} under `outDir` of the
 * output root (`artifacts/schemas/` by default), and Ajv's problems as diagnostics. With
 * `cache`, compiled validators are kept in `node_modules/.cache/reflekt-registry` of the project.
 */
export async function emitSchemas(ctx: EmitContext, options: { readonly outDir: string; readonly cache: boolean }): Promise<void> {
  const artifacts = await emitRegistry(ctx.plan, options.cache ? { cacheDir: defaultCacheDir(ctx.config.root) } : {});
  reportCompileProblems(ctx.diagnostics, artifacts.problems);
  for (const file of artifacts.files) ctx.emitFile(`${options.outDir}/${file.path}`, file.contents);
}
