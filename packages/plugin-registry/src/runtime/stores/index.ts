import path from 'node:path';
import { lazyS3, parseS3Uri } from '../s3-access.js';
import type { RuntimeDeps, SchemaStore } from '../types.js';
import { SettingsError } from '../write-keys.js';
import { createDirectoryStore } from './directory-store.js';
import { createS3Store } from './s3-store.js';

export { createDirectoryStore } from './directory-store.js';
export { createEmbeddedStore } from './embedded-store.js';
export { compiledFromModule, loadValidatorSource } from './load-module.js';
export { createS3Store } from './s3-store.js';

/**
 * The schema store at `location`: `s3://bucket/prefix` or a folder (relative to `deps.cwd`).
 *
 * @throws {SettingsError} for a malformed `s3://` location.
 */
export function createSchemaStore(location: string, deps: RuntimeDeps = {}): SchemaStore {
  if (location.startsWith('s3://')) {
    const parsed = parseS3Uri(location);
    if (parsed === undefined) throw new SettingsError(`Schema location "${location}" is not a valid s3://bucket/prefix URI.`);
    return createS3Store(parsed, lazyS3(deps.s3, deps.timeoutMs));
  }
  const folder = location.startsWith('file:') ? location.slice('file:'.length) : location;
  return createDirectoryStore(path.resolve(deps.cwd ?? process.cwd(), folder), location);
}
