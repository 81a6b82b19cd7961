import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CloudFormationClient, type Parameter } from '@aws-sdk/client-cloudformation';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { DeployContext } from '@reflekt/compiler';
import type { ResolvedLambdaOptions } from '../lambda/options.js';
import type { S3Settings } from '../s3/settings.js';
import { awsClientConfig, deployRegion } from './aws-config.js';
import { DEPLOY_CATALOG } from './diagnostics.js';
import { LAMBDA_OUT_DIR } from './paths.js';
import { sdkSnippets } from './snippets.js';
import { createOrUpdateStack, type PollSettings, previewChanges, StackFailedError } from './stack.js';
import { OUTPUTS } from './template.js';

/** Polling of CloudFormation: every 5 s (`REFLEKT_DEPLOY_POLL_MS` changes it), for at most 30 minutes. */
const DEFAULT_POLL = { intervalMs: 5000, timeoutMs: 30 * 60_000 };

/** What `reflekt deploy` needs besides the command context. */
export interface DeploySettings {
  readonly lambda: ResolvedLambdaOptions;
  /** The plugin's `s3` option (schema bucket; also the default bucket for the zip). */
  readonly s3: S3Settings | undefined;
  /** Overrides the CloudFormation polling (tests). */
  readonly poll?: Partial<Omit<PollSettings, 'signal'>>;
}

/**
 * `reflekt deploy [registry]`: uploads the built zip to S3 under a content-addressed key, creates
 * or updates the stack from the built template and waits for it, then prints the endpoint and
 * SDK snippets. `--dry-run` uploads nothing and prints the change set instead. `--stack` and
 * `--region` override the options. Problems become RK515x diagnostics.
 */
export async function deployRegistry(ctx: DeployContext, settings: DeploySettings): Promise<void> {
  const artifacts = await readArtifacts(ctx);
  if (!artifacts) return;
  const region = deployRegion(ctx.options.region, settings.lambda.region ?? settings.s3?.region, ctx.env);
  const bucket = settings.lambda.artifactBucket ?? settings.s3?.bucket;
  if (!region)
    return void ctx.diagnostics.reportWith('RK5151', DEPLOY_CATALOG.RK5151, {
      what: 'an AWS region (`--region`, `lambda.region` or AWS_REGION)',
    });
  if (!bucket)
    return void ctx.diagnostics.reportWith('RK5151', DEPLOY_CATALOG.RK5151, {
      what: 'a bucket for the function zip (`lambda.artifactBucket` or `s3.bucket`)',
    });
  const stackName = typeof ctx.options.stack === 'string' && ctx.options.stack !== '' ? ctx.options.stack : settings.lambda.stackName;
  const digest = createHash('sha256').update(artifacts.zip).digest('hex').slice(0, 16);
  const key = `${settings.lambda.artifactPrefix}${settings.lambda.functionName}-${digest}.zip`;
  const parameters: Parameter[] = [
    { ParameterKey: 'CodeBucket', ParameterValue: bucket },
    { ParameterKey: 'CodeKey', ParameterValue: key },
  ];
  const pollMs = Number(ctx.env.REFLEKT_DEPLOY_POLL_MS);
  const poll: PollSettings = { ...DEFAULT_POLL, ...(pollMs > 0 ? { intervalMs: pollMs } : {}), ...settings.poll, signal: ctx.signal };
  const cloudFormation = new CloudFormationClient(awsClientConfig(ctx.env, 'CLOUDFORMATION', region));
  // What was being done when an AWS call fails, for the diagnostic.
  let operation = `the change set of stack ${stackName}`;
  try {
    if (ctx.dryRun) {
      const preview = await previewChanges(cloudFormation, stackName, artifacts.template, parameters, poll);
      ctx.log(`Stack ${stackName} (${region}): ${preview.changeSetType === 'CREATE' ? 'would be created' : 'would be updated'}`);
      for (const change of preview.changes) {
        const replacement =
          change.replacement === 'True' ? ' (replacement)' : change.replacement === 'Conditional' ? ' (may be replaced)' : '';
        ctx.log(`  ${change.action.padEnd(7)} ${change.logicalId} ${change.type}${replacement}`);
      }
      if (preview.changes.length === 0) ctx.log('  no changes');
      ctx.setResult({
        stack: stackName,
        region,
        dryRun: true,
        changeSetType: preview.changeSetType,
        changes: preview.changes,
        codeKey: key,
      });
      return;
    }
    operation = `the upload of s3://${bucket}/${key}`;
    await uploadZip(ctx, settings, region, bucket, key, artifacts.zip);
    operation = `the deployment of stack ${stackName}`;
    ctx.log(`Deploying stack ${stackName} in ${region}…`);
    const outcome = await createOrUpdateStack(cloudFormation, stackName, artifacts.template, parameters, poll);
    const endpoint = outcome.outputs[OUTPUTS.httpApiUrl] ?? outcome.outputs[OUTPUTS.functionUrl];
    ctx.log(`Stack ${stackName}: ${outcome.action} (${outcome.status})`);
    const snippets = endpoint === undefined ? undefined : sdkSnippets(endpoint);
    if (snippets) {
      ctx.log(`Endpoint: ${endpoint}`);
      ctx.log(`\nanalytics.js:\n${snippets.analyticsJs}\n\nanalytics-node:\n${snippets.analyticsNode}`);
    }
    ctx.setResult({
      stack: stackName,
      region,
      action: outcome.action,
      status: outcome.status,
      endpoint,
      snippets,
      outputs: outcome.outputs,
      codeBucket: bucket,
      codeKey: key,
    });
  } catch (error) {
    reportDeployError(ctx, stackName, operation, poll, error);
  } finally {
    cloudFormation.destroy();
  }
}

/** Reads the zip and template the build wrote; RK5150 for each one missing. */
async function readArtifacts(ctx: DeployContext): Promise<{ zip: Uint8Array; template: string } | undefined> {
  const folder = path.join(ctx.config.outDir, LAMBDA_OUT_DIR);
  const read = async (file: string, encoding?: 'utf8') => {
    try {
      return await readFile(path.join(folder, file), encoding);
    } catch {
      ctx.diagnostics.reportWith('RK5150', DEPLOY_CATALOG.RK5150, { file: path.relative(ctx.config.root, path.join(folder, file)) });
      return undefined;
    }
  };
  const zip = await read('handler.zip');
  const template = await read('template.json', 'utf8');
  return zip && typeof template === 'string' ? { zip: zip as Uint8Array, template } : undefined;
}

/** Puts the zip; its key carries the content hash, so an unchanged bundle leaves the function untouched. */
async function uploadZip(
  ctx: DeployContext,
  settings: DeploySettings,
  region: string,
  bucket: string,
  key: string,
  zip: Uint8Array,
): Promise<void> {
  const sameBucket = bucket === settings.s3?.bucket;
  const s3 = new S3Client(
    awsClientConfig(
      ctx.env,
      'S3',
      region,
      sameBucket ? { endpoint: settings.s3?.endpoint, forcePathStyle: settings.s3?.forcePathStyle } : {},
    ),
  );
  try {
    ctx.log(`Uploading s3://${bucket}/${key} (${zip.byteLength} bytes)`);
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: zip, ContentType: 'application/zip' }));
  } finally {
    s3.destroy();
  }
}

function reportDeployError(ctx: DeployContext, stack: string, operation: string, poll: PollSettings, error: unknown): void {
  if (error instanceof StackFailedError) {
    if (error.timedOut) ctx.diagnostics.reportWith('RK5154', DEPLOY_CATALOG.RK5154, { stack, seconds: Math.round(poll.timeoutMs / 1000) });
    else ctx.diagnostics.reportWith('RK5153', DEPLOY_CATALOG.RK5153, { stack, status: error.status, reason: error.reason });
    return;
  }
  if (ctx.signal.aborted) throw error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  ctx.diagnostics.reportWith('RK5152', DEPLOY_CATALOG.RK5152, { operation, detail });
}
