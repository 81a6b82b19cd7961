/** How an AWS SDK client reaches AWS: region, optional custom endpoint, optional explicit credentials. */
export interface AwsClientConfig {
  readonly region: string;
  readonly endpoint?: string;
  readonly forcePathStyle?: boolean;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
  readonly maxAttempts: number;
}

/**
 * The client configuration for one AWS service, read from the command's environment (not
 * `process.env`, so tests and `.env` files point the clients at a local endpoint):
 * `AWS_ENDPOINT_URL_<SERVICE>` then `AWS_ENDPOINT_URL` as in the AWS SDKs' own convention, and
 * `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN` when set (otherwise the SDK's
 * default chain: profile, SSO, instance role).
 */
export function awsClientConfig(
  env: Readonly<Record<string, string | undefined>>,
  service: 'CLOUDFORMATION' | 'S3',
  region: string,
  overrides: { readonly endpoint?: string | undefined; readonly forcePathStyle?: boolean | undefined } = {},
): AwsClientConfig {
  const endpoint = overrides.endpoint ?? env[`AWS_ENDPOINT_URL_${service}`] ?? env.AWS_ENDPOINT_URL;
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  const sessionToken = env.AWS_SESSION_TOKEN;
  return {
    region,
    maxAttempts: 3,
    ...(endpoint ? { endpoint } : {}),
    ...(overrides.forcePathStyle !== undefined
      ? { forcePathStyle: overrides.forcePathStyle }
      : endpoint && service === 'S3'
        ? { forcePathStyle: true }
        : {}),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } } : {}),
  };
}

/** The region to deploy to: the command's `--region`, the options, then `AWS_REGION` / `AWS_DEFAULT_REGION`. */
export function deployRegion(
  flag: unknown,
  configured: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (typeof flag === 'string' && flag !== '') return flag;
  return configured ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
}
