/**
 * The registry runtime: a transport-free core (`createRegistry`) that the `node:http` server
 * and the Lambda handler adapt, schema stores, destinations and settings. Nothing here
 * imports Ajv or loads the AWS SDK unless an `s3://` location is used.
 *
 * @module
 */
export { type Classified, type ClassifyContext, type ClassifyOptions, classifyEvents, type OutcomeSink } from './classify.js';
export {
  createDestination,
  createFileDestination,
  createS3Destination,
  createSegmentDestination,
  createStdoutDestination,
  createWebhookDestination,
  type PostOptions,
  postWithRetry,
  SEGMENT_BATCH_URL,
  SEGMENT_WRITE_KEY_ENV,
  toJsonArray,
  toNdjson,
} from './destinations/index.js';
export { categoryOf, violationEvents } from './errors.js';
export { DEFAULT_LIMITS, resolveLimits } from './limits.js';
export { RegistryMetrics } from './metrics.js';
export { createRegistry, type Registry, type RegistryOptions } from './registry.js';
export { MESSAGE_TYPES, type MessageType, matchRoute, type Route } from './routes.js';
export { joinKey, lazyS3, parseS3Uri, type S3Access, type S3Location } from './s3-access.js';
export { type MissingSchema, SchemaCache, type SchemaCacheStats } from './schema-cache.js';
export { isSafeSchemaId, validatorPath } from './schema-id.js';
export {
  DEFAULT_SETTINGS,
  type ExplicitSettings,
  openRegistry,
  parseEventSchemas,
  type RegistrySettings,
  resolveSettings,
  SETTINGS_ENV,
} from './settings.js';
export {
  compiledFromModule,
  createDirectoryStore,
  createEmbeddedStore,
  createS3Store,
  createSchemaStore,
  loadValidatorSource,
} from './stores/index.js';
export * from './types.js';
export { createWriteKeys, parseWriteKeys, presentedWriteKey, SettingsError, type WriteKeys } from './write-keys.js';
