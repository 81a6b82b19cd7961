import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '@reflekt/compiler';
import { openRegistry, type Registry, resolveSettings, SettingsError } from '../runtime/index.js';
import { type RegistryServer, startRegistryServer } from '../server/index.js';
import { SERVE_CATALOG } from './diagnostics.js';
import { DEFAULT_HOST, explicitServeSettings, type ServeContextOptions, serveDeps, servePort } from './settings.js';

const waitForAbort = (signal: AbortSignal): Promise<void> =>
  signal.aborted ? Promise.resolve() : new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));

/** The start-up lines: where it listens, what it serves, where events go, who may send. */
function announce(ctx: CommandContext, server: RegistryServer, registry: Registry, sources: readonly string[]): void {
  ctx.log(`Registry listening on ${server.url} (Segment API: ${server.url}/v1/batch, /v1/track, /v1/t, …; /health, /metrics)`);
  ctx.log(`Schemas: ${registry.store.description}`);
  ctx.log(`Valid events → ${registry.valid.name}; invalid events → ${registry.invalid.name}`);
  ctx.log(
    registry.writeKeyMode === 'open'
      ? 'No write keys configured (REFLEKT_WRITE_KEYS or the `serve.writeKeys` option): accepting ANY write key.'
      : `Accepting ${sources.length} write key(s) for source(s): ${[...new Set(sources)].join(', ')}`,
  );
}

/**
 * `reflekt serve`: starts the registry over `node:http` with settings from flags, the
 * `REFLEKT_*` environment and the plugin's `serve` options, logs what it serves, and runs until
 * `ctx.signal` aborts; then it stops accepting requests, lets those in flight finish and
 * flushes both destinations before resolving. Returns `undefined` for other commands.
 */
export async function runServe(ctx: CommandContext, options: ServeContextOptions): Promise<true | undefined> {
  if (ctx.command !== 'serve' || ctx.target !== 'registry') return undefined;
  let registry: Registry;
  let port: number;
  let sources: string[];
  try {
    port = servePort(ctx, options.serve);
    const { explicit, defaults } = explicitServeSettings(ctx, options);
    const located = resolveSettings(ctx.env, explicit, defaults);
    sources = [...located.writeKeys.values()];
    registry = openRegistry(located, serveDeps(ctx, options));
    const folder = path.resolve(ctx.config.root, located.schemas);
    if (!located.schemas.startsWith('s3://') && !existsSync(folder)) {
      ctx.diagnostics.reportWith('RK5103', SERVE_CATALOG.RK5103, { folder: path.relative(ctx.config.root, folder) || '.' });
    }
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    ctx.diagnostics.reportWith('RK5101', SERVE_CATALOG.RK5101, { detail: error.message });
    return true;
  }
  const host = typeof ctx.options.host === 'string' && ctx.options.host !== '' ? ctx.options.host : (options.serve.host ?? DEFAULT_HOST);
  let server: RegistryServer;
  try {
    server = await startRegistryServer(registry, { port, host });
  } catch (error) {
    await registry.close();
    ctx.diagnostics.reportWith('RK5102', SERVE_CATALOG.RK5102, { address: `${host}:${port}`, detail: (error as Error).message });
    return true;
  }
  announce(ctx, server, registry, sources);
  ctx.setResult({
    url: server.url,
    schemas: registry.store.description,
    valid: registry.valid.name,
    invalid: registry.invalid.name,
    writeKeyMode: registry.writeKeyMode,
  });
  await waitForAbort(ctx.signal);
  await server.close();
  await registry.close();
  const { valid, invalid } = registry.metrics.eventCounts();
  ctx.log(`Registry stopped: ${valid} valid and ${invalid} invalid event(s) handed over; destinations flushed.`);
  return true;
}
