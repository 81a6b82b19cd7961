/**
 * A real S3-compatible server for tests: s3rver on 127.0.0.1, port 0, storing objects in a fresh
 * temporary folder that is removed on close. Clients sign with the access key `S3RVER` and the
 * secret `S3RVER` ({@link S3RVER_ENV}); signatures are checked, so a client without credentials fails.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The parts of s3rver's API the helper uses (the package ships no types). */
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
  vhostBuckets: boolean;
}) => S3rverInstance;

const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

/** The credentials s3rver accepts, as the env entries the AWS SDK (and `ctx.env`) read. */
export const S3RVER_ENV: Readonly<Record<string, string>> = {
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_REGION: 'us-east-1',
};

/** A running s3rver. */
export interface S3rverHandle {
  /** `http://127.0.0.1:<port>`; use with `forcePathStyle: true`. */
  readonly endpoint: string;
  /** The folder holding the stored buckets and objects. */
  readonly directory: string;
  /** Stops the server and deletes its folder. */
  close(): Promise<void>;
}

/** Options for {@link startS3rver}. */
export interface StartS3rverOptions {
  /** Buckets that exist from the start (default: none). */
  readonly buckets?: readonly string[];
}

/** Starts s3rver on 127.0.0.1 port 0 in a temporary folder. */
export async function startS3rver(options: StartS3rverOptions = {}): Promise<S3rverHandle> {
  const directory = await mkdtemp(join(tmpdir(), 'reflekt-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: (options.buckets ?? []).map((name) => ({ name })),
    vhostBuckets: false,
  });
  const address = await server.run();
  let closed = false;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    directory,
    async close() {
      if (closed) return;
      closed = true;
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
