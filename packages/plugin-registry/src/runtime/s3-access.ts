import type { S3Settings } from './types.js';

/** The few S3 operations the runtime needs. */
export interface S3Access {
  /** The object's text, or `undefined` when there is no such key. Rejects on any other failure. */
  getText(bucket: string, key: string): Promise<string | undefined>;
  putText(bucket: string, key: string, body: string, contentType: string): Promise<void>;
}

/** A bucket and key prefix parsed from `s3://bucket/prefix`. */
export interface S3Location {
  readonly bucket: string;
  /** Without leading or trailing `/`; `''` for the bucket root. */
  readonly prefix: string;
}

/** Parses `s3://bucket[/prefix]`; `undefined` when `uri` is not one. */
export function parseS3Uri(uri: string): S3Location | undefined {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri);
  if (match === null) return undefined;
  return { bucket: match[1] as string, prefix: (match[2] ?? '').replace(/^\/+|\/+$/g, '') };
}

/** `prefix/key`, or `key` under the bucket root. */
export const joinKey = (prefix: string, key: string): string => (prefix === '' ? key : `${prefix}/${key}`);

const isMissingKey = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
};

/**
 * S3 through `@aws-sdk/client-s3`, imported on first use only: the module costs ~100 ms to
 * load and ~600 KB of bundle, which the Lambda handler must not pay when it serves embedded
 * validators and writes elsewhere.
 */
export function lazyS3(settings: S3Settings = {}, timeoutMs = 10_000): S3Access {
  type Sdk = typeof import('@aws-sdk/client-s3');
  let ready: Promise<{ sdk: Sdk; client: InstanceType<Sdk['S3Client']> }> | undefined;
  const connect = () => {
    ready ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        ...(settings.region === undefined ? {} : { region: settings.region }),
        ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
        ...(settings.forcePathStyle === undefined ? {} : { forcePathStyle: settings.forcePathStyle }),
        ...(settings.credentials === undefined ? {} : { credentials: settings.credentials }),
        maxAttempts: 3,
        requestHandler: { connectionTimeout: Math.min(timeoutMs, 3000), requestTimeout: timeoutMs },
      }),
    }));
    return ready;
  };
  return {
    async getText(bucket, key) {
      const { sdk, client } = await connect();
      try {
        const out = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key }));
        return out.Body === undefined ? '' : await out.Body.transformToString('utf8');
      } catch (error) {
        if (isMissingKey(error)) return undefined;
        throw error;
      }
    },
    async putText(bucket, key, body, contentType) {
      const { sdk, client } = await connect();
      await client.send(new sdk.PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
    },
  };
}
