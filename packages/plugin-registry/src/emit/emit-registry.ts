import type { TrackingPlan } from '@reflekt/compiler';
import { openDiskCache } from './cache.js';
import type { CompileProblem } from './compile.js';
import { AJV_VERSION, compileValidators } from './compile-all.js';
import { sha256 } from './hash.js';
import { buildManifest, type Manifest, type ManifestEntry } from './manifest.js';
import { MANIFEST_FILE, schemaPath, validatorPath } from './paths.js';
import { schemaDocument, versionString } from './schema-document.js';

/** What a file of the registry is. */
export type RegistryFileRole = 'schema' | 'validator' | 'manifest';

/** One file of the schemas folder. */
export interface RegistryFile {
  /** Path relative to the schemas folder (and to the S3 prefix), with `/` separators. */
  readonly path: string;
  readonly role: RegistryFileRole;
  /** The schema id the file belongs to; absent for the manifest. */
  readonly id?: string;
  readonly contents: string;
  /** SHA-256 (hex) of the contents' UTF-8 bytes. */
  readonly sha256: string;
  /** The `Content-Type` it is served with. */
  readonly contentType: string;
}

/** Everything {@link emitRegistry} produced. */
export interface RegistryArtifacts {
  /** Schemas and validators sorted by path, then `manifest.json` last. */
  readonly files: readonly RegistryFile[];
  readonly manifest: Manifest;
  /** Schemas Ajv could not compile (left out of the files) and warnings it gave. */
  readonly problems: readonly CompileProblem[];
}

/** Options of {@link emitRegistry}. */
export interface EmitRegistryOptions {
  /**
   * Folder of the compiled-validator cache (see `defaultCacheDir`); without one, every
   * validator is compiled. The files are the same either way.
   */
  readonly cacheDir?: string;
}

/** `Content-Type` by role. */
export const CONTENT_TYPES: Readonly<Record<RegistryFileRole, string>> = {
  schema: 'application/schema+json',
  validator: 'text/javascript; charset=utf-8',
  manifest: 'application/json',
};

/**
 * The registry's files for a plan, in memory: per schema its JSON Schema document
 * (`<id>`) and a self-contained validator module (`<id without .json>.validate.js`, see
 * `ValidatorModule`), plus `manifest.json`. Deterministic: the same plan gives the same bytes,
 * with or without the cache. Used by the `emit` hook and by `reflekt push registry`, which needs
 * no prior build.
 */
export async function emitRegistry(plan: TrackingPlan, options: EmitRegistryOptions = {}): Promise<RegistryArtifacts> {
  // The cache file (tens of MB for a large plan) is read while the keys and schema documents are computed.
  const cache = options.cacheDir === undefined ? undefined : openDiskCache(options.cacheDir);
  const compiling = compileValidators(plan.events, cache);
  const schemas = new Map(
    plan.events.map((event) => [
      event,
      file('schema', schemaPath(event.id), event.id, `${JSON.stringify(schemaDocument(event), null, 2)}\n`),
    ]),
  );
  const compiled = await compiling;
  const files: RegistryFile[] = [];
  const entries: Array<[string, ManifestEntry]> = [];
  for (const { event, contents, sha256: validatorSha256 } of compiled.validators) {
    const schema = schemas.get(event) as RegistryFile;
    // The validator's hash comes with it (from the cache on a rebuild): hashing 40 MB again would cost a warm rebuild 0.1 s.
    const validator = file('validator', validatorPath(event.id), event.id, contents, validatorSha256);
    files.push(schema, validator);
    entries.push([
      event.id,
      {
        kind: event.kind,
        name: event.name,
        version: versionString(event),
        schema: schema.path,
        validator: validator.path,
        sha256: schema.sha256,
        validatorSha256: validator.sha256,
        ...(event.deprecated === true ? { deprecated: true as const } : {}),
      },
    ]);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest = buildManifest(plan, AJV_VERSION, entries);
  files.push(file('manifest', MANIFEST_FILE, undefined, `${JSON.stringify(manifest, null, 2)}\n`));
  return { files, manifest, problems: compiled.problems };
}

function file(role: RegistryFileRole, path: string, id: string | undefined, contents: string, hash = sha256(contents)): RegistryFile {
  return { path, role, ...(id === undefined ? {} : { id }), contents, sha256: hash, contentType: CONTENT_TYPES[role] };
}
