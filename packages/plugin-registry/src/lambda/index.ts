export { BUNDLE_SIZE_LIMIT, bundleLambda, type EmbeddedValidatorSources, lambdaEntryPath } from './bundle.js';
export { emfLine, type InvocationMetrics, METRIC_NAMES, METRICS_NAMESPACE } from './emf.js';
export { type LambdaHttpEvent, type LambdaHttpResult, toLambdaResult, toRegistryRequest } from './event.js';
export { createLambdaHandler, type LambdaHandler, type LambdaSetup } from './handler.js';
export {
  type LambdaAlarmOptions,
  type LambdaOptions,
  lambdaOptionsSchema,
  type ResolvedLambdaOptions,
  resolveLambdaOptions,
} from './options.js';
export { embeddedValidators, emitLambdaArtifacts } from './tap.js';
export { zipHandler } from './zip.js';
