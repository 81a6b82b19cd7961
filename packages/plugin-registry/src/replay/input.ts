import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { joinKey, parseS3Uri, type S3Settings } from '../runtime/index.js';
import { type DeadLetterBatch, parseDeadLetters } from './dead-letters.js';

/** Dead-lettered records from a file or S3, and how to put back what stays. */
export interface DeadLetterInput {
  readonly batches: readonly DeadLetterBatch[];
  /** Replaces the input with `lines` (NDJSON lines, without newlines): the file is rewritten; in S3, one new object replaces the objects read. */
  replaceWith(lines: readonly string[]): Promise<void>;
  close(): void;
}

/**
 * Opens `input`: a local NDJSON file, one `s3://bucket/key.ndjson` object, or every object under
 * `s3://bucket/prefix` (as the S3 destination stores them, one per request).
 */
export async function openDeadLetters(input: string, s3Settings: S3Settings | undefined): Promise<DeadLetterInput> {
  if (!input.startsWith('s3://')) {
    const text = await readFile(input, 'utf8');
    return {
      batches: [parseDeadLetters(input, text)],
      async replaceWith(lines) {
        // Write a sibling and rename over the input, so a crash never leaves a half-written file.
        const temporary = `${input}.${randomUUID()}.tmp`;
        await writeFile(temporary, lines.map((line) => `${line}\n`).join(''));
        await rename(temporary, input);
      },
      close() {},
    };
  }
  const location = parseS3Uri(input);
  if (!location) throw new Error('not a valid s3://bucket/prefix URI');
  const client = new S3Client({ ...s3Settings, maxAttempts: 3 });
  try {
    const keys = await listKeys(client, location.bucket, location.prefix);
    const batches: DeadLetterBatch[] = [];
    for (const key of keys) {
      const object = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: key }));
      batches.push(parseDeadLetters(`s3://${location.bucket}/${key}`, (await object.Body?.transformToString('utf8')) ?? ''));
    }
    const folder = location.prefix.endsWith('.ndjson')
      ? location.prefix.slice(0, location.prefix.lastIndexOf('/') + 1).replace(/\/$/, '')
      : location.prefix;
    return {
      batches,
      async replaceWith(lines) {
        if (lines.length > 0) {
          const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
          const key = joinKey(folder, `${day}/${Date.now()}-${randomUUID()}.ndjson`);
          await client.send(
            new PutObjectCommand({
              Bucket: location.bucket,
              Key: key,
              Body: lines.map((line) => `${line}\n`).join(''),
              ContentType: 'application/x-ndjson',
            }),
          );
        }
        for (let i = 0; i < keys.length; i += 1000) {
          const chunk = keys.slice(i, i + 1000).map((Key) => ({ Key }));
          await client.send(new DeleteObjectsCommand({ Bucket: location.bucket, Delete: { Objects: chunk, Quiet: true } }));
        }
      },
      close: () => client.destroy(),
    };
  } catch (error) {
    client.destroy();
    throw error;
  }
}

/** Keys under `prefix` (the key itself when it names one `.ndjson` object), in listing order. */
async function listKeys(client: S3Client, bucket: string, prefix: string): Promise<string[]> {
  if (prefix.endsWith('.ndjson')) return [prefix];
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix === '' ? undefined : `${prefix}/`, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}
