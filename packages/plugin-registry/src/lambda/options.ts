import { parseS3Uri, type S3Location } from '../runtime/s3-access.js';

/** Alarm thresholds, as fractions of the events of the period (0.05 = 5 %). */
export interface LambdaAlarmOptions {
  /** Invalid events / all events above which the alarm fires (default 0.05). */
  readonly invalidRate?: number;
  /** Events naming an unknown schema / all events above which the alarm fires (default 0.01). */
  readonly unknownSchemaRate?: number;
  /** Alarm period in seconds (default 300). */
  readonly periodSeconds?: number;
  /** Periods in a row above the threshold before the alarm fires (default 1). */
  readonly evaluationPeriods?: number;
  /** SNS topic notified when an alarm fires. */
  readonly topicArn?: string;
}

/** `lambda` options of `@reflekt/plugin-registry`: the function `reflekt build` bundles and `reflekt deploy` ships. */
export interface LambdaOptions {
  /** Bake the plan's precompiled validators into the bundle (`REFLEKT_SCHEMAS=embedded`): no S3 read at all. */
  readonly embedSchemas?: boolean;
  /** Function name (default: the stack name). */
  readonly functionName?: string;
  /** CloudFormation stack name (default `<plan name>-registry`). */
  readonly stackName?: string;
  /** AWS region to deploy to (default `AWS_REGION` / `AWS_DEFAULT_REGION`). */
  readonly region?: string;
  /** Memory in MB (default 512). */
  readonly memorySize?: number;
  /** Timeout in seconds (default 10). */
  readonly timeout?: number;
  /** CPU architecture (default `arm64`). */
  readonly architecture?: 'arm64' | 'x86_64';
  /** Node.js runtime (default `nodejs20.x`). */
  readonly runtime?: 'nodejs20.x' | 'nodejs22.x';
  /** Also create an API Gateway HTTP API in front of the function (the Function URL always exists). */
  readonly httpApi?: boolean;
  /** Days the function's logs are kept (default 30). */
  readonly logRetentionDays?: number;
  /** `s3://bucket/prefix` the function reads schemas from (default: the plugin's `s3` option). */
  readonly schemas?: string;
  /** Destination URI for valid events (as for `reflekt serve --valid`). */
  readonly valid?: string;
  /** Destination URI for invalid events (as for `reflekt serve --invalid`). */
  readonly invalid?: string;
  /** SSM parameter name (`/reflekt/write-keys`) or Secrets Manager ARN holding the write keys. */
  readonly writeKeysParameter?: string;
  /** Bucket the deployment zip is uploaded to (default: the schema bucket). */
  readonly artifactBucket?: string;
  /** Key prefix of the uploaded zip (default `reflekt/lambda/`). */
  readonly artifactPrefix?: string;
  readonly alarms?: LambdaAlarmOptions;
}

/** JSON Schema of {@link LambdaOptions}, for `validateOptions`. */
export const lambdaOptionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    embedSchemas: { type: 'boolean' },
    functionName: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
    stackName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9-]{0,127}$' },
    region: { type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-\\d$' },
    memorySize: { type: 'integer', minimum: 128, maximum: 10240 },
    timeout: { type: 'integer', minimum: 1, maximum: 900 },
    architecture: { enum: ['arm64', 'x86_64'] },
    runtime: { enum: ['nodejs20.x', 'nodejs22.x'] },
    httpApi: { type: 'boolean' },
    logRetentionDays: {
      enum: [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653],
    },
    schemas: { type: 'string', pattern: '^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$' },
    valid: { type: 'string', minLength: 1 },
    invalid: { type: 'string', minLength: 1 },
    writeKeysParameter: { type: 'string', pattern: '^(/[A-Za-z0-9_./-]+|[A-Za-z0-9_.-]+|arn:aws[a-z-]*:(ssm|secretsmanager):.+)$' },
    artifactBucket: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$' },
    artifactPrefix: { type: 'string' },
    alarms: {
      type: 'object',
      additionalProperties: false,
      properties: {
        invalidRate: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        unknownSchemaRate: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        periodSeconds: { enum: [60, 300, 900, 3600] },
        evaluationPeriods: { type: 'integer', minimum: 1, maximum: 24 },
        topicArn: { type: 'string', pattern: '^arn:aws[a-z-]*:sns:' },
      },
    },
  },
} as const;

/** {@link LambdaOptions} with every default filled in. */
export interface ResolvedLambdaOptions {
  readonly embedSchemas: boolean;
  readonly stackName: string;
  readonly functionName: string;
  readonly region: string | undefined;
  readonly memorySize: number;
  readonly timeout: number;
  readonly architecture: 'arm64' | 'x86_64';
  readonly runtime: 'nodejs20.x' | 'nodejs22.x';
  readonly httpApi: boolean;
  readonly logRetentionDays: number;
  readonly schemas: S3Location | undefined;
  readonly valid: string | undefined;
  readonly invalid: string | undefined;
  readonly writeKeysParameter: string | undefined;
  readonly artifactBucket: string | undefined;
  readonly artifactPrefix: string;
  readonly alarms: Required<Omit<LambdaAlarmOptions, 'topicArn'>> & { readonly topicArn: string | undefined };
}

/**
 * Fills in defaults. `planName` names the stack; `defaultSchemas` is the plugin's S3 location
 * (where `reflekt push registry` uploads) when the `lambda` options name none.
 */
export function resolveLambdaOptions(options: LambdaOptions | undefined, planName: string, defaultSchemas?: string): ResolvedLambdaOptions {
  const o = options ?? {};
  const stackName = o.stackName ?? `${planName.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^[^A-Za-z]+/, '')}-registry`;
  const schemasUri = o.schemas ?? defaultSchemas;
  return {
    embedSchemas: o.embedSchemas ?? false,
    stackName,
    functionName: o.functionName ?? stackName.slice(0, 64),
    region: o.region,
    memorySize: o.memorySize ?? 512,
    timeout: o.timeout ?? 10,
    architecture: o.architecture ?? 'arm64',
    runtime: o.runtime ?? 'nodejs20.x',
    httpApi: o.httpApi ?? false,
    logRetentionDays: o.logRetentionDays ?? 30,
    schemas: schemasUri ? parseS3Uri(schemasUri) : undefined,
    valid: o.valid,
    invalid: o.invalid,
    writeKeysParameter: o.writeKeysParameter,
    artifactBucket: o.artifactBucket,
    artifactPrefix: o.artifactPrefix ?? 'reflekt/lambda/',
    alarms: {
      invalidRate: o.alarms?.invalidRate ?? 0.05,
      unknownSchemaRate: o.alarms?.unknownSchemaRate ?? 0.01,
      periodSeconds: o.alarms?.periodSeconds ?? 300,
      evaluationPeriods: o.alarms?.evaluationPeriods ?? 1,
      topicArn: o.alarms?.topicArn,
    },
  };
}
