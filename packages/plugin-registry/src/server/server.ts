import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from '../runtime/index.js';
import { registryListener } from './listener.js';

/** Where {@link startRegistryServer} listens. */
export interface RegistryServerOptions {
  /** Port; 0 picks a free one (default 0). */
  readonly port?: number;
  /** Interface (default `127.0.0.1`; `0.0.0.0` to accept other machines). */
  readonly host?: string;
}

/** A running registry server. */
export interface RegistryServer {
  /** `http://host:port`, the base URL SDKs point at. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly server: Server;
  /**
   * Stops accepting connections, lets requests in flight finish (at most `graceMs`), then
   * closes the remaining connections. Does not close the registry's destinations.
   */
  close(graceMs?: number): Promise<void>;
}

/** Serves `registry` over HTTP with `node:http` (no framework). */
export async function startRegistryServer(registry: Registry, options: RegistryServerOptions = {}): Promise<RegistryServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 }, registryListener(registry));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    host,
    server,
    close(graceMs = 5000) {
      closing ??= new Promise<void>((resolve) => {
        const forced = setTimeout(() => server.closeAllConnections(), graceMs);
        // Keep-alive connections become idle once their request is answered: close them then,
        // instead of waiting for the client or the keep-alive timeout.
        const idle = setInterval(() => server.closeIdleConnections(), 25);
        server.close(() => {
          clearTimeout(forced);
          clearInterval(idle);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
