import type { Registry } from '../runtime/registry.js';
import { errorResponse } from '../runtime/responses.js';
import type { ValidatorModule } from '../runtime/types.js';
import { emfLine } from './emf.js';
import { type LambdaHttpEvent, type LambdaHttpResult, toLambdaResult, toRegistryRequest } from './event.js';
import { InvocationCounter } from './invocation-counter.js';
import { registryFromEnvironment } from './settings.js';

/** What the Lambda handler is made from. */
export interface LambdaSetup {
  /** The function's environment (`process.env` in Lambda). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Validators baked into the bundle (`REFLEKT_SCHEMAS=embedded`). */
  readonly embedded?: Readonly<Record<string, ValidatorModule>> | undefined;
  /** Where the EMF line and error logs go (default: standard output, which Lambda ships to CloudWatch). */
  readonly log?: (line: string) => void;
}

/** A Lambda handler for Function URL and API Gateway HTTP API events. */
export type LambdaHandler = (event: LambdaHttpEvent) => Promise<LambdaHttpResult>;

/**
 * Makes the handler. The registry is set up once per container, starting right away (during
 * Lambda's init phase); write keys held in SSM or Secrets Manager are fetched then. A failed
 * set-up is answered 503 (the SDKs retry) and tried again on the next invocation. Each
 * invocation is answered exactly as `reflekt serve` answers the same request, then logs one
 * CloudWatch EMF line with its counts.
 */
export function createLambdaHandler(setup: LambdaSetup): LambdaHandler {
  const log = setup.log ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const functionName = setup.env.AWS_LAMBDA_FUNCTION_NAME ?? 'reflekt-registry';
  const counter = new InvocationCounter();
  let ready: Promise<Registry> | undefined;
  const start = (): Promise<Registry> => {
    ready ??= registryFromEnvironment(setup.env, setup.embedded, counter).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
  // Start during init; the handler awaits the same promise (and reports a failure then).
  start().catch(() => {});

  return async (event) => {
    const started = performance.now();
    counter.reset();
    let registry: Registry;
    try {
      registry = await start();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(JSON.stringify({ level: 'error', message: `Registry set-up failed: ${message}` }));
      const origin = toRegistryRequest(event).headers.origin;
      return toLambdaResult(
        errorResponse(503, 'registry_unavailable', `The registry is not configured correctly: ${message}`, origin, { 'retry-after': '5' }),
      );
    }
    const hitsBefore = registry.cache.stats.hits;
    const missesBefore = registry.cache.stats.misses;
    const response = await registry.handle(toRegistryRequest(event));
    try {
      await registry.flush();
    } catch (error) {
      log(
        JSON.stringify({
          level: 'error',
          message: `Flushing the destinations failed: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
    }
    const cache = { hits: registry.cache.stats.hits - hitsBefore, misses: registry.cache.stats.misses - missesBefore };
    log(emfLine(functionName, counter.snapshot(response.status, performance.now() - started, cache), Date.now()));
    return toLambdaResult(response);
  };
}
