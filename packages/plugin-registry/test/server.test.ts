/**
 * `reflekt serve` through the real CLI, in-process: start-up lines, defaults (build output
 * folders, open write-key mode), settings from flags and env, diagnostics, and a clean stop
 * that flushes the destinations when the signal aborts.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCli } from '@reflekt/compiler/testing';
import { Analytics } from '@segment/analytics-node';
import { afterAll, describe, expect, it } from 'vitest';
import { readNdjson, tempDir } from './helpers/registry-harness.js';
import { PRODUCT_VIEWED, productViewed, writeExampleSchemas } from './helpers/registry-schemas.js';
import { waitFor } from './helpers/registry-server.js';

const PLUGIN_ENTRY = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A project whose config enables the registry plugin with `options`; its schemas are built into artifacts/schemas. */
async function project(options: Record<string, unknown> = {}, build = true): Promise<string> {
  const { dir, cleanup } = await tempDir('reflekt-serve-project-');
  cleanups.push(cleanup);
  const config = [
    `import registry from ${JSON.stringify(PLUGIN_ENTRY)};`,
    `export default { name: 'online_shop', vendor: 'com.example.shop', schemas: ['schemas'], plugins: [registry(${JSON.stringify(options)})] };`,
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'reflekt.config.ts'), config);
  await mkdir(path.join(dir, 'schemas'), { recursive: true });
  if (build) await writeExampleSchemas(path.join(dir, 'artifacts', 'schemas'));
  return dir;
}

/** Runs `reflekt serve` until `stop()`; resolves `started` with the URL it logs. */
function serve(dir: string, argv: readonly string[], env: Record<string, string> = {}) {
  const controller = new AbortController();
  const { exit, output } = startCli(['serve', '-C', dir, ...argv], { cwd: dir, env, signal: controller.signal });
  let url: string | undefined;
  const started = waitFor(async () => {
    url = /listening on (http:\/\/\S+)/.exec(output().stderr)?.[1];
    return url !== undefined;
  }, 20_000).then(() => url as string);
  return {
    started,
    exit,
    output,
    stop: async () => {
      controller.abort();
      return exit;
    },
  };
}

describe('reflekt serve', () => {
  it('serves the build output with the defaults, says it accepts any key, and flushes on stop', async () => {
    const dir = await project();
    const running = serve(dir, ['--port', '0']);
    const url = await running.started;
    const log = running.output().stderr;
    expect(log).toContain('accepting ANY write key');
    expect(log).toContain(`Schemas: ${path.join(dir, 'artifacts', 'schemas')}`);
    expect(log).toContain(`Valid events → file:${path.join(dir, 'artifacts', 'registry', 'valid.ndjson')}`);
    const analytics = new Analytics({ writeKey: 'whatever', host: url, path: '/v1/batch', flushAt: 3 });
    for (const price of [1, 2, 'x']) {
      analytics.track({
        userId: 'u',
        event: 'Product Viewed',
        properties: { ...(productViewed({ price }).properties as Record<string, unknown>) },
      });
    }
    await analytics.closeAndFlush({ timeout: 10_000 });
    expect(await running.stop()).toBe(0);
    expect(running.output().stderr).toContain('Registry stopped: 2 valid and 1 invalid event(s)');
    const valid = await readNdjson(path.join(dir, 'artifacts', 'registry', 'valid.ndjson'));
    const invalid = await readNdjson(path.join(dir, 'artifacts', 'registry', 'invalid.ndjson'));
    expect([valid.length, invalid.length]).toEqual([2, 1]);
    expect(invalid[0]).toMatchObject({ schemaId: PRODUCT_VIEWED, errors: [{ category: 'Datatype-Mismatch', instancePath: '/price' }] });
  });

  it('takes flags, plugin options and REFLEKT_* variables: write keys from env, event map from options', async () => {
    const dir = await project({ serve: { eventSchemas: { 'Product Viewed': PRODUCT_VIEWED }, writeKeys: { web: 'WEB_WRITE_KEY' } } });
    const out = path.join(dir, 'out');
    const running = serve(dir, ['--port', '0', '--valid', 'file:out/ok.ndjson', '--invalid', 'file:out/bad.ndjson'], {
      REFLEKT_WRITE_KEYS: 'server-key=backend',
      WEB_WRITE_KEY: 'web-key',
    });
    const url = await running.started;
    expect(running.output().stderr).toMatch(/Accepting 2 write key\(s\) for source\(s\): (web, backend|backend, web)/);
    const event = productViewed();
    delete (event.properties as Record<string, unknown>).schema_id;
    const send = (key: string) =>
      fetch(`${url}/v1/t`, {
        method: 'POST',
        body: JSON.stringify({ ...event, writeKey: key }),
        headers: { 'content-type': 'text/plain' },
      });
    expect((await send('web-key')).status).toBe(200);
    expect((await send('server-key')).status).toBe(200);
    expect((await send('other')).status).toBe(401);
    expect(await running.stop()).toBe(0);
    expect(await readNdjson(path.join(out, 'ok.ndjson'))).toHaveLength(2);
  });

  it('reports unusable settings, a taken port and a missing schemas folder as diagnostics', async () => {
    const dir = await project({}, false);
    const bad = serve(dir, ['--port', '0', '--valid', 'ftp://nowhere']);
    expect(await bad.exit).toBe(1);
    expect(bad.output().stderr).toContain('RK5101');
    expect(bad.output().stderr).toContain('ftp://nowhere');

    const badPort = serve(dir, ['--port', 'eighty']);
    expect(await badPort.exit).toBe(1);
    expect(badPort.output().stderr).toMatch(/--port eighty is not a port number[\s\S]*RK5101/);

    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const taken = serve(dir, ['--port', String(port)]);
      expect(await taken.exit).toBe(1);
      expect(taken.output().stderr).toContain('RK5102');
      expect(taken.output().stderr).toContain('RK5103');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
