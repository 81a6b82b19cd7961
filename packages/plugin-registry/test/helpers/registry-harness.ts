/**
 * Helpers to drive a registry core directly (no transport) and read what its NDJSON file
 * destinations received.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Registry, RegistryResponse } from '../../src/runtime/index.js';

/** A temporary folder, removed by the returned `cleanup`. */
export async function tempDir(prefix = 'reflekt-registry-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Options of {@link post}. */
export interface PostOptions {
  readonly headers?: Record<string, string>;
  readonly gzip?: boolean;
  readonly writeKey?: string;
}

/** POSTs `body` (JSON-encoded unless a string) to the registry core at `path`. */
export function post(registry: Registry, requestPath: string, body: unknown, options: PostOptions = {}): Promise<RegistryResponse> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  let bytes: Uint8Array = Buffer.from(text);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.gzip) {
    bytes = gzipSync(bytes);
    headers['content-encoding'] = 'gzip';
  }
  if (options.writeKey !== undefined) headers.authorization = `Basic ${Buffer.from(`${options.writeKey}:`).toString('base64')}`;
  return registry.handle({ method: 'POST', path: requestPath, headers, body: bytes });
}

/** The records of an NDJSON file (none when it does not exist). */
export async function readNdjson(file: string): Promise<Record<string, unknown>[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
