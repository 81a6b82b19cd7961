import type { DiagnosticData } from '@reflekt/compiler';

const entry = <P>(data: DiagnosticData<P>): DiagnosticData<P> => data;

/**
 * Diagnostics of the Lambda bundle (RK435x, `reflekt build`) and of `reflekt deploy` (RK515x).
 * Listed in the package README.
 */
export const DEPLOY_CATALOG = {
  RK4350: entry<{ detail: string }>({
    title: 'registry-bundle-failed',
    severity: 'error',
    message: (p) => `The registry Lambda bundle could not be built: ${p.detail}`,
    hint: 'Reinstall @reflekt/plugin-registry (its dist/lambda/entry.js is bundled) and make sure esbuild is installed next to it.',
    docs: '`reflekt build` bundles the registry runtime with esbuild into artifacts/registry/handler.mjs.',
  }),
  RK4351: entry<{ size: number; limit: number }>({
    title: 'registry-bundle-too-large',
    severity: 'warning',
    message: (p) =>
      `The registry bundle is ${p.size} bytes, more than the ${p.limit} bytes it is meant to stay under; cold starts get slower.`,
    hint: 'With `lambda.embedSchemas`, a large plan makes the bundle grow: leave the option off to load validators from S3 on demand.',
    docs: 'The bundle should stay under 150 KB minified (without the AWS SDK), or 5 MB with embedded validators, to keep Lambda init short.',
  }),
  RK4352: entry<Record<string, never>>({
    title: 'registry-no-schema-source',
    severity: 'warning',
    message: () => 'The registry Lambda has no schema source: neither `lambda.schemas`, the `s3` option nor `lambda.embedSchemas` is set.',
    hint: 'Set `s3: { bucket }` (and run `reflekt push registry`), or `lambda: { embedSchemas: true }`.',
    docs: 'Without a schema source every event is reported as naming an unknown schema.',
  }),
  RK4353: entry<Record<string, never>>({
    title: 'registry-no-write-keys',
    severity: 'warning',
    message: () => 'The registry Lambda has no `lambda.writeKeysParameter`: its endpoint accepts events from anyone who knows the URL.',
    hint: 'Store the write keys in an SSM parameter or a Secrets Manager secret and name it in `lambda.writeKeysParameter`.',
    docs: 'Write keys are read at cold start from SSM Parameter Store or Secrets Manager, never baked into the bundle or the template.',
  }),
  RK4354: entry<{ missing: string }>({
    title: 'registry-no-destination',
    severity: 'warning',
    message: (p) => `The registry Lambda has no ${p.missing}: it will answer every request with 503 until one is set.`,
    hint: 'Set `lambda.valid` and `lambda.invalid` to destination URIs (https://…, segment:, s3://bucket/prefix).',
    docs: 'The function needs both destinations; the defaults of `reflekt serve` (files in artifacts/) do not exist in Lambda.',
  }),
  RK5150: entry<{ file: string }>({
    title: 'deploy-artifact-missing',
    severity: 'error',
    message: (p) => `\`${p.file}\` is missing, so there is nothing to deploy.`,
    hint: 'Set the `lambda` option of @reflekt/plugin-registry (`lambda: {}` for the defaults) so `reflekt build` emits the bundle, zip and template.',
    docs: '`reflekt deploy` uploads the zip and template the build emitted under artifacts/registry/.',
  }),
  RK5151: entry<{ what: string }>({
    title: 'deploy-setting-missing',
    severity: 'error',
    message: (p) => `\`reflekt deploy\` needs ${p.what}.`,
    hint: 'Set it in the plugin options, or pass `--region` / set `AWS_REGION`.',
    docs: 'Deploying needs a region and a bucket for the function zip.',
  }),
  RK5152: entry<{ operation: string; detail: string }>({
    title: 'deploy-aws-error',
    severity: 'error',
    message: (p) => `AWS rejected ${p.operation}: ${p.detail}`,
    hint: 'Check the credentials (AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY), the region, and that they may deploy CloudFormation stacks with IAM roles.',
    docs: 'An AWS API call failed after the SDK retries.',
  }),
  RK5153: entry<{ stack: string; status: string; reason: string }>({
    title: 'deploy-stack-failed',
    severity: 'error',
    message: (p) => `Stack \`${p.stack}\` ended in ${p.status}: ${p.reason}`,
    hint: 'Look at the stack events in the CloudFormation console; a stack in ROLLBACK_COMPLETE must be deleted before it can be created again.',
    docs: 'CloudFormation could not create or update the registry stack and rolled it back.',
  }),
  RK5154: entry<{ stack: string; seconds: number }>({
    title: 'deploy-timeout',
    severity: 'error',
    message: (p) => `Stack \`${p.stack}\` did not finish within ${p.seconds} s.`,
    hint: 'The update continues in AWS; check its state in the CloudFormation console and run `reflekt deploy` again when it settled.',
    docs: '`reflekt deploy` waits for the stack to settle for a bounded time.',
  }),
} as const;
