import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Compiler } from '../../src/compiler/compiler.js';
import { createDiagnostic } from '../../src/diagnostics/diagnostics.js';
import type { ReflektPlugin } from '../../src/plugin.js';
import { pluginCacheKey } from '../../src/plugin-cache-key.js';
import { testConfig } from '../helpers/config.js';

let root: string;

function writeSchema(name: string, description = `${name} happened.`): void {
  const id = `shop/${name.replace(/ /g, '_')}/1-0.json`;
  const file = path.join(root, 'schemas', id);
  mkdirSync(path.dirname(file), { recursive: true });
  const self = { vendor: 'com.test', name, format: 'jsonschema', version: '1-0', metadata: {} };
  writeFileSync(
    file,
    JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: id, description, self, type: 'object', properties: {} }),
  );
}

/** An emitter that counts its runs, lists the events, and warns once per build it runs. */
function counting(cacheKey: string | undefined): ReflektPlugin & { runs: number } {
  const plugin = {
    name: 'counting',
    cacheKey,
    runs: 0,
    apply(compiler: Compiler) {
      compiler.hooks.emit.tap('counting', (ctx) => {
        plugin.runs++;
        ctx.emitFile('events.txt', ctx.plan.events.map((e) => e.id).join('\n'));
        ctx.emitFile('nested/count.txt', String(ctx.plan.events.length));
        ctx.diagnostics.push(createDiagnostic('RK9002', { plugin: 'counting', hook: 'emit', seconds: 0.001 }));
      });
    },
  };
  return plugin;
}

const build = (plugin: ReflektPlugin, options: { cache?: boolean } = {}, check = false) =>
  new Compiler(testConfig(root, { plugins: [plugin], emitIr: true }), options).build({ check });

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'reflekt-build-cache-'));
  writeSchema('Order Completed');
  writeSchema('Cart Viewed');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build cache', () => {
  it('skips the emitters when nothing changed, reporting every file unchanged and replaying their diagnostics', async () => {
    const plugin = counting('v1');
    let afterWrite = 0;
    const spy: ReflektPlugin = { name: 'spy', cacheKey: '', apply: (c) => c.hooks.afterWrite.tap('spy', () => void afterWrite++) };
    const run = () => new Compiler(testConfig(root, { plugins: [plugin, spy], emitIr: true })).build();
    const first = await run();
    expect(first.write?.written).toEqual(['events.txt', 'ir.json', 'nested/count.txt']);
    const second = await run();
    expect(plugin.runs).toBe(1);
    expect(second.write).toMatchObject({ written: [], removed: [], unchanged: ['events.txt', 'ir.json', 'nested/count.txt'] });
    expect(second.write?.byPlugin).toEqual({ counting: { written: 0, unchanged: 2 }, reflekt: { written: 0, unchanged: 1 } });
    expect(second.diagnostics.map((d) => d.code)).toEqual(['RK9002']);
    expect(afterWrite).toBe(2);
    // A different set of plugins is a different build.
    await build(plugin);
    expect(plugin.runs).toBe(2);
  });

  it('runs the emitters again when the plan, a plugin key, or an output file changed', async () => {
    const plugin = counting('v1');
    await build(plugin);
    writeSchema('Cart Viewed', 'A changed description.');
    await build(plugin);
    expect(plugin.runs).toBe(2);
    await build(counting('v2'));
    const again = counting('v2');
    await build(again);
    expect(again.runs).toBe(0);

    // An edited output (new content, new mtime) is not trusted: the emitters run and restore it.
    const events = path.join(root, 'artifacts/events.txt');
    writeFileSync(events, 'edited');
    const restored = counting('v2');
    const result = await build(restored);
    expect(restored.runs).toBe(1);
    expect(result.write?.written).toEqual(['events.txt']);
    expect(readFileSync(events, 'utf8')).toContain('shop/Cart_Viewed/1-0.json');

    // Same size, other mtime: not trusted either.
    utimesSync(events, new Date(2001, 1, 1), new Date(2001, 1, 1));
    const touched = counting('v2');
    await build(touched);
    expect(touched.runs).toBe(1);
  });

  it('never caches a build with a plugin that has no key, nor when told not to', async () => {
    const keyless = counting(undefined);
    await build(keyless);
    await build(keyless);
    expect(keyless.runs).toBe(2);
    const keyed = counting('v1');
    await build(keyed);
    await build(keyed, { cache: false });
    expect(keyed.runs).toBe(2);
  });

  it('answers a --check build from the cache when the outputs are intact', async () => {
    const plugin = counting('v1');
    await build(plugin);
    const check = await build(plugin, {}, true);
    expect(plugin.runs).toBe(1);
    expect(check.check).toMatchObject({ missing: [], different: [], removed: [] });
    rmSync(path.join(root, 'artifacts/nested/count.txt'));
    const stale = await build(plugin, {}, true);
    expect(plugin.runs).toBe(2);
    expect(stale.check?.missing).toEqual(['nested/count.txt']);
  });
});

describe('pluginCacheKey', () => {
  it('changes with the options, and is absent for options JSON cannot represent', () => {
    const key = pluginCacheKey(import.meta.url, { a: 1 });
    expect(key).toBeDefined();
    expect(key).toContain('@reflekt/compiler@');
    expect(pluginCacheKey(import.meta.url, { a: 1 })).toBe(key);
    expect(pluginCacheKey(import.meta.url, { a: 2 })).not.toBe(key);
    expect(pluginCacheKey(import.meta.url, { fetch: () => undefined })).toBeUndefined();
    expect(pluginCacheKey(import.meta.url, { match: /^a/ })).toBeUndefined();
    expect(pluginCacheKey(import.meta.url, { names: new Map([['a', 'b']]) })).toBeUndefined();
    expect(pluginCacheKey('file:///no/such/module.js', {})).toBeUndefined();
  });
});
