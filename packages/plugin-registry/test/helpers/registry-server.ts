/**
 * A registry served over `node:http` on 127.0.0.1 port 0 for tests, with NDJSON file
 * destinations in a temporary folder (or the given destinations).
 */
import path from 'node:path';
import {
  createDestination,
  createRegistry,
  type Destination,
  type Registry,
  type RegistryOptions,
  type SchemaStore,
} from '../../src/runtime/index.js';
import { type RegistryServer, startRegistryServer } from '../../src/server/index.js';
import { readNdjson, tempDir } from './registry-harness.js';

/** A running test registry. */
export interface TestRegistry {
  readonly registry: Registry;
  readonly server: RegistryServer;
  readonly url: string;
  readonly dir: string;
  /** What the file destinations hold (after flushing them). */
  read(): Promise<{ valid: Record<string, unknown>[]; invalid: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

/** Starts a registry over `store`; `valid`/`invalid` default to NDJSON files in a fresh folder. */
export async function startTestRegistry(
  store: SchemaStore,
  options: Partial<Omit<RegistryOptions, 'store'>> & { readonly valid?: Destination; readonly invalid?: Destination } = {},
): Promise<TestRegistry> {
  const { dir, cleanup } = await tempDir('reflekt-serve-');
  const validFile = path.join(dir, 'valid.ndjson');
  const invalidFile = path.join(dir, 'invalid.ndjson');
  const registry = createRegistry({
    ...options,
    store,
    valid: options.valid ?? createDestination(`file:${validFile}`),
    invalid: options.invalid ?? createDestination(`file:${invalidFile}`),
  });
  const server = await startRegistryServer(registry, { port: 0, host: '127.0.0.1' });
  return {
    registry,
    server,
    url: server.url,
    dir,
    async read() {
      await registry.flush();
      return { valid: await readNdjson(validFile), invalid: await readNdjson(invalidFile) };
    },
    async close() {
      await server.close(1000);
      await registry.close();
      await cleanup();
    },
  };
}

/** The `messageId` of a record: the event's own for valid events, the payload's for invalid records. */
export function messageIdOf(record: Record<string, unknown>): unknown {
  return record.kind === 'reflekt.invalid' ? (record.payload as Record<string, unknown> | null)?.messageId : record.messageId;
}

/** Polls `check` every 50 ms until it returns true or `timeoutMs` passes. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
