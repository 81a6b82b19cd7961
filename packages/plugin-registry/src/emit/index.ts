export { CACHE_FILE, type CachedValidator, cacheKey, defaultCacheDir, openDiskCache, type ValidatorCache } from './cache.js';
export {
  type CompileInput,
  type CompileProblem,
  compileInput,
  type StandaloneCompiler,
  type StandaloneSources,
  standaloneCompiler,
} from './compile.js';
export { AJV_VERSION, type CompiledValidator, type CompiledValidators, compileValidators, TOOLCHAIN } from './compile-all.js';
export { compileInPool, POOL_THRESHOLD, type PoolJob } from './compile-pool.js';
export { EMIT_CATALOG, reportCompileProblems } from './diagnostics.js';
export {
  CONTENT_TYPES,
  type EmitRegistryOptions,
  emitRegistry,
  type RegistryArtifacts,
  type RegistryFile,
  type RegistryFileRole,
} from './emit-registry.js';
export { sha256 } from './hash.js';
export { buildManifest, MANIFEST_VERSION, type Manifest, type ManifestEntry } from './manifest.js';
export { MANIFEST_FILE, schemaPath, validatorPath } from './paths.js';
export { DRAFT_07, SCHEMA_ID_PROPERTY, schemaDocument, versionString, withSchemaId } from './schema-document.js';
export { type CompileStandalone, compileStandalone, STANDALONE_SOURCE, type StandaloneResult } from './standalone-source.js';
export { stripAnnotations } from './strip-annotations.js';
export { emitSchemas } from './tap.js';
