import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { CONTENT_TYPES, type RegistryFile } from '../src/emit/emit-registry.js';
import { sha256 } from '../src/emit/hash.js';
import { planChanges } from '../src/push/changes.js';
import type { RemoteObject } from '../src/push/remote.js';

const file = (role: RegistryFile['role'], path: string, contents: string, id?: string): RegistryFile => ({
  path,
  role,
  ...(id === undefined ? {} : { id }),
  contents,
  sha256: sha256(contents),
  contentType: CONTENT_TYPES[role],
});
const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

const files = [
  file('schema', 'a/1-0.json', '{"a":1}', 'a/1-0.json'),
  file('validator', 'a/1-0.validate.js', 'v-new', 'a/1-0.json'),
  file('schema', 'b/1-0.json', '{"b":2}', 'b/1-0.json'),
  file('validator', 'b/1-0.validate.js', 'vb', 'b/1-0.json'),
  file('schema', 'c/1-0.json', '{"c":3}', 'c/1-0.json'),
  file('validator', 'c/1-0.validate.js', 'vc', 'c/1-0.json'),
  file('manifest', 'manifest.json', '{"m":2}'),
];

test('ETags that are not MD5s (SSE-KMS, multipart) fall back to the sha256 metadata; derived files may change, versions may not', async () => {
  // a: schema unchanged (KMS ETag, sha metadata matches), validator recompiled → update.
  // b: schema changed → conflict for the schema and its validator.
  // c: not published yet → new. The manifest changed → update.
  const remote = new Map<string, RemoteObject>(
    [
      { key: 'p/a/1-0.json', etag: 'kms-etag-1' },
      { key: 'p/a/1-0.validate.js', etag: md5('v-old') },
      { key: 'p/b/1-0.json', etag: 'kms-etag-2' },
      { key: 'p/b/1-0.validate.js', etag: md5('vb') },
      { key: 'p/manifest.json', etag: md5('{"m":1}') },
    ].map((o) => [o.key, o]),
  );
  const metadata: Record<string, string | undefined> = {
    'p/a/1-0.json': sha256('{"a":1}'),
    'p/a/1-0.validate.js': sha256('v-old'),
    'p/b/1-0.json': undefined, // uploaded by another tool: no metadata
    'p/manifest.json': sha256('{"m":1}'),
  };
  const heads: string[] = [];
  const lookup = async (key: string): Promise<string | undefined> => {
    heads.push(key);
    return metadata[key];
  };
  const keyOf = (f: RegistryFile): string => `p/${f.path}`;

  const changes = await planChanges(files, keyOf, remote, lookup, false);
  expect(changes.map((c) => [c.file.path, c.action])).toEqual([
    ['a/1-0.json', 'unchanged'],
    ['a/1-0.validate.js', 'update'],
    ['b/1-0.json', 'conflict'],
    ['b/1-0.validate.js', 'unchanged'],
    ['c/1-0.json', 'new'],
    ['c/1-0.validate.js', 'new'],
    ['manifest.json', 'update'],
  ]);
  // Matching MD5 ETags need no HEAD request.
  expect(heads.sort()).toEqual(['p/a/1-0.json', 'p/a/1-0.validate.js', 'p/b/1-0.json', 'p/manifest.json']);

  const forced = await planChanges(files, keyOf, remote, lookup, true);
  expect(forced.find((c) => c.file.path === 'b/1-0.json')?.action).toBe('forced');
});
