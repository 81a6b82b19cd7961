import { createHash } from 'node:crypto';
import { HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RegistryFile } from '../emit/emit-registry.js';

/** The object metadata key holding the SHA-256 of the contents (`x-amz-meta-sha256`). */
export const SHA256_METADATA = 'sha256';

/** An S3 request that failed (after the SDK's retries), with what was being done. */
export class S3RequestError extends Error {
  override readonly name = 'S3RequestError';
  constructor(
    readonly operation: string,
    readonly target: string,
    override readonly cause: unknown,
  ) {
    super(`${operation} ${target} failed`);
  }
}

/** An object under the prefix, as listed. */
export interface RemoteObject {
  readonly key: string;
  /** The ETag without quotes: the MD5 of the contents for single-part uploads without SSE-KMS. */
  readonly etag: string | undefined;
}

/** Every object under `prefix/`, following continuation tokens. */
export async function listObjects(client: S3Client, bucket: string, prefix: string): Promise<Map<string, RemoteObject>> {
  const objects = new Map<string, RemoteObject>();
  let token: string | undefined;
  do {
    const page = await request('ListObjectsV2', `s3://${bucket}/${prefix}`, () =>
      client.send(
        new ListObjectsV2Command({
          Bucket: bucket,
          ...(prefix === '' ? {} : { Prefix: `${prefix}/` }),
          ...(token === undefined ? {} : { ContinuationToken: token }),
        }),
      ),
    );
    for (const object of page.Contents ?? []) {
      if (object.Key !== undefined) objects.set(object.Key, { key: object.Key, etag: object.ETag?.replace(/"/g, '') });
    }
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return objects;
}

/** The SHA-256 an object was uploaded with; `undefined` when it has none or is gone. */
export async function remoteSha256(client: S3Client, bucket: string, key: string): Promise<string | undefined> {
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.Metadata?.[SHA256_METADATA];
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return undefined;
    throw new S3RequestError('HeadObject', `s3://${bucket}/${key}`, error);
  }
}

/** Uploads one file with its `Content-Type`, its SHA-256 as metadata, and a cache policy by role. */
export async function putFile(client: S3Client, bucket: string, key: string, file: RegistryFile): Promise<void> {
  await request('PutObject', `s3://${bucket}/${key}`, () =>
    client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: file.contents,
        ContentType: file.contentType,
        // Versions are immutable, so their files may be cached forever; the manifest changes.
        CacheControl: file.role === 'manifest' ? 'no-cache' : 'public, max-age=31536000, immutable',
        Metadata: { [SHA256_METADATA]: file.sha256 },
      }),
    ),
  );
}

/** Whether an ETag is the MD5 of `contents` (then the object holds exactly these bytes). */
export function etagMatches(etag: string | undefined, contents: string): boolean {
  return etag !== undefined && etag === createHash('md5').update(contents).digest('hex');
}

async function request<T>(operation: string, target: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw new S3RequestError(operation, target, error);
  }
}
