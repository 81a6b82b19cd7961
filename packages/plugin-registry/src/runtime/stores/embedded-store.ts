import type { CompiledSchema, SchemaStore, ValidatorModule } from '../types.js';
import { compiledFromModule } from './load-module.js';

/**
 * Validators baked into the bundle (the Lambda handler's `embedded` mode): zero reads on the
 * hot path. Modules are checked once, when the store is made.
 */
export function createEmbeddedStore(modules: Readonly<Record<string, ValidatorModule>>, description = 'embedded'): SchemaStore {
  const schemas = new Map<string, CompiledSchema>();
  for (const [id, module] of Object.entries(modules)) schemas.set(id, compiledFromModule(id, module));
  return {
    description,
    async get(id) {
      return schemas.get(id);
    },
  };
}
