import type { RegistryFile } from '../emit/emit-registry.js';
import { mapLimit } from './map-limit.js';
import { etagMatches, type RemoteObject } from './remote.js';

/** What the push does with one file. */
export type ChangeAction =
  /** Not in S3 yet: uploaded. */
  | 'new'
  /** In S3 with the same bytes: skipped. */
  | 'unchanged'
  /** In S3 with other bytes, and allowed to change (the manifest; a validator whose schema is unchanged): uploaded. */
  | 'update'
  /** A published version with other content: refused, nothing is uploaded. */
  | 'conflict'
  /** A published version with other content, overwritten because of `--force`. */
  | 'forced';

/** One file and what happens to it. */
export interface Change {
  readonly file: RegistryFile;
  /** The object key (`<prefix>/<file.path>`). */
  readonly key: string;
  readonly action: ChangeAction;
}

/** How a file compares with its object in S3. */
type Comparison = 'missing' | 'same' | 'different';

/**
 * Compares every file with S3 and decides what to do. An object holds the same bytes when its
 * ETag is the MD5 of the contents (no request needed) or, failing that (SSE-KMS, multipart), when
 * the SHA-256 in its metadata matches (`remoteSha256`, one HEAD request).
 *
 * Versions are immutable: a schema document that differs from the published one is a conflict
 * (or `forced` with `force`), and so is its validator. A validator that differs while its schema
 * does not (a new Ajv release compiled it differently) is an `update`, as is the manifest.
 */
export async function planChanges(
  files: readonly RegistryFile[],
  keyOf: (file: RegistryFile) => string,
  remote: ReadonlyMap<string, RemoteObject>,
  remoteSha256: (key: string) => Promise<string | undefined>,
  force: boolean,
): Promise<Change[]> {
  const comparisons = await mapLimit(files, 16, async (file): Promise<Comparison> => {
    const object = remote.get(keyOf(file));
    if (object === undefined) return 'missing';
    if (etagMatches(object.etag, file.contents)) return 'same';
    const sha = await remoteSha256(object.key);
    return sha === file.sha256 ? 'same' : 'different';
  });
  const changedSchemas = new Set(
    files.filter((file, i) => file.role === 'schema' && comparisons[i] === 'different').map((file) => file.id),
  );
  return files.map((file, i) => {
    const key = keyOf(file);
    const comparison = comparisons[i];
    if (comparison === 'missing') return { file, key, action: 'new' };
    if (comparison === 'same') return { file, key, action: 'unchanged' };
    const immutable = file.role !== 'manifest' && changedSchemas.has(file.id);
    return { file, key, action: immutable ? (force ? 'forced' : 'conflict') : 'update' };
  });
}
