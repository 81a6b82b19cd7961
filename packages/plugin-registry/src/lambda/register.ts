import type { Compiler } from '@reflekt/compiler';
import type { S3Settings } from '../s3/settings.js';
import { type LambdaOptions, resolveLambdaOptions } from './options.js';
import { emitLambdaArtifacts } from './tap.js';

/** The plugin options the Lambda part reads. */
export interface LambdaPluginOptions {
  /** Absent: no Lambda artifacts are built (`{}` builds them with the defaults). */
  readonly lambda?: LambdaOptions | undefined;
  readonly s3?: (S3Settings & { readonly prefix?: string }) | undefined;
}

/** `s3://bucket/prefix` of the plugin's `s3` option: where `reflekt push registry` puts the validators. */
function pushedSchemas(s3: LambdaPluginOptions['s3']): string | undefined {
  if (!s3) return undefined;
  const prefix = s3.prefix ?? 'schemas';
  return `s3://${s3.bucket}${prefix === '' ? '' : `/${prefix}`}`;
}

/**
 * Taps the Lambda part of the plugin, when the `lambda` option is set: `emit` builds
 * `registry/handler.mjs`, `handler.zip` and `template.json`; `deploy` handles
 * `reflekt deploy [registry]`. The stack is named after the plan (`config.name`).
 */
export function tapLambda(compiler: Compiler, name: string, options: LambdaPluginOptions): void {
  if (options.lambda === undefined) return;
  const lambda = options.lambda;
  const resolve = (planName: string) => resolveLambdaOptions(lambda, planName, pushedSchemas(options.s3));
  compiler.hooks.emit.tapPromise(name, (ctx) => emitLambdaArtifacts(ctx, resolve(ctx.config.name)));
  compiler.hooks.deploy.tapPromise(name, async (ctx) => {
    if (ctx.command !== 'deploy' || ctx.target !== 'registry') return undefined;
    // Loaded on demand: a build never pays for importing the AWS SDK.
    const { deployRegistry } = await import('../deploy/deploy.js');
    await deployRegistry(ctx, { lambda: resolve(ctx.config.name), s3: options.s3 });
    return true;
  });
}
