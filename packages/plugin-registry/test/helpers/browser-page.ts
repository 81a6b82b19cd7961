/**
 * analytics.js (`@segment/analytics-next`) for a headless browser: bundled once with esbuild
 * into an IIFE that sets `window.AnalyticsBrowser`, and served with a blank page from its own
 * 127.0.0.1 origin (so requests to the registry are cross-origin, as on a real site).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';

let bundled: Promise<string> | undefined;

/** The analytics.js bundle's source. */
export function analyticsBundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: "import { AnalyticsBrowser } from '@segment/analytics-next'; globalThis.AnalyticsBrowser = AnalyticsBrowser;",
      resolveDir: import.meta.dirname,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}

/** A page server: `/` loads `/analytics.js`. */
export async function startPageServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const script = await analyticsBundle();
  const server: Server = createServer((req, res) => {
    if (req.url === '/analytics.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><html><head><title>Shop</title><script src="/analytics.js"></script></head><body>shop</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
