import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { S3Settings } from './settings.js';

/** Environment variables, as commands get them in `ctx.env`. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Tuning of {@link createS3Client}. */
export interface S3ClientTuning {
  /** Attempts per request, the first included (the SDK retries throttling, 5xx and network errors). @default 3 */
  readonly maxAttempts?: number;
  /** Milliseconds to wait for a connection. @default 5000 */
  readonly connectionTimeoutMs?: number;
  /** Milliseconds to wait for a response. @default 30000 */
  readonly requestTimeoutMs?: number;
}

/**
 * The S3 client configuration for `settings`. Credentials come from `env` when it holds
 * `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` (plus `AWS_SESSION_TOKEN`), so commands use the
 * project's `.env`; otherwise the SDK's standard chain (environment, profile, SSO, instance role)
 * finds them. The region: `settings.region`, else `AWS_REGION` / `AWS_DEFAULT_REGION`, else
 * `us-east-1`. Never reads secrets from config files.
 */
export function s3ClientConfig(settings: Omit<S3Settings, 'bucket'>, env: Env, tuning: S3ClientTuning = {}): S3ClientConfig {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  const sessionToken = env.AWS_SESSION_TOKEN;
  return {
    region: settings.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    ...(settings.forcePathStyle === undefined ? {} : { forcePathStyle: settings.forcePathStyle }),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } } : {}),
    maxAttempts: tuning.maxAttempts ?? 3,
    requestHandler: {
      connectionTimeout: tuning.connectionTimeoutMs ?? 5000,
      requestTimeout: tuning.requestTimeoutMs ?? 30_000,
    },
  };
}

/**
 * An S3 client for `settings` (see {@link s3ClientConfig}). The SDK is imported on first use:
 * it costs ~100 ms to load, which builds that never talk to S3 must not pay.
 */
export async function createS3Client(settings: Omit<S3Settings, 'bucket'>, env: Env, tuning: S3ClientTuning = {}): Promise<S3Client> {
  const { S3Client: Client } = await import('@aws-sdk/client-s3');
  return new Client(s3ClientConfig(settings, env, tuning));
}

/** `prefix/key`, or `key` under the bucket root (`prefix` has no leading or trailing `/`). */
export function s3Key(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}/${key}`;
}

/** The S3 error code of an SDK error (`NoSuchBucket`, `AccessDenied`, …), if it has one. */
export function s3ErrorCode(error: unknown): string | undefined {
  const e = error as { name?: unknown; Code?: unknown } | null;
  if (typeof e?.Code === 'string') return e.Code;
  return typeof e?.name === 'string' ? e.name : undefined;
}

/** A one-line account of an SDK or network error: code, message, HTTP status and attempts. */
export function describeS3Error(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const meta = (error as { $metadata?: { httpStatusCode?: number; attempts?: number } }).$metadata;
  const cause = (error as { cause?: unknown }).cause;
  const code = (error as { code?: unknown }).code;
  const parts = [error.message || error.name];
  if (error.name && error.name !== 'Error' && !parts[0]?.includes(error.name)) parts.unshift(`${error.name}:`);
  if (typeof code === 'string' && !parts.join(' ').includes(code)) parts.push(`(${code})`);
  if (cause instanceof Error && cause.message && !parts.join(' ').includes(cause.message)) parts.push(`(${cause.message})`);
  if (meta?.httpStatusCode !== undefined) parts.push(`[HTTP ${meta.httpStatusCode}]`);
  if (meta?.attempts !== undefined && meta.attempts > 1) parts.push(`after ${meta.attempts} attempts`);
  return parts.join(' ');
}
