import type { EmitContext, EventSchema } from '@reflekt/compiler';
import { DEPLOY_CATALOG } from '../deploy/diagnostics.js';
import { LAMBDA_OUT_DIR } from '../deploy/paths.js';
import { registryTemplate } from '../deploy/template.js';
import { standaloneCompiler } from '../emit/index.js';
import { BUNDLE_SIZE_LIMIT, bundleLambda, EMBEDDED_BUNDLE_SIZE_LIMIT, type EmbeddedValidatorSources } from './bundle.js';
import type { ResolvedLambdaOptions } from './options.js';
import { zipHandler } from './zip.js';

/**
 * The `emit` part of the Lambda: `registry/handler.mjs` (the esbuild bundle exporting
 * `handler`), `registry/handler.zip` (exactly that file) and `registry/template.json` (the
 * CloudFormation stack). With `embedSchemas`, the plan's validator modules are compiled here and
 * baked into the bundle. Warns when the function would have no schema source or no write keys.
 */
export async function emitLambdaArtifacts(ctx: EmitContext, lambda: ResolvedLambdaOptions): Promise<void> {
  if (!lambda.embedSchemas && !lambda.schemas) ctx.diagnostics.reportWith('RK4352', DEPLOY_CATALOG.RK4352, {});
  if (!lambda.writeKeysParameter) ctx.diagnostics.reportWith('RK4353', DEPLOY_CATALOG.RK4353, {});
  const missing = [
    lambda.valid ? undefined : '`lambda.valid` destination',
    lambda.invalid ? undefined : '`lambda.invalid` destination',
  ].filter(Boolean);
  if (missing.length > 0) ctx.diagnostics.reportWith('RK4354', DEPLOY_CATALOG.RK4354, { missing: missing.join(' and ') });
  let bundle: string;
  try {
    bundle = await bundleLambda(lambda.embedSchemas ? embeddedValidators(ctx.plan.events) : undefined);
  } catch (error) {
    ctx.diagnostics.reportWith('RK4350', DEPLOY_CATALOG.RK4350, { detail: error instanceof Error ? error.message : String(error) });
    return;
  }
  // Embedded validators grow the bundle with the plan (~15 KB per schema); only a runaway size is worth a warning then.
  const size = Buffer.byteLength(bundle);
  const limit = lambda.embedSchemas ? EMBEDDED_BUNDLE_SIZE_LIMIT : BUNDLE_SIZE_LIMIT;
  if (size > limit) ctx.diagnostics.reportWith('RK4351', DEPLOY_CATALOG.RK4351, { size, limit });
  ctx.emitFile(`${LAMBDA_OUT_DIR}/handler.mjs`, bundle);
  ctx.emitFile(`${LAMBDA_OUT_DIR}/handler.zip`, zipHandler(bundle));
  ctx.emitFile(`${LAMBDA_OUT_DIR}/template.json`, `${JSON.stringify(registryTemplate(lambda), null, 2)}\n`);
}

/**
 * Schema id → Ajv standalone sources for every schema of the plan that compiles (the schemas
 * emitter reports the ones that do not).
 */
export function embeddedValidators(events: readonly EventSchema[]): Map<string, EmbeddedValidatorSources> {
  const compiler = standaloneCompiler(events);
  const validators = new Map<string, EmbeddedValidatorSources>();
  for (const event of events) {
    const sources = compiler.compile(event);
    if (sources) validators.set(event.id, { firstError: sources.firstError, allErrors: sources.allErrors });
  }
  return validators;
}
