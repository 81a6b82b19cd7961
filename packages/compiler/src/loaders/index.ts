import type { LoadContext } from '../compiler/contexts.js';
import { discoverFiles } from './discover.js';
import { loadIgluSchema } from './iglu.js';
import { loadLegacyPlan } from './legacy-yaml.js';
import { readPlanFile, schemasFolder } from './read.js';
import { loadReflektSchema } from './reflekt-schema.js';

/**
 * The built-in `load` tap: reads every plan folder of `ctx.config.schemas` and adds its events.
 *
 * Each folder may hold any mix of the accepted inputs: Reflekt JSON Schema files, the same
 * documents as YAML, Iglu self-describing schemas, and legacy YAML tracking plans. A folder that
 * does not exist is skipped (the default `tracking-plans` rarely does); when no folder holds a
 * single plan file, RK1008 warns. Files are processed in a fixed order (JSON, YAML, Iglu, legacy;
 * each sorted by path), so events and diagnostics come out the same on every machine and the
 * first of two duplicate ids is stable (the compiler reports the second, RK1005).
 *
 * User mistakes never throw: each becomes a diagnostic and, when it leaves no usable event, the
 * file (or legacy list item) is skipped while the others load.
 */
export async function loadLocalPlan(ctx: LoadContext): Promise<void> {
  let found = 0;
  for (const abs of ctx.config.schemas) {
    const files = discoverFiles(abs);
    if (!files) continue;
    const folder = schemasFolder(ctx.config.root, abs);
    for (const rel of files.reflektJson) {
      const file = readPlanFile(ctx, folder, rel);
      if (file) loadReflektSchema(ctx, file, 'json');
    }
    for (const rel of files.reflektYaml) {
      const file = readPlanFile(ctx, folder, rel);
      if (file) loadReflektSchema(ctx, file, 'yaml');
    }
    for (const rel of files.iglu) {
      const file = readPlanFile(ctx, folder, rel);
      if (file) loadIgluSchema(ctx, file);
    }
    for (const plan of files.legacyPlans) loadLegacyPlan(ctx, folder, plan);
    found += files.reflektJson.length + files.reflektYaml.length + files.iglu.length + files.legacyPlans.length;
  }
  if (found === 0) {
    const folders = ctx.config.schemas.map((abs) => schemasFolder(ctx.config.root, abs).rel || '.');
    ctx.diagnostics.report('RK1008', { path: folders.length > 0 ? folders.join('`, `') : 'schemas' });
  }
}
