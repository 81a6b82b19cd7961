import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { validatorPath } from '../schema-id.js';
import { type SchemaStore, SchemaStoreUnavailableError } from '../types.js';
import { loadValidatorSource } from './load-module.js';

/**
 * Validators from a folder laid out like the build output (`artifacts/schemas`): the schema
 * `shop/Order/1-0.json` is validated by `shop/Order/1-0.validate.js`. Ids are checked by the
 * caller (`isSafeSchemaId`) so they cannot leave the folder; a missing file means an unknown
 * schema, any other read error means the store is unavailable.
 */
export function createDirectoryStore(folder: string, description = folder): SchemaStore {
  const root = path.resolve(folder);
  return {
    description,
    async get(id) {
      const file = path.join(root, validatorPath(id));
      if (!file.startsWith(root + path.sep)) return undefined;
      let source: string;
      try {
        source = await readFile(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw new SchemaStoreUnavailableError(`Cannot read ${file}: ${(error as Error).message}`);
      }
      return loadValidatorSource(id, source);
    },
  };
}
